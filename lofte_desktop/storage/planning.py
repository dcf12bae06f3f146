"""Plan series (recurring plans) and the activities that stand in for occurrences."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, insert, or_, select

from lofte_desktop.storage.activities import VersionConflict
from lofte_desktop.storage.meta import Executor, Stamp, add_audit, stamped_update
from lofte_desktop.storage.models import (
    ACTIVITIES,
    ACTIVITY_PROMISES,
    PLACES,
    PLAN_SERIES,
)
from lofte_desktop.storage.rows import diff

S = PLAN_SERIES
A = ACTIVITIES
AP = ACTIVITY_PROMISES
P = PLACES

SERIES_FIELDS = (
    "activity_type",
    "party",
    "place_id",
    "promise_ids",
    "start_date",
    "start_time",
    "duration_hours",
    "rrule",
    "until",
    "exdates",
    "expected_count",
    "note",
    "logged_by",
)


@dataclass(frozen=True)
class SeriesRecord:
    """A plan_series row as plain data (JSON columns decoded, place name joined)."""

    id: str
    activity_type: str
    party: str
    place_id: str | None
    place: str | None
    promise_ids: tuple[str, ...]
    start_date: date
    start_time: str
    duration_hours: float
    rrule: str
    until: date | None
    exdates: tuple[date, ...]
    expected_count: int | None
    note: str
    logged_by: str
    version: int
    hlc: str
    deleted: bool


@lru_cache(maxsize=4096)
def _ids(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text or "[]"))


@lru_cache(maxsize=4096)
def _dates(text: str | None) -> tuple[date, ...]:
    if not text or text == "[]":
        return ()
    return tuple(date.fromisoformat(d) for d in json.loads(text))


def _record(r: Any) -> SeriesRecord:
    return SeriesRecord(
        id=r["id"],
        activity_type=r["activity_type"],
        party=r["party"],
        place_id=r["place_id"],
        place=r.get("place_name"),
        promise_ids=_ids(r["promise_ids"]),
        start_date=r["start_date"],
        start_time=r["start_time"],
        duration_hours=float(r["duration_hours"]),
        rrule=r["rrule"] or "",
        until=r["until"],
        exdates=_dates(r["exdates"]),
        expected_count=r["expected_count"],
        note=r["note"] or "",
        logged_by=r["logged_by"] or "",
        version=r["version"],
        hlc=r["hlc"],
        deleted=bool(r["deleted"]),
    )


def encode(values: Mapping[str, Any]) -> dict[str, Any]:
    """Series values with the JSON columns encoded (lists → JSON text)."""
    out = dict(values)
    if "promise_ids" in out and not isinstance(out["promise_ids"], str):
        out["promise_ids"] = json.dumps(sorted(out["promise_ids"]))
    if "exdates" in out and not isinstance(out["exdates"], str):
        out["exdates"] = json.dumps(sorted({d.isoformat() for d in out["exdates"]}))
    return out


def insert_series(
    ex: Executor, series_id: str, values: Mapping[str, Any], stamp: Stamp, user: str
) -> None:
    row = encode(values)
    ex.execute(
        insert(S).values(
            id=series_id,
            **row,
            hlc=stamp.hlc,
            device_id=stamp.device_id,
            deleted=False,
            created_at=stamp.at,
            updated_at=stamp.at,
            version=1,
        )
    )
    add_audit(
        ex,
        table="plan_series",
        record_id=series_id,
        action="create",
        changes=diff(None, row),
        user=user,
        stamp=stamp,
    )


def bulk_insert_series(ex: Executor, rows: Sequence[Mapping[str, Any]]) -> None:
    """Core executemany of ready rows (benches, demo data)."""
    if rows:
        ex.execute(insert(S), [encode(r) for r in rows])


def raw_series(ex: Executor, series_id: str) -> dict[str, Any] | None:
    row = ex.execute(select(S).where(S.c.id == series_id)).mappings().first()
    return None if row is None else dict(row)


def update_series(
    ex: Executor,
    series_id: str,
    values: Mapping[str, Any],
    stamp: Stamp,
    user: str,
    *,
    action: str = "update",
    deleted: bool | None = None,
) -> None:
    """Updates fields, bumps the version and stamps the row; audits what changed."""
    old = raw_series(ex, series_id)
    if old is None:
        raise KeyError(series_id)
    new_values = encode(values)
    if deleted is not None:
        new_values["deleted"] = deleted
    changes = diff({k: old[k] for k in new_values}, new_values)
    if not stamped_update(ex, S, series_id, old["version"], new_values, stamp):
        raise VersionConflict(series_id, old["version"], -1)
    add_audit(
        ex,
        table="plan_series",
        record_id=series_id,
        action=action,
        changes=changes,
        user=user,
        stamp=stamp,
    )


def _series_query() -> Any:
    return select(S, P.c.name.label("place_name")).select_from(
        S.outerjoin(P, P.c.id == S.c.place_id)
    )


def load_series(
    ex: Executor,
    *,
    start: date | None = None,
    end: date | None = None,
    ids: Iterable[str] | None = None,
    include_deleted: bool = False,
) -> list[SeriesRecord]:
    """Series that may have occurrences in start..end (by start date and until)."""
    q = _series_query()
    if not include_deleted:
        q = q.where(S.c.deleted.is_(False))
    if end is not None:
        q = q.where(S.c.start_date <= end)
    if start is not None:
        q = q.where(or_(S.c.until.is_(None), S.c.until >= start))
    if ids is not None:
        q = q.where(S.c.id.in_(list(ids)))
    q = q.order_by(S.c.start_date, S.c.id)
    return [_record(r) for r in ex.execute(q).mappings()]


def series_ids_like(ex: Executor, prefix: str) -> list[str]:
    return list(
        ex.execute(
            select(S.c.id).where(S.c.id.like(prefix + "%"), S.c.deleted.is_(False))
        ).scalars()
    )


def activity_ids_like(ex: Executor, prefix: str) -> list[str]:
    return list(
        ex.execute(
            select(A.c.id).where(A.c.id.like(prefix + "%"), A.c.deleted.is_(False))
        ).scalars()
    )


def occurrence_rows(
    ex: Executor, start: date, end: date, series_ids: Sequence[str] | None = None
) -> list[tuple[str, str, str]]:
    """(series_id, recurrence_id, activity_id) of live activities that stand in for
    an occurrence originally dated start..end (done, cancelled or moved)."""
    lo, hi = start.isoformat(), end.isoformat() + "T99"
    q = select(A.c.series_id, A.c.recurrence_id, A.c.id).where(
        A.c.deleted.is_(False),
        A.c.series_id.is_not(None),
        A.c.recurrence_id >= lo,
        A.c.recurrence_id <= hi,
    )
    if series_ids is not None and len(series_ids) < 500:
        q = q.where(A.c.series_id.in_(list(series_ids)))
    return [(s, r, i) for s, r, i in ex.execute(q)]


def series_activity_ids(ex: Executor, series_id: str, from_day: date) -> list[str]:
    """Live activities of a series whose original occurrence is on/after from_day."""
    return list(
        ex.execute(
            select(A.c.id).where(
                A.c.deleted.is_(False),
                A.c.series_id == series_id,
                A.c.recurrence_id >= from_day.isoformat(),
            )
        ).scalars()
    )


def planned_activity_ids(
    ex: Executor, start: date | None, end: date | None
) -> list[str]:
    """Ids of live activities with a plan in start..end: planned, or from a series."""
    conds: list[Any] = [
        A.c.deleted.is_(False),
        or_(A.c.status == "planned", A.c.series_id.is_not(None)),
    ]
    if start is not None:
        conds.append(A.c.date >= start)
    if end is not None:
        conds.append(A.c.date <= end)
    return list(ex.execute(select(A.c.id).where(and_(*conds))).scalars())


def cancelled_ids(ex: Executor, ids: Sequence[str]) -> list[str]:
    return list(
        ex.execute(
            select(A.c.id).where(A.c.id.in_(list(ids)), A.c.status == "cancelled")
        ).scalars()
    )


def activities_of_series(ex: Executor, series_ids: Sequence[str]) -> list[str]:
    """Ids of the live activities that belong to any of these series."""
    out: list[str] = []
    ids = list(series_ids)
    for i in range(0, len(ids), 500):
        out.extend(
            ex.execute(
                select(A.c.id).where(
                    A.c.deleted.is_(False), A.c.series_id.in_(ids[i : i + 500])
                )
            ).scalars()
        )
    return out
