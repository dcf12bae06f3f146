"""The `lofte` command: a thin shell over the services.

Exit codes: 0 success, 1 refused or failed, 2 usage error. Messages go to stderr.
Nothing heavy is imported until a subcommand runs, so `lofte --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lofte_desktop.app import Services
    from lofte_desktop.domain.model import Activity

ACTIVITY_TYPES = (
    "school_visit",
    "parent_meeting",
    "parent_support",
    "theatre",
    "presence",
    "traffic_check",
    "traffic_review",
    "est_meeting",
    "information_effort",
    "risk_group_meeting",
    "social_media_warning",
    "other",
)


class CliError(Exception):
    """A refusal to report on stderr with exit code 1."""


def _db_parent() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="databasfil eller SQLAlchemy-URL (annars LOFTE_DB eller standardplatsen)",
    )
    p.add_argument(
        "--agreement",
        default=argparse.SUPPRESS,
        metavar="KOD",
        help="medborgarlöftet som avses, där datum eller period inte avgör "
        "(se 'lofte agreements')",
    )
    return p


def _activity_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument(
        "--type",
        required=required,
        metavar="CODE",
        help="aktivitetstyp: " + ", ".join(ACTIVITY_TYPES),
    )
    p.add_argument(
        "--promise",
        action="append",
        metavar="ID",
        help="löfte (t.ex. N1); kan anges flera gånger. Utan det: typens enda löfte",
    )
    p.add_argument("--date", required=required, metavar="YYYY-MM-DD")
    p.add_argument("--hours", metavar="H", help="timmar (högst 24)")
    p.add_argument(
        "--count", metavar="N", help="antal nådda: föräldrar, fordon, personer"
    )
    p.add_argument("--place", metavar="NAME", help="skola eller plats")
    p.add_argument(
        "--party",
        metavar="NAME",
        help="part, t.ex. Polisen. Utan det: din part i inställningarna, annars "
        "löftets enda part",
    )
    p.add_argument("--status", choices=("planned", "done", "cancelled"))
    p.add_argument("--start-time", metavar="HH:MM")
    p.add_argument(
        "--note", metavar="TEXT", help="kort anteckning; aldrig namn eller personnummer"
    )
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")


def build_parser() -> argparse.ArgumentParser:
    from lofte_desktop import argparse_sv

    argparse_sv.install()  # before any parser: their -h help and titles are made now
    db = _db_parent()
    parser = argparse.ArgumentParser(
        prog="lofte",
        description="Löfte Desktop på kommandoraden: logga och följ upp medborgarlöften.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="databasfil eller SQLAlchemy-URL (annars LOFTE_DB)"
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    sub.required = True

    p = sub.add_parser(
        "init",
        parents=[db],
        help="skapa/uppgradera databasen och läs in en löfteskatalog",
    )
    p.add_argument("--catalogue", default="krokom-2023-2024", metavar="NAME|FILE")
    p.add_argument(
        "--demo",
        action="store_true",
        help="lägg till påhittade, anonyma aktiviteter 2023–2024 och ett påhittat "
        "förnyat medborgarlöfte 2025–2026 (Exempel) med aktiviteter fram till i dag",
    )

    p = sub.add_parser(
        "promises", parents=[db], help="visa fokusområden, löften och indikatorer"
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("log", parents=[db], help="logga en aktivitet")
    _activity_options(p, required=True)

    p = sub.add_parser("edit", parents=[db], help="ändra en aktivitet")
    p.add_argument("id")
    _activity_options(p, required=False)
    p.add_argument(
        "--expected-version",
        type=int,
        metavar="N",
        help="ändra bara om aktiviteten fortfarande har version N (från --json); "
        "har någon annan ändrat den blir det en konflikt och inget skrivs",
    )

    p = sub.add_parser("delete", parents=[db], help="ta bort en aktivitet (kan ångras)")
    p.add_argument("id")

    p = sub.add_parser("activities", parents=[db], help="lista aktiviteter")
    p.add_argument(
        "--period", metavar="P", help="HT2023, VT2024, T1-2025, K1-2025, 2024 eller hela"
    )
    p.add_argument("--type", action="append", metavar="CODE")
    p.add_argument("--promise", action="append", metavar="ID")
    p.add_argument(
        "--status", action="append", choices=("planned", "done", "cancelled")
    )
    p.add_argument("--party", action="append", metavar="NAME")
    p.add_argument("--place", action="append", metavar="NAME")
    p.add_argument(
        "--search", metavar="TEXT", help="fritext i anteckningar och platser"
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--xlsx", metavar="FIL", help="skriv aktiviteterna till en .xlsx")

    p = sub.add_parser("progress", parents=[db], help="hur varje löfte ligger till")
    p.add_argument(
        "--period",
        metavar="P",
        help="HT2023, VT2024, T1-2025, K1-2025, 2024, hela eller "
        "2024-01-01..2024-03-31 (standard: aktuell period i avtalets uppföljning)",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--xlsx", metavar="FIL", help="skriv siffrorna till en .xlsx")

    p = sub.add_parser("indicator", parents=[db], help="indikatorer")
    isub = p.add_subparsers(dest="indicator_command", metavar="set|list")
    isub.required = True
    ip = isub.add_parser(
        "set", parents=[db], help="ange en indikators värde för ett år"
    )
    ip.add_argument("id", metavar="ID", help="indikatorns kod, t.ex. BEDR")
    ip.add_argument("--year", required=True)
    ip.add_argument("--value", required=True)
    ip.add_argument("--note", default="")
    ip = isub.add_parser("list", parents=[db], help="visa indikatorer och värden")
    ip.add_argument("--json", action="store_true")

    from lofte_desktop import cli_ext

    cli_ext.register(sub, db)
    return parser


# --- helpers -----------------------------------------------------------------


def _services(args: argparse.Namespace) -> Services:
    from lofte_desktop.app import build_services

    svc = build_services(
        getattr(args, "db", None), agreement=getattr(args, "agreement", None)
    )
    svc.follow_period(getattr(args, "period", None))
    return svc


def activity_json(a: Activity) -> dict[str, Any]:
    return {
        "id": a.id,
        "type": a.activity_type.value,
        "promises": list(a.promise_codes),
        "party": a.party,
        "date": a.date.isoformat(),
        "start_time": a.start_time,
        "hours": a.hours,
        "place": a.place,
        "count": a.count,
        "status": a.status.value,
        "note": a.note,
        "logged_by": a.logged_by,
        "created_at": a.created_at.isoformat() if a.created_at else None,
        "updated_at": a.updated_at.isoformat() if a.updated_at else None,
        "series_id": a.series_id,
        "cancel_reason": a.cancel_reason,
        "version": a.version,
    }


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int] | None = None,
) -> str:
    cols = list(zip(headers, *rows, strict=False)) if rows else [(h,) for h in headers]
    sizes = [max(len(str(c)) for c in col) for col in cols]
    if widths:
        sizes = [min(s, w) if w else s for s, w in zip(sizes, widths, strict=False)]

    def fmt(row: Sequence[str]) -> str:
        cells = []
        for value, size in zip(row, sizes, strict=False):
            text = str(value)
            if len(text) > size:
                text = text[: size - 1] + "…"
            cells.append(text.ljust(size))
        return "  ".join(cells).rstrip()

    lines = [fmt(headers), "  ".join("-" * s for s in sizes)]
    lines.extend(fmt(r) for r in rows)
    return "\n".join(lines)


def _draft_fields(args: argparse.Namespace) -> dict[str, Any]:
    mapping = {
        "type": "activity_type",
        "promise": "promise_codes",
        "date": "date",
        "hours": "hours",
        "count": "count",
        "place": "place",
        "party": "party",
        "status": "status",
        "note": "note",
        "start_time": "start_time",
    }
    out: dict[str, Any] = {}
    for arg, name in mapping.items():
        value = getattr(args, arg, None)
        if value is not None:
            out[name] = value
    return out


# --- commands ----------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    svc = _services(args)
    result = svc.agreement.load_catalogue(args.catalogue)
    a = result.catalogue.agreement
    print(f"Databas: {svc.ctx.db.display_url}")
    print(
        f"Inläst: {a.name} ({len(result.catalogue.promises)} löften, "
        f"{len(result.catalogue.indicators)} indikatorer)"
    )
    if args.demo:
        from lofte_desktop.services.demo_setup import EXAMPLE_NAME, load_demo

        demo = load_demo(svc.agreement, a)
        if demo.skipped:
            print("Demodata hoppades över: databasen har redan aktiviteter.")
        else:
            print(
                f"Demodata: {demo.history} påhittade aktiviteter 2023–2024, och "
                f"{demo.current} i det påhittade {EXAMPLE_NAME} fram till i dag."
            )
    return 0


def cmd_promises(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.catalogue import target_days
    from lofte_desktop.domain.progress import describe_target, indicator_value

    svc = _services(args)
    areas = svc.agreement.focus_areas()
    promises = svc.agreement.promises()
    indicators = svc.progress.indicators()
    if args.json:
        _print_json(
            {
                "agreement": {
                    "code": svc.agreement.agreement().code,
                    "name": svc.agreement.agreement().name,
                    "cadence": svc.agreement.agreement().cadence.value,
                },
                "focus_areas": [{"code": fa.code, "name": fa.name} for fa in areas],
                "promises": [
                    {
                        "id": p.code,
                        "uuid": p.id,
                        "focus_area": p.focus_area_code,
                        "text": p.text,
                        "parties": list(p.parties),
                        "activity_types": [t.value for t in p.activity_types],
                        "target": {
                            "unit": p.target.unit.value,
                            "per": p.target.per.value,
                            "min": p.target.min,
                            "max": p.target.max,
                            "compare_previous": p.target.compare_previous,
                            "description": describe_target(p.target),
                            **target_days(p.target),
                        },
                    }
                    for p in promises
                ],
                "indicators": [
                    {
                        "id": s.indicator.code,
                        "name": s.indicator.name,
                        "unit": s.indicator.unit,
                        "source": s.indicator.source,
                        "baseline": {
                            "value": s.indicator.baseline_value,
                            "year": s.indicator.baseline_year,
                        },
                        "target": {
                            "comparison": s.indicator.target_comparison,
                            "value": s.indicator.target_value,
                            "year": s.indicator.target_year,
                        },
                        "values": {str(v.year): v.value for v in s.values},
                    }
                    for s in indicators
                ],
            }
        )
        return 0
    a = svc.agreement.agreement()
    print(f"{a.name}  ({a.start} – {a.end})")
    print("Parter: " + ", ".join(a.parties))
    for fa in areas:
        print(f"\n{fa.name}")
        for p in (p for p in promises if p.focus_area_code == fa.code):
            print(f"  {p.code}  {p.text}")
            print(
                f"      Parter: {', '.join(p.parties)}.  Mål: "
                f"{describe_target(p.target)}.  Typer: "
                f"{', '.join(t.value for t in p.activity_types)}"
            )
        for s in (s for s in indicators if s.indicator.focus_area_code == fa.code):
            ind = s.indicator
            print(
                f"  Indikator {ind.code}: {ind.name}. Baslinje "
                f"{indicator_value(ind.baseline_value, ind.unit)} "
                f"({ind.baseline_year}); mål "
                f"{s.target_text()}"
            )
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.validation import ActivityDraft
    from lofte_desktop.paths import resolve_db
    from lofte_desktop.services.settings import SettingsStore

    settings = SettingsStore().load()
    f = _draft_fields(args)
    draft = ActivityDraft(
        activity_type=f["activity_type"],
        promise_codes=f.get("promise_codes", []),
        date=f["date"],
        party=f.get("party"),
        hours=f.get("hours"),
        count=f.get("count"),
        place=f.get("place"),
        status=f.get("status", "done"),
        note=f.get("note", ""),
        start_time=f.get("start_time"),
    )
    own_party = settings.user_party or None
    activity = (
        None
        if getattr(args, "agreement", None)  # a chosen agreement: the full path
        else _log_fast(
            resolve_db(getattr(args, "db", None) or settings.db_path or None),
            draft,
            settings.display_user(),
            own_party,
            settings.own_agreement or None,
        )
    )
    if activity is None:  # the full path: creates places, migrates, PostgreSQL, …
        from lofte_desktop.domain.log_defaults import fill_log_defaults

        svc = _services(args)
        scoped = svc.activities.agreement_for(draft)
        draft = fill_log_defaults(
            draft,
            scoped.promises(),
            parties=scoped.agreement().parties,
            user_party=own_party,
        )
        activity = svc.activities.log(draft)
    if args.json:
        _print_json(activity_json(activity))
    else:
        print(activity.id)
    return 0


def _log_fast(
    target: str, draft: Any, user: str, user_party: str | None, own: str | None
) -> Activity | None:
    """`lofte log` without SQLAlchemy when the file is ready (see storage/fast_log.py)."""
    from lofte_desktop.domain.model import Activity
    from lofte_desktop.domain.types import ActivityType, Status
    from lofte_desktop.storage import fast_log

    try:
        done = fast_log.log_activity(
            target, draft, user=user, user_party=user_party, own=own
        )
    except fast_log.NotEligible:
        return None
    v = done.values
    return Activity(
        id=done.id,
        activity_type=ActivityType(v["activity_type"]),
        promise_codes=tuple(sorted(done.promise_codes)),
        party=v["party"],
        date=v["date"],
        status=Status(v["status"]),
        start_time=v["start_time"],
        hours=v["hours"],
        place=done.place,
        count=v["count"],
        note=v["note"],
        logged_by=v["logged_by"],
        created_at=done.created_at,
        updated_at=done.created_at,
        hlc=done.hlc,
    )


def cmd_edit(args: argparse.Namespace) -> int:
    svc = _services(args)
    aid = svc.activities.resolve_id(args.id)
    changes = _draft_fields(args)
    if not changes:
        raise CliError("Inget att ändra: ange minst ett fält, t.ex. --hours 2.")
    activity = svc.activities.edit(aid, changes, expected_version=args.expected_version)
    if args.json:
        _print_json(activity_json(activity))
    else:
        print(activity.id)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    svc = _services(args)
    aid = svc.activities.resolve_id(args.id)
    svc.activities.delete(aid)
    print(f"Borttagen: {aid}", file=sys.stderr)
    return 0


def cmd_activities(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.query import ActivityFilter, Sort
    from lofte_desktop.domain.texts import t
    from lofte_desktop.domain.validation import parse_type

    svc = _services(args)
    period = svc.progress.period(args.period) if args.period else None
    for code in args.promise or []:
        svc.agreement.promise(code)
    types = frozenset(parse_type(x).value for x in args.type or [])
    flt = ActivityFilter(
        start=period.start if period else None,
        end=period.end if period else None,
        types=types,
        promise_codes=frozenset(
            svc.agreement.promise(c).code for c in args.promise or []
        ),
        parties=frozenset(args.party or []),
        places=frozenset(args.place or []),
        statuses=frozenset(args.status or []),
        text=args.search or "",
    )
    if args.xlsx:
        n = svc.excel.activities_xlsx(args.xlsx, flt)
        print(f"{n} aktiviteter skrevs till {args.xlsx}", file=sys.stderr)
        return 0
    items = svc.activities.query(flt, sort=Sort("date", descending=False))
    if args.json:
        _print_json([activity_json(a) for a in items])
        return 0
    rows = [
        [
            a.id[:8],
            a.date.isoformat(),
            t(f"type.{a.activity_type.value}"),
            ",".join(a.promise_codes),
            a.party,
            a.place or "",
            "" if a.hours is None else f"{a.hours:g}".replace(".", ","),
            "" if a.count is None else str(a.count),
            t(f"status.{a.status.value}"),
        ]
        for a in items
    ]
    print(
        _table(
            [
                "Id",
                "Datum",
                "Typ",
                "Löften",
                "Part",
                "Plats",
                "Timmar",
                "Antal",
                "Status",
            ],
            rows,
            [8, 10, 24, 8, 16, 22, 6, 6, 10],
        )
    )
    from lofte_desktop.domain.texts import count_text

    print(f"\n{count_text(len(items), 'activities')}")
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.progress import format_number
    from lofte_desktop.domain.texts import unit_text

    svc = _services(args)
    period = svc.progress.period(args.period)
    if args.xlsx:
        n = svc.excel.progress_xlsx(args.xlsx, period)
        print(f"{n} löften ({period.code}) skrevs till {args.xlsx}", file=sys.stderr)
        return 0
    items = svc.progress.progress(period)
    if args.json:
        _print_json(
            {
                "period": {
                    "code": period.code,
                    "start": period.start.isoformat(),
                    "end": period.end.isoformat(),
                },
                "promises": [
                    {
                        "id": p.promise.code,
                        "focus_area": p.promise.focus_area_code,
                        "target": {
                            "text": p.target_text,
                            "min": p.target_min,
                            "max": p.target_max,
                            "unit": p.unit.value,
                        },
                        "done": p.done,
                        "planned": p.planned,
                        "previous": p.previous,
                        "occasions": p.occasions,
                        "hours": p.hours,
                        "people": p.people,
                        "status": p.status.value,
                        "outcome": p.outcome.value,
                        "status_label": p.status_label(),
                        "cumulative": p.cumulative,
                        "time_left": p.time_left,
                    }
                    for p in items
                ],
            }
        )
        return 0
    print(f"{period.label()} ({period.start} – {period.end})\n")
    rows = []
    for p in items:
        unit = unit_text(p.unit.value, p.done)
        rows.append(
            [
                p.promise.code,
                p.target_text,
                f"{format_number(p.done)} {unit}"
                + (" (totalt)" if p.cumulative else ""),
                p.target_span(),
                p.status_label(),
                f"{format_number(p.previous)}" if p.previous is not None else "",
                p.time_left,
            ]
        )
    print(
        _table(
            ["Löfte", "Mål", "Gjort", "Mål i perioden", "Status", "Året före", "Kvar"],
            rows,
            [5, 44, 22, 14, 16, 9, 18],
        )
    )
    pres = svc.progress.presence(period)
    print(
        f"\nNärvarotimmar: {format_number(pres.hours)} "
        f"(samma period året före: {format_number(pres.previous_hours)})"
    )
    return 0


def cmd_indicator(args: argparse.Namespace) -> int:
    svc = _services(args)
    if args.indicator_command == "set":
        m = svc.agreement.set_indicator_value(args.id, args.year, args.value, args.note)
        print(f"{svc.agreement.indicator(args.id).code} {m.year}: {m.value:g}")
        return 0
    statuses = svc.progress.indicators()
    if getattr(args, "json", False):
        _print_json(
            [
                {
                    "id": s.indicator.code,
                    "name": s.indicator.name,
                    "values": {str(v.year): v.value for v in s.values},
                    "meets_target": s.meets_target,
                }
                for s in statuses
            ]
        )
        return 0
    for s in statuses:
        ind = s.indicator
        vals = ", ".join(f"{v.year}: {v.value:g}" for v in s.values) or "inga värden"
        print(
            f"{ind.code}  {ind.name}\n    baslinje {ind.baseline_value:g} "
            f"({ind.baseline_year}), mål {s.target_text()}; {vals}"
        )
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "promises": cmd_promises,
    "log": cmd_log,
    "edit": cmd_edit,
    "delete": cmd_delete,
    "activities": cmd_activities,
    "progress": cmd_progress,
    "indicator": cmd_indicator,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = COMMANDS.get(args.command)
    if handler is None:
        from lofte_desktop import cli_ext

        handler = cli_ext.COMMANDS[args.command]
    try:
        return handler(args)
    except CliError as exc:
        print(f"lofte: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("lofte: avbrutet", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: stop quietly, as other tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        return _report(exc)


def _report(exc: Exception) -> int:
    from lofte_desktop.domain.catalogue import CatalogueError
    from lofte_desktop.domain.errors import LofteError, ValidationErrors
    from lofte_desktop.storage.migrate import OpenError

    if isinstance(exc, ValidationErrors):
        for err in exc.errors:
            print(f"lofte: {err.message()}", file=sys.stderr)
        return 1
    if isinstance(exc, LofteError | OpenError | CatalogueError):
        print(f"lofte: {exc}", file=sys.stderr)
        return 1
    from sqlalchemy.exc import OperationalError

    if isinstance(exc, OperationalError | OSError):
        print(
            f"lofte: kunde inte skriva till databasen, inget ändrades: {exc}",
            file=sys.stderr,
        )
        return 1
    raise exc


if __name__ == "__main__":
    sys.exit(main())
