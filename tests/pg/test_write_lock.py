"""Writers to the shared store queue on one advisory lock, as SQLite's BEGIN
IMMEDIATE makes them queue; readers never wait for it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from lofte_desktop.storage.database import Database
from lofte_desktop.storage.meta import next_stamp
from tests.pg.server import PgServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db(pg_server: PgServer) -> Iterator[Database]:
    url = pg_server.create_database()
    db = Database(url)
    yield db
    db.dispose()
    pg_server.drop_database(url)


def _waiting_for_write_lock(db: Database) -> bool:
    with db.read_connection() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                    "AND NOT granted AND database = "
                    "(SELECT oid FROM pg_database WHERE datname = current_database())"
                )
            ).scalar()
        )


def test_a_second_writer_waits_for_the_first_and_stamps_after_it(
    pg_db: Database,
) -> None:
    second: dict[str, str] = {}

    def write_second() -> None:
        with pg_db.write() as s:
            second["stamp"] = next_stamp(s, "dev").hlc

    with pg_db.write() as s:
        first = next_stamp(s, "dev").hlc
        worker = threading.Thread(target=write_second)
        worker.start()
        deadline = time.monotonic() + 60
        while not _waiting_for_write_lock(pg_db):
            assert time.monotonic() < deadline, "the second writer never queued"
            time.sleep(0.02)
        assert second == {}  # still queued while the first is open
        with pg_db.read() as r:  # a reader is not held up
            assert r.execute(text("SELECT 1")).scalar() == 1
    worker.join(timeout=60)
    assert second["stamp"] > first


def test_the_lock_is_released_when_a_write_fails(pg_db: Database) -> None:
    with pytest.raises(RuntimeError), pg_db.write() as s:
        next_stamp(s, "dev")
        raise RuntimeError("boom")
    with pg_db.read_connection() as conn:
        held = conn.execute(
            text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")
        ).scalar()
    assert held == 0
    with pg_db.write() as s:  # and the next writer goes straight through
        assert next_stamp(s, "dev").hlc


def test_reads_see_one_snapshot(pg_db: Database) -> None:
    """A report reading twice sees the same data even if a write lands between.

    (Counted on the written key: every write also renews meta's data generation.)"""
    count = text("SELECT count(*) FROM meta WHERE key = 'x'")
    with pg_db.read() as r:
        before = r.execute(count).scalar()
        with pg_db.write() as w:
            w.execute(text("INSERT INTO meta (key, value) VALUES ('x', 'y')"))
        assert r.execute(count).scalar() == before
    with pg_db.read() as r:
        assert r.execute(count).scalar() == before + 1
