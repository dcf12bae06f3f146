"""activity totals: sums per promise, day, type and status, kept by triggers

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 02:00:00

`activity_totals` holds, for every live (not deleted) activity, its count, hours
and people (`count`) summed per (promise, day, activity type, status); the rows
with promise_id '' sum every live activity whatever it is linked to. Progress and
the GUI's first paint read a period's figures from a few hundred of these rows
instead of counting the activities (storage/activity_core.py).

Triggers on `activities` and `activity_promises` keep the sums in the same
transaction as every write — a log, an edit, a delete or restore, a bulk insert,
an Excel import and its undo, a sync merge, the CLI's fast lane — on SQLite and on
PostgreSQL alike, so the figures are never stale. The existing data is summed here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY = "promise_id, day, activity_type, status"
COLUMNS = f"{KEY}, occasions, hours, people"
ADD = (
    f"ON CONFLICT ({KEY}) DO UPDATE SET "
    "occasions = activity_totals.occasions + excluded.occasions, "
    "hours = activity_totals.hours + excluded.hours, "
    "people = activity_totals.people + excluded.people"
)
CHANGED = (
    "OLD.deleted IS NOT NEW.deleted OR OLD.date IS NOT NEW.date "
    "OR OLD.activity_type IS NOT NEW.activity_type OR OLD.status IS NOT NEW.status "
    "OR OLD.hours IS NOT NEW.hours OR OLD.count IS NOT NEW.count"
)


def _sqlite_add(row: str, promise: str, sign: str, source: str, where: str) -> str:
    """INSERT … ON CONFLICT adding (sign '') or taking away ('-') the activity
    `row` under `promise`, for the rows of `source` that meet `where`."""
    values = (
        f"{promise}, {row}.date, {row}.activity_type, {row}.status, {sign}1, "
        f"{sign}COALESCE({row}.hours, 0), {sign}COALESCE({row}.count, 0)"
    )
    return (
        f"INSERT INTO activity_totals ({COLUMNS}) SELECT {values}{source} "
        f"WHERE {where} {ADD};"
    )


def _sqlite_tidy(promise: str, day: str) -> str:
    """Drops the keys left with no activity (no rounding residue of hours)."""
    return (
        f"DELETE FROM activity_totals WHERE promise_id {promise} AND day = {day} "
        "AND occasions = 0;"
    )


_LINKED = " FROM activities AS a"
#: A bulk insert (storage/activity_totals.pause_for_new) pauses the insert triggers
#: inside its transaction and adds its rows' totals in one statement instead.
_NOT_PAUSED = "NOT EXISTS (SELECT 1 FROM activity_totals_pause)"
_EVERY_KEY = (
    " FROM (SELECT '' AS promise_id UNION ALL SELECT promise_id "
    "FROM activity_promises WHERE activity_id = OLD.id) AS p"
)

SQLITE_TRIGGERS = (
    # a new activity: its '' row (its links come after it, each with its trigger)
    "CREATE TRIGGER activity_totals_insert AFTER INSERT ON activities "
    f"WHEN {_NOT_PAUSED} BEGIN "
    + _sqlite_add("NEW", "''", "", "", "NEW.deleted = 0")
    + " END",
    "CREATE TRIGGER activity_totals_link AFTER INSERT ON activity_promises "
    f"WHEN {_NOT_PAUSED} BEGIN "
    + _sqlite_add(
        "a", "NEW.promise_id", "", _LINKED, "a.id = NEW.activity_id AND a.deleted = 0"
    )
    + " END",
    "CREATE TRIGGER activity_totals_unlink AFTER DELETE ON activity_promises BEGIN "
    + _sqlite_add(
        "a", "OLD.promise_id", "-", _LINKED, "a.id = OLD.activity_id AND a.deleted = 0"
    )
    + _sqlite_tidy(
        "= OLD.promise_id", "(SELECT date FROM activities WHERE id = OLD.activity_id)"
    )
    + " END",
    # an edit, a delete or a restore: out under the old values, in under the new
    "CREATE TRIGGER activity_totals_update AFTER UPDATE OF deleted, date, "
    f"activity_type, status, hours, count ON activities WHEN {CHANGED} BEGIN "
    + _sqlite_add("OLD", "p.promise_id", "-", _EVERY_KEY, "OLD.deleted = 0")
    + _sqlite_add("NEW", "p.promise_id", "", _EVERY_KEY, "NEW.deleted = 0")
    + _sqlite_tidy(
        "IN (SELECT '' UNION ALL SELECT promise_id FROM activity_promises "
        "WHERE activity_id = OLD.id)",
        "OLD.date",
    )
    + " END",
    "CREATE TRIGGER activity_totals_delete AFTER DELETE ON activities BEGIN "
    + _sqlite_add("OLD", "''", "-", "", "OLD.deleted = 0")
    + _sqlite_tidy("= ''", "OLD.date")
    + " END",
)

PG_FUNCTIONS = (
    # adds (n = 1) or takes away (n = -1) one activity's figures under one key
    f"""
CREATE FUNCTION activity_totals_add(p_promise varchar, p_day date, p_type varchar,
    p_status varchar, p_n integer, p_hours double precision, p_people integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO activity_totals ({COLUMNS})
    VALUES (p_promise, p_day, p_type, p_status, p_n, p_n * p_hours, p_n * p_people)
    {ADD};
    IF p_n < 0 THEN
        DELETE FROM activity_totals WHERE promise_id = p_promise AND day = p_day
            AND activity_type = p_type AND status = p_status AND occasions = 0;
    END IF;
END $$""",
    # every key one activity row counts under ('' and its links), n = ±1
    """
CREATE FUNCTION activity_totals_row(r activities, p_n integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    link record;
BEGIN
    IF r.deleted THEN
        RETURN;
    END IF;
    PERFORM activity_totals_add('', r.date, r.activity_type, r.status, p_n,
        COALESCE(r.hours, 0), COALESCE(r.count, 0));
    FOR link IN SELECT promise_id FROM activity_promises WHERE activity_id = r.id LOOP
        PERFORM activity_totals_add(link.promise_id, r.date, r.activity_type,
            r.status, p_n, COALESCE(r.hours, 0), COALESCE(r.count, 0));
    END LOOP;
END $$""",
    """
CREATE FUNCTION activity_totals_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM activity_totals_pause) THEN
            RETURN NULL;
        END IF;
        PERFORM activity_totals_row(NEW, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM activity_totals_row(OLD, -1);
    ELSIF (OLD.deleted, OLD.date, OLD.activity_type, OLD.status, OLD.hours,
           OLD.count) IS DISTINCT FROM (NEW.deleted, NEW.date, NEW.activity_type,
           NEW.status, NEW.hours, NEW.count) THEN
        PERFORM activity_totals_row(OLD, -1);
        PERFORM activity_totals_row(NEW, 1);
    END IF;
    RETURN NULL;
END $$""",
    """
CREATE FUNCTION activity_totals_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    a activities;
    l activity_promises;
    n integer;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM activity_totals_pause) THEN
            RETURN NULL;
        END IF;
        l := NEW;
        n := 1;
    ELSE
        l := OLD;
        n := -1;
    END IF;
    SELECT * INTO a FROM activities WHERE id = l.activity_id;
    IF FOUND AND NOT a.deleted THEN
        PERFORM activity_totals_add(l.promise_id, a.date, a.activity_type, a.status,
            n, COALESCE(a.hours, 0), COALESCE(a.count, 0));
    END IF;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER activity_totals_activity AFTER INSERT OR UPDATE OR DELETE "
    "ON activities FOR EACH ROW EXECUTE FUNCTION activity_totals_activity()",
    "CREATE TRIGGER activity_totals_link AFTER INSERT OR DELETE "
    "ON activity_promises FOR EACH ROW EXECUTE FUNCTION activity_totals_link()",
)

BACKFILL = (
    f"INSERT INTO activity_totals ({COLUMNS}) "
    "SELECT '', date, activity_type, status, count(*), COALESCE(sum(hours), 0), "
    "COALESCE(sum(count), 0) FROM activities WHERE deleted = FALSE "
    "GROUP BY date, activity_type, status",
    f"INSERT INTO activity_totals ({COLUMNS}) "
    "SELECT ap.promise_id, a.date, a.activity_type, a.status, count(*), "
    "COALESCE(sum(a.hours), 0), COALESCE(sum(a.count), 0) "
    "FROM activities a JOIN activity_promises ap ON ap.activity_id = a.id "
    "WHERE a.deleted = FALSE GROUP BY ap.promise_id, a.date, a.activity_type, a.status",
)


def upgrade() -> None:
    op.create_table(
        "activity_totals",
        sa.Column("promise_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("activity_type", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("occasions", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "promise_id",
            "day",
            "activity_type",
            "status",
            name=op.f("pk_activity_totals"),
        ),
    )
    op.create_table(
        "activity_totals_pause",
        sa.Column("paused", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("paused", name=op.f("pk_activity_totals_pause")),
    )
    for statement in BACKFILL:
        op.execute(statement)
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in PG_FUNCTIONS if postgres else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER activity_totals_link ON activity_promises")
        op.execute("DROP TRIGGER activity_totals_activity ON activities")
        op.execute("DROP FUNCTION activity_totals_link()")
        op.execute("DROP FUNCTION activity_totals_activity()")
        op.execute("DROP FUNCTION activity_totals_row(activities, integer)")
        op.execute(
            "DROP FUNCTION activity_totals_add(varchar, date, varchar, varchar, "
            "integer, double precision, integer)"
        )
    else:
        for name in ("insert", "link", "unlink", "update", "delete"):
            op.execute(f"DROP TRIGGER activity_totals_{name}")
    op.drop_table("activity_totals_pause")
    op.drop_table("activity_totals")
