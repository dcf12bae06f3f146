"""Sync records as database rows: the JSON form a package carries and back, and the
driver-level bulk INSERT the merge writes with.

Records cross into storage as plain dicts in their JSON form (dates and datetimes as
ISO strings), so `lofte_desktop.sync` can compare them without knowing about the
database; this module turns them into the driver's values and back.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, String, Table, insert, select, type_coerce

from lofte_desktop.storage.meta import as_utc
from lofte_desktop.storage.models import SYNCED_TABLES, ActivityPromiseRow, AuditRow

TABLES: dict[str, Table] = {
    typing.cast(Table, t.__table__).name: typing.cast(Table, t.__table__)  # type: ignore[attr-defined]
    for t in SYNCED_TABLES
}
AUDIT = typing.cast(Table, AuditRow.__table__)
TABLES_ALL: dict[str, Table] = {**TABLES, "audit_log": AUDIT}
AP = typing.cast(Table, ActivityPromiseRow.__table__)
LINKS = "promise_ids"
CHUNK = 500


def chunks(seq: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


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


def raw_select(t: Table) -> Any:
    """select(t) with date and time columns read without SQLAlchemy's parsing: on
    SQLite they come back as the stored ISO text (much faster for 100k rows); other
    drivers still return date/datetime objects, which `export_json` also handles."""
    cols = [
        type_coerce(c, String).label(c.name)
        if type(c.type).__name__ in ("Date", "DateTime")
        else c
        for c in t.columns
    ]
    return select(*cols)


def export_json(table: str, row: Any) -> dict[str, Any]:
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


def bulk_insert(conn: Connection, t: Table, recs: Sequence[Mapping[str, Any]]) -> None:
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
