"""Engine and transactions.

PostgreSQL (the shared store) is set up in storage/postgres.py: writers queue on an
advisory lock, as SQLite's BEGIN IMMEDIATE makes them queue.

SQLite runs with WAL, foreign keys, a busy timeout and synchronous=FULL. pysqlite's
own transaction handling is switched off so that we emit BEGIN ourselves: writes
start with BEGIN IMMEDIATE (the write lock is taken up front, so two writers queue
on busy_timeout instead of failing half-way), reads with a plain BEGIN.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lofte_desktop.domain.refusals import write_failure
from lofte_desktop.storage import activity_core as core
from lofte_desktop.storage import postgres
from lofte_desktop.storage.meta import AlchemySql

BUSY_TIMEOUT_MS = 15_000
_IMMEDIATE = "lofte_immediate"


def is_sqlite_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def url_for(target: str) -> str:
    """A SQLAlchemy URL for a path or URL."""
    if "://" in target:
        return target
    return f"sqlite+pysqlite:///{target}"


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One database: an engine, and sessions/connections for reading or writing.

    Writes are short: open `write()`, do one unit of work, leave the block. The block
    commits on success and rolls back on any exception, so nothing is half-written.
    """

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url_for(url)
        self.is_sqlite = is_sqlite_url(self.url)
        self.is_postgres = postgres.is_postgres_url(self.url)
        kwargs: dict[str, Any] = {"echo": echo}
        connect_url: Any = self.url
        if self.is_postgres:
            # The shared store (storage/postgres.py): password from the keyring,
            # an advisory lock serialises writers, reads see one snapshot.
            self.url = postgres.normalise_url(self.url)
            connect_url = postgres.engine_url(self.url)
            kwargs.update(postgres.engine_options())
        elif not self.is_sqlite:
            kwargs["pool_pre_ping"] = True
        self.engine = create_engine(connect_url, **kwargs)
        read_engine = self.engine
        if self.is_sqlite:
            _sqlite_setup(self.engine)
            path = make_url(self.url).database
            self.path: str | None = path if path and path != ":memory:" else None
        else:
            self.path = None
        if self.is_postgres:
            postgres.setup_engine(self.engine, _IMMEDIATE)
            read_engine = self.engine.execution_options(
                isolation_level="REPEATABLE READ"
            )
        self._write_engine = self.engine.execution_options(**{_IMMEDIATE: True})
        self._read_engine = read_engine
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(read_engine, expire_on_commit=False)
        #: Own writes against writes made elsewhere (services/changes.py).
        self.versions = DataVersionWatch()

    @property
    def display_url(self) -> str:
        """The URL or path to show the user (never a password)."""
        return postgres.display_url(self.url)

    @contextmanager
    def write(self, *, changes_data: bool = True) -> Iterator[Session]:
        """A write transaction. It renews the data version (storage/activity_core)
        unless `changes_data` is False: only for writes that leave every record
        as it is (device-local settings, a schema migration)."""
        renewed: tuple[str | None, str] | None = None
        with _failed_writes(), self._write_sessions() as session:
            with session.begin():
                yield session
                if changes_data:
                    renewed = _renew(session)
            if renewed is not None:
                self.versions.wrote(*renewed)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions() as session, session.begin():
            yield session

    @contextmanager
    def write_connection(self, *, changes_data: bool = True) -> Iterator[Connection]:
        """A Core connection in a write transaction, for bulk work. `changes_data`
        as in `write()` (False: a schema migration, which leaves records as
        they are)."""
        renewed: tuple[str | None, str] | None = None
        with _failed_writes():
            with self._write_engine.begin() as conn:
                yield conn
                if changes_data:
                    renewed = _renew(conn)
            if renewed is not None:
                self.versions.wrote(*renewed)

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        with self._read_engine.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()


def _renew(ex: Session | Connection) -> tuple[str | None, str]:
    """Renews the data version in the open write transaction; returns the value
    it found and the one it wrote (for DataVersionWatch, after the commit)."""
    return core.renew_data_version(AlchemySql(ex))


class DataVersionWatch:
    """Tells this process's own writes from writes made elsewhere.

    Why: the GUI polls the data version to notice the CLI, a sync-folder import or
    another user of a shared store. Its own writes already publish their events,
    so they must not be reported a second time. Each own write tells the watch the
    version it found and the one it wrote (`wrote`); a poll (`seen`) reports a
    change when the stored value is not the last one known here, or when an own
    write found a value it did not know (someone wrote in between). Thread-safe.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._known: str | None = None
        self._started = False
        self._missed = False

    def wrote(self, found: str | None, written: str) -> None:
        """After an own write committed: it found `found` and wrote `written`."""
        with self._lock:
            if self._started and found != self._known:
                self._missed = True
            self._known = written
            self._started = True

    def seen(self, current: str | None) -> bool:
        """After a poll read `current`: True when something else wrote since the
        last poll or own write (the first poll only learns the value)."""
        with self._lock:
            changed = self._started and (current != self._known or self._missed)
            self._known = current
            self._started = True
            self._missed = False
            return changed


@contextmanager
def _failed_writes() -> Iterator[None]:
    """A full disk, read-only media or a lock held too long become a clear
    WriteFailedError (after the rollback: nothing was written)."""
    try:
        yield
    except OperationalError as exc:
        failure = write_failure(str(exc.orig or exc))
        if failure is None:
            raise
        raise failure from exc


def secure_file(path: str | None) -> None:
    """Makes the database (and its WAL/SHM) readable only by the user."""
    if not path:
        return
    for suffix in ("", "-wal", "-shm"):
        p = path + suffix
        if os.path.exists(p):
            with suppress(OSError):
                os.chmod(p, 0o600)


#: The SQLite page cache for a bulk import, in KiB (the default is 2 MB).
BULK_CACHE_KIB = 32 * 1024


@contextmanager
def bulk_cache(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache while a bulk write (a sync import, bulk_log)
    writes many rows, then the old one.

    Each activity goes into the table and eight indexes; with the default cache
    their pages evict each other and a 100k import spends a quarter longer in
    SQLite. The setting is the connection's, never stored in the file.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    old = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        # a failed restore leaves a larger cache, never a changed file; the
        # import's own error must not be hidden by it
        with suppress(SQLAlchemyError):
            conn.exec_driver_sql(f"PRAGMA cache_size={old}")
