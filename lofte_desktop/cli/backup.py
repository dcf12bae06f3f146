"""`lofte backup`, `restore`, `backups` and `check`: backups of the database file.

Backups, restore and the check work on the file alone, so they also work when the
database is damaged and the app refuses to open it. Imports only the standard
library at module level (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from lofte_desktop.cli.common import Handler

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


def _path_only(args: argparse.Namespace) -> BackupService:
    """Backups for the --db path without opening the database (it may be damaged)."""
    from lofte_desktop.app import database_target
    from lofte_desktop.services.backup import backups_for
    from lofte_desktop.services.settings_file import SettingsStore

    settings = SettingsStore().load()
    target = database_target(getattr(args, "db", None), settings)
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
    before_restore = svc.restore(args.file)
    print(f"Databasen är återställd från {args.file}.")
    if before_restore is not None:
        print(f"Den tidigare databasen sparades som {before_restore.path}.")
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
    from lofte_desktop.services.file_check import check_file

    svc = _path_only(args)
    path = svc.db_path
    assert path is not None
    if not path.exists():
        print(f"lofte: det finns ingen databas på {path}.", file=sys.stderr)
        return 1
    found = check_file(path)
    problems, open_modes = found.problems, found.readable_by_others
    latest = svc.latest()
    report = {
        "path": str(path),
        "schema": found.schema,
        "schema_current": found.schema_current,
        "integrity": problems or ["ok"],
        "network_share": svc.location_warning(),
        "readable_by_others": open_modes,
        "backups": len(svc.list()),
        "latest_backup": str(latest.path) if latest else None,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"Databas: {path} (schema {found.schema})")
        print("Integritet: " + ("ok" if not problems else "; ".join(problems[:5])))
        print(
            f"Säkerhetskopior: {report['backups']}, senaste: {report['latest_backup']}"
        )
        if open_modes:
            print("Läsbara för andra användare: " + ", ".join(open_modes))
        _warn_location(svc)
    return 1 if problems else 0


COMMANDS: dict[str, Handler] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "backups": cmd_backups,
    "check": cmd_check,
}
