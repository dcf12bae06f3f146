"""The storage core of the hot tables: activities and their promise links, the
audit log, the clock stamp, period locks, the data version and the activity totals.

Every statement on them is written once, here, with named parameters (`:name`)
that sqlite3 and SQLAlchemy's `text()` both read. Two lanes call it:
- the SQLAlchemy repositories (storage/activities.py, storage/meta.py,
  storage/period_locks.py) through `AlchemySql` (storage/meta.py);
- the lanes that must start without importing SQLAlchemy — `lofte log`
  (storage/fast_log.py) and the GUI's first paint (storage/first_paint.py) —
  through `LiteSql` on a plain sqlite3 connection.
The figures come from `activity_totals`, which triggers keep in the same
transaction as every write (db/versions/0005_activity_totals.py): they are never
stale; storage/activity_totals.py reads them. Standard library and domain only.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Protocol

from lofte_desktop.domain import hlc
from lofte_desktop.domain.agreement_periods import parse_period
from lofte_desktop.domain.errors import LockedError
from lofte_desktop.domain.ids import new_id
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.types import ActivityTypes
from lofte_desktop.storage.rows import (
    ACTIVITY_TYPE_COLUMNS,
    activity_types_from_rows,
    diff,
)

Params = Mapping[str, Any]


class Sql(Protocol):
    """One open transaction that runs the core's statements."""

    dialect: str

    def rows(self, statement: str, params: Params | None = None) -> list[Params]: ...

    def run(self, statement: str, params: Params | None = None) -> int: ...

    def run_many(self, statement: str, params: Sequence[Params]) -> None: ...


def stamp_text(at: datetime) -> str:
    """How SQLAlchemy's DateTime stores a (UTC) time in SQLite."""
    return at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def bind(dialect: str, params: Params | None) -> dict[str, Any]:
    """Parameters as the database stores them: SQLite keeps dates and times as
    text (as SQLAlchemy's types write them) and booleans as 0/1."""
    if not params:
        return {}
    if dialect != "sqlite":
        return dict(params)
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, datetime):
            value = stamp_text(value)
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        out[key] = value
    return out


class LiteSql:
    """The core on a plain sqlite3 connection (the lanes without SQLAlchemy)."""

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def rows(self, statement: str, params: Params | None = None) -> list[Params]:
        cur = self.conn.execute(statement, bind(self.dialect, params))
        names = [c[0] for c in cur.description or ()]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def run(self, statement: str, params: Params | None = None) -> int:
        return self.conn.execute(statement, bind(self.dialect, params)).rowcount

    def run_many(self, statement: str, params: Sequence[Params]) -> None:
        self.conn.executemany(statement, [bind(self.dialect, p) for p in params])


def expand(name: str, values: Iterable[Any], params: dict[str, Any]) -> str:
    """`:name0, :name1, …` for an IN list, the values added to `params`."""
    keys = []
    for i, value in enumerate(values):
        params[f"{name}{i}"] = value
        keys.append(f":{name}{i}")
    return ", ".join(keys) or "NULL"


def day_of(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


# --- meta: the clock stamp and the data version ---------------------------------

SELECT_META = "SELECT value FROM meta WHERE key = :key"
#: Sets a meta key, inserting it when missing (SQLite and PostgreSQL).
UPSERT_META = (
    "INSERT INTO meta (key, value) VALUES (:key, :value) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
HLC_LAST = "hlc_last"
#: meta key: a token every data-changing transaction renews (the GUI's poller
#: compares it, services/changes.py). A fresh uuid4 cannot repeat, not even
#: after a backup is restored.
DATA_VERSION = "data_generation"


def get_meta(sql: Sql, key: str) -> str | None:
    found = sql.rows(SELECT_META, {"key": key})
    return None if not found else str(found[0]["value"])


def set_meta(sql: Sql, key: str, value: str) -> None:
    sql.run(UPSERT_META, {"key": key, "value": value})


def next_hlc(sql: Sql) -> str:
    """A new clock stamp, persisted so the clock stays monotonic across processes
    (call inside a write transaction: writers queue on its lock)."""
    value = hlc.next_stamp(get_meta(sql, HLC_LAST))
    set_meta(sql, HLC_LAST, value)
    return value


def renew_data_version(sql: Sql) -> tuple[str | None, str]:
    """Renews the data version in the open write; returns (found, written)."""
    found = get_meta(sql, DATA_VERSION)
    written = os.urandom(16).hex()  # as random as a uuid4, without its import
    set_meta(sql, DATA_VERSION, written)
    return found, written


def data_version(sql: Sql) -> str | None:
    return get_meta(sql, DATA_VERSION)


# --- activities, links, audit ----------------------------------------------------

#: Fields an activity record has besides the sync columns (what edits may change).
FIELDS = (
    "activity_type",
    "party",
    "date",
    "start_time",
    "hours",
    "place_id",
    "count",
    "status",
    "note",
    "logged_by",
    "series_id",
    "recurrence_id",
    "cancel_reason",
)
_ACTIVITY_COLUMNS = ("id", *FIELDS, "hlc", "device_id", "created_at", "updated_at")
INSERT_ACTIVITY = (
    f"INSERT INTO activities ({', '.join(_ACTIVITY_COLUMNS)}, deleted, version) "
    f"VALUES ({', '.join(':' + c for c in _ACTIVITY_COLUMNS)}, FALSE, 1)"
)
INSERT_LINK = (
    "INSERT INTO activity_promises (activity_id, promise_id) "
    "VALUES (:activity_id, :promise_id)"
)
INSERT_AUDIT = (
    'INSERT INTO audit_log (id, table_name, record_id, action, changes, "user", '
    "device_id, hlc, at) VALUES (:id, :table_name, :record_id, :action, :changes, "
    ":user, :device_id, :hlc, :at)"
)
_DEFAULTS: dict[str, Any] = {**dict.fromkeys(FIELDS), "note": "", "logged_by": ""}


def activity_params(
    activity_id: str, values: Params, hlc_stamp: str, device_id: str, at: datetime
) -> dict[str, Any]:
    """One row's INSERT_ACTIVITY parameters (fields left out are empty)."""
    return {
        **_DEFAULTS,
        **values,
        "id": activity_id,
        "hlc": hlc_stamp,
        "device_id": device_id,
        "created_at": at,
        "updated_at": at,
    }


def sqlite_rows(rows: Sequence[Params]) -> list[dict[str, Any]]:
    """Ready activity rows (INSERT_ACTIVITY's names) as SQLite stores them, for
    a bulk executemany straight to the driver: the dates and times as text. The
    rows of one bulk share a few days and times, each turned into text once."""
    texts: dict[Any, Any] = {}

    def text(value: Any) -> Any:
        found = texts.get(value)
        if found is None:
            if isinstance(value, datetime):
                found = stamp_text(value)
            elif isinstance(value, date):
                found = value.isoformat()
            else:
                found = value
            texts[value] = found
        return found

    out = []
    for r in rows:
        row = dict(r)
        row["date"] = text(r["date"])
        row["created_at"] = text(r["created_at"])
        row["updated_at"] = text(r["updated_at"])
        out.append(row)
    return out


def audit_params(
    table: str,
    record_id: str,
    action: str,
    changes: str | Params,
    user: str,
    device_id: str,
    hlc_stamp: str,
    at: datetime,
) -> dict[str, Any]:
    text = (
        changes
        if isinstance(changes, str)
        else json.dumps(changes, ensure_ascii=False, default=str)
    )
    return {
        "id": new_id(),
        "table_name": table,
        "record_id": record_id,
        "action": action,
        "changes": text,
        "user": user,
        "device_id": device_id,
        "hlc": hlc_stamp,
        "at": at,
    }


def add_audit(sql: Sql, **entry: Any) -> None:
    """One audit entry (the keyword arguments of `audit_params`)."""
    sql.run(INSERT_AUDIT, audit_params(**entry))


def add_audits(sql: Sql, entries: Sequence[Params]) -> None:
    """Many audit entries in one executemany (each as `audit_params` makes it)."""
    if entries:
        sql.run_many(INSERT_AUDIT, entries)


def link_promises(sql: Sql, activity_id: str, promise_ids: Sequence[str]) -> None:
    if promise_ids:
        sql.run_many(
            INSERT_LINK,
            [{"activity_id": activity_id, "promise_id": p} for p in promise_ids],
        )


def insert_activity(
    sql: Sql,
    activity_id: str,
    values: Params,
    promise_ids: Sequence[str],
    *,
    hlc_stamp: str,
    device_id: str,
    at: datetime,
    user: str,
) -> None:
    """One new activity, its promise links and its audit entry."""
    sql.run(
        INSERT_ACTIVITY, activity_params(activity_id, values, hlc_stamp, device_id, at)
    )
    link_promises(sql, activity_id, promise_ids)
    add_audit(
        sql,
        table="activities",
        record_id=activity_id,
        action="create",
        changes=diff(None, {**values, "promises": sorted(promise_ids)}),
        user=user,
        device_id=device_id,
        hlc_stamp=hlc_stamp,
        at=at,
    )


def activity_types(sql: Sql, agreement_id: str) -> ActivityTypes:
    """An agreement's own activity types (the defaults when it stores none)."""
    return activity_types_from_rows(
        list(
            sql.rows(
                f"SELECT {', '.join(ACTIVITY_TYPE_COLUMNS)} FROM activity_types "
                "WHERE agreement_id = :agreement_id AND deleted = FALSE",
                {"agreement_id": agreement_id},
            )
        )
    )


# --- period locks ------------------------------------------------------------------

LOCKED_PERIOD_CODES = (
    "SELECT period_code FROM period_locks WHERE agreement_id = :agreement_id "
    "AND locked = TRUE AND deleted = FALSE ORDER BY period_code"
)


def locked_periods(sql: Sql, agreement: Agreement) -> list[Period]:
    """The periods locked right now (read inside the write that needs to know)."""
    return [
        parse_period(r["period_code"], agreement, check_inside=False)
        for r in sql.rows(LOCKED_PERIOD_CODES, {"agreement_id": agreement.id})
    ]


def locked_period_for(
    sql: Sql, agreement: Agreement, dates: Iterable[date | None]
) -> Period | None:
    """The first locked period holding one of `dates`, or None."""
    wanted = [d for d in dates if d is not None]
    if not wanted:
        return None
    for period in locked_periods(sql, agreement):
        if any(period.contains(d) for d in wanted):
            return period
    return None


def ensure_unlocked(
    sql: Sql, agreement: Agreement, dates: Iterable[date | None]
) -> None:
    """Raises LockedError if any date lies in a locked period."""
    period = locked_period_for(sql, agreement, dates)
    if period is not None:
        raise LockedError("err.locked", field="date", value=period.code)
