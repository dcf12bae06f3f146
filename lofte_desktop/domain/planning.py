"""Planning rules: calendar items, overdue work, double bookings, the term planner.

Plain Python on plain data. The service gathers the items (virtual occurrences of
series, planned/done/cancelled activities) and these functions judge them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from lofte_desktop.domain.errors import LofteError, ValidationError
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.progress import format_number
from lofte_desktop.domain.recurrence import aware
from lofte_desktop.domain.types import NO_NAME, Status, TargetUnit, TypeCode, Words
from lofte_desktop.domain.validation import parse_hours

DEFAULT_HOURS = 1.0

_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "plan.no_time": "Ange en starttid (TT:MM) för planerat arbete.",
        "plan.bad_duration": "Längden måste vara mellan 0,25 och 24 timmar.",
        "plan.not_found": "Hittar ingen planering med id {value}.",
        "plan.not_planned": "{value} är redan {status} och kan inte ändras här.",
        "plan.no_reason": "Ange varför tillfället ställs in.",
        "plan.until_before": "Slutdatumet {value} ligger före startdatumet.",
        "plan.outside": "Datumet {value} ligger utanför avtalsperioden {start} – {end}.",
        "plan.not_occurrence": "{value} är inget tillfälle i serien.",
        "plan.ambiguous": "Id:t {value} passar flera planeringar; skriv fler tecken.",
        "plan.done": "genomförd",
        "plan.planned": "planerad",
        "plan.done_pl": "genomförda",
        "plan.planned_pl": "planerade",
        "plan.of": "av",
        "plan.line": "{label} {term}: {done} {done_w} + {planned} {planned_w} av {target}",
        "plan.line_none": "{label} {term}: {done} {done_w} + {planned} {planned_w}",
        "plan.short": "Planen räcker inte: {total} av minst {min}. Planera {missing} till.",
        "plan.short_prev": "Planen räcker inte: {total} gjort och planerat, målet är "
        "mer än {prev}.",
        "plan.over": "Planen går över målets högsta värde ({max}).",
        "plan.ended": "Terminen är slut och målet nåddes inte.",
        "plan.overdue": "{n} planerade tillfällen har passerat utan att markeras.",
        "plan.overdue1": "1 planerat tillfälle har passerat utan att markeras.",
        "plan.place_clash": "Dubbelbokning på {place} {when}: {what}",
        "plan.person_clash": "Dubbelbokning för {person} {when}: {what}",
        "plan.more_than": "mer än {value}",
        "plan.hours_unit": "h",
    },
    "en": {
        "plan.no_time": "Give a start time (HH:MM) for planned work.",
        "plan.bad_duration": "The duration must be between 0.25 and 24 hours.",
        "plan.not_found": "No plan with id {value}.",
        "plan.not_planned": "{value} is already {status} and cannot be changed here.",
        "plan.no_reason": "Say why the occasion is cancelled.",
        "plan.until_before": "The end date {value} is before the start date.",
        "plan.outside": "The date {value} is outside the agreement {start} – {end}.",
        "plan.not_occurrence": "{value} is not an occurrence of the series.",
        "plan.ambiguous": "The id {value} matches several plans; type more of it.",
        "plan.done": "done",
        "plan.planned": "planned",
        "plan.done_pl": "done",
        "plan.planned_pl": "planned",
        "plan.of": "of",
        "plan.line": "{label} {term}: {done} {done_w} + {planned} {planned_w} of {target}",
        "plan.line_none": "{label} {term}: {done} {done_w} + {planned} {planned_w}",
        "plan.short": "The plan falls short: {total} of at least {min}. "
        "Plan {missing} more.",
        "plan.short_prev": "The plan falls short: {total} done and planned, the "
        "target is more than {prev}.",
        "plan.over": "The plan goes beyond the target's maximum ({max}).",
        "plan.ended": "The term is over and the target was not met.",
        "plan.overdue": "{n} planned occasions have passed without being marked.",
        "plan.overdue1": "1 planned occasion has passed without being marked.",
        "plan.place_clash": "Double booking at {place} {when}: {what}",
        "plan.person_clash": "Double booking for {person} {when}: {what}",
        "plan.more_than": "more than {value}",
        "plan.hours_unit": "h",
    },
}


def text(key: str, lang: str | None = None, **params: Any) -> str:
    from lofte_desktop.domain.texts import language

    table = _TEXTS.get(lang or language(), _TEXTS["sv"])
    return table[key].format(**params) if params else table[key]


class PlanError(ValidationError):
    """A planning refusal, with its message from this module's texts."""

    def message(self, lang: str | None = None) -> str:
        return text(self.key, lang, **self.params)


def plan_duration(value: str | float | None) -> float:
    """A planned occasion's length in hours: 0.25 to 24."""
    hours = parse_hours(value, "hours")
    if hours is None or hours < 0.25:
        raise PlanError("plan.bad_duration", field="hours")
    return hours


class PlanNotFound(LofteError):
    def __init__(self, value: str) -> None:
        super().__init__("plan.not_found", field="id", value=value)

    def message(self, lang: str | None = None) -> str:
        return text(self.key, lang, **self.params)


@dataclass(frozen=True)
class PlanItem:
    """One thing in the calendar: a virtual occurrence of a series or an activity."""

    key: str  # activity id, or "SERIESID@YYYY-MM-DD" for a virtual occurrence
    activity_type: TypeCode
    promise_codes: tuple[str, ...]
    party: str
    start: datetime  # naive Europe/Stockholm wall time
    hours: float  # planned duration, or the hours logged
    status: Status = Status.PLANNED
    place: str | None = None
    count: int | None = None
    note: str = ""
    logged_by: str = ""
    series_id: str | None = None
    activity_id: str | None = None  # None while the occurrence is virtual
    recurrence_id: str | None = None
    cancel_reason: str | None = None
    focus_area: str = ""
    timed: bool = True  # False for activities logged without a start time
    #: The type's name as its agreement gives it (empty: shown by its code).
    type_name: Words = NO_NAME

    def type_label(self, lang: str | None = None) -> str:
        """The type's name ("Trygghetsvandring"), or its code when unnamed."""
        return self.type_name.text(lang) or self.activity_type

    @property
    def virtual(self) -> bool:
        return self.activity_id is None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(hours=self.hours or DEFAULT_HOURS)

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def moved(self) -> bool:
        return bool(
            self.recurrence_id
            and self.recurrence_id != self.start.strftime("%Y-%m-%dT%H:%M")
        )


@dataclass
class PlanDraft:
    """Raw input for a plan; `rrule` empty means a one-off."""

    activity_type: str
    promise_codes: Sequence[str]
    start: str | date
    start_time: str | None
    duration: str | float | None
    place: str | None = None
    party: str | None = None
    rrule: str = ""
    until: str | date | None = None
    exdates: Sequence[str | date] = ()
    skip_holidays: bool = False
    note: str = ""


@dataclass(frozen=True)
class PlanResult:
    key: str  # the activity id (one-off) or the series id
    is_series: bool
    items: tuple[PlanItem, ...]  # the new plan's occurrences
    clashes: tuple[DoubleBooking, ...] = field(default=())
    #: Things the user should know, e.g. "Hoppa över lov" found no holidays.
    warnings: tuple[str, ...] = field(default=())


def is_overdue(item: PlanItem, today: date) -> bool:
    """Planned, neither done nor cancelled, and its day has passed."""
    return item.status is Status.PLANNED and item.day < today


def overdue(items: Iterable[PlanItem], today: date) -> list[PlanItem]:
    return sorted((i for i in items if is_overdue(i, today)), key=lambda i: i.start)


@dataclass(frozen=True)
class DoubleBooking:
    first: PlanItem
    second: PlanItem
    reason: str  # "place" or "person"
    who_or_where: str

    def message(self, lang: str | None = None) -> str:

        when = self.second.start.strftime("%Y-%m-%d %H:%M")
        what = " / ".join(
            f"{i.type_label(lang)} {i.start:%H:%M}–{i.end:%H:%M}"
            for i in (self.first, self.second)
        )
        key = "plan.place_clash" if self.reason == "place" else "plan.person_clash"
        name = "place" if self.reason == "place" else "person"
        return text(key, lang, when=when, what=what, **{name: self.who_or_where})


def _span(i: PlanItem) -> tuple[datetime, datetime]:
    """Real (UTC) start and end: a 2-hour meeting lasts 2 hours across a DST change."""
    start = aware(i.start).astimezone(UTC)
    return start, start + timedelta(hours=i.hours or DEFAULT_HOURS)


def double_bookings(items: Iterable[PlanItem]) -> list[DoubleBooking]:
    """Planned items at the same place, or by the same person, at overlapping times.

    The person is the staff member who planned the work (`logged_by`); a party such
    as "Polisen" is not a person. Untimed items and cancelled ones never clash.
    A sweep per place and per person: O(n log n) plus the clashes found.
    """
    live = [i for i in items if i.timed and i.status is Status.PLANNED]
    groups: dict[tuple[str, str], list[PlanItem]] = defaultdict(list)
    for i in live:
        if i.place:
            groups[("place", i.place)].append(i)
        if i.logged_by:
            groups[("person", i.logged_by)].append(i)
    found: list[DoubleBooking] = []
    for (reason, name), group in sorted(groups.items()):
        spans = sorted(((*_span(i), i) for i in group), key=lambda x: (x[0], x[2].key))
        active: list[tuple[datetime, datetime, PlanItem]] = []
        for start, end, item in spans:
            active = [a for a in active if a[1] > start]
            found.extend(DoubleBooking(a[2], item, reason, name) for a in active)
            active.append((start, end, item))
    return sorted(found, key=lambda c: (c.second.start, c.reason))


def clashes_with(
    new: Sequence[PlanItem], existing: Iterable[PlanItem]
) -> list[DoubleBooking]:
    """The double bookings that involve at least one of `new`."""
    keys = {n.key for n in new}
    return [
        c
        for c in double_bookings([*new, *existing])
        if c.first.key in keys or c.second.key in keys
    ]


# --- term planner --------------------------------------------------------------


def measure(item: PlanItem, unit: TargetUnit) -> float:
    """What one item adds towards a target in `unit` (planned people count as 0)."""
    if unit is TargetUnit.HOURS:
        return float(item.hours or 0.0)
    if unit is TargetUnit.PEOPLE:
        return float(item.count or 0) if item.status is Status.DONE else 0.0
    return 1.0


@dataclass(frozen=True)
class TermPlanLine:
    """'Skolbesök HT2024: 1 genomförd + 1 planerad av 2–3', and what is wrong with it."""

    promise_code: str
    label: str
    term: Period
    unit: TargetUnit
    done: float
    planned: float  # upcoming planned work (not overdue) in the term
    overdue: int
    target_min: float | None
    target_max: float | None
    previous: float | None  # for "more than the same term a year earlier"
    ended: bool

    @property
    def total(self) -> float:
        return self.done + self.planned

    @property
    def goal(self) -> float | None:
        if self.target_min is not None:
            return self.target_min
        if self.previous:
            return self.previous + (0.01 if self.unit is TargetUnit.HOURS else 1)
        return None

    @property
    def met(self) -> bool:
        return self.goal is not None and self.done >= self.goal

    @property
    def cannot_meet(self) -> bool:
        """Even if everything planned is done, the minimum is not reached."""
        return self.goal is not None and self.total + 1e-9 < self.goal

    @property
    def over_max(self) -> bool:
        return self.target_max is not None and self.total > self.target_max + 1e-9

    def target_text(self, lang: str | None = None) -> str:
        lo, hi = self.target_min, self.target_max
        if lo is not None and hi is not None and lo != hi:
            return (
                f"{format_number(lo, lang or 'sv')}–{format_number(hi, lang or 'sv')}"
            )
        if lo is not None:
            return format_number(lo, lang or "sv")
        if self.previous:
            return text("plan.more_than", lang, value=self._num(self.previous, lang))
        return ""

    def _num(self, value: float, lang: str | None) -> str:
        n = format_number(value, lang or "sv")
        if self.unit is TargetUnit.HOURS:
            return f"{n} {text('plan.hours_unit', lang)}"
        return n

    def line(self, lang: str | None = None) -> str:
        target = self.target_text(lang)
        params = dict(
            label=self.label,
            term=self.term.code,
            done=self._num(self.done, lang),
            planned=self._num(self.planned, lang),
            done_w=text("plan.done" if self.done == 1 else "plan.done_pl", lang),
            planned_w=text(
                "plan.planned" if self.planned == 1 else "plan.planned_pl", lang
            ),
        )
        if target:
            return text("plan.line", lang, target=target, **params)
        return text("plan.line_none", lang, **params)

    def warnings(self, lang: str | None = None) -> list[str]:
        out: list[str] = []
        goal = self.goal
        if self.ended and goal is not None and self.done < goal:
            out.append(text("plan.ended", lang))
        elif self.cannot_meet and self.target_min is None and self.previous:
            out.append(
                text(
                    "plan.short_prev",
                    lang,
                    total=self._num(self.total, lang),
                    prev=self._num(self.previous, lang),
                )
            )
        elif self.cannot_meet and goal is not None:
            missing = goal - self.total
            if self.unit is not TargetUnit.HOURS:
                missing = float(int(missing + 0.999))
            out.append(
                text(
                    "plan.short",
                    lang,
                    total=self._num(self.total, lang),
                    min=self._num(goal, lang),
                    missing=self._num(missing, lang),
                )
            )
        if self.over_max and self.target_max is not None:
            out.append(text("plan.over", lang, max=self._num(self.target_max, lang)))
        if self.overdue == 1:
            out.append(text("plan.overdue1", lang))
        elif self.overdue:
            out.append(text("plan.overdue", lang, n=self.overdue))
        return out


def term_line(
    *,
    promise_code: str,
    label: str,
    term: Period,
    unit: TargetUnit,
    items: Iterable[PlanItem],
    today: date,
    target_min: float | None,
    target_max: float | None,
    previous: float | None = None,
    done_total: float | None = None,
) -> TermPlanLine:
    """Adds up one promise's items in one term.

    `items` are the promise's items dated in the term. Done items count as done
    (unless `done_total` is given: the service passes the stored totals so activities
    logged without a time count too); planned items not yet overdue count as planned;
    overdue ones are counted apart, since they will not happen as planned.
    """
    done = 0.0
    planned = 0.0
    late = 0
    for item in items:
        if item.status is Status.DONE:
            done += measure(item, unit)
        elif item.status is Status.PLANNED:
            if is_overdue(item, today):
                late += 1
            else:
                planned += measure(item, unit)
    return TermPlanLine(
        promise_code=promise_code,
        label=label,
        term=term,
        unit=unit,
        done=round(done if done_total is None else done_total, 2),
        planned=round(planned, 2),
        overdue=late,
        target_min=target_min,
        target_max=target_max,
        previous=previous,
        ended=today > term.end,
    )
