"""`lofte backup`, `restore`, `backups`, `check`, `lock`, `unlock`, `locks`, `audit`.

Backups, restore and the check work on the file alone, so they also work when the
database is damaged and the app refuses to open it. Imports only the standard
library at module level (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lofte_desktop.services.backup import BackupService


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup",
        parents=[db_parent],
        help="säkerhetskopiera databasen nu",
        description=(
            "Gör en säkerhetskopia med SQLites backup-API (säker även medan "
            "programmet körs). Utan --out hamnar den i mappen backups bredvid "
            "databasen, där de senaste 14 sparas."
        ),
    )
    p.add_argument("--out", metavar="FIL", help="skriv kopian till den här filen")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "restore",
        parents=[db_parent],
        help="återställ databasen från en säkerhetskopia",
        description=(
            "Kontrollerar kopian, sparar först den nuvarande databasen som en egen "
            "säkerhetskopia och byter sedan innehållet i en enda transaktion."
        ),
    )
    p.add_argument("file", metavar="FIL", help="säkerhetskopian att återställa")

    p = sub.add_parser(
        "backups", parents=[db_parent], help="lista säkerhetskopiorna, nyaste först"
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "check",
        parents=[db_parent],
        help="kontrollera databasen: integritet, plats, behörigheter, kopior",
    )
    p.add_argument("--json", action="store_true")

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


def _path_only(args: argparse.Namespace) -> BackupService:
    """Backups for the --db path without opening the database (it may be damaged)."""
    from lofte_desktop.runtime.paths import resolve_db
    from lofte_desktop.services.backup import backups_for
    from lofte_desktop.services.settings import SettingsStore

    settings = SettingsStore().load()
    target = resolve_db(getattr(args, "db", None) or settings.db_path or None)
    svc = backups_for(target, settings.backup_keep)
    if not svc.available:
        svc.backup()  # raises the Swedish "server database" refusal
    return svc


def _warn_location(svc: BackupService) -> None:
    warning = svc.location_warning()
    if warning:
        print(f"lofte: varning: {warning}", file=sys.stderr)


def _size(n: int) -> str:
    return f"{n / 1024:.0f} kB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    svc = _path_only(args)
    _warn_location(svc)
    path = svc.backup(args.out)
    if args.json:
        print(json.dumps({"path": str(path), "size": path.stat().st_size}))
    else:
        print(f"Säkerhetskopia sparad: {path} ({_size(path.stat().st_size)})")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    svc = _path_only(args)
    safety = svc.restore(args.file)
    print(f"Databasen är återställd från {args.file}.")
    if safety is not None:
        print(f"Den tidigare databasen sparades som {safety.path}.")
    else:
        print(
            "Den tidigare databasen var skadad eller saknades och har flyttats undan."
        )
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    svc = _path_only(args)
    items = svc.list()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "path": str(b.path),
                        "created": b.created.isoformat(timespec="seconds"),
                        "reason": b.reason,
                        "size": b.size,
                    }
                    for b in items
                ],
                ensure_ascii=False,
            )
        )
        return 0
    if not items:
        print(f"Inga säkerhetskopior i {svc.directory}.")
        return 0
    print(f"Säkerhetskopior i {svc.directory} (de {svc.keep} senaste sparas):")
    for b in items:
        when = b.created.strftime("%Y-%m-%d %H:%M:%S")
        print(f"  {when}  {b.reason_label():<20} {_size(b.size):>9}  {b.path.name}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    import os
    import stat

    from lofte_desktop.storage.backup import check_database
    from lofte_desktop.storage.migrate import (
        SCHEMA_HEAD,
        check_revision,
        check_sqlite_file,
        sqlite_revision,
    )

    svc = _path_only(args)
    path = svc.db_path
    assert path is not None
    if not path.exists():
        print(f"lofte: det finns ingen databas på {path}.", file=sys.stderr)
        return 1
    check_sqlite_file(str(path))
    rev = sqlite_revision(str(path))
    check_revision(rev, str(path))
    problems = check_database(path, full=True)
    modes = {
        p: stat.S_IMODE(os.stat(p).st_mode)
        for p in (str(path), f"{path}-wal", f"{path}-shm")
        if os.path.exists(p)
    }
    open_modes = [p for p, m in modes.items() if m & 0o077]
    latest = svc.latest()
    report = {
        "path": str(path),
        "schema": rev,
        "schema_current": rev == SCHEMA_HEAD,
        "integrity": problems or ["ok"],
        "network_share": svc.location_warning(),
        "readable_by_others": open_modes,
        "backups": len(svc.list()),
        "latest_backup": str(latest.path) if latest else None,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"Databas: {path} (schema {rev})")
        print("Integritet: " + ("ok" if not problems else "; ".join(problems[:5])))
        print(
            f"Säkerhetskopior: {report['backups']}, senaste: {report['latest_backup']}"
        )
        if open_modes:
            print("Läsbara för andra användare: " + ", ".join(open_modes))
        _warn_location(svc)
    return 1 if problems else 0


def cmd_lock(args: argparse.Namespace) -> int:
    from lofte_desktop.app import build_services

    svc = build_services(
        getattr(args, "db", None), agreement=getattr(args, "agreement", None)
    )
    svc.follow_period(args.period)  # the period decides the agreement
    lock = svc.locks.lock(args.period, reason=args.reason)
    print(
        f"{lock.period.label()} ({lock.period.start} – {lock.period.end}) är låst. "
        "Aktiviteter i perioden kan inte ändras förrän den låses upp."
    )
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    from lofte_desktop.app import build_services

    svc = build_services(
        getattr(args, "db", None), agreement=getattr(args, "agreement", None)
    )
    svc.follow_period(args.period)  # the period decides the agreement
    lock = svc.locks.unlock(args.period, reason=args.reason)
    print(f"{lock.period.label()} är upplåst. Skälet har sparats i historiken.")
    return 0


def cmd_locks(args: argparse.Namespace) -> int:
    from lofte_desktop.app import build_services

    svc = build_services(getattr(args, "db", None))
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
    from lofte_desktop.app import build_services

    svc = build_services(getattr(args, "db", None))
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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "backups": cmd_backups,
    "check": cmd_check,
    "lock": cmd_lock,
    "unlock": cmd_unlock,
    "locks": cmd_locks,
    "audit": cmd_audit,
}
