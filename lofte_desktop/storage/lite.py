"""The CLI's fast path: log one activity into an up-to-date SQLite file with the
standard library only.

Why: `import sqlalchemy` alone costs more than five times `lofte --help`, and a
police officer logging after a patrol runs `lofte log` many times. This path applies
the same rules as the service layer (domain.validation, period locks, the PII guard)
and writes the same rows in one BEGIN IMMEDIATE transaction. Whatever it does not
cover — a database to create or upgrade, a new place, a PostgreSQL URL — raises
NotEligible and the caller takes the full path. tests/storage/test_lite.py checks
that both paths store identical rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from lofte_desktop.domain import hlc
from lofte_desktop.domain.agreement_periods import parse_period
from lofte_desktop.domain.agreements import agreement_on
from lofte_desktop.domain.errors import LockedError, ValidationError
from lofte_desktop.domain.ids import new_id, stable_id
from lofte_desktop.domain.log_defaults import fill_log_defaults
from lofte_desktop.domain.validation import (
    ActivityDraft,
    AgreementSpan,
    Rules,
    parse_date,
    validate_activity,
)
from lofte_desktop.storage import snapshot
from lofte_desktop.storage.generation import (
    DASHBOARD_SNAPSHOT,
    GENERATION,
    UPSERT_META,
    renewal,
)
from lofte_desktop.storage.migrate import (
    SCHEMA_HEAD,
    check_sqlite_file,
    sqlite_revision,
)
from lofte_desktop.storage.rows import (
    ACTIVITY_TYPE_COLUMNS,
    activity_types_from_rows,
    agreement_from_mapping,
    diff,
    promise_from_row,
)

BUSY_TIMEOUT_MS = 15_000


class NotEligible(Exception):
    """This write needs the full service layer (create, migrate, new place, …)."""


@dataclass(frozen=True)
class LoggedActivity:
    id: str
    values: dict[str, Any]
    promise_codes: tuple[str, ...]
    place: str | None
    created_at: datetime
    hlc: str


def _stamp_text(at: datetime) -> str:
    """How SQLAlchemy's DateTime stores a UTC time in SQLite."""
    return at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


@contextmanager
def _connect(path: str) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=FULL")
        yield conn
    finally:
        conn.close()


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def log_activity(
    path: str,
    draft: ActivityDraft,
    *,
    user: str,
    user_party: str | None = None,
    own: str | None = None,
) -> LoggedActivity:
    """Validates and stores one activity; raises NotEligible to use the full path.

    Promises and party left out are chosen as `fill_log_defaults` says."""
    if "://" in path:
        raise NotEligible("not a SQLite path")
    check_sqlite_file(path)
    if sqlite_revision(path) != SCHEMA_HEAD:
        raise NotEligible("database missing or not at the current schema")
    with _connect(path) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = _log(conn, draft, user, user_party, own)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return result


def _log(
    conn: sqlite3.Connection,
    draft: ActivityDraft,
    user: str,
    user_party: str | None,
    own: str | None = None,
) -> LoggedActivity:
    device_id = _meta(conn, "device_id")
    code = own or _meta(conn, "active_agreement")
    agreements = [
        agreement_from_mapping(dict(r))
        for r in conn.execute("SELECT * FROM agreements WHERE deleted = 0")
    ]
    try:  # the date decides the agreement, as services/activities.py does
        day = parse_date(draft.date)
    except ValidationError:
        day = date.today()  # validation below refuses the date with its message
    agreement = agreement_on(agreements, day, code)
    if device_id is None or agreement is None:
        raise NotEligible("no device or agreement yet")
    promises = [
        promise_from_row(SimpleNamespace(**dict(r)), "")
        for r in conn.execute(
            "SELECT p.* FROM promises p JOIN focus_areas f ON f.id = p.focus_area_id "
            "WHERE p.agreement_id = ? AND p.deleted = 0 ORDER BY f.position, p.position",
            (agreement.id,),
        )
    ]
    promise_ids = {p.code: p.id for p in promises}
    types = activity_types_from_rows(
        [
            dict(r)
            for r in conn.execute(
                f"SELECT {', '.join(ACTIVITY_TYPE_COLUMNS)} FROM activity_types "
                "WHERE agreement_id = ? AND deleted = 0",
                (agreement.id,),
            )
        ]
    )
    rules = Rules(
        frozenset(promise_ids),
        agreement.parties,
        agreement.start,
        agreement.end,
        name=agreement.name,
        known=tuple(AgreementSpan(a.name, a.start, a.end) for a in agreements),
        types=types,
    )
    draft = fill_log_defaults(
        draft, promises, parties=agreement.parties, user_party=user_party
    )
    valid = validate_activity(draft, rules)

    for lock in conn.execute(
        "SELECT period_code FROM period_locks WHERE agreement_id = ? AND locked = 1 "
        "AND deleted = 0",
        (agreement.id,),
    ):
        period = parse_period(lock["period_code"], agreement, check_inside=False)
        if period.contains(valid.date):
            raise LockedError("err.locked", field="date", value=period.code)

    place_id = None
    if valid.place:
        clean = " ".join(valid.place.split())
        found = conn.execute(
            "SELECT id FROM places WHERE (id = ? OR name = ?) AND deleted = 0",
            (stable_id("place", clean), clean),
        ).fetchone()
        if found is None:
            raise NotEligible("new place")
        place_id = found["id"]

    stamp = hlc.next_stamp(_meta(conn, "hlc_last"))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'hlc_last'", (stamp,))
    if conn.execute("SELECT changes()").fetchone()[0] == 0:
        conn.execute("INSERT INTO meta (key, value) VALUES ('hlc_last', ?)", (stamp,))
    now = datetime.now(UTC)
    at = _stamp_text(now)

    activity_id = new_id()
    values: dict[str, Any] = {
        "activity_type": valid.activity_type,
        "party": valid.party,
        "date": valid.date,
        "start_time": valid.start_time,
        "hours": valid.hours,
        "place_id": place_id,
        "count": valid.count,
        "status": valid.status.value,
        "note": valid.note,
        "logged_by": user,
    }
    stored = {**values, "date": valid.date.isoformat()}
    conn.execute(
        "INSERT INTO activities (id, activity_type, party, date, start_time, hours, "
        "place_id, count, status, note, logged_by, series_id, recurrence_id, "
        "cancel_reason, hlc, device_id, deleted, created_at, updated_at, version) "
        "VALUES (:id, :activity_type, :party, :date, :start_time, :hours, :place_id, "
        ":count, :status, :note, :logged_by, NULL, NULL, NULL, :hlc, :device_id, 0, "
        ":at, :at, 1)",
        {**stored, "id": activity_id, "hlc": stamp, "device_id": device_id, "at": at},
    )
    links = [promise_ids[c] for c in valid.promise_codes]
    conn.executemany(
        "INSERT INTO activity_promises (activity_id, promise_id) VALUES (?, ?)",
        [(activity_id, p) for p in links],
    )
    changes = diff(None, {**values, "promises": sorted(links)})
    # An activity linked to a target that counts only some days (a window or
    # weekdays) leaves the snapshot to be counted again: the rule which days count
    # lives in SQL only (storage/target_days.py).
    restricted = any(p.target.restricted for p in promises if p.id in set(links))
    _renew_generation(conn, valid.date, values, links, keep_snapshot=not restricted)
    conn.execute(
        'INSERT INTO audit_log (id, table_name, record_id, action, changes, "user", '
        "device_id, hlc, at) VALUES (?, 'activities', ?, 'create', ?, ?, ?, ?, ?)",
        (
            new_id(),
            activity_id,
            json.dumps(changes, ensure_ascii=False, default=str),
            user,
            device_id,
            stamp,
            at,
        ),
    )
    return LoggedActivity(
        activity_id, values, valid.promise_codes, valid.place, now, stamp
    )


def _renew_generation(
    conn: sqlite3.Connection,
    day: date,
    values: dict[str, Any],
    promise_ids: list[str],
    *,
    keep_snapshot: bool = True,
) -> None:
    """Renews the data generation; a dashboard snapshot that was current gets this
    activity added and stays current, so the next GUI start stays quick (unless
    `keep_snapshot` is False: then it is stale and the next start counts)."""
    was = _meta(conn, GENERATION)
    snap = snapshot.decode(_meta(conn, DASHBOARD_SNAPSHOT))
    generation = renewal()
    conn.execute(UPSERT_META, generation)
    if not keep_snapshot or snap is None or was is None or snap.generation != was:
        return
    updated = snap.with_activity(
        generation["value"],
        day=day,
        activity_type=values["activity_type"],
        status=values["status"],
        hours=values["hours"],
        count=values["count"],
        promise_ids=promise_ids,
    )
    conn.execute(
        UPSERT_META, {"key": DASHBOARD_SNAPSHOT, "value": snapshot.encode(updated)}
    )
