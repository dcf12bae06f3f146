"""Database side of sync: bulk reads and writes through SQLAlchemy Core (portable SQL).

Records cross this boundary as plain dicts in their JSON form (dates and datetimes
as ISO strings), the form the sync package carries, so `lofte_desktop.sync` can
compare them without knowing about the database.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Table,
    and_,
    bindparam,
    delete,
    insert,
    not_,
    or_,
    select,
    type_coerce,
    update,
)

from lofte_desktop.storage.meta import as_utc
from lofte_desktop.storage.models import (
    SYNCED_TABLES,
    ActivityPromiseRow,
    AuditRow,
    DeviceRow,
    PeriodLockRow,
    SyncConflictRow,
    SyncPackageRow,
    SyncPeerStateRow,
)

TABLES: dict[str, Table] = {
    typing.cast(Table, t.__table__).name: typing.cast(Table, t.__table__)  # type: ignore[attr-defined]
    for t in SYNCED_TABLES
}
AUDIT = typing.cast(Table, AuditRow.__table__)
TABLES_ALL: dict[str, Table] = {**TABLES, "audit_log": AUDIT}
AP = typing.cast(Table, ActivityPromiseRow.__table__)
DEV = typing.cast(Table, DeviceRow.__table__)
PKG = typing.cast(Table, SyncPackageRow.__table__)
PEER = typing.cast(Table, SyncPeerStateRow.__table__)
CONF = typing.cast(Table, SyncConflictRow.__table__)
LOCKS = typing.cast(Table, PeriodLockRow.__table__)
LINKS = "promise_ids"
CHUNK = 500


def _kinds(table: Table) -> tuple[list[str], list[str]]:
    dates, stamps = [], []
    for col in table.columns:
        name = type(col.type).__name__
        if name == "Date":
            dates.append(col.name)
        elif name == "DateTime":
            stamps.append(col.name)
    return dates, stamps


_KINDS = {name: _kinds(t) for name, t in TABLES_ALL.items()}


def _chunks(seq: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def to_json(table: str, row: Any) -> dict[str, Any]:
    """A database row as the package carries it."""
    rec = dict(row)
    dates, stamps = _KINDS[table]
    for c in dates:
        v = rec[c]
        if v is not None:
            rec[c] = v.isoformat()
    for c in stamps:
        v = rec[c]
        if v is not None:
            rec[c] = (as_utc(v) or v).isoformat()
    if "deleted" in rec:
        rec["deleted"] = bool(rec["deleted"])
    return rec


def from_json(table: str, rec: Mapping[str, Any]) -> dict[str, Any]:
    """A package record as database values (without the activity links)."""
    row = {k: v for k, v in rec.items() if k != LINKS}
    dates, stamps = _KINDS[table]
    for c in dates:
        v = row[c]
        if v is not None:
            row[c] = date.fromisoformat(v)
    for c in stamps:
        v = row[c]
        if v is not None:
            d = datetime.fromisoformat(v.replace("Z", "+00:00"))
            row[c] = d.astimezone(UTC) if d.tzinfo else d.replace(tzinfo=UTC)
    return row


def _links(conn: Connection, ids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {i: [] for i in ids}
    for chunk in _chunks(ids):
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


def _raw_select(t: Table) -> Any:
    """select(t) with date and time columns read without SQLAlchemy's parsing: on
    SQLite they come back as the stored ISO text (much faster for 100k rows); other
    drivers still return date/datetime objects, which `_export_json` also handles."""
    cols = [
        type_coerce(c, String).label(c.name)
        if type(c.type).__name__ in ("Date", "DateTime")
        else c
        for c in t.columns
    ]
    return select(*cols)


def _export_json(table: str, row: Any) -> dict[str, Any]:
    rec = dict(row)
    dates, stamps = _KINDS[table]
    for c in dates:
        v = rec[c]
        if v is not None and not isinstance(v, str):
            rec[c] = v.isoformat()
    for c in stamps:
        v = rec[c]
        if v is None:
            continue
        if isinstance(v, str):  # SQLite: "YYYY-MM-DD HH:MM:SS.ffffff", stored UTC
            rec[c] = v.replace(" ", "T", 1) + "+00:00"
        else:
            rec[c] = (as_utc(v) or v).isoformat()
    if "deleted" in rec:
        rec["deleted"] = bool(rec["deleted"])
    return rec


def iter_changed(
    conn: Connection, table: str, base: Mapping[str, str], batch: int = 2000
) -> Iterator[list[dict[str, Any]]]:
    """Batches of records (JSON form) in `table` that a peer knowing `base` lacks."""
    t = TABLES_ALL[table]
    q = _raw_select(t)
    cond = _not_known(t, base)
    if cond is not None:
        q = q.where(cond)
    q = q.order_by(t.c.id)
    result = conn.execution_options(stream_results=True, yield_per=batch).execute(q)
    for part in result.mappings().partitions(batch):
        recs = [_export_json(table, r) for r in part]
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
    for chunk in _chunks(ids):
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
    for chunk in _chunks(wanted):
        found.update(conn.execute(select(t.c.id).where(t.c.id.in_(chunk))).scalars())
    return found


def write_records(
    conn: Connection,
    table: str,
    new: Sequence[Mapping[str, Any]],
    changed: Sequence[Mapping[str, Any]],
) -> None:
    """Inserts `new` and overwrites `changed` (JSON form), links included."""
    t = TABLES_ALL[table]
    if new:
        _bulk_insert(conn, t, new)
    if changed:
        rows = []
        for r in changed:
            row = from_json(table, r)
            row["b_id"] = row.pop("id")
            rows.append(row)
        conn.execute(update(t).where(t.c.id == bindparam("b_id")), rows)
    if table == "activities":
        ids = [r["id"] for r in changed]
        for chunk in _chunks(ids):
            conn.execute(delete(AP).where(AP.c.activity_id.in_(chunk)))
        links = [
            {"activity_id": r["id"], "promise_id": p}
            for rs in (new, changed)
            for r in rs
            for p in r[LINKS]
        ]
        if links:
            _bulk_insert(conn, AP, links)


def _sqlite_datetime(text: str) -> str:
    """An ISO timestamp as SQLAlchemy stores DateTime on SQLite (naive UTC)."""
    if len(text) == 32 and text[19] == "." and text.endswith("+00:00"):
        return f"{text[:10]} {text[11:26]}"
    d = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if d.tzinfo:
        d = d.astimezone(UTC).replace(tzinfo=None)
    return d.strftime("%Y-%m-%d %H:%M:%S.%f")


def _datetime(text: str) -> datetime:
    d = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return d.astimezone(UTC) if d.tzinfo else d.replace(tzinfo=UTC)


def _converters(dialect: Any, t: Table) -> list[tuple[str, Any]]:
    """Per column: how a JSON value becomes the driver's value (None stays None)."""
    sqlite = dialect.name == "sqlite"
    out: list[tuple[str, Any]] = []
    for col in t.columns:
        kind = type(col.type).__name__
        fn: Any = None
        if kind == "Date":
            fn = None if sqlite else date.fromisoformat  # SQLite stores the ISO text
        elif kind == "DateTime":
            fn = _sqlite_datetime if sqlite else _datetime
        elif kind == "Boolean":
            fn = int if sqlite else bool
        out.append((col.key, fn))
    return out


RowBuilder = Callable[[Mapping[str, Any]], tuple[Any, ...]]


def _row_builder(conv: Sequence[tuple[str, Any]]) -> RowBuilder:
    """A JSON-form record as the driver's values, in `conv` order: one C-level
    itemgetter for all columns, then the few conversions (None stays None)."""
    names = [name for name, _ in conv]
    fixes = [(i, fn) for i, (_, fn) in enumerate(conv) if fn is not None]
    get: RowBuilder = itemgetter(*names) if len(names) > 1 else lambda r: (r[names[0]],)
    if not fixes:
        return get

    def build(record: Mapping[str, Any]) -> tuple[Any, ...]:
        row = list(get(record))
        for i, fn in fixes:
            v = row[i]
            if v is not None:
                row[i] = fn(v)
        return tuple(row)  # the driver layer takes tuples or mappings, not lists

    return build


_INSERTS: dict[tuple[str, str, Table], tuple[str, list[str], RowBuilder]] = {}


def _insert_plan(dialect: Any, t: Table) -> tuple[str, list[str], RowBuilder]:
    """(INSERT statement, its parameter names, row builder) for a dialect, cached:
    the statement is compiled by SQLAlchemy once (portable SQL)."""
    cache_key = (dialect.name, dialect.paramstyle, t)
    plan = _INSERTS.get(cache_key)
    if plan is None:
        conv = _converters(dialect, t)
        compiled = insert(t).compile(dialect=dialect)
        if dialect.paramstyle in ("qmark", "format", "numeric"):  # positional
            order = {name: i for i, (name, _) in enumerate(conv)}
            conv = [conv[order[n]] for n in compiled.positiontup or []]
        plan = (str(compiled), [name for name, _ in conv], _row_builder(conv))
        _INSERTS[cache_key] = plan
    return plan


def _bulk_insert(conn: Connection, t: Table, recs: Sequence[Mapping[str, Any]]) -> None:
    """INSERT of many JSON-form rows straight through the driver's executemany.

    Only the per-value conversion is done here, which for 100k rows is several
    times cheaper than SQLAlchemy's per-parameter processing.
    """
    dialect = conn.dialect
    if dialect.name == "postgresql":  # the shared store: COPY, not a row per trip
        from lofte_desktop.storage.postgres import copy_rows

        conv = _converters(dialect, t)
        build = _row_builder(conv)
        copy_rows(conn, t, [t.c[name].name for name, _ in conv], map(build, recs))
        return
    sql, names, build = _insert_plan(dialect, t)
    if dialect.paramstyle in ("qmark", "format", "numeric"):
        params: list[Any] = list(map(build, recs))
    else:
        params = [dict(zip(names, build(r), strict=True)) for r in recs]
    conn.exec_driver_sql(sql, params)


def insert_audit(conn: Connection, recs: Sequence[Mapping[str, Any]]) -> int:
    """Adds audit rows not yet present (the log is a union); returns how many."""
    have = existing_ids(conn, "audit_log", [r["id"] for r in recs])
    fresh = [r for r in recs if r["id"] not in have]
    if fresh:
        _bulk_insert(conn, AUDIT, fresh)
    return len(fresh)


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
    for chunk in _chunks(list(ids)):
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
