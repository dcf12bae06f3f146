"""Period locks in the database: which reporting periods are closed for edits.

A lock row's id is derived from the agreement and the period code, so two devices
that lock the same term create the same record and sync merges them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select, update

from lofte_desktop.domain.ids import stable_id
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.periods import Period
from lofte_desktop.storage import activity_core as core
from lofte_desktop.storage.meta import (
    AlchemySql,
    Executor,
    Stamp,
    add_audit,
    as_utc,
    utcnow,
)
from lofte_desktop.storage.models import PERIOD_LOCKS

L = PERIOD_LOCKS


@dataclass(frozen=True)
class LockRecord:
    id: str
    period_code: str
    locked: bool
    reason: str
    by_user: str
    updated_at: datetime


def lock_id(agreement_id: str, period_code: str) -> str:
    return stable_id("period_lock", agreement_id, period_code)


def lock_records(ex: Executor, agreement_id: str) -> list[LockRecord]:
    rows = ex.execute(
        select(L)
        .where(L.c.agreement_id == agreement_id, L.c.deleted.is_(False))
        .order_by(L.c.period_code)
    ).mappings()
    return [
        LockRecord(
            r["id"],
            r["period_code"],
            bool(r["locked"]),
            r["reason"] or "",
            r["by_user"] or "",
            as_utc(r["updated_at"]) or utcnow(),
        )
        for r in rows
    ]


def locked_periods(ex: Executor, agreement: Agreement) -> list[Period]:
    """The periods locked right now (read inside the write that needs to know)."""
    return core.locked_periods(AlchemySql(ex), agreement)


def locked_period_for(
    ex: Executor, agreement: Agreement, dates: Iterable[date]
) -> Period | None:
    """The first locked period holding one of `dates`, or None.

    Sync calls this on each incoming activity change: a change to a record dated in
    a locked period becomes a conflict to review instead of being applied.
    """
    return core.locked_period_for(AlchemySql(ex), agreement, dates)


def ensure_unlocked(ex: Executor, agreement: Agreement, dates: Iterable[date]) -> None:
    """Raises LockedError if any date lies in a locked period."""
    core.ensure_unlocked(AlchemySql(ex), agreement, dates)


def set_lock(
    ex: Executor,
    *,
    agreement_id: str,
    period_code: str,
    locked: bool,
    reason: str,
    user: str,
    stamp: Stamp,
) -> tuple[LockRecord | None, str]:
    """Locks or unlocks one period and writes the audit entry. Returns (old, id)."""
    rid = lock_id(agreement_id, period_code)
    old = ex.execute(select(L).where(L.c.id == rid)).mappings().first()
    values: dict[str, Any] = {
        "locked": locked,
        "reason": reason,
        "by_user": user,
        "hlc": stamp.hlc,
        "device_id": stamp.device_id,
        "updated_at": stamp.at,
        "deleted": False,
    }
    if old is None:
        ex.execute(
            insert(L).values(
                id=rid,
                agreement_id=agreement_id,
                period_code=period_code,
                created_at=stamp.at,
                version=1,
                **values,
            )
        )
    else:
        ex.execute(
            update(L).where(L.c.id == rid).values(version=old["version"] + 1, **values)
        )
    was_locked = bool(old["locked"]) and not old["deleted"] if old else False
    add_audit(
        ex,
        table="period_locks",
        record_id=rid,
        action="lock" if locked else "unlock",
        changes={
            "period": [period_code, period_code],
            "locked": [was_locked, locked],
            "reason": [old["reason"] if old else None, reason],
        },
        user=user,
        stamp=stamp,
    )
    before = (
        LockRecord(
            rid,
            period_code,
            was_locked,
            old["reason"] or "",
            old["by_user"] or "",
            as_utc(old["updated_at"]) or utcnow(),
        )
        if old
        else None
    )
    return before, rid
