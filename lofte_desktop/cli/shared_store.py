"""`lofte db …`: connect to a shared store (PostgreSQL), check it, back it up.

Standard library only at import time; the handlers import what they need.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lofte_desktop.cli.common import Handler, print_json

if TYPE_CHECKING:
    from lofte_desktop.services.shared_store import SharedStoreService


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "db",
        parents=[db_parent],
        help="gemensam databas (PostgreSQL): anslut, kontrollera, säkerhetskopiera",
    )
    dsub = p.add_subparsers(dest="db_command", metavar="KOMMANDO")
    dsub.required = True
    c = dsub.add_parser(
        "check", parents=[db_parent], help="anslut och visa databas, server och schema"
    )
    c.add_argument("--json", action="store_true")
    c = dsub.add_parser(
        "connect",
        parents=[db_parent],
        help="använd en gemensam databas som standard (lösenordet i nyckelringen)",
    )
    c.add_argument("url", metavar="URL", help="t.ex. postgresql://anna@server/lofte")
    pw = c.add_mutually_exclusive_group()
    pw.add_argument(
        "--password-stdin", action="store_true", help="läs lösenordet från stdin"
    )
    pw.add_argument("--ask-password", action="store_true", help="fråga efter lösenord")
    dsub.add_parser(
        "local", parents=[db_parent], help="gå tillbaka till den lokala databasfilen"
    )
    dsub.add_parser(
        "forget-password",
        parents=[db_parent],
        help="ta bort den gemensamma databasens lösenord ur nyckelringen",
    )
    c = dsub.add_parser(
        "backup", parents=[db_parent], help="säkerhetskopiera med pg_dump till en fil"
    )
    c.add_argument("file", metavar="FIL")
    c = dsub.add_parser(
        "restore",
        parents=[db_parent],
        help="återställ en pg_dump-kopia (ersätter databasens innehåll)",
    )
    c.add_argument("file", metavar="FIL")
    c.add_argument("--yes", action="store_true", help="fråga inte först")


def _target(args: argparse.Namespace) -> str:
    from lofte_desktop.app import database_target
    from lofte_desktop.services.settings_file import SettingsStore

    return database_target(getattr(args, "db", None), SettingsStore().load())


def _fail(message: str) -> int:
    print(f"lofte: {message}", file=sys.stderr)
    return 1


def cmd_db(args: argparse.Namespace) -> int:
    from lofte_desktop.app import build_shared_store

    return _COMMANDS[args.db_command](args, build_shared_store())


def _check(args: argparse.Namespace, service: SharedStoreService) -> int:
    info = service.check(_target(args))
    if args.json:
        print_json(info.__dict__)
        return 0
    kind = "PostgreSQL (gemensam)" if info.backend == "postgresql" else "SQLite (lokal)"
    print(f"Databas:     {info.target}")
    print(f"Typ:         {kind} {info.server_version}")
    print(f"Schema:      {info.revision}")
    print(f"Aktiviteter: {info.activities}")
    if info.backend == "postgresql":
        where = "nyckelringen" if info.password_in_keyring else "PGPASSFILE/inget"
        print(f"Lösenord:    {where}")
    return 0


def _connect(args: argparse.Namespace, service: SharedStoreService) -> int:
    if not service.is_shared(args.url):
        return _fail(
            "Ange en PostgreSQL-adress, t.ex. postgresql://anna@server.kommun.se/lofte."
        )
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n") or None
    elif args.ask_password:
        import getpass

        password = getpass.getpass("Lösenord: ") or None
    info = service.connect(args.url, password)
    from lofte_desktop.domain.texts import count_text

    print(f"Ansluten: {info.target} ({count_text(info.activities, 'activities')}).")
    if info.password_in_keyring:
        print("Lösenordet sparades i nyckelringen, inte i inställningarna.")
    return 0


def _local(args: argparse.Namespace, service: SharedStoreService) -> int:
    service.use_local()
    from lofte_desktop.runtime.paths import default_db_path

    print(f"Använder den lokala databasen: {default_db_path()}")
    return 0


def _forget(args: argparse.Namespace, service: SharedStoreService) -> int:
    target = _target(args)
    if not service.is_shared(target):
        return _fail("Den lokala databasen har inget lösenord.")
    if service.forget_password(target):
        print("Lösenordet togs bort ur nyckelringen.")
    else:
        print("Inget lösenord fanns i nyckelringen.")
    return 0


def _backup(args: argparse.Namespace, service: SharedStoreService) -> int:
    target = _target(args)
    if not service.is_shared(target):
        return _fail(
            "Det här är en lokal databasfil: säkerhetskopiera den med `lofte backup`."
        )
    path = service.backup(target, args.file)
    print(f"Säkerhetskopia: {path}")
    return 0


def _restore(args: argparse.Namespace, service: SharedStoreService) -> int:
    target = _target(args)
    if not service.is_shared(target):
        return _fail(
            "Det här är en lokal databasfil: återställ den med `lofte restore`."
        )
    if not args.yes:
        if not sys.stdin.isatty():
            return _fail(
                "Återställningen ersätter allt i den gemensamma databasen. "
                "Bekräfta med --yes."
            )
        answer = input(
            f"Ersätta allt i {service.display(target)} med {args.file}? [j/N] "
        )
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            return _fail("avbrutet, ingenting ändrades.")
    service.restore(target, args.file)
    print(f"Återställd från {args.file}.")
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace, SharedStoreService], int]] = {
    "check": _check,
    "connect": _connect,
    "local": _local,
    "forget-password": _forget,
    "backup": _backup,
    "restore": _restore,
}

COMMANDS: dict[str, Handler] = {"db": cmd_db}
