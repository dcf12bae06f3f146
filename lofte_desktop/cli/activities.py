"""`lofte log`, `edit`, `delete` and `activities`: the activity log.

`lofte log` goes through `app.log_activity`, which takes a lane without
SQLAlchemy when the database file is ready and the full service layer otherwise.
Standard library only at import time (keeps `lofte --help` and `lofte log` fast).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lofte_desktop.cli.common import (
    CliError,
    Handler,
    activity_json,
    open_services,
    print_json,
    table,
)


def register(sub: Any, db: argparse.ArgumentParser) -> None:
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
        "--period",
        metavar="P",
        help="HT2023, VT2024, T1-2025, K1-2025, 2024 eller hela",
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


def _activity_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument(
        "--type",
        required=required,
        metavar="CODE",
        help="aktivitetstypens kod i medborgarlöftet (lofte types listar dem), "
        "t.ex. presence, school_visit",
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


def cmd_log(args: argparse.Namespace) -> int:
    from lofte_desktop.app import log_activity
    from lofte_desktop.domain.validation import ActivityDraft

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
    activity = log_activity(  # a ready SQLite file: the lane without SQLAlchemy
        draft,
        db=getattr(args, "db", None),
        agreement=getattr(args, "agreement", None),
    )
    if args.json:
        print_json(activity_json(activity))
    else:
        print(activity.id)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    svc = open_services(args)
    aid = svc.activities.resolve_id(args.id)
    changes = _draft_fields(args)
    if not changes:
        raise CliError("Inget att ändra: ange minst ett fält, t.ex. --hours 2.")
    activity = svc.activities.edit(aid, changes, expected_version=args.expected_version)
    if args.json:
        print_json(activity_json(activity))
    else:
        print(activity.id)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    svc = open_services(args)
    aid = svc.activities.resolve_id(args.id)
    svc.activities.delete(aid)
    print(f"Borttagen: {aid}", file=sys.stderr)
    return 0


def cmd_activities(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.query import ActivityFilter, Sort
    from lofte_desktop.domain.texts import t
    from lofte_desktop.domain.validation import parse_type

    svc = open_services(args)
    period = svc.progress.period(args.period) if args.period else None
    for code in args.promise or []:
        svc.agreement.promise(code)
    known = svc.agreement.all_types()
    types = frozenset(
        parse_type(x, known, existing=x.strip()).code for x in args.type or []
    )
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
        print_json([activity_json(a) for a in items])
        return 0
    rows = [
        [
            a.id[:8],
            a.date.isoformat(),
            known.info(a.activity_type).label(),
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
        table(
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


COMMANDS: dict[str, Handler] = {
    "log": cmd_log,
    "edit": cmd_edit,
    "delete": cmd_delete,
    "activities": cmd_activities,
}
