"""`lofte log`'s fast lane: one activity into an up-to-date SQLite file without
importing SQLAlchemy.

Why: `import sqlalchemy` alone costs more than five times `lofte --help`, and a
police officer logging after a patrol runs `lofte log` many times. The lane opens
a sqlite3 connection and calls the storage core (storage/activity_core.py) that the
SQLAlchemy repositories call too: the same period-lock check, clock stamp, INSERT,
links, audit entry and data version, in one BEGIN IMMEDIATE transaction; the
activity totals follow by trigger. The rules are the domain's (validate_activity,
fill_log_defaults). Whatever it does not cover — a database to create or upgrade,
a new place, a PostgreSQL URL — raises NotEligible and the caller takes the full
path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from lofte_desktop.domain.agreements import agreement_on
from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.ids import new_id, stable_id
from lofte_desktop.domain.log_defaults import fill_log_defaults
from lofte_desktop.domain.validation import (
    ActivityDraft,
    AgreementSpan,
    Rules,
    parse_date,
    validate_activity,
)
from lofte_desktop.storage import activity_core as core
from lofte_desktop.storage.migrate import (
    SCHEMA_HEAD,
    check_sqlite_file,
    sqlite_revision,
)
from lofte_desktop.storage.rows import agreement_from_mapping, promise_from_row

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
            result = _log(core.LiteSql(conn), draft, user, user_party, own)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return result


def _log(
    sql: core.LiteSql,
    draft: ActivityDraft,
    user: str,
    user_party: str | None,
    own: str | None = None,
) -> LoggedActivity:
    conn = sql.conn
    device_id = core.get_meta(sql, "device_id")
    code = own or core.get_meta(sql, "active_agreement")
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
    rules = Rules(
        frozenset(promise_ids),
        agreement.parties,
        agreement.start,
        agreement.end,
        name=agreement.name,
        known=tuple(AgreementSpan(a.name, a.start, a.end) for a in agreements),
        types=core.activity_types(sql, agreement.id),
    )
    draft = fill_log_defaults(
        draft, promises, parties=agreement.parties, user_party=user_party
    )
    valid = validate_activity(draft, rules)
    core.ensure_unlocked(sql, agreement, [valid.date])

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

    stamp = core.next_hlc(sql)
    now = datetime.now(UTC)
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
    links = [promise_ids[c] for c in valid.promise_codes]
    core.insert_activity(
        sql,
        activity_id,
        values,
        links,
        hlc_stamp=stamp,
        device_id=device_id,
        at=now,
        user=user,
    )
    core.renew_data_version(sql)
    return LoggedActivity(
        activity_id, values, valid.promise_codes, valid.place, now, stamp
    )
