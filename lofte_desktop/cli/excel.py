"""`lofte import FILE` (an .xlsx or .csv activity log), `lofte import --undo ID` and
`lofte imports` (the list). Imports only the standard library at module level."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from lofte_desktop.cli.common import CliError, Handler, open_services, print_json
from lofte_desktop.domain.texts import count_text

if TYPE_CHECKING:
    from lofte_desktop.services.excel_import import Preview, PreviewRow


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import",
        parents=[db_parent],
        help="importera en aktivitetslogg från Excel (.xlsx) eller CSV",
        description=(
            "Läser en aktivitetslogg (.xlsx, eller .csv med komma eller semikolon), "
            "känner igen kolumnerna på rubrikerna och kontrollerar varje rad med "
            "samma regler som loggformuläret. Rader som redan finns (samma innehåll) "
            "hoppas över. Har någon rad fel skrivs inget, om du inte anger "
            "--skip-bad. Hela importen kan ångras med --undo ID."
        ),
    )
    p.add_argument("file", nargs="?", metavar="FIL", help=".xlsx- eller .csv-fil")
    p.add_argument(
        "--mapping",
        metavar="FIL",
        help="kolumnmappning och godkända typregler (JSON, från --save-mapping)",
    )
    p.add_argument(
        "--save-mapping",
        metavar="FIL",
        help="spara mappningen (med föreslagna typregler) att granska och återanvända",
    )
    p.add_argument(
        "--party", metavar="NAME", help="part för rader utan partkolumn, t.ex. Polisen"
    )
    p.add_argument(
        "--dry-run", action="store_true", help="visa förhandsgranskningen, skriv inget"
    )
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="importera de felfria raderna, hoppa över resten",
    )
    p.add_argument(
        "--undo", metavar="ID", help="ångra en hel import (se `lofte imports`)"
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "imports", parents=[db_parent], help="lista gjorda importer (för att ångra)"
    )
    p.add_argument("--json", action="store_true")


def _row_text(r: PreviewRow, lang: str = "sv") -> str:
    from lofte_desktop.domain.texts import field_name

    if r.errors:
        return "; ".join(f"{field_name(e.field, lang)}: {e.message}" for e in r.errors)
    v = r.valid
    assert v is not None
    parts = [
        v.date.isoformat(),
        v.type_name.text(lang) or v.activity_type,
        ",".join(v.promise_codes),
        v.party,
        v.place or "",
    ]
    if v.hours is not None:
        parts.append(f"{v.hours:g} h".replace(".", ","))
    if v.count is not None:
        parts.append(f"antal {v.count}")
    return "  ".join(p for p in parts if p)


def _report(preview: Preview, *, dry_run: bool) -> None:
    for r in preview.rows:
        if r.errors:
            print(f"rad {r.row:>5}  FEL       {_row_text(r)}", file=sys.stderr)
        elif dry_run:
            what = "finns redan" if r.duplicate else "ny        "
            print(f"rad {r.row:>5}  {what}  {_row_text(r)}")
    for text, rule in preview.unconfirmed.items():
        if rule is not None:
            print(
                f"Förslag: '{text}' → {rule.activity_type} "
                "(godkänn med --save-mapping, granska filen, sedan --mapping)",
                file=sys.stderr,
            )


def cmd_import(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.import_rules import ImportMapping

    if not args.undo and not args.file:
        print("lofte: ange en fil, eller --undo ID", file=sys.stderr)
        return 2
    svc = open_services(args)
    if args.undo:
        iid = svc.imports.resolve_id(args.undo)
        n = svc.imports.undo(iid)
        if args.json:
            print(json.dumps({"undone": iid, "deleted": n}))
        else:
            removed = count_text(n, "activities")
            print(f"Importen {iid[:8]} är ångrad: {removed} togs bort.")
        return 0
    sheet = svc.imports.read(args.file)
    saved = svc.imports.load_mapping(args.mapping) if args.mapping else ImportMapping()
    mapping = saved.merged_with(sheet.headers)
    party = args.party or mapping.defaults.get("party") or svc.settings.user_party
    if party:
        mapping.defaults["party"] = party
    preview = svc.imports.preview(sheet, mapping)
    if args.save_mapping:
        from lofte_desktop.domain.import_rules import TypeRule

        suggested: list[TypeRule] = [r for r in preview.unconfirmed.values() if r]
        full = ImportMapping(
            dict(mapping.columns),
            [*mapping.rules, *dict.fromkeys(suggested)],
            dict(mapping.defaults),
        )
        svc.imports.save_mapping(full, args.save_mapping)
    bad = preview.bad
    refused = bool(bad) and not args.skip_bad
    result = None
    if not args.dry_run and not refused:
        result = svc.imports.commit(preview, skip_bad=args.skip_bad)
    if args.json:
        print_json(
            {
                "new": result.new if result else len(preview.new),
                "skipped_duplicates": (
                    result.skipped_duplicates if result else len(preview.duplicates)
                ),
                "skipped_bad": len(bad) if args.skip_bad else 0,
                "errors": [
                    {"row": e.row, "field": e.field, "message": e.message}
                    for e in preview.errors
                ],
                "import_id": result.import_id if result else None,
                "dry_run": bool(args.dry_run),
                "written": result is not None,
            },
        )
    else:
        _report(preview, dry_run=args.dry_run)
        new, dup = len(preview.new), len(preview.duplicates)
        if result is not None:
            print(
                f"{result.new} nya aktiviteter, {result.skipped_duplicates} fanns redan"
                + (f", {result.skipped_bad} rader med fel hoppades över" if bad else "")
                + (
                    f". Ångra med: lofte import --undo {result.import_id[:8]}"
                    if result.import_id
                    else "."
                )
            )
        else:
            print(
                f"{new} nya, {dup} finns redan, {len(bad)} rader med fel"
                + (" (provkörning, inget skrevs)" if args.dry_run else "")
            )
    if refused:
        raise CliError(
            f"{len(bad)} rader har fel. Inget importerades. Rätta filen, eller "
            "hoppa över raderna med fel med --skip-bad."
        )
    return 0


def cmd_imports(args: argparse.Namespace) -> int:
    svc = open_services(args)
    items = svc.imports.imports()
    if args.json:
        print_json(
            [
                {
                    "id": i.id,
                    "file": i.file_name,
                    "user": i.user,
                    "at": i.created_at.isoformat(),
                    "new": i.new_count,
                    "skipped_duplicates": i.skipped_duplicates,
                    "skipped_bad": i.skipped_bad,
                    "undone_at": i.undone_at.isoformat() if i.undone_at else None,
                    "live": i.live,
                }
                for i in items
            ],
        )
        return 0
    if not items:
        print("Inga importer.")
    for i in items:
        state = "ångrad" if i.undone_at else f"{i.live} kvar"
        print(
            f"{i.id[:8]}  {i.created_at:%Y-%m-%d %H:%M}  {i.file_name}  "
            f"{i.new_count} nya, {i.skipped_duplicates} fanns redan  ({state})"
        )
    return 0


COMMANDS: dict[str, Handler] = {
    "import": cmd_import,
    "imports": cmd_imports,
}
