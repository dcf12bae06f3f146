"""`lofte progress` (each promise against its target in a period) and `lofte
indicator set|list` (the indicators' yearly values).

Standard library only at import time (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lofte_desktop.cli.common import Handler, open_services, print_json, table


def register(sub: Any, db: argparse.ArgumentParser) -> None:
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


def cmd_progress(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.progress import format_number
    from lofte_desktop.domain.texts import unit_text

    svc = open_services(args)
    period = svc.progress.period(args.period)
    if args.xlsx:
        n = svc.excel.progress_xlsx(args.xlsx, period)
        print(f"{n} löften ({period.code}) skrevs till {args.xlsx}", file=sys.stderr)
        return 0
    items = svc.progress.progress(period)
    if args.json:
        print_json(
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
        table(
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
    svc = open_services(args)
    if args.indicator_command == "set":
        m = svc.agreement.set_indicator_value(args.id, args.year, args.value, args.note)
        print(f"{svc.agreement.indicator(args.id).code} {m.year}: {m.value:g}")
        return 0
    statuses = svc.progress.indicators()
    if getattr(args, "json", False):
        print_json(
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


COMMANDS: dict[str, Handler] = {"progress": cmd_progress, "indicator": cmd_indicator}
