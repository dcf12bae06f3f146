"""The GUI's first-paint read: the agreement and the stored dashboard snapshot of a
current SQLite file, with the standard library only and without writing.

Why: importing SQLAlchemy and checking the file (quick_check) take longer than
everything else at start-up. The GUI paints Översikt from this read while the
full services open the database on the worker (ui/main.py). Whatever this read
does not cover — a missing, new, older or newer file, a PostgreSQL URL, no
agreement, any SQLite error — gives None, and the GUI opens the normal way.
One read transaction, so everything comes from the same moment.
"""

from __future__ import annotations

import sqlite3
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
from lofte_desktop.storage.generation import DASHBOARD_SNAPSHOT, GENERATION
from lofte_desktop.storage.migrate import SCHEMA_HEAD, SQLITE_MAGIC
from lofte_desktop.storage.rows import (
    agreement_from_mapping,
    focus_area_from_row,
    indicator_from_row,
    indicator_value_from_row,
    promise_from_row,
)


@dataclass(frozen=True)
class QuickData:
    agreement: Agreement
    focus_areas: list[FocusArea]
    promises: list[Promise]
    indicators: list[Indicator]
    indicator_values: list[IndicatorMeasurement]
    #: The data generation now, and the stored snapshot (None when missing).
    generation: str | None
    snapshot: str | None


def _namespace(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> SimpleNamespace:
    return SimpleNamespace(
        **{col[0]: value for col, value in zip(cursor.description, row, strict=True)}
    )


def read(
    path: str, today: date | None = None, own: str | None = None
) -> QuickData | None:
    """Everything the first paint needs, or None to take the normal way. `today`
    decides the agreement when the file holds several (as the services do)."""
    if "://" in path:
        return None
    try:
        p = Path(path)
        if not p.is_file() or p.stat().st_size == 0:
            return None
        with p.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                return None
        conn = sqlite3.connect(
            f"{p.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.row_factory = _namespace
        conn.execute("PRAGMA busy_timeout=2000")
        conn.execute("BEGIN")
        return _read(conn, today or date.today(), own)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _read(
    conn: sqlite3.Connection, today: date, own: str | None = None
) -> QuickData | None:
    rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if rev is None or rev.version_num != SCHEMA_HEAD:
        return None
    meta = {
        r.key: r.value
        for r in conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?, ?)",
            ("active_agreement", GENERATION, DASHBOARD_SNAPSHOT),
        )
    }
    code = own or meta.get("active_agreement") or None
    # As services/context.py chooses it: the date and the user's own agreement.
    agreement = agreement_on(
        [
            agreement_from_mapping(vars(r))
            for r in conn.execute("SELECT * FROM agreements WHERE deleted = 0")
        ],
        today,
        code,
    )
    if agreement is None:
        return None
    areas = [
        focus_area_from_row(r)
        for r in conn.execute(
            "SELECT * FROM focus_areas WHERE agreement_id = ? AND deleted = 0 "
            "ORDER BY position",
            (agreement.id,),
        )
    ]
    promises = [
        promise_from_row(r, r.area_code)
        for r in conn.execute(
            "SELECT p.*, f.code AS area_code FROM promises p "
            "JOIN focus_areas f ON f.id = p.focus_area_id "
            "WHERE p.agreement_id = ? AND p.deleted = 0 ORDER BY f.position, p.position",
            (agreement.id,),
        )
    ]
    indicators = [
        indicator_from_row(r, r.area_code)
        for r in conn.execute(
            "SELECT i.*, f.code AS area_code FROM indicators i "
            "LEFT JOIN focus_areas f ON f.id = i.focus_area_id "
            "WHERE i.agreement_id = ? AND i.deleted = 0 ORDER BY i.position",
            (agreement.id,),
        )
    ]
    values = [
        indicator_value_from_row(r)
        for r in conn.execute(
            "SELECT v.* FROM indicator_values v JOIN indicators i "
            "ON i.id = v.indicator_id WHERE i.agreement_id = ? AND i.deleted = 0 "
            "AND v.deleted = 0 ORDER BY v.year",
            (agreement.id,),
        )
    ]
    return QuickData(
        agreement,
        areas,
        promises,
        indicators,
        values,
        meta.get(GENERATION),
        meta.get(DASHBOARD_SNAPSHOT),
    )
