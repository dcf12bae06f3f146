"""`lofte sync`: export and import sync packages, trust devices, the sync folder.

Imports only the standard library at module level (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from lofte_desktop.cli.common import Handler, open_services, print_json


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sync",
        parents=[db_parent],
        help="utbyt synkpaket med andra enheter (polis, kommun, skola)",
        description=(
            "Synkpaket (.loftesync) är signerade filer som bärs på USB-minne, skickas "
            "med e-post eller läggs i en delad mapp. Se docs/sync-format.md."
        ),
    )
    ss = p.add_subparsers(dest="sync_command", metavar="KOMMANDO", required=True)

    e = ss.add_parser("export", parents=[db_parent], help="skriv ett synkpaket")
    e.add_argument(
        "--out", metavar="FIL", help="paketfil eller mapp (annars synkmappen)"
    )
    e.add_argument("--peer", metavar="ENHET", help="mottagarens enhets-id eller namn")
    e.add_argument("--full", action="store_true", help="ta med allt, inte bara nytt")
    e.add_argument("--json", action="store_true")

    i = ss.add_parser("import", parents=[db_parent], help="läs in synkpaket")
    i.add_argument("files", nargs="*", metavar="FIL")
    i.add_argument(
        "--folder", action="store_true", help="läs in allt nytt i synkmappen"
    )
    i.add_argument("--json", action="store_true")

    s = ss.add_parser(
        "status", parents=[db_parent], help="den här enheten och kända enheter"
    )
    s.add_argument("--json", action="store_true")

    t = ss.add_parser(
        "trust", parents=[db_parent], help="lita på en enhet (fingeravtryck)"
    )
    t.add_argument("fingerprint", nargs="+", metavar="FINGERAVTRYCK")

    f = ss.add_parser("folder", parents=[db_parent], help="visa eller välj synkmappen")
    f.add_argument("path", nargs="?", metavar="SÖKVÄG")

    c = ss.add_parser("conflicts", parents=[db_parent], help="konflikter att granska")
    c.add_argument("--json", action="store_true")

    r = ss.add_parser("resolve", parents=[db_parent], help="lös en konflikt")
    r.add_argument("conflict_id", metavar="ID")
    r.add_argument("--keep", choices=("mine", "theirs"), required=True)


def cmd_sync(args: argparse.Namespace) -> int:
    svc = open_services(args, agreement=False, follow_period=False)
    try:
        return _HANDLERS[args.sync_command](svc, args)
    finally:
        svc.close()


def _export(svc: Any, args: argparse.Namespace) -> int:
    result = svc.sync.export(args.out, peer=args.peer, full=args.full)
    if args.json:
        print_json(
            {
                "file": str(result.path),
                "package_id": result.package_id,
                "records": result.records,
                "peer": result.peer,
                "full": result.full,
                "schema_version": result.schema,
                "held": dict(result.held),
                "held_text": result.held_text(),
            },
            default=str,
        )
    else:
        from lofte_desktop.domain.texts import count_text

        print(f"Skrev {result.path} ({count_text(result.records, 'records')}).")
        if result.held:
            print(result.held_text())
    return 0


def _import(svc: Any, args: argparse.Namespace) -> int:
    from lofte_desktop.domain.errors import LofteError
    from lofte_desktop.domain.texts import SYNC_COUNTS, sync_summary

    if not args.files and not args.folder:
        print("lofte: ange paketfiler eller --folder", file=sys.stderr)
        return 2
    summaries: list[dict[str, Any]] = []
    failures: list[str] = []
    for path in args.files:
        try:
            summaries.append(svc.sync.import_file(path).as_dict())
        except LofteError as exc:
            failures.append(f"{path}: {exc.message()}")
    if args.folder:
        result = svc.sync.import_folder()
        summaries.extend(s.as_dict() for s in result.imported)
        failures.extend(f"{name}: {msg}" for name, msg in result.errors)
        for u in result.untrusted:
            failures.append(
                f"{u.name}: okänd enhet, fingeravtryck {u.fingerprint}. "
                f'Kontrollera det och kör: lofte sync trust "{u.fingerprint}"'
            )
    totals = {k: sum(s[k] for s in summaries) for k in SYNC_COUNTS}
    if args.json:
        print_json({**totals, "packages": summaries, "errors": failures}, default=str)
    else:
        for s in summaries:
            if s["skipped"] == "already":
                print(f"{s['file']}: redan importerat, inget ändrades.")
            elif s["skipped"] == "own":
                print(f"{s['file']}: eget paket, hoppades över.")
        print(sync_summary(totals))
    for line in failures:
        print(f"lofte: {line}", file=sys.stderr)
    return 1 if failures else 0


def _status(svc: Any, args: argparse.Namespace) -> int:
    st = svc.sync.status()
    if args.json:
        print_json(st, default=str)
        return 0
    print(f"Enhet: {st['name']} ({st['device_id']})")
    print(f"Fingeravtryck: {st['fingerprint']}")
    print(f"Synkmapp: {st['folder'] or '(ingen)'}")
    print(
        f"Ej skickade ändringar: {st['unsent']}; konflikter att granska: {st['open_conflicts']}"
    )
    for d in st["devices"]:
        if d["is_self"]:
            continue
        trust = "betrodd" if d["trusted"] else "ej betrodd"
        print(f"- {d['name']} {d['party']} ({d['device_id']}), {trust}")
        print(f"  {d['fingerprint']}")
        for origin, stamp in sorted(d["confirmed"].items()):
            print(f"  har bekräftat {origin[:8]}… t.o.m. {stamp}")
    for fp in st["trusted_not_seen"]:
        print(f"- betrodd men ännu inte sedd: {fp}")
    return 0


def _trust(svc: Any, args: argparse.Namespace) -> int:
    fp = svc.sync.trust(" ".join(args.fingerprint))
    print(f"Litar nu på {fp}.")
    return 0


def _folder(svc: Any, args: argparse.Namespace) -> int:
    if args.path:
        print(f"Synkmapp: {svc.sync.set_folder(args.path)}")
    else:
        print(svc.sync.folder() or "(ingen synkmapp)")
    return 0


def _conflicts(svc: Any, args: argparse.Namespace) -> int:
    items = svc.sync.conflicts()
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "table": c.table,
                    "record_id": c.record_id,
                    "reason": c.reason,
                    "mine": c.mine,
                    "theirs": c.theirs,
                }
                for c in items
            ],
            default=str,
        )
    else:
        for c in items:
            print(f"{c.id}  {c.table} {c.record_id}  ({c.reason})")
    return 0


def _resolve(svc: Any, args: argparse.Namespace) -> int:
    svc.sync.resolve(args.conflict_id, args.keep)
    print("Konflikten är löst; valet synkas som en ny ändring.")
    return 0


_HANDLERS: dict[str, Callable[[Any, argparse.Namespace], int]] = {
    "export": _export,
    "import": _import,
    "status": _status,
    "trust": _trust,
    "folder": _folder,
    "conflicts": _conflicts,
    "resolve": _resolve,
}

COMMANDS: dict[str, Handler] = {"sync": cmd_sync}
