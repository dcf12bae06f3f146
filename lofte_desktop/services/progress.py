"""Follow-up numbers: each promise against its target, presence hours, indicators."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lofte_desktop.domain.agreement_periods import (
    default_period,
    parse_period,
    selectable_periods,
)
from lofte_desktop.domain.agreements import newest_first, own_line
from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.periods import Period, PeriodKind
from lofte_desktop.domain.progress import presence_promise_ids
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.progress_figures import (
    DashboardFigures,
    IndicatorStatus,
    PresenceComparison,
    ProgressSums,
    PromiseProgress,
    SumsNeeded,
    dashboard_figures,
    indicator_statuses,
    promise_progress,
    sums_needed,
)
from lofte_desktop.storage import activities as store

__all__ = [
    "DashboardFigures",
    "IndicatorStatus",
    "PresenceComparison",
    "ProgressService",
    "PromiseProgress",
]


class ProgressService:
    def __init__(self, ctx: ServiceContext, agreement: AgreementService) -> None:
        self.ctx = ctx
        self.agreement = agreement

    def period(self, text: str | None = None) -> Period:
        """Parses a period code; None gives the current (or nearest) term. A period
        outside the agreement in use is read against the user's other agreements
        (newest first): the period decides which agreement is meant."""
        a = self.agreement.agreement()
        if not text:
            return default_period(a, self.ctx.today())
        try:
            return parse_period(text, a)
        except LofteError:
            if self.ctx.chosen:
                raise
            for other in self._others():
                try:
                    return parse_period(text, other)
                except LofteError:
                    continue
            raise

    def _others(self) -> list[Agreement]:
        pool = own_line(self.agreement.agreements(), self.agreement.own_code())
        current = self.agreement.agreement()
        return [a for a in newest_first(pool) if a.id != current.id]

    def periods(self) -> list[Period]:
        """Terms, years and the whole period of the agreement, for pickers."""
        return selectable_periods(self.agreement.agreement())

    def all_periods(self, lang: str = "sv") -> list[tuple[Period, str]]:
        """(period, caption) of every agreement of the user's municipality, newest
        agreement first, grouped: the period pickers. Another agreement's periods
        name it in the caption; its whole period's code is its agreement code (which
        `period()` reads), so codes stay apart."""
        if self.ctx.chosen:
            pool = [self.agreement.agreement()]
        else:
            pool = own_line(self.agreement.agreements(), self.agreement.own_code())
        current = self.agreement.agreement()
        out: list[tuple[Period, str]] = []
        for a in newest_first(pool):
            for p in selectable_periods(a):
                if a.id == current.id:
                    out.append((p, p.label(lang)))
                    continue
                if p.kind is PeriodKind.AGREEMENT:
                    p = replace(p, code=a.code)
                out.append((p, f"{p.label(lang)} · {a.name}"))
        return out

    def for_period(self, p: Period) -> ProgressService:
        """The progress of the agreement `p` belongs to (self for the one in use)."""
        scoped = self.agreement.for_span(p.start, p.end)
        return self if scoped is self.agreement else ProgressService(self.ctx, scoped)

    def _calendar(self) -> TermCalendar:
        return TermCalendar.for_agreement(self.agreement.agreement())

    def progress(
        self,
        period: Period | str | None = None,
        *,
        today: date | None = None,
        lang: str = "sv",
    ) -> list[PromiseProgress]:
        p = period if isinstance(period, Period) else self.period(period)
        other = self.for_period(p)
        if other is not self:
            return other.progress(p, today=today, lang=lang)
        return promise_progress(
            self.agreement.agreement(),
            self.agreement.promises(),
            p,
            self._calendar(),
            self.sums(p),
            today or self.ctx.today(),
            lang,
            self.agreement.activity_types(),
        )

    def _need(self, p: Period) -> SumsNeeded:
        a = self.agreement.agreement()
        return sums_needed(a, self.agreement.promises(), p, self._calendar())

    def sums(self, p: Period, need: SumsNeeded | None = None) -> ProgressSums:
        """What the database must sum for `p`'s progress (see `sums_needed`), read
        from the activity totals (storage/activity_totals.progress_sums)."""
        a = self.agreement.agreement()
        need = need or self._need(p)
        with self.ctx.db.read() as s:
            sums = store.progress_sums(s, a, self.agreement.promises(), p, need)
        # Occurrences of plan series are virtual until done: count them as planned.
        from lofte_desktop.services.plan_occurrences import add_virtual_planned

        totals = add_virtual_planned(self.ctx.db, sums.totals, p.start, p.end)
        cumulative = sums.cumulative
        if cumulative:
            cumulative = add_virtual_planned(self.ctx.db, cumulative, a.start, p.end)
        return ProgressSums(totals, cumulative, sums.previous)

    def presence_ids(self) -> frozenset[str] | None:
        """The promises presence hours count towards (`presence_promise_ids`)."""
        return presence_promise_ids(self.agreement.promises())

    def presence_hours(self, p: Period) -> tuple[float, float]:
        """Presence hours in `p` and in the same period a year earlier: the one
        computation every page, the CLI and the PDF use."""
        with self.ctx.db.read() as s:
            return store.presence(s, self.agreement.promises(), p)

    def presence(self, period: Period | str | None = None) -> PresenceComparison:
        """Presence hours in the period against the same period a year earlier."""
        p = period if isinstance(period, Period) else self.period(period)
        other = self.for_period(p)
        if other is not self:
            return other.presence(p)
        hours, previous = self.presence_hours(p)
        return PresenceComparison(p, hours, p.shifted_years(-1), previous)

    def indicators(self) -> list[IndicatorStatus]:
        return indicator_statuses(
            self.agreement.indicators(), self.agreement.indicator_values()
        )

    def dashboard(
        self, period: Period | str | None = None, *, lang: str = "sv"
    ) -> DashboardFigures:
        """Everything Översikt shows for the period (from the activity totals)."""
        p = period if isinstance(period, Period) else self.period(period)
        other = self.for_period(p)
        if other is not self:
            return other.dashboard(p, lang=lang)
        hours, previous_hours = self.presence_hours(p)
        return dashboard_figures(
            self.agreement.agreement(),
            self.agreement.promises(),
            p,
            self.sums(p),
            (hours, previous_hours),
            self.agreement.focus_areas(),
            self.agreement.indicators(),
            self.agreement.indicator_values(),
            self.ctx.today(),
            lang,
            self.agreement.activity_types(),
        )

    def breakdown(
        self,
        period: Period,
        by: str,
        *,
        types: list[str] | None = None,
        status: str = "done",
    ) -> list[tuple[object, int, float, int]]:
        with self.ctx.db.read() as s:
            return store.breakdown(
                s, period.start, period.end, by=by, types=types, status=status
            )
