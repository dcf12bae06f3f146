"""The dashboard's figures, computed from sums the storage layer has already made.

Plain Python on the domain: no database and no SQLAlchemy. ProgressService feeds it
sums read through SQLAlchemy; the GUI's first paint (services/first_paint.py) feeds
it the same sums read with sqlite3, both from the activity totals through the one
storage core (storage/activity_core.py). One computation, so the figures a user
sees at start-up are the ones the services show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from lofte_desktop.domain.model import (
    Agreement,
    FocusArea,
    Indicator,
    IndicatorMeasurement,
    Promise,
)
from lofte_desktop.domain.periods import Period, PeriodKind, agreement_period
from lofte_desktop.domain.progress import (
    ProgressSums,
    PromiseTotals,
    SumsNeeded,
    Totals,
    count_unit,
    describe_target,
    evaluate,
    format_number,
    indicator_target_text,
    pick_total,
    scale_target,
    sums_needed,
    target_factor,
    time_left_text,
)
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import (
    DEFAULT_TYPES,
    ActivityTypes,
    Outcome,
    ProgressStatus,
    Status,
    TargetUnit,
    shared_count_label,
)

__all__ = ["ProgressSums", "PromiseTotals", "SumsNeeded", "sums_needed"]


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
    #: The period is over as of the day the figures were computed.
    ended: bool = False
    #: The period holds none of the months the target counts (a January–April
    #: target in T2): there is nothing to reach in it.
    outside_window: bool = False
    #: What the promise's counts count, when its types agree ("Deltagare").
    count_label: str = ""

    def status_label(self, lang: str = "sv") -> str:
        """The status word shown everywhere (Översikt, `lofte progress`, the PDF).

        While the period runs: Uppfyllt / I fas / Efter plan / Ej påbörjat. Once it
        has ended, the follow-up's words: Genomfört / Delvis genomfört / Ej
        genomfört. One function, so the three can never disagree. A target whose
        months are all outside the period: "Gäller inte perioden".
        """
        if self.outside_window:
            return t("progress.outside_window", lang)
        if self.ended:
            return t(f"outcome.{self.outcome.value}", lang)
        return t(f"progress.{self.status.value}", lang)

    @property
    def fraction(self) -> float:
        """0..1 for a progress bar (1 when met or when there is no number)."""
        goal = self.target_min if self.target_min else self.previous
        if self.outside_window:
            return 0.0
        if self.status is ProgressStatus.MET:
            return 1.0
        if not goal:
            return 0.0
        return max(0.0, min(1.0, self.done / goal))

    def target_span(self, lang: str = "sv") -> str:
        if self.outside_window:
            return "–"
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
        unit = count_unit(self.unit, self.done, lang, self.count_label)
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
        return indicator_target_text(self.indicator, lang)


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


@dataclass(frozen=True)
class DashboardFigures:
    """Everything Översikt shows for one period."""

    progress: list[PromiseProgress]
    presence: PresenceComparison
    indicators: list[IndicatorStatus]
    areas: list[FocusArea]


def promise_progress(
    agreement: Agreement,
    promises: Sequence[Promise],
    period: Period,
    calendar: TermCalendar,
    sums: ProgressSums,
    now: date,
    lang: str = "sv",
    types: ActivityTypes = DEFAULT_TYPES,
) -> list[PromiseProgress]:
    """Each promise against its target in `period`, as of `now`; `types` (the
    agreement's) name what a promise's counts count."""
    p, a, cal = period, agreement, calendar
    prev_p = p.shifted_years(-1)
    work_end = cal.work_end(p) if p.kind is PeriodKind.TERM else p.end
    result: list[PromiseProgress] = []
    for pr in promises:
        scaled = scale_target(pr.target, p, cal)
        source = sums.cumulative if scaled.cumulative else sums.totals
        done_t = source.get((pr.id, Status.DONE.value), Totals())
        plan_t = source.get((pr.id, Status.PLANNED.value), Totals())
        prev_t = sums.previous.get((pr.id, Status.DONE.value))
        unit = pr.target.unit
        done = pick_total(done_t, unit)
        planned = pick_total(plan_t, unit)
        # No comparison unless the year before lies wholly inside the agreement
        # (nothing, or only part, was logged before it, so any work would look
        # like an increase), or the promise continues an earlier one.
        prev_value = (
            pick_total(prev_t or Totals(), unit)
            if pr.target.compare_previous and (prev_p.start >= a.start or pr.continues)
            else None
        )
        if scaled.cumulative:
            elapsed = agreement_period(a).elapsed_fraction(min(now, p.end))
        else:
            elapsed = p.elapsed_fraction(now)
        ev = evaluate(
            scaled, done=done, planned=planned, previous=prev_value, elapsed=elapsed
        )
        shared = shared_count_label(pr.activity_types, types)
        label = shared.text(lang) if shared is not None else ""
        result.append(
            PromiseProgress(
                promise=pr,
                period=p,
                count_label=label,
                target_text=describe_target(pr.target, lang, label),
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
                # A whole-agreement target can still be met while the agreement runs.
                ended=now > (a.end if scaled.cumulative else p.end),
                outside_window=pr.target.window is not None
                and target_factor(pr.target, p, cal) == 0,
            )
        )
    return result


def indicator_statuses(
    indicators: Sequence[Indicator],
    values: Mapping[str, Sequence[IndicatorMeasurement]],
) -> list[IndicatorStatus]:
    """Each indicator with its values (by indicator code), the latest against target."""
    result = []
    for ind in indicators:
        vals = tuple(values.get(ind.code, ()))
        latest = vals[-1] if vals else None
        result.append(
            IndicatorStatus(
                ind, vals, latest, ind.meets_target(latest.value) if latest else None
            )
        )
    return result


def dashboard_figures(
    agreement: Agreement,
    promises: Sequence[Promise],
    period: Period,
    sums: ProgressSums,
    presence: tuple[float, float],
    areas: Sequence[FocusArea],
    indicators: Sequence[Indicator],
    values: Mapping[str, Sequence[IndicatorMeasurement]],
    today: date,
    lang: str = "sv",
    types: ActivityTypes = DEFAULT_TYPES,
) -> DashboardFigures:
    """Everything Översikt shows for `period`, from its sums and presence hours
    (this period's, the same period's a year earlier); `types`: the agreement's."""
    return DashboardFigures(
        promise_progress(
            agreement,
            promises,
            period,
            TermCalendar.for_agreement(agreement),
            sums,
            today,
            lang,
            types,
        ),
        PresenceComparison(period, presence[0], period.shifted_years(-1), presence[1]),
        indicator_statuses(indicators, values),
        list(areas),
    )


def values_by_code(
    indicators: Sequence[Indicator], values: Sequence[IndicatorMeasurement]
) -> dict[str, list[IndicatorMeasurement]]:
    """{indicator code: its measurements, in the order given (by year)}"""
    by_id = {i.id: i.code for i in indicators}
    result: dict[str, list[IndicatorMeasurement]] = {i.code: [] for i in indicators}
    for v in values:
        code = by_id.get(v.indicator_id)
        if code is not None:
            result[code].append(v)
    return result
