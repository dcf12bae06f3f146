"""Database side of sync: bulk reads and writes through SQLAlchemy Core (portable SQL).

Records cross this boundary as plain dicts in their JSON form (dates and datetimes
as ISO strings), the form the sync package carries, so `lofte_desktop.sync` can
compare them without knowing about the database (`storage/sync_rows.py` converts).
The merge reads the local state of a batch of ids here and applies its plan's
writes; it decides nothing here.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    and_,
    bindparam,
    delete,
    insert,
    not_,
    or_,
    select,
    update,
)

from lofte_desktop.storage import activity_totals as totals_core
from lofte_desktop.storage.meta import AlchemySql, as_utc
from lofte_desktop.storage.models import (
    DeviceRow,
    PeriodLockRow,
    SyncConflictRow,
    SyncPackageRow,
    SyncPeerStateRow,
)
from lofte_desktop.storage.sync_rows import (
    AP,
    LINKS,
    TABLES,
    TABLES_ALL,
    bulk_insert,
    chunks,
    export_json,
    from_json,
    raw_select,
    to_json,
)

DEV = typing.cast(Table, DeviceRow.__table__)
PKG = typing.cast(Table, SyncPackageRow.__table__)
PEER = typing.cast(Table, SyncPeerStateRow.__table__)
CONF = typing.cast(Table, SyncConflictRow.__table__)
LOCKS = typing.cast(Table, PeriodLockRow.__table__)


def _links(conn: Connection, ids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {i: [] for i in ids}
    for chunk in chunks(ids):
        for aid, pid in conn.execute(
            select(AP.c.activity_id, AP.c.promise_id).where(AP.c.activity_id.in_(chunk))
        ):
            out[aid].append(pid)
    for v in out.values():
        v.sort()
    return out


def _not_known(table: Table, base: Mapping[str, str]) -> Any:
    """Rows a peer with knowledge `base` may lack: not (device known up to hlc)."""
    if not base:
        return None
    return not_(
        or_(
            *(
                and_(table.c.device_id == dev, table.c.hlc <= stamp)
                for dev, stamp in base.items()
            )
        )
    )


def iter_changed(
    conn: Connection, table: str, base: Mapping[str, str], batch: int = 2000
) -> Iterator[list[dict[str, Any]]]:
    """Batches of records (JSON form) in `table` that a peer knowing `base` lacks."""
    t = TABLES_ALL[table]
    q = raw_select(t)
    cond = _not_known(t, base)
    if cond is not None:
        q = q.where(cond)
    q = q.order_by(t.c.id)
    result = conn.execution_options(stream_results=True, yield_per=batch).execute(q)
    for part in result.mappings().partitions(batch):
        recs = [export_json(table, r) for r in part]
        if table == "activities" and recs:
            links: dict[str, list[str]] = {r["id"]: [] for r in recs}
            q_links = (
                select(AP.c.activity_id, AP.c.promise_id)
                .where(AP.c.activity_id >= recs[0]["id"])
                .where(AP.c.activity_id <= recs[-1]["id"])
                .order_by(AP.c.activity_id, AP.c.promise_id)
            )
            for aid, pid in conn.execute(q_links):
                if aid in links:
                    links[aid].append(pid)
            for r in recs:
                r[LINKS] = links[r["id"]]
        yield recs


def local_records(
    conn: Connection, table: str, ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """The stored versions (JSON form) of the given ids."""
    t = TABLES_ALL[table]
    found: dict[str, dict[str, Any]] = {}
    for chunk in chunks(ids):
        for row in conn.execute(select(t).where(t.c.id.in_(chunk))).mappings():
            found[row["id"]] = to_json(table, row)
    if table == "activities" and found:
        links = _links(conn, list(found))
        for i, rec in found.items():
            rec[LINKS] = links[i]
    return found


def existing_ids(conn: Connection, table: str, ids: Iterable[str]) -> set[str]:
    t = TABLES_ALL[table]
    wanted = sorted(set(ids))
    found: set[str] = set()
    for chunk in chunks(wanted):
        found.update(conn.execute(select(t.c.id).where(t.c.id.in_(chunk))).scalars())
    return found


#: (activity id, promise id)
Link = tuple[str, str]


def write_records(
    conn: Connection,
    table: str,
    new: Sequence[Mapping[str, Any]],
    changed: Sequence[Mapping[str, Any]],
    *,
    links: tuple[Sequence[Link], Sequence[Link]] | None = None,
) -> None:
    """Inserts `new` and overwrites `changed` (JSON form), links included.

    `links` = (added, removed) when the caller knows which links changed (a merge
    plan does): only those are written, so an edit that keeps its promises leaves
    its links, and the totals kept from them, alone. Without it the links of
    `changed` are replaced by theirs."""
    t = TABLES_ALL[table]
    if new and table == "activities" and links is not None:
        # New activities and their own links go in with the totals' triggers
        # paused; their totals are added in aggregates (a trigger per row
        # costs more than the insert itself).
        new_ids = {r["id"] for r in new}
        fresh = [lk for lk in links[0] if lk[0] in new_ids]
        sql = AlchemySql(conn)
        paused = totals_core.pause_for_new(sql)
        bulk_insert(conn, t, new)
        if fresh:
            bulk_insert(
                conn, AP, [{"activity_id": a, "promise_id": p} for a, p in fresh]
            )
        totals_core.add_new_totals(sql, [r["id"] for r in new], paused)
        links = ([lk for lk in links[0] if lk[0] not in new_ids], links[1])
    elif new:
        bulk_insert(conn, t, new)
    if changed:
        rows = []
        for r in changed:
            row = from_json(table, r)
            row["b_id"] = row.pop("id")
            rows.append(row)
        conn.execute(update(t).where(t.c.id == bindparam("b_id")), rows)
    if table != "activities":
        return
    if links is None:
        ids = [r["id"] for r in changed]
        for chunk in chunks(ids):
            conn.execute(delete(AP).where(AP.c.activity_id.in_(chunk)))
        added: Sequence[Link] = [
            (r["id"], p) for rs in (new, changed) for r in rs for p in r[LINKS]
        ]
    else:
        added, removed = links
        if removed:
            conn.execute(
                delete(AP).where(
                    AP.c.activity_id == bindparam("a"),
                    AP.c.promise_id == bindparam("p"),
                ),
                [{"a": a, "p": p} for a, p in removed],
            )
    if added:
        bulk_insert(conn, AP, [{"activity_id": a, "promise_id": p} for a, p in added])


def apply(
    conn: Connection,
    table: str,
    *,
    inserts: Sequence[Mapping[str, Any]],
    updates: Sequence[Mapping[str, Any]],
    links: tuple[Sequence[Link], Sequence[Link]],
    conflicts: Sequence[Mapping[str, Any]],
    settled: Sequence[str],
    at: datetime,
) -> None:
    """Applies a merge's writes for one batch of `table`: its records and links,
    the conflicts it keeps for review, and the open conflicts it settles (at `at`)."""
    write_records(conn, table, inserts, updates, links=links)
    add_conflicts(conn, conflicts)
    if settled:
        close_conflicts(conn, settled, "superseded", at)


def insert_records(
    conn: Connection, table: str, recs: Sequence[Mapping[str, Any]]
) -> None:
    """Inserts new records (JSON form) of a table without links (the audit log)."""
    if recs:
        bulk_insert(conn, TABLES_ALL[table], recs)


# -- knowledge, peers, packages, devices, conflicts -----------------------------------


def vector(conn: Connection, peer: str) -> dict[str, str]:
    """What `peer` has confirmed seeing from each origin device."""
    rows = conn.execute(
        select(PEER.c.origin_device_id, PEER.c.max_hlc).where(
            PEER.c.peer_device_id == peer
        )
    )
    return {o: h for o, h in rows}


def all_vectors(conn: Connection) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for p, o, h in conn.execute(
        select(PEER.c.peer_device_id, PEER.c.origin_device_id, PEER.c.max_hlc)
    ):
        out.setdefault(p, {})[o] = h
    return out


def raise_vector(conn: Connection, peer: str, new: Mapping[str, str]) -> None:
    """Raises the stored vector of `peer` to at least `new`, element-wise."""
    old = vector(conn, peer)
    for origin, stamp in new.items():
        if origin not in old:
            conn.execute(
                insert(PEER).values(
                    peer_device_id=peer, origin_device_id=origin, max_hlc=stamp
                )
            )
        elif stamp > old[origin]:
            conn.execute(
                update(PEER)
                .where(PEER.c.peer_device_id == peer, PEER.c.origin_device_id == origin)
                .values(max_hlc=stamp)
            )


def package_known(conn: Connection, package_id: str, direction: str = "in") -> bool:
    return (
        conn.execute(
            select(PKG.c.id).where(PKG.c.id == package_id, PKG.c.direction == direction)
        ).first()
        is not None
    )


def record_package(conn: Connection, **values: Any) -> None:
    values["summary"] = json.dumps(values.get("summary", {}), ensure_ascii=False)
    conn.execute(insert(PKG).values(**values))


def packages(conn: Connection, limit: int = 200) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(PKG).order_by(PKG.c.processed_at.desc(), PKG.c.id).limit(limit)
    ).mappings()
    out = []
    for r in rows:
        d = dict(r)
        d["summary"] = json.loads(d["summary"] or "{}")
        d["created_at"] = as_utc(d["created_at"])
        d["processed_at"] = as_utc(d["processed_at"])
        out.append(d)
    return out


def devices(conn: Connection) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in conn.execute(
            select(DEV).order_by(DEV.c.is_self.desc(), DEV.c.name, DEV.c.id)
        ).mappings()
    ]


def device(conn: Connection, device_id: str) -> dict[str, Any] | None:
    r = conn.execute(select(DEV).where(DEV.c.id == device_id)).mappings().first()
    return dict(r) if r else None


def upsert_device(conn: Connection, device_id: str, **values: Any) -> None:
    done = conn.execute(update(DEV).where(DEV.c.id == device_id).values(**values))
    if done.rowcount == 0:
        conn.execute(insert(DEV).values(id=device_id, **values))


def trust_fingerprint(conn: Connection, fingerprint: str) -> int:
    return int(
        conn.execute(
            update(DEV).where(DEV.c.fingerprint == fingerprint).values(trusted=True)
        ).rowcount
    )


def add_conflicts(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        conn.execute(insert(CONF), list(rows))


def open_conflicts(conn: Connection) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in conn.execute(
            select(CONF)
            .where(CONF.c.resolved_at.is_(None))
            .order_by(CONF.c.detected_at, CONF.c.id)
        ).mappings()
    ]


def conflict(conn: Connection, conflict_id: str) -> dict[str, Any] | None:
    r = conn.execute(select(CONF).where(CONF.c.id == conflict_id)).mappings().first()
    return dict(r) if r else None


def close_conflicts(
    conn: Connection, ids: Sequence[str], resolution: str, at: datetime
) -> None:
    for chunk in chunks(list(ids)):
        conn.execute(
            update(CONF)
            .where(CONF.c.id.in_(chunk), CONF.c.resolved_at.is_(None))
            .values(resolved_at=at, resolution=resolution)
        )


def active_locks(conn: Connection) -> list[tuple[str, str]]:
    """(agreement_id, period_code) of every live, locked period."""
    return [
        (a, p)
        for a, p in conn.execute(
            select(LOCKS.c.agreement_id, LOCKS.c.period_code).where(
                LOCKS.c.deleted.is_(False), LOCKS.c.locked.is_(True)
            )
        )
    ]


def overwrite(conn: Connection, table: str, rec: Mapping[str, Any]) -> None:
    """Writes one record (JSON form) whether or not it exists (conflict resolution)."""
    if existing_ids(conn, table, [rec["id"]]):
        write_records(conn, table, [], [rec])
    else:
        write_records(conn, table, [rec], [])


def count_unsent(conn: Connection, self_id: str, sent: str) -> int:
    """Records this device changed after its last export (not yet sent)."""
    from sqlalchemy import func

    total = 0
    for t in TABLES.values():
        total += int(
            conn.execute(
                select(func.count())
                .select_from(t)
                .where(t.c.device_id == self_id, t.c.hlc > sent)
            ).scalar()
            or 0
        )
    return total


def recent(conn: Connection, table: str, limit: int) -> list[dict[str, Any]]:
    t = TABLES[table]
    return [
        to_json(table, r)
        for r in conn.execute(
            select(t).order_by(t.c.hlc.desc()).limit(limit)
        ).mappings()
    ]


def column_rows(conn: Connection, table: str, columns: Sequence[str]) -> list[Any]:
    """The given columns of every row of `table` (tombstones included)."""
    t = TABLES_ALL[table]
    return list(conn.execute(select(*(t.c[c] for c in columns))).mappings())
