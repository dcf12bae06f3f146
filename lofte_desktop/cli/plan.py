"""`lofte plan …`: plan one-offs and series, mark done, cancel, export .ics.

Ids: a one-off plan (or an occurrence that was done, moved or cancelled) is named by
its activity id; a still-virtual occurrence of a series by "SERIESID@YYYY-MM-DD"
(its original date). Any id may be shortened to a unique prefix of 6+ characters,
e.g. `lofte plan done 2c8d809d@2024-10-01 --count 30`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from lofte_desktop.cli.common import (
    Handler,
    activity_json,
    open_services,
    print_json,
    table,
)

if TYPE_CHECKING:
    from lofte_desktop.domain.planning import PlanItem
    from lofte_desktop.services.container import Services

KEY_HELP = "aktivitetens id, eller SERIE@ÅÅÅÅ-MM-DD för ett tillfälle i en serie"


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:

    p = sub.add_parser(
        "plan",
        parents=[db_parent],
        help="planera skolbesök, föräldramöten och närvaro; exportera .ics",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ps = p.add_subparsers(dest="plan_command", metavar="add|list|done|cancel|ics|…")
    ps.required = True

    a = ps.add_parser(
        "add", parents=[db_parent], help="planera en aktivitet eller serie"
    )
    a.add_argument("--type", required=True, metavar="CODE", help="aktivitetstyp")
    a.add_argument("--promise", required=True, action="append", metavar="ID")
    a.add_argument("--start", required=True, metavar="YYYY-MM-DDTHH:MM")
    a.add_argument("--duration", required=True, metavar="H", help="längd i timmar")
    a.add_argument("--place", metavar="NAME")
    a.add_argument("--party", metavar="NAME", help="part (standard: löftets första)")
    a.add_argument(
        "--rrule",
        default="",
        metavar="RULE",
        help="upprepning, t.ex. FREQ=WEEKLY;INTERVAL=2;BYDAY=TU (utan: en gång)",
    )
    a.add_argument("--until", metavar="DATE", help="sista dag för serien")
    a.add_argument(
        "--skip", action="append", default=[], metavar="DATE", help="hoppa över dag"
    )
    a.add_argument(
        "--skip-lov", action="store_true", help="hoppa över tillfällen under skollov"
    )
    a.add_argument("--note", default="", metavar="TEXT")
    a.add_argument("--json", action="store_true")

    li = ps.add_parser("list", parents=[db_parent], help="lista planerat arbete")
    li.add_argument(
        "--period", metavar="P", help="HT2024, 2024, hela … (standard: termin)"
    )
    li.add_argument("--all", action="store_true", help="även genomfört och inställt")
    li.add_argument("--json", action="store_true")

    d = ps.add_parser("done", parents=[db_parent], help="markera som genomförd")
    d.add_argument("id", help=KEY_HELP)
    d.add_argument("--hours", metavar="H")
    d.add_argument("--count", metavar="N", help="antal nådda")
    d.add_argument("--note", metavar="TEXT")
    d.add_argument("--json", action="store_true")

    c = ps.add_parser("cancel", parents=[db_parent], help="ställ in, med orsak")
    c.add_argument("id", help=KEY_HELP)
    c.add_argument("--reason", required=True, metavar="TEXT")

    m = ps.add_parser("move", parents=[db_parent], help="flytta ett tillfälle")
    m.add_argument("id", help=KEY_HELP)
    m.add_argument("--to", required=True, metavar="YYYY-MM-DD[THH:MM]")

    s = ps.add_parser("skip", parents=[db_parent], help="hoppa över ett tillfälle")
    s.add_argument("id", help=KEY_HELP)

    x = ps.add_parser("delete", parents=[db_parent], help="ta bort en hel serie")
    x.add_argument("id", metavar="SERIE")

    o = ps.add_parser("overdue", parents=[db_parent], help="passerat men ej markerat")
    o.add_argument("--json", action="store_true")

    t = ps.add_parser("term", parents=[db_parent], help="terminsplanering mot målen")
    t.add_argument("--period", metavar="P")
    t.add_argument("--json", action="store_true")

    ps.add_parser(
        "demo", parents=[db_parent], help="lägg till några påhittade planserier"
    )

    i = ps.add_parser("ics", parents=[db_parent], help="exportera kalenderfil (.ics)")
    i.add_argument("--out", required=True, metavar="FILE")
    i.add_argument("--period", metavar="P")
    i.add_argument(
        "--party",
        action="append",
        metavar="NAMN",
        help="bara den här partens planering (flera går bra); "
        "utan --party: din egen part från inställningarna",
    )
    i.add_argument("--all-parties", action="store_true", help="alla parters planering")
    i.add_argument(
        "--type",
        action="append",
        metavar="KOD",
        help="bara den här aktivitetstypen (flera går bra; lofte types listar dem)",
    )
    i.add_argument(
        "--series",
        action="append",
        metavar="ID",
        help="bara den här serien (id eller början av det; flera går bra)",
    )
    i.add_argument("--mine", action="store_true", help="bara det du själv har planerat")


def _services(args: argparse.Namespace) -> Services:
    """A plan command's services: `--period` here lists, it does not choose the
    agreement (that is `--agreement`)."""
    return open_services(args, follow_period=False)


def _split_start(text: str) -> tuple[str, str | None]:
    raw = text.strip().replace(" ", "T", 1)
    day, _, at = raw.partition("T")
    return day, (at or None)


def item_json(i: PlanItem, today: Any) -> dict[str, Any]:
    from lofte_desktop.domain.planning import is_overdue

    return {
        "id": i.key,
        "series_id": i.series_id,
        "activity_id": i.activity_id,
        "type": i.activity_type,
        "promises": list(i.promise_codes),
        "party": i.party,
        "date": i.day.isoformat(),
        "start_time": i.start.strftime("%H:%M") if i.timed else None,
        "hours": i.hours,
        "place": i.place,
        "count": i.count,
        "status": i.status.value,
        "virtual": i.virtual,
        "recurrence_id": i.recurrence_id,
        "overdue": is_overdue(i, today),
        "cancel_reason": i.cancel_reason,
        "note": i.note,
    }


def _occasions(n: int) -> str:
    from lofte_desktop.domain.texts import count_text

    return count_text(n, "occasions")


def _short(i: PlanItem) -> str:
    if i.virtual and i.series_id:
        return f"{i.series_id[:8]}@{i.day.isoformat()}"
    return i.key[:8]


def _rows(items: list[PlanItem], today: Any) -> None:
    from lofte_desktop.domain.planning import is_overdue
    from lofte_desktop.domain.texts import t

    rows = [
        [
            _short(i),
            i.day.isoformat(),
            i.start.strftime("%H:%M") if i.timed else "",
            i.type_label(),
            ",".join(i.promise_codes),
            i.place or "",
            f"{i.hours:g}".replace(".", ","),
            t(f"status.{i.status.value}")
            + (" (försenad)" if is_overdue(i, today) else ""),
            "serie" if i.series_id else "",
        ]
        for i in items
    ]
    headers = ["Id", "Datum", "Tid", "Typ", "Löften", "Plats", "Timmar", "Status", ""]
    print(table(headers, rows, [19, 10, 5, 22, 8, 22, 6, 22, 5]))


def cmd_plan(args: argparse.Namespace) -> int:
    handler = _HANDLERS[args.plan_command]
    return handler(args)


def _add(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.recurrence import describe, parse_rule
    from lofte_desktop.services.planning import PlanDraft

    svc = _services(args)
    day, at = _split_start(args.start)
    result = svc.planning.add(
        PlanDraft(
            activity_type=args.type,
            promise_codes=args.promise,
            start=day,
            start_time=at,
            duration=args.duration,
            place=args.place,
            party=args.party or svc.settings.user_party or None,
            rrule=args.rrule,
            until=args.until,
            exdates=args.skip,
            skip_holidays=args.skip_lov,
            note=args.note,
        )
    )
    today = svc.ctx.today()
    if args.json:
        print_json(
            {
                "id": result.key,
                "series": result.is_series,
                "occurrences": [item_json(i, today) for i in result.items],
                "double_bookings": [c.message() for c in result.clashes],
            }
        )
    else:
        print(result.key)
        if result.is_series:
            rec = svc.planning.series(result.key)
            first, last = result.items[0].day, result.items[-1].day
            print(
                f"Serie: {describe(parse_rule(rec.rrule, rec.start_date))}, "
                f"{_occasions(len(result.items))} {first} – {last}.",
                file=sys.stderr,
            )
    for clash in result.clashes:
        print(f"lofte: varning: {clash.message()}", file=sys.stderr)
    for warning in result.warnings:
        print(f"lofte: varning: {warning}", file=sys.stderr)
    return 0


def _list(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.types import Status

    svc = _services(args)
    period = svc.progress.period(args.period)
    items = svc.planning.items(period.start, period.end)
    if not args.all:
        items = [i for i in items if i.status is Status.PLANNED]
    today = svc.ctx.today()
    if args.json:
        print_json([item_json(i, today) for i in items])
        return 0
    print(f"{period.label()} ({period.start} – {period.end})\n")
    _rows(items, today)
    print(f"\n{_occasions(len(items))}")
    return 0


def _done(args: argparse.Namespace) -> int:
    svc = _services(args)
    act = svc.planning.done(args.id, hours=args.hours, count=args.count, note=args.note)
    if args.json:
        print_json(activity_json(act))
    else:
        print(act.id)
    return 0


def _cancel(args: argparse.Namespace) -> int:
    svc = _services(args)
    act = svc.planning.cancel(args.id, args.reason)
    print(act.id)
    return 0


def _move(args: argparse.Namespace) -> int:
    svc = _services(args)
    day, at = _split_start(args.to)
    act = svc.planning.move(args.id, day, at)
    print(act.id)
    return 0


def _skip(args: argparse.Namespace) -> int:
    svc = _services(args)
    svc.planning.skip(args.id)
    print(f"Överhoppad: {args.id}", file=sys.stderr)
    return 0


def _delete(args: argparse.Namespace) -> int:
    svc = _services(args)
    svc.planning.delete_series(args.id)
    print(f"Serien togs bort: {args.id}", file=sys.stderr)
    return 0


def _overdue(args: argparse.Namespace) -> int:
    svc = _services(args)
    items = svc.planning.overdue()
    today = svc.ctx.today()
    if args.json:
        print_json([item_json(i, today) for i in items])
        return 0
    _rows(items, today)
    print(f"\nFörsenade: {_occasions(len(items))}")
    return 0


def _term(args: argparse.Namespace) -> int:
    svc = _services(args)
    period = svc.progress.period(args.period) if args.period else None
    lines = svc.planning.reader.term_plan(period)
    if args.json:
        print_json(
            [
                {
                    "promise": ln.promise_code,
                    "term": ln.term.code,
                    "unit": ln.unit.value,
                    "done": ln.done,
                    "planned": ln.planned,
                    "overdue": ln.overdue,
                    "target_min": ln.target_min,
                    "target_max": ln.target_max,
                    "previous": ln.previous,
                    "cannot_meet": ln.cannot_meet,
                    "text": ln.line(),
                    "warnings": ln.warnings(),
                }
                for ln in lines
            ]
        )
        return 0
    for ln in lines:
        print(f"{ln.promise_code}  {ln.line()}")
        for w in ln.warnings():
            print(f"      ! {w}")
    a = svc.agreement.agreement()
    first = lines[0].term if lines else None
    if first is not None:
        clashes = svc.planning.double_bookings(
            first.start, min(lines[-1].term.end, a.end)
        )
        for c in clashes:
            print(f"  ! {c.message()}")
    return 0


def _ics(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.errors import LofteError
    from lofte_desktop.services.ics_export import IcsExporter, IcsFilter, default_filter

    svc = _services(args)
    period = svc.progress.period(args.period) if args.period else None
    if args.all_parties:
        parties: frozenset[str] = frozenset()
    elif args.party:
        parties = frozenset(svc.reports.party_name(p) or "" for p in args.party)
    else:
        own = default_filter(svc.settings.user_party or None)
        if own is None:
            raise LofteError("err.ics_no_party")
        parties = own.parties
    only = IcsFilter(
        parties=parties,
        types=frozenset(args.type or ()),
        series=frozenset(svc.planning.resolve_series(s) for s in (args.series or ())),
        mine=svc.ctx.user if args.mine else None,
    )
    try:
        n = IcsExporter(svc.planning).write(args.out, period, only)
    except OSError as exc:
        print(f"lofte: kunde inte skriva {args.out}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"{n} kalenderhändelser skrevs till {args.out}", file=sys.stderr)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from lofte_desktop.services.planning_demo import add_demo_plans

    svc = _services(args)
    ids = add_demo_plans(svc.planning)
    print(f"Demoplaner: {len(ids)} serier.", file=sys.stderr)
    return 0


_HANDLERS: dict[str, Handler] = {
    "demo": _demo,
    "add": _add,
    "list": _list,
    "done": _done,
    "cancel": _cancel,
    "move": _move,
    "skip": _skip,
    "delete": _delete,
    "overdue": _overdue,
    "term": _term,
    "ics": _ics,
}

COMMANDS: dict[str, Handler] = {"plan": cmd_plan}
