"""The report's own read query (storage side): every activity of a period as light rows.

ActivityService.query builds full Activity records (audit stamps, versions, sync
columns) and looks links up in chunks; a report of a 20,000-activity term needs
only ten fields, read in two statements. Works on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, cast, select

from lofte_desktop.domain.types import Status, TypeCode
from lofte_desktop.storage.activities import AP, A, P
from lofte_desktop.storage.meta import Executor


@dataclass(frozen=True, slots=True)
class Row:
    """The fields of an activity a report reads (names as on domain Activity)."""

    id: str
    activity_type: TypeCode
    promise_codes: tuple[str, ...]
    party: str
    date: date
    status: Status
    hours: float | None
    place: str | None
    count: int | None
    note: str


def period_rows(
    ex: Executor,
    start: date,
    end: date,
    promise_codes: Mapping[str, str],
    *,
    types: frozenset[str] = frozenset(),
    party: str | None = None,
    status: Status | None = None,
    only: Collection[str] | None = None,
) -> list[Row]:
    """Live activities dated start..end, oldest first (then by id); with `only`
    (promise ids: one agreement's), those counting towards one of them."""
    conds: list[Any] = [A.c.deleted.is_(False), A.c.date >= start, A.c.date <= end]
    if types:
        conds.append(A.c.activity_type.in_(sorted(types)))
    if party:
        conds.append(A.c.party == party)
    if status is not None:
        conds.append(A.c.status == status.value)
    links: dict[str, list[str]] = {}
    mine: set[str] = set()
    for aid, pid in ex.execute(
        select(AP.c.activity_id, AP.c.promise_id)
        .select_from(AP.join(A, A.c.id == AP.c.activity_id))
        .where(*conds)
    ).all():
        links.setdefault(aid, []).append(promise_codes.get(pid, pid))
        if only is not None and pid in only:
            mine.add(aid)
    q = (
        select(
            A.c.id,
            A.c.activity_type,
            A.c.party,
            # As text, parsed below: SQLAlchemy's per-row date parsing on SQLite
            # costs more than the whole query.
            cast(A.c.date, String),
            A.c.status,
            A.c.hours,
            P.c.name,
            A.c["count"],
            A.c.note,
        )
        .select_from(A.outerjoin(P, P.c.id == A.c.place_id))
        .where(*conds)
        .order_by(A.c.date, A.c.id)
    )
    statuses = {s.value: s for s in Status}
    return [
        Row(
            aid,
            str(kind),
            tuple(sorted(links.get(aid, ()))),
            party_name,
            date.fromisoformat(day[:10]),
            statuses[st],
            hours,
            place,
            count,
            note or "",
        )
        for aid, kind, party_name, day, st, hours, place, count, note in ex.execute(
            q
        ).all()
        if only is None or aid in mine
    ]
