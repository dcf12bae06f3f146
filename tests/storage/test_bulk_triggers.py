"""A bulk write pauses the totals' insert triggers only inside its own
transaction: afterwards (committed or rolled back) they are exactly as the
migration made them, and every later write is counted by them again."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from lofte_desktop.app import Services
from lofte_desktop.storage.activity_totals import INSERT_TRIGGERS, NewRows
from lofte_desktop.storage.meta import AlchemySql
from tests.conftest import draft
from tests.storage.test_activity_totals import assert_totals_match


def _triggers(svc: Services) -> list[tuple[str, str]]:
    """The SQLite triggers as stored (name and text), or PostgreSQL's names."""
    with svc.ctx.db.read_connection() as conn:
        if conn.dialect.name == "sqlite":
            found = conn.execute(
                text(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                    "ORDER BY name"
                )
            )
        else:
            found = conn.execute(
                text(
                    "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal "
                    "ORDER BY tgname"
                )
            )
        return [(str(a), str(b)) for a, b in found]


def test_a_bulk_write_leaves_the_triggers_as_they_were(services: Services) -> None:
    before = _triggers(services)
    if services.ctx.db.is_sqlite:
        assert set(INSERT_TRIGGERS) <= {name for name, _ in before}
    acts = services.activities
    acts.bulk_log([acts.validate(draft()), acts.validate(draft(date="2024-09-11"))])
    assert _triggers(services) == before
    acts.log(draft(date="2024-09-12", count=3))  # counted by the triggers again
    assert_totals_match(services)
    with services.ctx.db.read_connection() as conn:
        counted = conn.execute(
            text("SELECT sum(occasions) FROM activity_totals WHERE promise_id = ''")
        ).scalar()
    assert counted == 3


def test_a_failed_bulk_write_leaves_nothing_and_the_triggers_back(
    services: Services,
) -> None:
    before = _triggers(services)
    acts = services.activities
    one = acts.validate(draft())
    with (  # the same id twice: the insert fails after the triggers were paused
        pytest.raises(IntegrityError),
        services.ctx.db.write_connection() as conn,
    ):
        acts.insert_checked(conn, [one, one], ids=["same-id", "same-id"])
    assert _triggers(services) == before
    assert acts.count() == 0
    acts.log(draft(date="2024-09-12"))
    assert_totals_match(services)


def test_a_merges_new_rows_are_selected_exactly(services: Services) -> None:
    """The new rows' totals are read from exactly the rows inserted: by their
    rowid range on SQLite when they took the next rowids, else by their ids."""
    acts = services.activities
    acts.log(draft(date="2024-09-01"))  # an older row, never selected
    with services.ctx.db.write_connection() as conn:
        sql = AlchemySql(conn)
        rows = NewRows(sql)
        ids = acts.insert_checked(
            conn, [acts.validate(draft()), acts.validate(draft(date="2024-09-11"))]
        )
        exact = rows.selections(sql, ids)
        named = rows.selections(sql, [*ids, "not-inserted"])
        for selections in (exact, named):
            found = {
                str(r["id"])
                for condition, params in selections
                for r in sql.rows(
                    f"SELECT a.id FROM activities a WHERE {condition}", params
                )
            }
            assert found == set(ids)
    by_rowid = services.ctx.db.is_sqlite
    assert ("rowid" in exact[0][0]) is by_rowid
    assert all("a.id IN" in condition for condition, _ in named)
