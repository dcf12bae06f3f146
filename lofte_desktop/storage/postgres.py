"""The shared store: PostgreSQL URLs, credentials, the write lock, connection errors.

A coordinator team shares one PostgreSQL database through the same models and
Alembic migrations as the SQLite file. What differs lives here:

- URLs: `postgresql://`, `postgres://` and `postgresql+psycopg://` all mean psycopg 3.
- Credentials are never kept in the settings file. A URL there has no password; the
  password comes from the OS keyring (the `keyring` package, service
  `lofte-desktop`), or libpq finds it in a PGPASSFILE / ~/.pgpass.
- Writers: SQLite serialises them with BEGIN IMMEDIATE; PostgreSQL does not. Every
  write transaction therefore first takes one transaction-level advisory lock
  (`pg_advisory_xact_lock`), released at commit or rollback. Writers queue as they do
  on SQLite, so read-modify-write steps (the clock stamp in `meta`, version checks,
  upserts) cannot interleave. Writes are short (milliseconds), so a team of tens of
  people does not notice the queue. We chose this over `SELECT … FOR UPDATE` on the
  clock row because it also covers the first insert of a `meta` key and bulk writes
  through Core, and needs no change in the repositories.
- Reads run in REPEATABLE READ: a report sees one consistent snapshot, as a SQLite
  read transaction does.
- Connection errors become one clear Swedish message (see `connection_message`).

Imports nothing heavy at module level; psycopg and keyring load only when needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine, Table
    from sqlalchemy.engine import URL

DRIVER = "postgresql+psycopg"
KEYRING_SERVICE = "lofte-desktop"
#: The advisory lock key every writer takes ("Lofte" in ASCII).
WRITE_LOCK_KEY = 0x4C6F667465
#: How long a writer waits for the lock before it gives up (SQLite: busy_timeout).
LOCK_TIMEOUT = "15s"
CONNECT_TIMEOUT_S = 5
INSTALL_HINT = "pip install 'lofte-desktop[postgres]'"


class CredentialError(Exception):
    """The password could not be stored or read (message in Swedish)."""


def is_postgres_url(target: str | None) -> bool:
    if not target or "://" not in target:
        return False
    scheme = target.split("://", 1)[0].lower()
    return scheme.split("+", 1)[0] in ("postgresql", "postgres")


def normalise_url(target: str) -> str:
    """`postgres://` and `postgresql://` become `postgresql+psycopg://`."""
    if not is_postgres_url(target):
        return target
    scheme, rest = target.split("://", 1)
    if "+" in scheme:
        return target
    return f"{DRIVER}://{rest}"


def _url(target: str) -> URL:
    from sqlalchemy.engine import make_url

    return make_url(normalise_url(target))


def display_url(target: str) -> str:
    """The URL with any password masked, fit to show or log."""
    if "://" not in target:
        return target
    return _url(target).render_as_string(hide_password=True)


def strip_password(target: str) -> tuple[str, str | None]:
    """(URL without a password, the password or None): what settings may keep."""
    url = _url(target)
    password = url.password
    if password is None:
        return target, None
    return url._replace(password=None).render_as_string(hide_password=False), str(
        password
    )


def _host(url: URL) -> str:
    host = url.host or url.query.get("host") or "localhost"
    return str(host if isinstance(host, str) else host[0])


def _port(url: URL) -> int:
    port = url.port or url.query.get("port") or 5432
    return int(port if isinstance(port, str | int) else port[0])


def keyring_user(target: str) -> str:
    """The keyring entry name for a store: user@host:port/database."""
    url = _url(target)
    user = url.username or ""
    return f"{user}@{_host(url)}:{_port(url)}/{url.database or ''}"


def _keyring() -> Any:
    try:
        import keyring
    except ImportError as exc:
        raise CredentialError(
            "Nyckelringen kan inte användas: paketet keyring är inte installerat "
            f"({INSTALL_HINT}). Lägg lösenordet i en PGPASSFILE i stället."
        ) from exc
    return keyring


def password_from_keyring(target: str) -> str | None:
    """The stored password for this store, or None (also when no keyring works)."""
    try:
        keyring = _keyring()
        value = keyring.get_password(KEYRING_SERVICE, keyring_user(target))
    except Exception:  # no backend, locked keyring, D-Bus missing: fall back to libpq
        return None
    return None if value is None else str(value)


def store_password(target: str, password: str) -> None:
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(target), password)
    except Exception as exc:
        raise CredentialError(
            "Lösenordet kunde inte sparas i nyckelringen "
            f"({type(exc).__name__}: {exc}). Lägg det i en PGPASSFILE i stället "
            "(se README, avsnittet Gemensam databas)."
        ) from exc


def forget_password(target: str) -> bool:
    """Removes the stored password; False when there was none."""
    try:
        keyring = _keyring()
        keyring.delete_password(KEYRING_SERVICE, keyring_user(target))
    except Exception:
        return False
    return True


def driver_missing() -> str | None:
    """A Swedish message when psycopg is not installed, else None."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return (
            "Stöd för PostgreSQL saknas: drivrutinen psycopg är inte installerad. "
            f"Installera den med {INSTALL_HINT}, eller använd en lokal databasfil."
        )
    return None


def engine_url(target: str) -> URL:
    """The URL to connect with: the keyring's password added when the URL has none."""
    url = _url(target)
    if url.password is None:
        password = password_from_keyring(target)
        if password is not None:
            url = url.set(password=password)
    return url


def engine_options() -> dict[str, Any]:
    return {
        "pool_pre_ping": True,
        "connect_args": {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "lofte-desktop",
            # No server-side prepared statements: their cached generic plans were
            # made while a table was small, and inside a long import (a table that
            # grows by 100k rows, no statistics yet) they kept scanning it whole for
            # every id lookup. Planning each statement afresh costs microseconds.
            "prepare_threshold": None,
        },
    }


def setup_engine(engine: Engine, write_option: str) -> None:
    """Transactions on connections with `write_option` set take the advisory write
    lock first (see the module docstring)."""
    from sqlalchemy import event

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(write_option, False):
            # one round trip: the wait limit for this transaction, then the lock
            conn.exec_driver_sql(
                f"SELECT set_config('lock_timeout', '{LOCK_TIMEOUT}', true), "
                f"pg_advisory_xact_lock({WRITE_LOCK_KEY})"
            )


def copy_rows(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
) -> None:
    """Inserts many rows with COPY … FROM STDIN, inside `conn`'s transaction.

    For bulk work on the shared store (a 100k-activity sync import): several times
    faster than executemany, which pays a round trip per row. Values are Python
    objects (str, int, float, bool, date, datetime, None) in `columns` order.
    """
    prep = conn.dialect.identifier_preparer
    names = ", ".join(prep.quote(c) for c in columns)
    sql = f"COPY {prep.format_table(table)} ({names}) FROM STDIN"
    raw: Any = conn.connection.driver_connection
    with raw.cursor() as cur, cur.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def connection_message(exc: BaseException, target: str) -> str:
    """One clear Swedish sentence or two for a failed connection to the shared store."""
    url = _url(target)
    where = f"{_host(url)}:{_port(url)}"
    db = url.database or ""
    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    tail = (
        " Du kan fortsätta logga i en lokal databasfil och skicka det till den "
        "gemensamma databasen med synkpaket senare."
    )
    if "password authentication failed" in low or "authentication failed" in low:
        head = (
            f"Inloggningen till den gemensamma databasen på {where} misslyckades: "
            f"fel användarnamn ({url.username or 'inget'}) eller lösenord."
        )
    elif "no password supplied" in low or "password is required" in low:
        head = (
            f"Den gemensamma databasen på {where} kräver ett lösenord. Spara det med "
            "`lofte db connect` (nyckelringen) eller i en PGPASSFILE."
        )
    elif "does not exist" in low and "database" in low:
        head = (
            f"Databasen {db!r} finns inte på servern {where}. Be den som sköter "
            "servern skapa den (se README, Gemensam databas)."
        )
    elif "role" in low and "does not exist" in low:
        head = f"Användaren {url.username!r} finns inte på servern {where}."
    elif "permission denied" in low:
        head = (
            f"Användaren {url.username!r} saknar behörighet i databasen {db!r} "
            f"på {where}."
        )
    elif "timeout" in low or "timed out" in low:
        head = f"Servern {where} svarade inte inom {CONNECT_TIMEOUT_S} sekunder."
    elif (
        "could not translate host name" in low
        or "name or service not known" in low
        or "failed to resolve" in low
    ):
        head = f"Servernamnet {_host(url)!r} hittades inte. Kontrollera adressen."
    elif (
        "connection refused" in low
        or "no such file or directory" in low
        or "is the server running" in low
        or "could not connect" in low
        or "connection failed" in low
    ):
        head = (
            f"Kunde inte ansluta till den gemensamma databasen på {where}: servern "
            "svarar inte. Kontrollera nätverket, VPN:en och adressen."
        )
    elif "ssl" in low:
        head = f"Den krypterade anslutningen till {where} kunde inte upprättas."
    else:
        first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
        head = f"Kunde inte ansluta till den gemensamma databasen på {where} ({first})."
    return head + tail
