"""Opening a database: refuse foreign files and newer schemas, upgrade older ones.

Migrations run in-process through Alembic's API (never the `alembic` command, which
breaks in a frozen build). The current revision is read with the stdlib sqlite3
module first, so opening an up-to-date database does not import Alembic at all.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lofte_desktop.storage.location import make_private_dir, make_private_file

if TYPE_CHECKING:  # SQLAlchemy is imported only when a database is really opened,
    # so the CLI's fast paths can use the checks below with the stdlib alone.
    from lofte_desktop.storage.database import Database

#: Alembic revisions in order. The last one is the head this code expects.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
SCHEMA_HEAD = REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"


class OpenError(Exception):
    """A database that cannot be opened; the message is for the user (Swedish)."""


class NotADatabaseError(OpenError):
    pass


class NewerSchemaError(OpenError):
    pass


class DamagedDatabaseError(OpenError):
    pass


class ConnectionFailedError(OpenError):
    """The shared store (PostgreSQL) cannot be reached, or its driver is missing."""


def check_sqlite_file(path: str) -> None:
    """Raises NotADatabaseError for an existing file that is not SQLite (left as is)."""
    p = Path(path)
    if p.is_dir():
        raise NotADatabaseError(f"{path} är en mapp, inte en databasfil.")
    if not p.exists() or p.stat().st_size == 0:
        return
    with p.open("rb") as fh:
        head = fh.read(16)
    if head != SQLITE_MAGIC:
        raise NotADatabaseError(
            f"{path} är ingen Löfte-databas (filen är inte en SQLite-databas). "
            "Filen har inte ändrats. Välj en annan fil, eller en ny sökväg för att "
            "skapa en tom databas."
        )


def sqlite_revision(path: str) -> str | None:
    """The Alembic revision stored in a SQLite file, or None for a new/empty one."""
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=15)
    except sqlite3.Error as exc:
        raise NotADatabaseError(f"{path} kan inte öppnas: {exc}") from exc
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table'"
            ).fetchone()[0]
            if tables:
                raise NotADatabaseError(
                    f"{path} är en SQLite-databas men inte en Löfte-databas. "
                    "Filen har inte ändrats."
                )
            return None
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return rev[0] if rev else None
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(
            f"{path} går inte att läsa ({exc}). Den kan vara skadad: återställ den "
            "senaste säkerhetskopian: `lofte backups` listar dem och "
            "`lofte restore FIL` återställer en."
        ) from exc
    finally:
        conn.close()


class DamageCheck:
    """`PRAGMA quick_check` of a file, started at once on its own thread.

    SQLite runs the check without holding the GIL, so it overlaps what the caller
    does meanwhile, e.g. importing the database layer (the GUI's quick start).
    `open_database(..., damage_check=)` uses its answer for the same path.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._problems: list[str] = []
        self._thread = threading.Thread(
            target=self._run, name="lofte-quick-check", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        from lofte_desktop.storage.backup import check_database

        self._problems = check_database(self.path)

    def problems(self) -> list[str]:
        self._thread.join()
        return self._problems


def check_not_damaged(path: str, started: DamageCheck | None = None) -> None:
    """PRAGMA quick_check before opening for writing: a damaged file stays untouched.
    `started`: a check of this same path already under way."""
    from lofte_desktop.storage.backup import check_database

    if started is not None and started.path == path:
        problems = started.problems()
    else:
        problems = check_database(path)
    if problems:
        raise DamagedDatabaseError(
            f"{path} är skadad och öppnas inte ({problems[0][:200]}). Filen har inte "
            "ändrats. Återställ den senaste säkerhetskopian: `lofte backups` listar "
            "dem och `lofte restore FIL` återställer en."
        )


def check_revision(rev: str | None, where: str) -> None:
    if rev is not None and rev not in REVISIONS:
        raise NewerSchemaError(
            f"{where} har skapats av en nyare version av Löfte Desktop "
            f"(schema {rev}, den här versionen känner till {SCHEMA_HEAD}). "
            "Filen har inte ändrats. Uppdatera programmet för att öppna den."
        )


def upgrade(db: Database, revision: str = "head") -> None:
    """Runs Alembic's upgrade in-process on `db`, in one transaction."""
    from alembic import command
    from alembic.config import Config

    from lofte_desktop.runtime.paths import migrations_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    # The records stay as they are (an upgrade that moved data would renew the
    # generation itself); the quick start also checks the schema revision.
    with db.write_connection(changes_data=False) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def database_revision(db: Database) -> str | None:
    from sqlalchemy import inspect, text

    with db.read_connection() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_database(
    target: str,
    *,
    before_upgrade: Callable[[str, str | None], None] | None = None,
    damage_check: DamageCheck | None = None,
) -> Database:
    """Opens (creating or upgrading as needed) the database at a path or URL.

    `before_upgrade(path, old_revision)` runs before an existing database is migrated,
    e.g. to back it up. Foreign files and newer schemas raise OpenError untouched.
    `damage_check`: the file's quick_check, started earlier (see DamageCheck).
    """
    from lofte_desktop.storage.database import Database, secure_file

    if "://" not in target:
        check_sqlite_file(target)
        rev = sqlite_revision(target)
        check_revision(rev, target)
        if rev is not None:
            check_not_damaged(target, damage_check)
        make_private_dir(Path(target).parent)
        make_private_file(Path(target))  # 0600 before SQLite writes a byte
        db = Database(target)
        if rev != SCHEMA_HEAD:
            if rev is not None and before_upgrade is not None:
                before_upgrade(target, rev)
            upgrade(db)
        secure_file(db.path)
        return db
    from sqlalchemy.exc import InterfaceError, OperationalError

    from lofte_desktop.storage import postgres

    if postgres.is_postgres_url(target):
        missing = postgres.driver_missing()
        if missing:
            raise ConnectionFailedError(missing)
    db = Database(target)
    try:
        rev = database_revision(db)
    except (OperationalError, InterfaceError) as exc:
        db.dispose()
        if not db.is_postgres:
            raise
        raise ConnectionFailedError(postgres.connection_message(exc, target)) from exc
    check_revision(rev, "Databasen")
    if rev != SCHEMA_HEAD:
        if rev is not None and before_upgrade is not None:
            before_upgrade(target, rev)
        upgrade(db)
    return db
