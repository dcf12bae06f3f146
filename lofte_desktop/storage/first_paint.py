"""The GUI's first-paint read: a current SQLite file read with sqlite3 only,
before the database layer (SQLAlchemy) is imported, and without writing.

Why: importing SQLAlchemy and checking the file (quick_check) take longer than
everything else at start-up. The GUI paints Översikt from this read while the
full services open the database on the worker (ui/main.py). The figures come
from the activity totals through the same storage core the services use
(storage/activity_core.py), so they are current whatever wrote last: the app,
`lofte log`, a sync import. Whatever this read does not cover — a missing, new,
older or newer file, a PostgreSQL URL, no agreement, any SQLite error — gives
None, and the GUI opens the normal way. One read transaction, so everything
comes from the same moment.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from lofte_desktop.domain.agreements import agreement_on
from lofte_desktop.domain.model import (
    Agreement,
    FocusArea,
    Indicator,
    IndicatorMeasurement,
    Promise,
)
from lofte_desktop.storage.activity_core import LiteSql
from lofte_desktop.storage.migrate import SCHEMA_HEAD, SQLITE_MAGIC
from lofte_desktop.storage.rows import (
    agreement_from_mapping,
    focus_area_from_row,
    indicator_from_row,
    indicator_value_from_row,
    promise_from_row,
)


@dataclass(frozen=True)
class AgreementData:
    agreement: Agreement
    focus_areas: list[FocusArea]
    promises: list[Promise]
    indicators: list[Indicator]
    indicator_values: list[IndicatorMeasurement]


class _Reader(LiteSql):
    """The storage core on a read-only connection (rows with attribute access
    for the row converters: `namespaces`)."""

    def namespaces(self, statement: str, params: Any = ()) -> list[SimpleNamespace]:
        cur = self.conn.execute(statement, params)
        names = [c[0] for c in cur.description or ()]
        return [SimpleNamespace(**dict(zip(names, r, strict=True))) for r in cur]


@contextmanager
def reading(path: str) -> Iterator[_Reader | None]:
    """One read transaction on a current SQLite file, or None for a file the
    first paint does not cover. A SQLite error in the block ends it quietly: the
    caller's code after the block runs (and takes the normal way)."""
    conn = _open(path)
    reader = None
    try:
        if conn is not None:
            conn.execute("PRAGMA busy_timeout=2000")
            conn.execute("BEGIN")
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if rev is not None and rev[0] == SCHEMA_HEAD:
                reader = _Reader(conn)
    except sqlite3.Error:
        reader = None
    try:
        yield reader
    except sqlite3.Error:
        return
    finally:
        if conn is not None:
            conn.close()


def _open(path: str) -> sqlite3.Connection | None:
    if "://" in path:
        return None
    try:
        p = Path(path)
        if not p.is_file() or p.stat().st_size == 0:
            return None
        with p.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                return None
        return sqlite3.connect(
            f"{p.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    except (OSError, sqlite3.Error):
        return None


def agreement_data(
    sql: _Reader, today: date, own: str | None = None
) -> AgreementData | None:
    """The agreement in use on `today` (as services/context.py chooses it: the
    date and the user's own agreement) with its areas, promises and indicators."""
    meta = sql.namespaces("SELECT value FROM meta WHERE key = 'active_agreement'")
    code = own or (meta[0].value if meta else None) or None
    agreement = agreement_on(
        [
            agreement_from_mapping(vars(r))
            for r in sql.namespaces("SELECT * FROM agreements WHERE deleted = 0")
        ],
        today,
        code,
    )
    if agreement is None:
        return None
    areas = [
        focus_area_from_row(r)
        for r in sql.namespaces(
            "SELECT * FROM focus_areas WHERE agreement_id = ? AND deleted = 0 "
            "ORDER BY position",
            (agreement.id,),
        )
    ]
    promises = [
        promise_from_row(r, r.area_code)
        for r in sql.namespaces(
            "SELECT p.*, f.code AS area_code FROM promises p "
            "JOIN focus_areas f ON f.id = p.focus_area_id "
            "WHERE p.agreement_id = ? AND p.deleted = 0 ORDER BY f.position, p.position",
            (agreement.id,),
        )
    ]
    indicators = [
        indicator_from_row(r, r.area_code)
        for r in sql.namespaces(
            "SELECT i.*, f.code AS area_code FROM indicators i "
            "LEFT JOIN focus_areas f ON f.id = i.focus_area_id "
            "WHERE i.agreement_id = ? AND i.deleted = 0 ORDER BY i.position",
            (agreement.id,),
        )
    ]
    values = [
        indicator_value_from_row(r)
        for r in sql.namespaces(
            "SELECT v.* FROM indicator_values v JOIN indicators i "
            "ON i.id = v.indicator_id WHERE i.agreement_id = ? AND i.deleted = 0 "
            "AND v.deleted = 0 ORDER BY v.year",
            (agreement.id,),
        )
    ]
    return AgreementData(agreement, areas, promises, indicators, values)


def has_plan_series(sql: _Reader, start: date, end: date) -> bool:
    """Whether a live plan series may have occurrences in start..end: those are
    virtual (not rows) and counted by the services (services/planning_queries)."""
    return bool(
        sql.namespaces(
            "SELECT 1 AS x FROM plan_series WHERE deleted = 0 AND start_date <= ? "
            "AND (until IS NULL OR until >= ?) LIMIT 1",
            (end.isoformat(), start.isoformat()),
        )
    )
