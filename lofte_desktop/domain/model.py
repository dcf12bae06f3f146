"""The agreement and what is logged against it, as plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from lofte_desktop.domain.types import (
    ActivityTypeInfo,
    Cadence,
    PlaceKind,
    Status,
    TargetPer,
    TargetUnit,
    TypeCode,
)


@dataclass(frozen=True)
class Target:
    """A promise's target: `min`..`max` of `unit` per `per`.

    `min` None with `compare_previous` means "more than the same period a year
    earlier" (Krokom's "markant öka närvaron"). Both None means the promise has no
    number: it counts as met once anything is done.
    """

    unit: TargetUnit = TargetUnit.OCCASIONS
    per: TargetPer = TargetPer.TERM
    min: float | None = None
    max: float | None = None
    compare_previous: bool = False
    description: str = ""
    #: Only activities in these months of each year count: (first, last), 1–12;
    #: (11, 2) wraps over New Year. None: the whole year.
    window: tuple[int, int] | None = None
    #: Only activities on these ISO weekdays (1 Monday … 7 Sunday) count; empty:
    #: every day.
    weekdays: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.window is not None and not all(1 <= m <= 12 for m in self.window):
            raise ValueError(f"window months must be 1–12, not {self.window}")
        if not all(1 <= d <= 7 for d in self.weekdays):
            raise ValueError(f"weekdays must be 1–7, not {self.weekdays}")

    @property
    def has_number(self) -> bool:
        return self.min is not None or self.max is not None

    @property
    def restricted(self) -> bool:
        """Whether only some days count (a window or weekdays)."""
        return self.window is not None or bool(self.weekdays)

    def window_months(self) -> tuple[int, ...]:
        """The months (1–12) whose activities count, in calendar order."""
        if self.window is None:
            return tuple(range(1, 13))
        first, last = self.window
        if first <= last:
            return tuple(range(first, last + 1))
        return (*range(1, last + 1), *range(first, 13))

    def counted_weekdays(self) -> tuple[int, ...]:
        """The ISO weekdays (1 Monday … 7 Sunday) whose activities count."""
        return tuple(sorted(set(self.weekdays))) or tuple(range(1, 8))

    def counts_on(self, day: date) -> bool:
        """Whether an activity on `day` counts towards this target: the one rule
        of the window and the weekdays (storage/activity_totals.totals applies it)."""
        return (
            day.month in self.window_months()
            and day.isoweekday() in self.counted_weekdays()
        )


@dataclass(frozen=True)
class Promise:
    id: str
    code: str
    focus_area_code: str
    text: str
    parties: tuple[str, ...]
    activity_types: tuple[TypeCode, ...]
    target: Target
    position: int = 0
    #: The id of the earlier agreement's promise this one continues, if any.
    continues: str | None = None


@dataclass(frozen=True)
class Indicator:
    id: str
    code: str
    name: str
    unit: str
    source: str
    baseline_value: float
    baseline_year: int
    target_comparison: str | None = None  # "<", "<=", ">", ">=", "="
    target_value: float | None = None
    target_year: int | None = None
    focus_area_code: str | None = None
    description: str = ""
    position: int = 0

    def meets_target(self, value: float) -> bool | None:
        """True/False against the target, None when there is no target."""
        if self.target_comparison is None or self.target_value is None:
            return None
        tv = self.target_value
        return {
            "<": value < tv,
            "<=": value <= tv,
            ">": value > tv,
            ">=": value >= tv,
            "=": value == tv,
        }[self.target_comparison]


@dataclass(frozen=True)
class IndicatorMeasurement:
    id: str
    indicator_id: str
    year: int
    value: float
    note: str = ""


@dataclass(frozen=True)
class FocusArea:
    id: str
    code: str
    name: str
    problem: str
    position: int = 0


@dataclass(frozen=True)
class SchoolTerm:
    """Teaching dates of one term (e.g. HT2024: 19 Aug – 20 Dec), set per municipality."""

    code: str
    start: date
    end: date


@dataclass(frozen=True)
class Holiday:
    """A school holiday (lov): no school visits or parent meetings then."""

    name: str
    start: date
    end: date


@dataclass(frozen=True)
class Agreement:
    id: str
    code: str
    name: str
    municipality: str
    police_area: str
    parties: tuple[str, ...]
    start: date
    end: date
    follow_up_months: tuple[int, ...] = (12,)
    source: str = ""
    term_split: tuple[int, int] = (7, 1)  # (month, day) the autumn term starts
    school_terms: tuple[SchoolTerm, ...] = ()
    holidays: tuple[Holiday, ...] = ()
    #: The periods the agreement is followed up in (pages show these first).
    cadence: Cadence = Cadence.TERM


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: PlaceKind = PlaceKind.OTHER
    note: str = ""


@dataclass(frozen=True)
class Activity:
    id: str
    activity_type: TypeCode
    promise_codes: tuple[str, ...]
    party: str
    date: date
    status: Status = Status.DONE
    start_time: str | None = None  # "HH:MM"
    hours: float | None = None
    place: str | None = None  # place name
    count: int | None = None
    note: str = ""
    logged_by: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    series_id: str | None = None
    recurrence_id: str | None = None
    cancel_reason: str | None = None
    device_id: str | None = None
    hlc: str | None = None
    version: int = 1


@dataclass(frozen=True)
class Catalogue:
    """A whole agreement as read from a catalogue file."""

    agreement: Agreement
    focus_areas: tuple[FocusArea, ...]
    promises: tuple[Promise, ...]
    indicators: tuple[Indicator, ...]
    places: tuple[Place, ...] = field(default=())
    #: The agreement's own activity types; empty: the 12 defaults (DEFAULT_TYPES).
    activity_types: tuple[ActivityTypeInfo, ...] = ()
