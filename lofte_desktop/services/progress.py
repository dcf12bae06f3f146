"""Follow-up numbers: each promise against its target, presence hours, indicators."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from lofte_desktop.domain.agreement_periods import (
    default_period,
    parse_period,
    selectable_periods,
)
from lofte_desktop.domain.agreements import newest_first, own_line
from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.model import Agreement, Target
from lofte_desktop.domain.periods import Period, PeriodKind
from lofte_desktop.domain.progress import PromiseTotals, Totals, presence_promise_ids
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.domain.types import ActivityType
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.progress_figures import (
    DashboardFigures,
    IndicatorStatus,
    PresenceComparison,
    ProgressSums,
    PromiseProgress,
    SumsNeeded,
    indicator_statuses,
    promise_progress,
    sums_needed,
)
from lofte_desktop.storage import activities as store
from lofte_desktop.storage import snapshot
from lofte_desktop.storage.generation import (
    DASHBOARD_SNAPSHOT,
    GENERATION,
    new_generation,
)
from lofte_desktop.storage.meta import get_meta, set_meta
from lofte_desktop.storage.migrate import SCHEMA_HEAD

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
        self._kept: tuple[str | None, Period] | None = None

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
        """What the database must sum for `p`'s progress (see `sums_needed`)."""
        a = self.agreement.agreement()
        need = need or self._need(p)
        prev_p = need.previous_period
        targets = {pr.id: pr.target for pr in self.agreement.promises()}
        with self.ctx.db.read() as s:
            totals = store.totals_by_promise(s, p.start, p.end, targets=targets)
            cumulative = (
                store.totals_by_promise(s, a.start, p.end, need.cumulative_ids, targets)
                if need.cumulative_ids
                else {}
            )
            previous = (
                self._previous(s, prev_p, need.previous_ids, targets)
                if need.previous_ids
                else {}
            )
        # Occurrences of plan series are virtual until done: count them as planned.
        from lofte_desktop.services.plan_occurrences import add_virtual_planned

        totals = add_virtual_planned(self.ctx.db, totals, p.start, p.end)
        if cumulative:
            cumulative = add_virtual_planned(self.ctx.db, cumulative, a.start, p.end)
        return ProgressSums(totals, cumulative, previous)

    def _continued(self) -> dict[str, str]:
        """{promise id: the earlier promise it continues}."""
        return {p.id: p.continues for p in self.agreement.promises() if p.continues}

    def _previous(
        self,
        s: Any,
        prev: Period,
        ids: list[str],
        targets: Mapping[str, Target] | None = None,
    ) -> PromiseTotals:
        """The sums a year earlier for `ids`; a promise that continues an earlier
        agreement's promise also counts what was done under that one (HT2025
        against HT2024 across the boundary between two agreements). A target's
        window and weekdays (`targets`) apply to what it carries on as well."""
        continued = {i: c for i, c in self._continued().items() if i in ids}
        wanted = [*ids, *(c for c in continued.values() if c not in ids)]
        days = dict(targets or {})
        for pid, old in continued.items():
            if pid in days and old not in ids:
                days[old] = days[pid]
        totals = store.totals_by_promise(s, prev.start, prev.end, wanted, days)
        out = {k: v for k, v in totals.items() if k[0] in ids}
        for pid, old in continued.items():
            for (tid, status), t in totals.items():
                if tid != old:
                    continue
                mine = out.get((pid, status), Totals())
                out[(pid, status)] = Totals(
                    mine.occasions + t.occasions,
                    mine.hours + t.hours,
                    mine.people + t.people,
                )
        return out

    def presence_ids(self) -> frozenset[str] | None:
        """The promises presence hours count towards (`presence_promise_ids`)."""
        return presence_promise_ids(self.agreement.promises())

    def presence_hours(self, p: Period) -> tuple[float, float]:
        """Presence hours in `p` and in the same period a year earlier: the one
        computation every page, the CLI and the PDF use."""
        prev = p.shifted_years(-1)
        types = [ActivityType.PRESENCE.value]
        ids = self.presence_ids()
        continued = self._continued()
        before_ids = (
            None if ids is None else ids | {continued[i] for i in ids if i in continued}
        )
        with self.ctx.db.read() as s:
            now = store.breakdown(
                s, p.start, p.end, by="type", types=types, promise_ids=ids
            )
            before = store.breakdown(
                s, prev.start, prev.end, by="type", types=types, promise_ids=before_ids
            )
        return sum(r[2] for r in now), sum(r[2] for r in before)

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
        """Everything Översikt shows for the period. For the current term it also
        keeps a snapshot of the sums, for the next start's first paint."""
        p = period if isinstance(period, Period) else self.period(period)
        other = self.for_period(p)
        if other is not self:
            return other.dashboard(p, lang=lang)
        a = self.agreement.agreement()
        generation = self._generation()
        need = self._need(p)
        sums = self.sums(p, need)
        hours, previous_hours = self.presence_hours(p)
        figures = DashboardFigures(
            promise_progress(
                a,
                self.agreement.promises(),
                p,
                self._calendar(),
                sums,
                self.ctx.today(),
                lang,
                self.agreement.activity_types(),
            ),
            PresenceComparison(p, hours, p.shifted_years(-1), previous_hours),
            self.indicators(),
            self.agreement.focus_areas(),
        )
        if (
            self.ctx.db.is_sqlite
            and a.id == self.ctx.agreement().id  # the first paint's agreement only
            and p == default_period(a, self.ctx.today())
        ):
            self._keep_snapshot(generation, p, need, sums, (hours, previous_hours))
        return figures

    def _generation(self) -> str | None:
        if not self.ctx.db.is_sqlite:
            return None
        with self.ctx.db.read() as s:
            return get_meta(s, GENERATION)

    def _keep_snapshot(
        self,
        generation: str | None,
        p: Period,
        need: SumsNeeded,
        sums: ProgressSums,
        presence: tuple[float, float],
    ) -> None:
        """Stores the sums unless a write came in since `generation` was read (then
        they may be stale). A file no write has stamped yet gets its first
        generation here. A failure to store is harmless: the next start counts."""
        if (generation, p) == self._kept:
            return
        a = self.agreement.agreement()
        try:
            with self.ctx.db.write(changes_data=False) as s:
                if get_meta(s, GENERATION) != generation:
                    return
                if generation is None:
                    generation = new_generation()
                    set_meta(s, GENERATION, generation)
                snap = snapshot.Snapshot(
                    generation=generation,
                    schema=SCHEMA_HEAD,
                    agreement_id=a.id,
                    period_code=p.code,
                    start=p.start,
                    end=p.end,
                    cumulative_start=a.start,
                    cumulative_ids=frozenset(need.cumulative_ids),
                    previous_start=need.previous_period.start,
                    previous_end=need.previous_period.end,
                    previous_ids=frozenset(need.previous_ids),
                    sums=sums,
                    presence_ids=self.presence_ids(),
                    presence_hours=presence[0],
                    previous_presence_hours=presence[1],
                )
                set_meta(s, DASHBOARD_SNAPSHOT, snapshot.encode(snap))
        except (LofteError, SQLAlchemyError):
            return
        self._kept = (generation, p)

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
