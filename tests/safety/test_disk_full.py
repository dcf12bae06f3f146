"""A write that hits a full disk leaves the database as it was, with a clear message.

The full disk is real to SQLite: `PRAGMA max_page_count` on every connection caps
the file at its current size, so the next write that needs a page fails with
SQLITE_FULL exactly as on a full disk.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import event

from lofte_desktop.app import Services
from lofte_desktop.domain.refusals import WriteFailedError
from tests.conftest import draft


def _counts(services: Services) -> tuple[int, int, int]:
    path = services.ctx.db.path
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("activities", "activity_promises", "audit_log")
        )
    finally:
        conn.close()


def test_disk_full_loses_nothing_and_says_so(services: Services) -> None:
    kept = [services.activities.log(draft(count=n)).id for n in range(1, 4)]
    before_ids = {a.id for a in services.activities.query()}
    engine = services.ctx.db.engine
    failure: WriteFailedError | None = None

    def cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    engine.dispose()
    event.listen(engine, "connect", cap)
    try:
        for n in range(200):  # free space inside pages absorbs the first few
            counts = _counts(services)
            try:
                services.activities.log(draft(count=n, note="Lång anteckning. " * 110))
            except WriteFailedError as exc:
                failure = exc
                break
        assert failure is not None, "the cap never filled up"
        assert _counts(services) == counts  # not half-written: no row, link or audit
        assert "disken är full" in str(failure) and "finns kvar" in str(failure)
        assert "disk is full" in failure.message("en")
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()

    path = services.ctx.db.path
    assert path is not None
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    # Space is back: writing works again and everything written before is there.
    again = services.activities.log(draft(note="Efter städning"))
    ids = {a.id for a in services.activities.query()}
    assert before_ids <= ids and set(kept) <= ids and again.id in ids


def test_read_only_media_refuses_cleanly(services: Services) -> None:
    """`PRAGMA query_only` makes SQLite answer as on read-only media
    (SQLITE_READONLY), which root in a test container cannot get from chmod."""
    services.activities.log(draft())
    counts = _counts(services)
    engine = services.ctx.db.engine

    def read_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    engine.dispose()
    event.listen(engine, "connect", read_only)
    try:
        with pytest.raises(WriteFailedError) as err:
            services.activities.log(draft(note="På en skrivskyddad sticka"))
    finally:
        event.remove(engine, "connect", read_only)
        engine.dispose()
    assert "skrivskyddad" in str(err.value) and "Inget har ändrats" in str(err.value)
    assert _counts(services) == counts
