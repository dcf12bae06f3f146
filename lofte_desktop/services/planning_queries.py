"""Reading plans: calendar items, overdue work, double bookings, the term planner.

Split from `planning.py` (which writes) to keep both modules small. Expanding a
series is pure (domain/recurrence.py); this module only gathers rows and caches the
parsed rules by (series id, clock stamp), so a calendar that pages back and forth
does not re-parse thousands of rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta

from lofte_desktop.domain.model import Activity
from lofte_desktop.domain.periods import Period, PeriodKind
from lofte_desktop.domain.planning import (
    DEFAULT_HOURS,
    DoubleBooking,
    PlanItem,
    TermPlanLine,
    double_bookings,
    overdue,
    term_line,
)
from lofte_desktop.domain.query import ActivityFilter, Sort
from lofte_desktop.domain.recurrence import (
    Recurrence,
    occurrence_key,
    occurrences,
)
from lofte_desktop.domain.types import Status, TargetPer
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.plan_occurrences import recurrence_of
from lofte_desktop.services.progress import ProgressService
from lofte_desktop.storage.planning import SeriesRecord, load_series, occurrence_rows


class PlanReader:
    """Read side of planning. Thread rule: called from the worker or the GUI thread;
    the rule cache is a plain dict replaced, never mutated in place, by readers."""

    def __init__(
        self,
        ctx: ServiceContext,
        agreement: AgreementService,
        activities: ActivityService,
    ) -> None:
        self.ctx = ctx
        self.agreement = agreement
        self.activities = activities
        self.progress = ProgressService(ctx, agreement)
        self._rules: dict[tuple[str, str], Recurrence] = {}

    def recurrence(self, rec: SeriesRecord) -> Recurrence:
        key = (rec.id, rec.hlc)
        found = self._rules.get(key)
        if found is None:
            found = recurrence_of(rec)
            if len(self._rules) > 50_000:
                self._rules = {}
            self._rules[key] = found
        return found

    def _areas(self) -> dict[str, str]:
        return {p.code: p.focus_area_code for p in self.agreement.promises()}

    def series_items(
        self,
        records: Iterable[SeriesRecord],
        start: date,
        end: date,
        taken: set[tuple[str, str]],
    ) -> list[PlanItem]:
        codes = self.agreement.promise_codes()
        areas = self._areas()
        items: list[PlanItem] = []
        for rec in records:
            promise_codes = tuple(sorted(codes.get(p, p) for p in rec.promise_ids))
            area = areas.get(promise_codes[0], "") if promise_codes else ""
            kind = rec.activity_type
            names = self.agreement.all_types()
            for when in occurrences(self.recurrence(rec), start, end):
                day = when.date()
                if (rec.id, day.isoformat()) in taken:
                    continue
                items.append(
                    PlanItem(
                        key=occurrence_key(rec.id, day),
                        activity_type=kind,
                        promise_codes=promise_codes,
                        party=rec.party,
                        start=when,
                        hours=rec.duration_hours,
                        place=rec.place,
                        note=rec.note,
                        logged_by=rec.logged_by,
                        series_id=rec.id,
                        recurrence_id=when.isoformat(timespec="minutes"),
                        focus_area=area,
                        type_name=names.info(kind).name,
                    )
                )
        return items

    def activity_item(self, a: Activity, areas: Mapping[str, str]) -> PlanItem:
        timed = a.start_time is not None
        hh, mm = (int(x) for x in (a.start_time or "00:00").split(":"))
        return PlanItem(
            key=a.id,
            activity_type=a.activity_type,
            promise_codes=a.promise_codes,
            party=a.party,
            start=datetime.combine(a.date, time(hh, mm)),
            hours=a.hours if a.hours else DEFAULT_HOURS,
            status=a.status,
            place=a.place,
            count=a.count,
            note=a.note,
            logged_by=a.logged_by,
            series_id=a.series_id,
            activity_id=a.id,
            recurrence_id=a.recurrence_id,
            cancel_reason=a.cancel_reason,
            focus_area=areas.get(a.promise_codes[0], "") if a.promise_codes else "",
            timed=timed,
            type_name=self.agreement.all_types().info(a.activity_type).name,
        )

    def items(
        self,
        start: date,
        end: date,
        *,
        statuses: frozenset[Status] | None = None,
    ) -> list[PlanItem]:
        """Everything in the calendar dated start..end, sorted by start: the
        agreement in use's (what counts towards one of its promises)."""
        owned = self.agreement.owned_ids()
        with self.ctx.db.read() as s:
            records = [
                r
                for r in load_series(s, start=start, end=end)
                if owned.intersection(r.promise_ids)
            ]
            taken = {
                (sid, rid[:10])
                for sid, rid, _ in occurrence_rows(
                    s, start, end, [r.id for r in records]
                )
            }
        flt = ActivityFilter(
            start=start,
            end=end,
            statuses=frozenset(x.value for x in statuses) if statuses else frozenset(),
            promise_codes=frozenset(self.agreement.promise_ids()),
        )
        areas = self._areas()
        acts = self.activities.query(flt, sort=Sort("date", False)) if owned else []
        items = [self.activity_item(a, areas) for a in acts]
        if statuses is None or Status.PLANNED in statuses:
            items.extend(self.series_items(records, start, end, taken))
        items.sort(key=lambda i: (i.start, i.key))
        return items

    def planned(self, start: date, end: date) -> list[PlanItem]:
        return self.items(start, end, statuses=frozenset({Status.PLANNED}))

    def overdue(self, today: date | None = None) -> list[PlanItem]:
        """Planned work whose day has passed, neither done nor cancelled."""
        now = today or self.ctx.today()
        a = self.agreement.agreement()
        end = min(now - timedelta(days=1), a.end)
        if end < a.start:
            return []
        return overdue(self.planned(a.start, end), now)

    def double_bookings(self, start: date, end: date) -> list[DoubleBooking]:
        return double_bookings(self.planned(start, end))

    def term_plan(
        self, period: Period | None = None, *, today: date | None = None
    ) -> list[TermPlanLine]:
        """One line per promise with a per-term target, for each term in `period`."""
        now = today or self.ctx.today()
        a = self.agreement.agreement()
        cal = self.ctx.calendar()
        p = period or cal.term_of(min(max(now, a.start), a.end))
        terms = [p] if p.kind is PeriodKind.TERM else cal.terms_between(p.start, p.end)
        # No promise runs outside the agreement (e.g. "Idag" after it has ended).
        terms = [x for x in terms if x.end >= a.start and x.start <= a.end]
        promises = [
            pr
            for pr in self.agreement.promises()
            if pr.target.per is TargetPer.TERM
            and (pr.target.has_number or pr.target.compare_previous)
        ]
        lines: list[TermPlanLine] = []
        for term in terms:
            items = self.items(term.start, term.end)
            # Done, the year before and the target: the very figures Översikt
            # shows for the term (one computation, ProgressService).
            figures = {
                pp.promise.code: pp for pp in self.progress.progress(term, today=now)
            }
            for pr in promises:
                pp = figures[pr.code]
                label = (
                    self.agreement.all_types().info(pr.activity_types[0]).label()
                    if pr.activity_types
                    else pr.code
                )
                lines.append(
                    term_line(
                        promise_code=pr.code,
                        label=label,
                        term=term,
                        unit=pp.unit,
                        items=[i for i in items if pr.code in i.promise_codes],
                        today=now,
                        target_min=pp.target_min,
                        target_max=pp.target_max,
                        previous=pp.previous,
                        done_total=pp.done,
                    )
                )
        return lines
