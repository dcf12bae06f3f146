"""The occurrences of stored plan series: a series' recurrence, and the
occurrences still virtual (not done, moved or cancelled), which progress counts as
planned. Below both planning and progress, so neither imports the other for it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time

from lofte_desktop.domain.recurrence import Recurrence, occurrences, stored_rule
from lofte_desktop.domain.types import Status
from lofte_desktop.storage import activities as activity_store
from lofte_desktop.storage.database import Database
from lofte_desktop.storage.planning import SeriesRecord, load_series, occurrence_rows


def recurrence_of(rec: SeriesRecord) -> Recurrence:
    """The series' recurrence (naive Stockholm wall time)."""
    hh, mm = (int(x) for x in rec.start_time.split(":"))
    start = datetime.combine(rec.start_date, time(hh, mm))
    rule = stored_rule(rec.rrule, rec.start_date) if rec.rrule else None
    return Recurrence(start, rule, rec.until, frozenset(rec.exdates))


def virtual_planned_totals(
    db: Database, start: date, end: date
) -> dict[str, activity_store.Totals]:
    """{promise_id: Totals} of the series occurrences in start..end that are still
    virtual (not done, moved or cancelled). ProgressService adds these to planned."""
    with db.read() as s:
        records = load_series(s, start=start, end=end)
        if not records:
            return {}
        taken = {
            (sid, rid[:10])
            for sid, rid, _ in occurrence_rows(s, start, end, [r.id for r in records])
        }
    out: dict[str, activity_store.Totals] = {}
    for rec in records:
        n = sum(
            1
            for d in occurrences(recurrence_of(rec), start, end)
            if (rec.id, d.date().isoformat()) not in taken
        )
        if not n:
            continue
        for pid in rec.promise_ids:
            old = out.get(pid, activity_store.Totals())
            out[pid] = activity_store.Totals(
                old.occasions + n, old.hours + n * rec.duration_hours, old.people
            )
    return out


def add_virtual_planned(
    db: Database,
    totals: Mapping[tuple[str, str], activity_store.Totals],
    start: date,
    end: date,
) -> dict[tuple[str, str], activity_store.Totals]:
    """`totals` (as totals_by_promise gives them) with virtual occurrences added."""
    result = dict(totals)
    for pid, extra in virtual_planned_totals(db, start, end).items():
        old = result.get((pid, Status.PLANNED.value), activity_store.Totals())
        result[(pid, Status.PLANNED.value)] = activity_store.Totals(
            old.occasions + extra.occasions, old.hours + extra.hours, old.people
        )
    return result
