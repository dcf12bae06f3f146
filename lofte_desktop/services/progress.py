"""Follow-up numbers: each promise against its target, presence hours, indicators."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lofte_desktop.domain.model import Indicator, IndicatorMeasurement, Promise
from lofte_desktop.domain.periods import (
    Period,
    PeriodKind,
    agreement_period,
    default_period,
    parse_period,
)
from lofte_desktop.domain.progress import (
    describe_target,
    evaluate,
    format_number,
    scale_target,
    time_left_text,
)
from lofte_desktop.domain.texts import unit_text
from lofte_desktop.domain.types import (
    ActivityType,
    Outcome,
    ProgressStatus,
    Status,
    TargetUnit,
)
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.storage import activities as store


@dataclass(frozen=True)
class PromiseProgress:
    promise: Promise
    period: Period
    target_text: str
    target_min: float | None
    target_max: float | None
    unit: TargetUnit
    done: float
    planned: float
    previous: float | None
    status: ProgressStatus
    outcome: Outcome
    expected_now: float | None
    over_max: bool
    cumulative: bool
    time_left: str
    occasions: int
    hours: float
    people: int

    @property
    def fraction(self) -> float:
        """0..1 for a progress bar (1 when met or when there is no number)."""
        goal = self.target_min if self.target_min else self.previous
        if self.status is ProgressStatus.MET:
            return 1.0
        if not goal:
            return 0.0
        return max(0.0, min(1.0, self.done / goal))

    def target_span(self, lang: str = "sv") -> str:
        lo, hi = self.target_min, self.target_max
        if lo is not None and hi is not None and lo != hi:
            return f"{format_number(lo, lang)}–{format_number(hi, lang)}"
        if lo is not None:
            return format_number(lo, lang)
        if hi is not None:
            return ("högst " if lang == "sv" else "at most ") + format_number(hi, lang)
        if self.previous is not None and self.promise.target.compare_previous:
            return ("mer än " if lang == "sv" else "more than ") + format_number(
                self.previous, lang
            )
        return "–"

    def summary(self, lang: str = "sv") -> str:
        """'2 av 2–3 tillfällen; 6 veckor kvar'"""
        unit = unit_text(self.unit.value, self.done, lang)
        of = "av" if lang == "sv" else "of"
        span = self.target_span(lang)
        head = (
            f"{format_number(self.done, lang)} {of} {span} {unit}"
            if span != "–"
            else f"{format_number(self.done, lang)} {unit}"
        )
        return f"{head}; {self.time_left}"


@dataclass(frozen=True)
class IndicatorStatus:
    indicator: Indicator
    values: tuple[IndicatorMeasurement, ...]
    latest: IndicatorMeasurement | None
    meets_target: bool | None

    def target_text(self, lang: str = "sv") -> str:
        ind = self.indicator
        if ind.target_comparison is None or ind.target_value is None:
            return "–"
        words = {"<": "under", "<=": "högst", ">": "över", ">=": "minst", "=": ""}
        if lang == "en":
            words = {
                "<": "below",
                "<=": "at most",
                ">": "above",
                ">=": "at least",
                "=": "",
            }
        year = f" {ind.target_year}" if ind.target_year else ""
        return (
            f"{words[ind.target_comparison]} {format_number(ind.target_value, lang)}"
            f" {ind.unit}{year}".replace("  ", " ").strip()
        )


@dataclass(frozen=True)
class PresenceComparison:
    period: Period
    hours: float
    previous_period: Period
    previous_hours: float

    @property
    def change_pct(self) -> float | None:
        if not self.previous_hours:
            return None
        return 100.0 * (self.hours - self.previous_hours) / self.previous_hours


class ProgressService:
    def __init__(self, ctx: ServiceContext, agreement: AgreementService) -> None:
        self.ctx = ctx
        self.agreement = agreement

    def period(self, text: str | None = None) -> Period:
        """Parses a period code; None gives the current (or nearest) term."""
        a = self.agreement.agreement()
        if not text:
            return default_period(a, self.ctx.today())
        return parse_period(text, a)

    def periods(self) -> list[Period]:
        """Terms, years and the whole period of the agreement, for pickers."""
        from lofte_desktop.domain.periods import agreement_terms

        a = self.agreement.agreement()
        years = [parse_period(str(y), a) for y in range(a.start.year, a.end.year + 1)]
        return [*agreement_terms(a), *years, agreement_period(a)]

    def progress(
        self,
        period: Period | str | None = None,
        *,
        today: date | None = None,
        lang: str = "sv",
    ) -> list[PromiseProgress]:
        p = period if isinstance(period, Period) else self.period(period)
        now = today or self.ctx.today()
        a = self.agreement.agreement()
        cal = self.ctx.calendar()
        promises = self.agreement.promises()
        prev_p = p.shifted_years(-1)
        # The long-range sums are needed only for the few promises that use them.
        whole_ids = [
            pr.id for pr in promises if scale_target(pr.target, p, cal).cumulative
        ]
        prev_ids = (
            [pr.id for pr in promises if pr.target.compare_previous]
            if prev_p.start >= a.start
            else []
        )
        with self.ctx.db.read() as s:
            totals = store.totals_by_promise(s, p.start, p.end)
            cumulative = (
                store.totals_by_promise(s, a.start, p.end, whole_ids)
                if whole_ids
                else {}
            )
            previous = (
                store.totals_by_promise(s, prev_p.start, prev_p.end, prev_ids)
                if prev_ids
                else {}
            )
        # Occurrences of plan series are virtual until done: count them as planned.
        from lofte_desktop.services.planning_queries import add_virtual_planned

        totals = add_virtual_planned(self.ctx.db, totals, p.start, p.end)
        if cumulative:
            cumulative = add_virtual_planned(self.ctx.db, cumulative, a.start, p.end)
        work_end = cal.work_end(p) if p.kind is PeriodKind.TERM else p.end
        result: list[PromiseProgress] = []
        for pr in promises:
            scaled = scale_target(pr.target, p, cal)
            source = cumulative if scaled.cumulative else totals
            done_t = source.get((pr.id, Status.DONE.value), store.Totals())
            plan_t = source.get((pr.id, Status.PLANNED.value), store.Totals())
            prev_t = previous.get((pr.id, Status.DONE.value)) if previous else None
            unit = pr.target.unit
            done = _pick(done_t, unit)
            planned = _pick(plan_t, unit)
            # No comparison unless the year before lies wholly inside the agreement:
            # nothing (or only part) was logged before it, so any work would look
            # like an increase.
            prev_value = (
                _pick(prev_t or store.Totals(), unit)
                if pr.target.compare_previous and prev_p.start >= a.start
                else None
            )
            if scaled.cumulative:
                whole = agreement_period(a)
                elapsed = whole.elapsed_fraction(min(now, p.end))
            else:
                elapsed = p.elapsed_fraction(now)
            ev = evaluate(
                scaled, done=done, planned=planned, previous=prev_value, elapsed=elapsed
            )
            result.append(
                PromiseProgress(
                    promise=pr,
                    period=p,
                    target_text=describe_target(pr.target, lang),
                    target_min=scaled.min,
                    target_max=scaled.max,
                    unit=unit,
                    done=done,
                    planned=planned,
                    previous=prev_value,
                    status=ev.status,
                    outcome=ev.outcome,
                    expected_now=ev.expected_now,
                    over_max=ev.over_max,
                    cumulative=scaled.cumulative,
                    time_left=time_left_text(p, work_end, now, lang),
                    occasions=done_t.occasions,
                    hours=done_t.hours,
                    people=done_t.people,
                )
            )
        return result

    def presence(self, period: Period | str | None = None) -> PresenceComparison:
        """Presence hours in the period against the same period a year earlier."""
        p = period if isinstance(period, Period) else self.period(period)
        prev = p.shifted_years(-1)
        types = [ActivityType.PRESENCE.value]
        with self.ctx.db.read() as s:
            now = store.breakdown(s, p.start, p.end, by="type", types=types)
            before = store.breakdown(s, prev.start, prev.end, by="type", types=types)
        return PresenceComparison(
            p, sum(r[2] for r in now), prev, sum(r[2] for r in before)
        )

    def indicators(self) -> list[IndicatorStatus]:
        values = self.agreement.indicator_values()
        result = []
        for ind in self.agreement.indicators():
            vals = tuple(values.get(ind.code, ()))
            latest = vals[-1] if vals else None
            result.append(
                IndicatorStatus(
                    ind,
                    vals,
                    latest,
                    ind.meets_target(latest.value) if latest else None,
                )
            )
        return result

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


def _pick(totals: store.Totals, unit: TargetUnit) -> float:
    if unit is TargetUnit.HOURS:
        return round(totals.hours, 2)
    if unit is TargetUnit.PEOPLE:
        return float(totals.people)
    return float(totals.occasions)
