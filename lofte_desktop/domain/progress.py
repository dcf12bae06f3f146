"""Progress of a promise in a period: the target scaled to the period, and a status."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from lofte_desktop.domain.model import Agreement, Indicator, Promise, Target
from lofte_desktop.domain.periods import Period, PeriodKind
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.domain.texts import t, unit_text, word_list
from lofte_desktop.domain.types import (
    ActivityType,
    Outcome,
    ProgressStatus,
    TargetPer,
    TargetUnit,
)


@dataclass(frozen=True)
class Totals:
    """Per promise and status: how many activities, their hours and their counts."""

    occasions: int = 0
    hours: float = 0.0
    people: int = 0


def pick_total(totals: Totals, unit: TargetUnit) -> float:
    """The one figure of `totals` a target in `unit` is measured in."""
    if unit is TargetUnit.HOURS:
        return round(totals.hours, 2)
    if unit is TargetUnit.PEOPLE:
        return float(totals.people)
    return float(totals.occasions)


def is_presence_promise(pr: Promise) -> bool:
    """A promise measured in hours that presence counts towards (Krokom's T2)."""
    return ActivityType.PRESENCE in pr.activity_types and pr.target.unit is (
        TargetUnit.HOURS
    )


def presence_promise_ids(promises: Sequence[Promise]) -> frozenset[str] | None:
    """The one rule for "presence hours": the done presence activities that count
    towards the agreement's presence promise(s), so Översikt's Närvaro, the
    promise's own line, Planering's term planner, the CLI and the PDF show one
    figure. None when the agreement has no such promise: then every done presence
    activity counts."""
    ids = frozenset(pr.id for pr in promises if is_presence_promise(pr))
    return ids or None


#: {(promise_id, status): Totals}
PromiseTotals = Mapping[tuple[str, str], Totals]


@dataclass(frozen=True)
class ProgressSums:
    """What the database must sum for one period's progress (see `sums_needed`)."""

    #: Activities dated in the period (plan occurrences included as planned).
    totals: PromiseTotals
    #: From the agreement's start to the period's end, for `cumulative_ids` only.
    cumulative: PromiseTotals = field(default_factory=dict)
    #: The same period a year earlier, for `previous_ids` only.
    previous: PromiseTotals = field(default_factory=dict)


@dataclass(frozen=True)
class SumsNeeded:
    """Which long-range sums a period needs, and for which promises."""

    previous_period: Period
    cumulative_ids: list[str]
    previous_ids: list[str]


@dataclass(frozen=True)
class ScaledTarget:
    """A target expressed for one period: e.g. '2–3 per term' over 2024 is 4–6."""

    min: float | None
    max: float | None
    compare_previous: bool
    cumulative: bool  # per-period targets count from the agreement's start


#: The calendar unit a target's number is given per.
_PER_KINDS = {
    TargetPer.TERM: PeriodKind.TERM,
    TargetPer.TERTIAL: PeriodKind.TERTIAL,
    TargetPer.QUARTER: PeriodKind.QUARTER,
    TargetPer.YEAR: PeriodKind.YEAR,
}


def _window_months(target: Target, start: date, end: date) -> float:
    """How many months of start..end lie in the target's window (every month
    without one): a whole month counts 1 whatever its length, a part of a month
    its share of the month's days. So a tertial is exactly a third of a year and a
    quarter exactly a quarter.

    Weekdays are left out on purpose: every unit has about as many Thursdays as
    any other, so they do not change the share of a unit a period covers."""
    months = set(target.window_months())
    total, d = 0.0, start
    while d <= end:
        first_next = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
        if d.month in months:
            last = min(end, first_next - timedelta(days=1))
            month_days = (first_next - d.replace(day=1)).days
            total += ((last - d).days + 1) / month_days
        d = first_next
    return total


def target_factor(target: Target, period: Period, calendar: TermCalendar) -> float:
    """How many of the target's units (terms, tertials, quarters, years) `period`
    is worth: for each unit it overlaps, the share of the unit's counted months
    (the window's, if any) that lie in the period. HT2024 is 1 term; 2024 is 2
    terms or 3 tertials; T1-2025 is 1 year of a January–April target and 0 of a
    September–December one; a year clipped to a July–June agreement is half."""
    kind = _PER_KINDS[target.per]
    factor = 0.0
    for unit in calendar.units_between(kind, period.start, period.end):
        whole = _window_months(target, unit.start, unit.end)
        if whole:
            inside = _window_months(
                target, max(unit.start, period.start), min(unit.end, period.end)
            )
            factor += inside / whole
    return factor


def scale_target(
    target: Target, period: Period, calendar: TermCalendar
) -> ScaledTarget:
    if target.per is TargetPer.PERIOD:
        factor = 1.0
        cumulative = period.kind is not PeriodKind.AGREEMENT
    else:
        factor = target_factor(target, period, calendar)
        cumulative = False

    def scale(v: float | None) -> float | None:
        if v is None:
            return None
        scaled = v * factor
        # Whole occasions stay whole: half a school visit is not a target.
        if target.unit is not TargetUnit.HOURS:
            scaled = math.ceil(scaled - 1e-9)
        return scaled

    return ScaledTarget(
        scale(target.min), scale(target.max), target.compare_previous, cumulative
    )


@dataclass(frozen=True)
class Evaluation:
    status: ProgressStatus
    outcome: Outcome
    expected_now: float | None
    over_max: bool


def evaluate(
    scaled: ScaledTarget,
    *,
    done: float,
    planned: float = 0.0,
    previous: float | None = None,
    elapsed: float,
) -> Evaluation:
    """Status of `done` against a scaled target when `elapsed` (0..1) has passed.

    - met: the minimum is reached (or, without a number, anything was done; or, when
      compared with the previous year, more than then);
    - not started: nothing done yet while the period runs;
    - on track: done (plus what is planned) keeps pace with the time passed;
    - behind: otherwise, and whenever the period is over and the target unmet.
    """
    ended = elapsed >= 1.0
    minimum: float | None = scaled.min
    if scaled.compare_previous and minimum is None and previous:
        minimum = previous
        met = done > previous
    elif minimum is None:
        met = done > 0
    else:
        met = done >= minimum
    over_max = scaled.max is not None and done > scaled.max
    expected = None if minimum is None else minimum * elapsed

    if met:
        status = ProgressStatus.MET
    elif ended:
        status = ProgressStatus.BEHIND
    elif done <= 0:
        status = ProgressStatus.NOT_STARTED
    elif expected is None or done + planned >= (minimum or 0) or done >= expected:
        status = ProgressStatus.ON_TRACK
    else:
        status = ProgressStatus.BEHIND

    if met:
        outcome = Outcome.DONE
    elif done > 0:
        outcome = Outcome.PARTLY
    else:
        outcome = Outcome.NOT_DONE
    return Evaluation(status, outcome, expected, over_max)


def format_number(value: float | None, lang: str = "sv") -> str:
    """1 → '1', 2.5 → '2,5' (Swedish decimal comma)."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "sv" else text


#: Unit words that only say "a number": the value is shown without them.
_BARE_UNITS = frozenset({"", "antal", "st", "st.", "count", "number"})


def indicator_unit(unit: str) -> str:
    """The word an indicator's value is counted in ("anmälda brott", "%"), or ''
    for a bare "antal" (older catalogues), which says nothing a number does not."""
    word = unit.strip()
    return "" if word.casefold() in _BARE_UNITS else word


def indicator_value(value: float, unit: str, lang: str = "sv") -> str:
    """163 in "anmälda brott" → '163 anmälda brott'; 5 in "%" → '5 %'."""
    return f"{format_number(value, lang)} {indicator_unit(unit)}".strip()


_COMPARISON_WORDS = {
    "sv": {"<": "under", "<=": "högst", ">": "över", ">=": "minst", "=": ""},
    "en": {"<": "below", "<=": "at most", ">": "above", ">=": "at least", "=": ""},
}


def indicator_target_text(
    ind: Indicator, lang: str = "sv", *, year_in_brackets: bool = False
) -> str:
    """An indicator's target in words: 'under 145 anmälda brott 2026' (Översikt),
    or with the year in brackets, '… (2026)' (the PDF); '–' when it has none."""
    if ind.target_comparison is None or ind.target_value is None:
        return "–"
    words = _COMPARISON_WORDS["en" if lang == "en" else "sv"]
    year = ""
    if ind.target_year:
        year = f" ({ind.target_year})" if year_in_brackets else f" {ind.target_year}"
    value = indicator_value(ind.target_value, ind.unit, lang)
    return f"{words[ind.target_comparison]} {value}{year}".strip()


def format_figure(value: float | int | None, lang: str = "sv") -> str:
    """A stored figure as it is, every decimal kept: 2.25 → '2,25', 3.0 → '3';
    None → ''. (format_number rounds for summaries; a figure shown for checking or
    editing must not.)"""
    if value is None:
        return ""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if lang == "sv" else text


def format_decimal(value: float, decimals: int = 2, lang: str = "sv") -> str:
    """2 → '2,00' (a figure shown with fixed decimals, Swedish decimal comma)."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "sv" else text


def describe_days(target: Target, lang: str = "sv") -> str:
    """The days a target counts, in words: 'torsdagar och söndagar under
    januari–april'; '' when every day counts."""
    parts: list[str] = []
    if target.weekdays:
        names = [t(f"weekdays.{d}", lang) for d in target.counted_weekdays()]
        parts.append(word_list(names, lang))
    if target.window is not None:
        first, last = (t(f"month.{m}", lang) for m in target.window)
        span = first if target.window[0] == target.window[1] else f"{first}–{last}"
        parts.append(t("target.window", lang, months=span))
    return " ".join(parts)


def describe_target(
    target: Target, lang: str = "sv", count_label: str | None = None
) -> str:
    """A short human text for a target, e.g. '2–3 tillfällen per termin', or
    'minst 17 tillfällen torsdagar och söndagar under januari–april'. A target
    that sums counts says what is counted when the promise's types say it
    (`count_label`: 'minst 8 etablerade grannsamverkansområden per år')."""
    if target.description:
        return target.description
    base = _describe_number(target, lang, count_label).strip()
    days = describe_days(target, lang)
    return f"{base} {days}" if days else base


def count_unit(
    unit: TargetUnit, value: float | None, lang: str, label: str | None
) -> str:
    """The word after a number of `unit`: the count's own label for people (the
    sum of counts) when the promise's types give one, else the unit's word."""
    if unit is TargetUnit.PEOPLE and label:
        return label[:1].lower() + label[1:]
    return unit_text(unit.value, value, lang)


def _describe_number(target: Target, lang: str, count_label: str | None) -> str:
    # "minst 1 tillfälle", "högst 1 tillfälle", but "1–3 tillfällen".
    one = (target.min, target.max) in ((1, None), (None, 1), (1, 1))
    unit = count_unit(target.unit, 1 if one else None, lang, count_label)
    # A yearly target with a window says its months instead of "per år".
    yearly_window = target.per is TargetPer.YEAR and target.window is not None
    per = "" if yearly_window else t(f"per.{target.per.value}", lang)
    if target.min is not None and target.max is not None:
        if target.min == target.max:
            return t(
                "target.min",
                lang,
                min=format_number(target.min, lang),
                unit=unit,
                per=per,
            )
        return t(
            "target.range",
            lang,
            min=format_number(target.min, lang),
            max=format_number(target.max, lang),
            unit=unit,
            per=per,
        )
    if target.min is not None:
        text = t(
            "target.min", lang, min=format_number(target.min, lang), unit=unit, per=per
        )
    elif target.max is not None:
        text = t(
            "target.max", lang, max=format_number(target.max, lang), unit=unit, per=per
        )
    elif target.compare_previous:
        return t("target.compare_previous", lang)
    else:
        return t("target.none", lang)
    return text.strip()


def time_left_text(
    period: Period, work_end: date, today: date, lang: str = "sv"
) -> str:
    """'6 veckor kvar' until the last working day; 'perioden är slut' after it."""
    if today > min(work_end, period.end):
        return t("ended", lang)
    start = max(today, period.start)
    days = (min(work_end, period.end) - start).days + 1
    if days < 14:
        return t("days_left", lang, n=days)
    weeks = days // 7
    return t("week_left", lang) if weeks == 1 else t("weeks_left", lang, n=weeks)


def sums_needed(
    agreement: Agreement,
    promises: Sequence[Promise],
    period: Period,
    calendar: TermCalendar,
) -> SumsNeeded:
    """The long-range sums are needed only for the few promises that use them."""
    prev = period.shifted_years(-1)
    return SumsNeeded(
        previous_period=prev,
        cumulative_ids=[
            pr.id
            for pr in promises
            if scale_target(pr.target, period, calendar).cumulative
        ],
        # A promise that continues an earlier agreement's compares across the
        # boundary (services/progress.py sums the earlier promise's work in).
        previous_ids=[
            pr.id
            for pr in promises
            if pr.target.compare_previous
            and (prev.start >= agreement.start or pr.continues)
        ],
    )
