"""Device-local key/value settings, the clock stamp and the audit log."""

from __future__ import annotations

import json
import platform
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Table, TextClause, insert, select, text, update
from sqlalchemy.orm import Session

from lofte_desktop.domain import hlc
from lofte_desktop.domain.ids import new_id
from lofte_desktop.storage import activity_core as core
from lofte_desktop.storage.models import AuditRow, DeviceRow, Meta

DEVICE_ID = "device_id"
DEVICE_NAME = "device_name"
HLC_LAST = core.HLC_LAST
ACTIVE_AGREEMENT = "active_agreement"

Executor = Session | Connection

_text = lru_cache(maxsize=256)(text)


class AlchemySql:
    """The storage core (storage/activity_core.py) in a SQLAlchemy transaction."""

    def __init__(self, ex: Executor) -> None:
        self.ex = ex
        bind = ex.get_bind() if isinstance(ex, Session) else ex
        self.dialect: str = bind.dialect.name

    def _statement(self, statement: str) -> TextClause:
        return _text(statement)

    def rows(
        self, statement: str, params: core.Params | None = None
    ) -> list[core.Params]:
        result = self.ex.execute(
            self._statement(statement), core.bind(self.dialect, params)
        )
        return [dict(r) for r in result.mappings()]

    def run(self, statement: str, params: core.Params | None = None) -> int:
        result = self.ex.execute(
            self._statement(statement), core.bind(self.dialect, params)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def run_many(self, statement: str, params: Sequence[core.Params]) -> None:
        self.ex.execute(
            self._statement(statement), [core.bind(self.dialect, p) for p in params]
        )


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; everything we store is UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def get_meta(ex: Executor, key: str) -> str | None:
    return ex.execute(select(Meta.value).where(Meta.key == key)).scalar()


def data_version(ex: Executor) -> str | None:
    """The data version every data-changing write renews (the GUI's poller)."""
    return core.data_version(AlchemySql(ex))


def set_meta(ex: Executor, key: str, value: str) -> None:
    done = ex.execute(update(Meta).where(Meta.key == key).values(value=value))
    if done.rowcount == 0:  # type: ignore[attr-defined]
        ex.execute(insert(Meta).values(key=key, value=value))


def ensure_device(ex: Executor) -> str:
    """This installation's device id, created (with its devices row) on first use."""
    device_id = get_meta(ex, DEVICE_ID)
    if device_id:
        return device_id
    device_id = new_id()
    name = platform.node() or "lofte"
    set_meta(ex, DEVICE_ID, device_id)
    set_meta(ex, DEVICE_NAME, name)
    ex.execute(
        insert(DeviceRow).values(
            id=device_id,
            name=name,
            party="",
            public_key="",
            fingerprint="",
            trusted=True,
            is_self=True,
            first_seen=utcnow(),
            last_seen=None,
        )
    )
    return device_id


@dataclass(frozen=True)
class Stamp:
    """What a write puts in the sync columns."""

    hlc: str
    device_id: str
    at: datetime


def next_stamp(ex: Executor, device_id: str) -> Stamp:
    """A new clock stamp, persisted so the clock stays monotonic across processes.

    Call inside a write transaction (BEGIN IMMEDIATE serialises writers).
    """
    return Stamp(core.next_hlc(AlchemySql(ex)), device_id, utcnow())


def stamped_update(
    ex: Executor,
    table: Table,
    record_id: str,
    version: int,
    values: Mapping[str, Any],
    stamp: Stamp,
) -> bool:
    """Writes `values` to one synced row if it is still at `version`, with the new
    clock stamp and version + 1. False when someone changed it first (optimistic
    locking: the caller reports a conflict)."""
    result = ex.execute(
        update(table)
        .where(table.c.id == record_id, table.c.version == version)
        .values(
            **values,
            hlc=stamp.hlc,
            device_id=stamp.device_id,
            updated_at=stamp.at,
            version=version + 1,
        )
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def next_hlcs(ex: Executor, n: int) -> list[str]:
    """`n` increasing clock stamps for a bulk write, persisting only the last one."""
    values = hlc.next_stamps(get_meta(ex, HLC_LAST), n)
    if values:
        set_meta(ex, HLC_LAST, values[-1])
    return values


def next_stamps(ex: Executor, device_id: str, n: int) -> list[Stamp]:
    """`n` increasing stamps for a bulk write, persisting only the last one."""
    at = utcnow()
    return [Stamp(v, device_id, at) for v in next_hlcs(ex, n)]


def observe_stamp(ex: Executor, remote: str) -> None:
    """Moves the local clock past a stamp received from another device."""
    current = get_meta(ex, HLC_LAST)
    new = hlc.observe(current, remote)
    if new != current:
        set_meta(ex, HLC_LAST, new)


def add_audit(
    ex: Executor,
    *,
    table: str,
    record_id: str,
    action: str,
    changes: Mapping[str, Any],
    user: str,
    stamp: Stamp,
) -> None:
    core.add_audit(
        AlchemySql(ex),
        table=table,
        record_id=record_id,
        action=action,
        changes=changes,
        user=user,
        device_id=stamp.device_id,
        hlc_stamp=stamp.hlc,
        at=stamp.at,
    )


def add_audits(
    ex: Executor,
    *,
    table: str,
    action: str,
    entries: Sequence[tuple[str, Mapping[str, Any], Stamp]],
    user: str,
) -> None:
    """Many audit entries in one executemany: (record_id, changes, stamp) each.
    Entries that share one changes object share its JSON text."""
    texts: dict[int, str] = {}

    def text_of(changes: Mapping[str, Any]) -> str:
        key = id(changes)
        if key not in texts:
            texts[key] = json.dumps(changes, ensure_ascii=False, default=str)
        return texts[key]

    core.add_audits(
        AlchemySql(ex),
        [
            core.audit_params(
                table,
                record_id,
                action,
                text_of(changes),
                user,
                stamp.device_id,
                stamp.hlc,
                stamp.at,
            )
            for record_id, changes, stamp in entries
        ],
    )


@dataclass(frozen=True)
class AuditEntry:
    id: str
    table: str
    record_id: str
    action: str
    changes: dict[str, Any]
    user: str
    device_id: str
    hlc: str
    at: datetime


def audit_for(ex: Executor, record_id: str) -> list[AuditEntry]:
    rows = (
        ex.execute(
            select(AuditRow)
            .where(AuditRow.record_id == record_id)
            .order_by(AuditRow.hlc, AuditRow.id)
        )
        .scalars()
        .all()
    )
    return [
        AuditEntry(
            r.id,
            r.table_name,
            r.record_id,
            r.action,
            json.loads(r.changes),
            r.user,
            r.device_id,
            r.hlc,
            as_utc(r.at) or utcnow(),
        )
        for r in rows
    ]
