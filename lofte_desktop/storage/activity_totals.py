"""The activity totals: the half of the storage core (storage/activity_core.py)
that reads and adds the sums progress is made of.

`activity_totals` holds the live activities summed per promise, day, type and
status (promise '' for every live activity); triggers keep it in the same
transaction as every write (db/versions/0005_activity_totals.py); a bulk insert
of new activities pauses them and adds its rows' totals in aggregates
(`pause_for_new`, `add_new_totals`). Progress reads a period's
figures from a few hundred of its rows, through sqlite3 (the first paint) or
SQLAlchemy (the services) alike. Standard library and domain only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from lofte_desktop.domain.model import Agreement, Promise, Target
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.progress import (
    ProgressSums,
    PromiseTotals,
    SumsNeeded,
    Totals,
    presence_promise_ids,
)
from lofte_desktop.domain.types import ActivityType, Status
from lofte_desktop.storage.activity_core import Params, Sql, day_of, expand

_TOTAL_COLUMNS = "promise_id, day, activity_type, status, occasions, hours, people"
_ADD_TOTALS = (
    "ON CONFLICT (promise_id, day, activity_type, status) DO UPDATE SET "
    "occasions = activity_totals.occasions + excluded.occasions, "
    "hours = activity_totals.hours + excluded.hours, "
    "people = activity_totals.people + excluded.people"
)
#: The totals' insert triggers (db/versions/0005_activity_totals.py): a bulk
#: insert of new activities pauses them and adds its rows' totals in aggregates.
INSERT_TRIGGERS = ("activity_totals_insert", "activity_totals_link")


def pause_insert_triggers(sql: Sql) -> list[str]:
    """Pauses the totals' insert triggers in this write transaction; returns what
    `resume_insert_triggers` needs. PostgreSQL: a row in activity_totals_pause,
    which the triggers check. SQLite: the triggers are dropped and their stored
    text kept. Schema changes are part of SQLite's transaction: no other
    connection ever sees them missing, and a rollback brings them back. (Even a
    paused SQLite trigger costs a program run per row, more than the insert.)"""
    if sql.dialect != "sqlite":
        sql.run("INSERT INTO activity_totals_pause (paused) VALUES (1)")
        return []
    names = ", ".join(f"'{n}'" for n in INSERT_TRIGGERS)
    found = sql.rows(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        f"AND name IN ({names}) ORDER BY name"
    )
    for r in found:
        sql.run(f'DROP TRIGGER "{r["name"]}"')
    return [str(r["sql"]) for r in found]


def resume_insert_triggers(sql: Sql, paused: Sequence[str]) -> None:
    """The triggers `pause_insert_triggers` paused run again, as they were."""
    if sql.dialect != "sqlite":
        sql.run("DELETE FROM activity_totals_pause")
    for statement in paused:
        sql.run(statement)


#: The totals of the live activities `a` that {rows} selects (a bulk insert's or
#: a merge's new records, of any devices), added in. The selection drives the search (a
#: package's chunk, not every activity stored).
ADD_NEW_TOTALS = (
    f"INSERT INTO activity_totals ({_TOTAL_COLUMNS}) "
    "SELECT '', a.date, a.activity_type, a.status, count(*), "
    "COALESCE(sum(a.hours), 0), COALESCE(sum(a.count), 0) FROM activities a "
    "WHERE {rows} AND NOT a.deleted "
    f"GROUP BY a.date, a.activity_type, a.status {_ADD_TOTALS}",
    f"INSERT INTO activity_totals ({_TOTAL_COLUMNS}) "
    "SELECT ap.promise_id, a.date, a.activity_type, a.status, count(*), "
    "COALESCE(sum(a.hours), 0), COALESCE(sum(a.count), 0) "
    "FROM activities a JOIN activity_promises ap ON ap.activity_id = a.id "
    "WHERE {rows} AND NOT a.deleted "
    f"GROUP BY ap.promise_id, a.date, a.activity_type, a.status {_ADD_TOTALS}",
)
#: How many ids one ADD_NEW_TOTALS statement names (bound parameters: far below
#: SQLite's and PostgreSQL's limits).
NEW_IDS_PER_STATEMENT = 1000
#: SQLite: the last rowid of activities (None for an empty table).
LAST_ROWID = "SELECT max(rowid) AS last FROM activities"


class NewRows:
    """Where a bulk insert of new activities lands, noted before it: SQLite
    gives new rows the rowids after the last one, so their totals are read in
    one range scan instead of a search per id."""

    def __init__(self, sql: Sql) -> None:
        self.before: int | None = None
        if sql.dialect == "sqlite":
            self.before = int(sql.rows(LAST_ROWID)[0]["last"] or 0)

    def selections(self, sql: Sql, ids: Sequence[str]) -> list[tuple[str, Params]]:
        """(condition on `a`, its parameters) that together select the rows
        `ids` inserted since: their rowid range when they took exactly the next
        rowids (checked), else the ids named."""
        if self.before is not None and ids:
            last = int(sql.rows(LAST_ROWID)[0]["last"] or 0)
            if last - self.before == len(set(ids)):
                # both bounds: SQLite then searches the range by rowid
                between = "a.rowid BETWEEN :first AND :last"
                return [(between, {"first": self.before + 1, "last": last})]
        out: list[tuple[str, Params]] = []
        for i in range(0, len(ids), NEW_IDS_PER_STATEMENT):
            params: dict[str, Any] = {}
            names = expand("n", ids[i : i + NEW_IDS_PER_STATEMENT], params)
            out.append((f"a.id IN ({names})", params))
        return out


#: What `add_new_totals` needs: the paused triggers, where the new rows land.
Paused = tuple[list[str], NewRows]


def pause_for_new(sql: Sql) -> Paused:
    """Before inserting new activities (and only their links): pauses the
    totals' insert triggers in this transaction and notes where the rows will
    land; returns what `add_new_totals` needs, which then adds the new rows'
    totals in aggregates. The rows may come from any devices (a sync merge)."""
    return pause_insert_triggers(sql), NewRows(sql)


def add_new_totals(sql: Sql, ids: Sequence[str], paused: Paused) -> None:
    """After inserting the activities `ids` and their links (`paused`: what
    `pause_for_new` returned): the triggers run again, the new rows' totals
    added."""
    triggers, rows = paused
    resume_insert_triggers(sql, triggers)
    for condition, params in rows.selections(sql, ids):
        for statement in ADD_NEW_TOTALS:
            sql.run(statement.replace("{rows}", condition), params)


def totals(
    sql: Sql,
    start: date,
    end: date,
    promise_ids: Sequence[str] | None = None,
    targets: Mapping[str, Target] | None = None,
) -> dict[tuple[str, str], Totals]:
    """{(promise_id, status): Totals} of the live activities dated start..end, for
    `promise_ids` (None: every promise). A promise whose target counts only some
    days (`targets`: a window of months, weekdays) sums only those days
    (`Target.counts_on`). A few rows per promise and day: never a recount."""
    if promise_ids is not None and not promise_ids:
        return {}
    params: dict[str, Any] = {"start": start, "end": end}
    if promise_ids is None:
        which = "promise_id <> ''"
    else:
        which = f"promise_id IN ({expand('p', promise_ids, params)})"
    restricted = {pid: t for pid, t in (targets or {}).items() if t.restricted}
    day = (
        f"CASE WHEN promise_id IN ({expand('r', sorted(restricted), params)}) "
        "THEN day END"
        if restricted
        else ""
    )
    out: dict[tuple[str, str], Totals] = {}
    for r in sql.rows(
        f"SELECT promise_id, status, {day or 'NULL'} AS day, SUM(occasions) AS n, "
        "SUM(hours) AS h, SUM(people) AS c FROM activity_totals "
        f"WHERE {which} AND day >= :start AND day <= :end "
        f"GROUP BY promise_id, status{', ' + day if day else ''}",
        params,
    ):
        pid = str(r["promise_id"])
        if r["day"] is not None and not restricted[pid].counts_on(day_of(r["day"])):
            continue
        key = (pid, str(r["status"]))
        old = out.get(key, Totals())
        out[key] = Totals(
            old.occasions + int(r["n"]),
            old.hours + float(r["h"] or 0.0),
            old.people + int(r["c"] or 0),
        )
    return out


def presence_hours(
    sql: Sql, start: date, end: date, promise_ids: Iterable[str] | None
) -> float:
    """Hours of the done presence activities dated start..end that count towards
    one of `promise_ids` (None: every one; domain.progress.presence_promise_ids)."""
    params: dict[str, Any] = {
        "start": start,
        "end": end,
        "type": ActivityType.PRESENCE.value,
        "status": Status.DONE.value,
    }
    ids = None if promise_ids is None else sorted(set(promise_ids))
    if ids is not None and len(ids) > 1:
        # An activity linked to two of them counts once: from the activities.
        statement = (
            "SELECT SUM(hours) AS h FROM activities WHERE deleted = FALSE "
            "AND date >= :start AND date <= :end AND activity_type = :type "
            "AND status = :status AND id IN (SELECT activity_id FROM "
            f"activity_promises WHERE promise_id IN ({expand('p', ids, params)}))"
        )
    else:
        params["promise"] = "" if ids is None else (ids[0] if ids else None)
        statement = (
            "SELECT SUM(hours) AS h FROM activity_totals WHERE promise_id = :promise "
            "AND day >= :start AND day <= :end AND activity_type = :type "
            "AND status = :status"
        )
    found = sql.rows(statement, params)
    return float(found[0]["h"] or 0.0) if found else 0.0


def progress_sums(
    sql: Sql,
    agreement: Agreement,
    promises: Sequence[Promise],
    period: Period,
    need: SumsNeeded,
) -> ProgressSums:
    """The sums `period`'s progress needs (domain.progress.sums_needed) from the
    activity totals: the period's, the cumulative ones from the agreement's start,
    and a year earlier's. Virtual plan occurrences are the services' to add."""
    targets = {pr.id: pr.target for pr in promises}
    period_totals = totals(sql, period.start, period.end, targets=targets)
    cumulative = (
        totals(sql, agreement.start, period.end, need.cumulative_ids, targets)
        if need.cumulative_ids
        else {}
    )
    previous = (
        _previous(sql, promises, need.previous_period, need.previous_ids, targets)
        if need.previous_ids
        else {}
    )
    return ProgressSums(period_totals, cumulative, previous)


def _continued(promises: Sequence[Promise]) -> dict[str, str]:
    """{promise id: the earlier promise it continues}."""
    return {p.id: p.continues for p in promises if p.continues}


def _previous(
    sql: Sql,
    promises: Sequence[Promise],
    prev: Period,
    ids: Sequence[str],
    targets: Mapping[str, Target],
) -> PromiseTotals:
    """The sums a year earlier for `ids`; a promise that continues an earlier
    agreement's promise also counts what was done under that one (HT2025 against
    HT2024 across the boundary between two agreements). A target's window and
    weekdays apply to what it carries on as well."""
    continued = {i: c for i, c in _continued(promises).items() if i in ids}
    wanted = [*ids, *(c for c in continued.values() if c not in ids)]
    days = dict(targets)
    for pid, old in continued.items():
        if pid in days and old not in ids:
            days[old] = days[pid]
    found = totals(sql, prev.start, prev.end, wanted, days)
    out = {k: v for k, v in found.items() if k[0] in ids}
    for pid, old in continued.items():
        for (tid, status), t in found.items():
            if tid != old:
                continue
            mine = out.get((pid, status), Totals())
            out[(pid, status)] = Totals(
                mine.occasions + t.occasions,
                mine.hours + t.hours,
                mine.people + t.people,
            )
    return out


def presence(
    sql: Sql, promises: Sequence[Promise], period: Period
) -> tuple[float, float]:
    """Presence hours in `period` and in the same period a year earlier: the one
    computation every page, the CLI, the PDF and the first paint use. A promise
    that continues an earlier one counts that one's hours a year earlier."""
    prev = period.shifted_years(-1)
    ids = presence_promise_ids(promises)
    continued = _continued(promises)
    before = (
        None if ids is None else ids | {continued[i] for i in ids if i in continued}
    )
    return (
        presence_hours(sql, period.start, period.end, ids),
        presence_hours(sql, prev.start, prev.end, before),
    )
