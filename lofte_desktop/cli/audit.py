"""`lofte lock`, `unlock`, `locks` and `audit`: closing a followed-up period so
its activities cannot change, and the record of who changed an activity, when.

Imports only the standard library at module level (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from lofte_desktop.cli.common import Handler, open_services


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "lock",
        parents=[db_parent],
        help="lås en termin eller ett år efter uppföljningen",
    )
    p.add_argument("period", metavar="PERIOD", help="t.ex. HT2023, VT2024 eller 2024")
    p.add_argument("--reason", default="", metavar="TEXT", help="t.ex. uppföljning dec")

    p = sub.add_parser(
        "unlock",
        parents=[db_parent],
        help="lås upp en låst period (skälet loggas)",
    )
    p.add_argument("period", metavar="PERIOD")
    p.add_argument("--reason", required=True, metavar="TEXT", help="varför (krävs)")

    p = sub.add_parser("locks", parents=[db_parent], help="lista låsta perioder")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "audit", parents=[db_parent], help="historiken för en aktivitet (vem, när, vad)"
    )
    p.add_argument("id", metavar="ID", help="aktivitetens id (eller minst 6 tecken)")
    p.add_argument("--json", action="store_true")


def cmd_lock(args: argparse.Namespace) -> int:
    svc = open_services(args)  # the period decides the agreement
    lock = svc.locks.lock(args.period, reason=args.reason)
    print(
        f"{lock.period.label()} ({lock.period.start} – {lock.period.end}) är låst. "
        "Aktiviteter i perioden kan inte ändras förrän den låses upp."
    )
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    svc = open_services(args)  # the period decides the agreement
    lock = svc.locks.unlock(args.period, reason=args.reason)
    print(f"{lock.period.label()} är upplåst. Skälet har sparats i historiken.")
    return 0


def cmd_locks(args: argparse.Namespace) -> int:
    svc = open_services(args, agreement=False, follow_period=False)
    locks = svc.locks.locks()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "period": lk.period.code,
                        "start": lk.period.start.isoformat(),
                        "end": lk.period.end.isoformat(),
                        "reason": lk.reason,
                        "by": lk.by_user,
                        "at": lk.at.isoformat(timespec="seconds"),
                    }
                    for lk in locks
                ],
                ensure_ascii=False,
            )
        )
        return 0
    if not locks:
        print("Inga perioder är låsta.")
    for lk in locks:
        print(f"  {lk.period.code:<8} låst av {lk.by_user or '?'}  {lk.reason}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    svc = open_services(args, agreement=False, follow_period=False)
    activity_id = svc.activities.resolve_id(args.id)
    history = svc.activities.history(activity_id)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "at": h.at.isoformat(timespec="seconds"),
                        "action": h.action,
                        "user": h.user,
                        "device": h.device_id,
                        "changes": h.changes,
                    }
                    for h in history
                ],
                ensure_ascii=False,
                default=str,
            )
        )
        return 0
    for h in history:
        fields = ", ".join(sorted(h.changes)) or "-"
        when = h.at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"{when}  {h.action:<8} {h.user or '?':<20} enhet {h.device_id[:8]}  {fields}"
        )
    return 0


COMMANDS: dict[str, Handler] = {
    "lock": cmd_lock,
    "unlock": cmd_unlock,
    "locks": cmd_locks,
    "audit": cmd_audit,
}
