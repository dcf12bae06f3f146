"""Activities: single writes through a session, bulk writes through Core."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    String,
    and_,
    cast,
    delete,
    func,
    insert,
    literal_column,
    or_,
    select,
)

from lofte_desktop.domain.model import Activity, Agreement, Promise, Target
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.progress import ProgressSums, SumsNeeded, Totals
from lofte_desktop.domain.query import ActivityFilter, Sort
from lofte_desktop.domain.types import Status
from lofte_desktop.storage import activity_core as core
from lofte_desktop.storage import activity_totals as totals_core
from lofte_desktop.storage.meta import (
    AlchemySql,
    Executor,
    Stamp,
    add_audit,
    add_audits,
    as_utc,
    stamped_update,
)
from lofte_desktop.storage.models import (
    ACTIVITIES,
    ACTIVITY_PROMISES,
    PLACES,
    PROMISES,
)
from lofte_desktop.storage.rows import diff

A = ACTIVITIES
AP = ACTIVITY_PROMISES
P = PLACES
PR = PROMISES

#: Fields an activity record has besides the sync columns (what edits may change).
FIELDS = core.FIELDS


class VersionConflict(Exception):
    """Someone else changed the record since it was read (optimistic locking)."""

    def __init__(self, record_id: str, expected: int, actual: int) -> None:
        self.record_id = record_id
        self.expected = expected
        self.actual = actual
        super().__init__(f"{record_id}: version {actual}, expected {expected}")


def insert_activity(
    ex: Executor,
    activity_id: str,
    values: Mapping[str, Any],
    promise_ids: Sequence[str],
    stamp: Stamp,
    user: str,
) -> None:
    core.insert_activity(
        AlchemySql(ex),
        activity_id,
        values,
        promise_ids,
        hlc_stamp=stamp.hlc,
        device_id=stamp.device_id,
        at=stamp.at,
        user=user,
    )


def raw_activity(ex: Executor, activity_id: str) -> dict[str, Any] | None:
    """The stored row as a dict (with `promise_ids`), deleted or not."""
    row = ex.execute(select(A).where(A.c.id == activity_id)).mappings().first()
    if row is None:
        return None
    data = dict(row)
    data["promise_ids"] = sorted(
        ex.execute(
            select(AP.c.promise_id).where(AP.c.activity_id == activity_id)
        ).scalars()
    )
    return data


def update_activity(
    ex: Executor,
    activity_id: str,
    values: Mapping[str, Any],
    promise_ids: Sequence[str] | None,
    stamp: Stamp,
    user: str,
    *,
    action: str = "update",
    expected_version: int | None = None,
    deleted: bool | None = None,
) -> dict[str, Any]:
    """Updates fields (and links); audits what changed. Returns the old row."""
    old = raw_activity(ex, activity_id)
    if old is None:
        raise KeyError(activity_id)
    if expected_version is not None and old["version"] != expected_version:
        raise VersionConflict(activity_id, expected_version, old["version"])
    new_values = dict(values)
    if deleted is not None:
        new_values["deleted"] = deleted
    changes = diff({k: old[k] for k in new_values}, new_values)
    if promise_ids is not None and sorted(promise_ids) != old["promise_ids"]:
        changes["promises"] = [old["promise_ids"], sorted(promise_ids)]
        ex.execute(delete(AP).where(AP.c.activity_id == activity_id))
        if promise_ids:
            ex.execute(
                insert(AP),
                [{"activity_id": activity_id, "promise_id": p} for p in promise_ids],
            )
    if not stamped_update(ex, A, activity_id, old["version"], new_values, stamp):
        current = raw_activity(ex, activity_id) or {"version": -1}
        raise VersionConflict(activity_id, old["version"], current["version"])
    add_audit(
        ex,
        table="activities",
        record_id=activity_id,
        action=action,
        changes=changes,
        user=user,
        stamp=stamp,
    )
    return old


def deletion_states(
    ex: Executor, ids: Sequence[str]
) -> dict[str, tuple[bool, date, int]]:
    """{id: (deleted, date, version)} for the stored ones of `ids`."""
    found: dict[str, tuple[bool, date, int]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids)), 500):
        for aid, deleted, day, version in ex.execute(
            select(A.c.id, A.c.deleted, A.c.date, A.c.version).where(A.c.id.in_(chunk))
        ):
            found[aid] = (bool(deleted), day, int(version))
    return found


def set_deleted(
    ex: Executor,
    items: Sequence[tuple[str, int, Stamp]],
    *,
    deleted: bool,
    user: str,
    action: str,
) -> None:
    """Tombstones (or restores) many records: (id, version read, stamp) each, each
    audited as `update_activity` audits it. VersionConflict if one changed since."""
    for activity_id, version, stamp in items:
        if not stamped_update(ex, A, activity_id, version, {"deleted": deleted}, stamp):
            current = raw_activity(ex, activity_id) or {"version": -1}
            raise VersionConflict(activity_id, version, current["version"])
    changes = diff({"deleted": not deleted}, {"deleted": deleted})
    add_audits(
        ex,
        table="activities",
        action=action,
        entries=[(aid, changes, stamp) for aid, _v, stamp in items],
        user=user,
    )


def _filtered(
    q: Select[Any], f: ActivityFilter, promise_ids: Mapping[str, str]
) -> Select[Any]:
    conds: list[Any] = []
    if not f.include_deleted:
        conds.append(A.c.deleted.is_(False))
    if f.start is not None:
        conds.append(A.c.date >= f.start)
    if f.end is not None:
        conds.append(A.c.date <= f.end)
    if f.types:
        conds.append(A.c.activity_type.in_(sorted(f.types)))
    if f.parties:
        conds.append(A.c.party.in_(sorted(f.parties)))
    if f.statuses:
        conds.append(A.c.status.in_(sorted(f.statuses)))
    if f.places:
        conds.append(P.c.name.in_(sorted(f.places)))
    if f.series_id:
        conds.append(A.c.series_id == f.series_id)
    if f.promise_codes:
        ids = [promise_ids[c] for c in f.promise_codes if c in promise_ids]
        conds.append(
            A.c.id.in_(select(AP.c.activity_id).where(AP.c.promise_id.in_(ids)))
        )
    if f.text.strip():
        needle = (
            f.text.strip()
            .lower()
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        )
        pattern = f"%{needle}%"
        conds.append(
            or_(
                func.lower(A.c.note).like(pattern, escape="\\"),
                func.lower(P.c.name).like(pattern, escape="\\"),
            )
        )
    return q.where(and_(*conds)) if conds else q


def _sort_column(key: str) -> Any:
    if key == "place":
        return P.c.name
    if key == "promises":
        return (
            select(func.min(PR.c.code))
            .select_from(AP.join(PR, PR.c.id == AP.c.promise_id))
            .where(AP.c.activity_id == A.c.id)
            .scalar_subquery()
        )
    return A.c[key]


def _ordered(column: Any, descending: bool) -> Any:
    """Empty values sort first (ascending) on every database, as SQLite does;
    PostgreSQL would put NULLs last."""
    return column.desc().nulls_last() if descending else column.asc().nulls_first()


def _base() -> Select[Any]:
    return select(A, P.c.name.label("place_name")).select_from(
        A.outerjoin(P, P.c.id == A.c.place_id)
    )


def query_activities(
    ex: Executor,
    f: ActivityFilter,
    promise_ids: Mapping[str, str],
    promise_codes: Mapping[str, str],
    *,
    sort: Sort = Sort(),
    offset: int = 0,
    limit: int | None = None,
) -> list[Activity]:
    column = _sort_column(sort.key)
    order = [
        _ordered(column, sort.descending),
        A.c.date.desc() if sort.descending else A.c.date.asc(),
        A.c.id.desc() if sort.descending else A.c.id.asc(),
    ]
    q = _filtered(_base(), f, promise_ids).order_by(*order).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    rows = ex.execute(q).mappings().all()
    links = _links(ex, [r["id"] for r in rows])
    return [to_activity(r, links.get(r["id"], ()), promise_codes) for r in rows]


def activity_batches(
    ex: Executor,
    f: ActivityFilter,
    promise_ids: Mapping[str, str],
    promise_codes: Mapping[str, str],
    *,
    sort: Sort = Sort(),
    batch: int = 2000,
) -> Iterator[list[Activity]]:
    """Every activity the filter finds, in order, `batch` at a time from ONE
    streamed query (an export of 200k rows: no id list, no IN lookups)."""
    column = _sort_column(sort.key)
    q = (
        _filtered(_base(), f, promise_ids)
        .order_by(
            _ordered(column, sort.descending),
            A.c.date.desc() if sort.descending else A.c.date.asc(),
            A.c.id.desc() if sort.descending else A.c.id.asc(),
        )
        .execution_options(yield_per=batch)
    )
    for part in ex.execute(q).mappings().partitions():
        links = _links(ex, [r["id"] for r in part])
        yield [to_activity(r, links.get(r["id"], ()), promise_codes) for r in part]


def count_activities(
    ex: Executor, f: ActivityFilter, promise_ids: Mapping[str, str]
) -> int:
    q = _filtered(
        select(func.count()).select_from(A.outerjoin(P, P.c.id == A.c.place_id)),
        f,
        promise_ids,
    )
    return int(ex.execute(q).scalar() or 0)


def activity_ids(
    ex: Executor, f: ActivityFilter, promise_ids: Mapping[str, str], sort: Sort = Sort()
) -> list[str]:
    """Just the ids, in order: cheap enough for 200k rows (the table model's index)."""
    column = _sort_column(sort.key)
    q = _filtered(
        select(A.c.id).select_from(A.outerjoin(P, P.c.id == A.c.place_id)),
        f,
        promise_ids,
    )
    q = q.order_by(
        _ordered(column, sort.descending),
        A.c.date.desc() if sort.descending else A.c.date.asc(),
        A.c.id.desc() if sort.descending else A.c.id.asc(),
    )
    return list(ex.execute(q).scalars())


def activities_by_ids(
    ex: Executor, ids: Sequence[str], promise_codes: Mapping[str, str]
) -> list[Activity]:
    """Activities for the given ids, in the given order (missing ids skipped)."""
    found: dict[str, Activity] = {}
    for chunk in _chunks(ids, 500):
        rows = ex.execute(_base().where(A.c.id.in_(chunk))).mappings().all()
        links = _links(ex, [r["id"] for r in rows])
        for r in rows:
            found[r["id"]] = to_activity(r, links.get(r["id"], ()), promise_codes)
    return [found[i] for i in ids if i in found]


def _chunks(seq: Sequence[str], n: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def _links(ex: Executor, ids: Sequence[str]) -> dict[str, list[str]]:
    links: dict[str, list[str]] = {}
    for chunk in _chunks(ids, 500):
        for aid, pid in ex.execute(
            select(AP.c.activity_id, AP.c.promise_id).where(AP.c.activity_id.in_(chunk))
        ):
            links.setdefault(aid, []).append(pid)
    return links


def to_activity(
    r: Any, promise_ids: Iterable[str], promise_codes: Mapping[str, str]
) -> Activity:
    codes = sorted(promise_codes.get(p, p) for p in promise_ids)
    return Activity(
        id=r["id"],
        activity_type=str(r["activity_type"]),
        promise_codes=tuple(codes),
        party=r["party"],
        date=r["date"],
        status=Status(r["status"]),
        start_time=r["start_time"],
        hours=r["hours"],
        place=r.get("place_name"),
        count=r["count"],
        note=r["note"] or "",
        logged_by=r["logged_by"] or "",
        created_at=as_utc(r["created_at"]),
        updated_at=as_utc(r["updated_at"]),
        series_id=r["series_id"],
        recurrence_id=r["recurrence_id"],
        cancel_reason=r["cancel_reason"],
        device_id=r["device_id"],
        hlc=r["hlc"],
        version=r["version"],
    )


def totals_by_promise(
    ex: Executor,
    start: date,
    end: date,
    promise_ids: Sequence[str] | None = None,
    targets: Mapping[str, Target] | None = None,
) -> dict[tuple[str, str], Totals]:
    """{(promise_id, status): Totals} for live activities dated start..end, read
    from the activity totals (storage/activity_totals.totals): `promise_ids` limits
    them to those promises; `targets` ({promise_id: Target}) counts a target with a
    window or weekdays only on its days."""
    return totals_core.totals(AlchemySql(ex), start, end, promise_ids, targets)


def presence_hours(
    ex: Executor, start: date, end: date, promise_ids: Iterable[str] | None
) -> float:
    """Done presence hours start..end (storage/activity_totals.presence_hours)."""
    return totals_core.presence_hours(AlchemySql(ex), start, end, promise_ids)


def progress_sums(
    ex: Executor,
    agreement: Agreement,
    promises: Sequence[Promise],
    period: Period,
    need: SumsNeeded,
) -> ProgressSums:
    """storage/activity_totals.progress_sums in this transaction."""
    return totals_core.progress_sums(AlchemySql(ex), agreement, promises, period, need)


def presence(
    ex: Executor, promises: Sequence[Promise], period: Period
) -> tuple[float, float]:
    """storage/activity_totals.presence in this transaction."""
    return totals_core.presence(AlchemySql(ex), promises, period)


def breakdown(
    ex: Executor,
    start: date,
    end: date,
    *,
    by: str,
    types: Sequence[str] | None = None,
    status: str = "done",
    promise_ids: Iterable[str] | None = None,
) -> list[tuple[Any, int, float, int]]:
    """(key, occasions, hours, count) grouped by 'place', 'party', 'type' or 'month';
    with `promise_ids`, only activities that count towards one of them."""
    key: Any
    if by == "place":
        key = func.coalesce(P.c.name, literal_column("''"))
    elif by == "party":
        key = A.c.party
    elif by == "type":
        key = A.c.activity_type
    elif by == "month":
        key = func.substr(cast(A.c.date, String), 1, 7)
    else:
        raise ValueError(by)
    q = (
        select(
            key.label("k"),
            func.count(),
            func.coalesce(func.sum(A.c.hours), 0.0),
            func.coalesce(func.sum(A.c["count"]), 0),
        )
        .select_from(A.outerjoin(P, P.c.id == A.c.place_id))
        .where(
            A.c.deleted.is_(False),
            A.c.date >= start,
            A.c.date <= end,
            A.c.status == status,
        )
        .group_by(key)
        .order_by(key)
    )
    if types:
        q = q.where(A.c.activity_type.in_(list(types)))
    if promise_ids is not None:
        linked = select(AP.c.activity_id).where(AP.c.promise_id.in_(list(promise_ids)))
        q = q.where(A.c.id.in_(linked))
    return [(k, int(n), float(h), int(c)) for k, n, h, c in ex.execute(q)]


def bulk_insert(
    conn: Connection,
    rows: Sequence[Mapping[str, Any]],
    links: Sequence[Mapping[str, str]],
) -> None:
    """Core executemany of ready new rows and their links: the fast path for demo
    data, imports, benches. The activity totals are added for the whole batch at
    once (storage/activity_totals.pause_for_new/add_new_totals)."""
    sql = AlchemySql(conn)
    paused = totals_core.pause_for_new(sql) if rows else None
    if conn.dialect.name == "sqlite":  # straight to the driver: no per-value work
        if rows:
            conn.exec_driver_sql(core.INSERT_ACTIVITY, core.sqlite_rows(rows))
        if links:
            conn.exec_driver_sql(core.INSERT_LINK, list(links))
    else:
        if rows:
            conn.execute(insert(A), list(rows))
        if links:
            conn.execute(insert(AP), list(links))
    if paused is not None:
        totals_core.add_new_totals(sql, [r["id"] for r in rows], paused)
