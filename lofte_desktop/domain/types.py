"""Stable codes: activity types, statuses, target units, party names.

An agreement owns its activity types (`ActivityTypeInfo`, looked up through an
`ActivityTypes`); the 12 built-in codes of `ActivityType` are the defaults every new
agreement starts with. An activity stores its type as a plain code (`TypeCode`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NewType

from lofte_desktop.domain.texts import t

ActivityId = NewType("ActivityId", str)
PromiseId = NewType("PromiseId", str)
PlaceId = NewType("PlaceId", str)
IndicatorId = NewType("IndicatorId", str)
AgreementId = NewType("AgreementId", str)
DeviceId = NewType("DeviceId", str)


#: An activity type's code as stored: one of `ActivityType` or an agreement's own.
TypeCode = str


class ActivityType(StrEnum):
    """The built-in activity-type codes: every new agreement starts with these 12 as
    its types. Never rename one: packages and catalogues use them."""

    SCHOOL_VISIT = "school_visit"
    PARENT_MEETING = "parent_meeting"
    PARENT_SUPPORT = "parent_support"
    THEATRE = "theatre"
    PRESENCE = "presence"
    TRAFFIC_CHECK = "traffic_check"
    TRAFFIC_REVIEW = "traffic_review"
    EST_MEETING = "est_meeting"
    INFORMATION_EFFORT = "information_effort"
    RISK_GROUP_MEETING = "risk_group_meeting"
    SOCIAL_MEDIA_WARNING = "social_media_warning"
    OTHER = "other"


class Status(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class PlaceKind(StrEnum):
    SCHOOL = "school"
    UNSAFE_PLACE = "unsafe_place"
    AREA = "area"
    OTHER = "other"


class TargetUnit(StrEnum):
    """What a target counts: occasions (activities), hours, or people reached."""

    OCCASIONS = "occasions"
    HOURS = "hours"
    PEOPLE = "people"


class TargetPer(StrEnum):
    """What a target's number is counted over."""

    TERM = "term"
    TERTIAL = "tertial"
    QUARTER = "quarter"
    YEAR = "year"
    PERIOD = "period"


class Cadence(StrEnum):
    """How an agreement is followed up: the periods Översikt and Uppföljning show
    first (per year, per term HT/VT, per tertial T1–T3 or per quarter K1–K4)."""

    YEAR = "year"
    TERM = "term"
    TERTIAL = "tertial"
    QUARTER = "quarter"


class ProgressStatus(StrEnum):
    MET = "met"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_STARTED = "not_started"


class Outcome(StrEnum):
    """The follow-up words used in published reports."""

    DONE = "genomfort"
    PARTLY = "delvis"
    NOT_DONE = "ej_genomfort"


@dataclass(frozen=True)
class Words:
    """A text the user wrote in both languages (an agreement's type name)."""

    sv: str
    en: str = ""

    def text(self, lang: str | None = None) -> str:
        return self.en if lang == "en" and self.en else self.sv


#: No name given (a type shown by its code).
NO_NAME = Words("")

#: The fields an activity type may use, in the order forms show them.
TYPE_FIELDS = ("hours", "count", "place", "start_time")
#: A type code: lower-case letters, digits and "_", starting with a letter; at
#: most 32 characters (an activity's `activity_type` column).
TYPE_CODE_RE = re.compile(r"[a-z][a-z0-9_]{0,31}")


@dataclass(frozen=True)
class ActivityTypeInfo:
    """One of an agreement's activity types: how it is logged and what its count
    means. `fields` are the figures a form asks for (of TYPE_FIELDS); `required`
    those a done activity must have. A retired type is not offered for new
    activities, but activities already logged keep it."""

    code: TypeCode
    name: Words
    fields: tuple[str, ...]
    required: tuple[str, ...]
    count_label: Words
    place_kind: PlaceKind | None = None
    retired: bool = False
    position: int = 0

    def __post_init__(self) -> None:
        if not TYPE_CODE_RE.fullmatch(self.code):
            raise ValueError(f"bad activity type code {self.code!r}")
        unknown = set(self.fields) - set(TYPE_FIELDS)
        if unknown or not set(self.required) <= set(self.fields):
            raise ValueError(
                f"bad fields for {self.code}: {self.fields}/{self.required}"
            )

    @property
    def uses_hours(self) -> bool:
        return "hours" in self.fields

    @property
    def uses_count(self) -> bool:
        return "count" in self.fields

    @property
    def builtin(self) -> bool:
        return self.code in _BUILTIN_CODES

    def label(self, lang: str | None = None) -> str:
        """The type's name in the language ("Skolbesök")."""
        return self.name.text(lang)

    def count_text(self, lang: str | None = None) -> str:
        """What its count counts ("Kontrollerade fordon")."""
        return self.count_label.text(lang)


_BUILTIN_CODES = frozenset(t.value for t in ActivityType)


def unknown_type(code: TypeCode) -> ActivityTypeInfo:
    """A stand-in for a code no agreement in hand lists (an activity synced from an
    agreement not here yet): shown by its code, every figure optional."""
    clean = code if TYPE_CODE_RE.fullmatch(code) else "other"
    return ActivityTypeInfo(
        clean, Words(code, code), TYPE_FIELDS, (), Words("Antal", "Count")
    )


@dataclass(frozen=True)
class ActivityTypes:
    """An agreement's activity types, in their order."""

    items: tuple[ActivityTypeInfo, ...]
    _by_code: dict[str, ActivityTypeInfo] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.items, key=lambda i: i.position))
        object.__setattr__(self, "items", ordered)
        object.__setattr__(self, "_by_code", {i.code: i for i in ordered})

    def __iter__(self) -> Iterator[ActivityTypeInfo]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> ActivityTypeInfo | None:
        return self._by_code.get(str(code))

    def info(self, code: str) -> ActivityTypeInfo:
        """The type of `code`; a code not listed gets `unknown_type`."""
        return self._by_code.get(str(code)) or unknown_type(str(code))

    def codes(self) -> tuple[str, ...]:
        return tuple(self._by_code)

    def offered(self) -> tuple[ActivityTypeInfo, ...]:
        """The types a new activity may have: the ones not retired."""
        return tuple(i for i in self.items if not i.retired)

    def merged(self, other: Iterable[ActivityTypeInfo]) -> ActivityTypes:
        """These types, plus those of `other` whose code is not here (the names of
        activities of several agreements)."""
        extra = [i for i in other if i.code not in self._by_code]
        return ActivityTypes(self.items + tuple(extra))


def shared_count_label(codes: Iterable[str], types: ActivityTypes) -> Words | None:
    """The label of the count of these types when they all count the same thing
    (a promise whose target sums counts: "etablerade grannsamverkansområden");
    None when they count different things or none."""
    labels = {types.info(c).count_label for c in codes if types.info(c).uses_count}
    return labels.pop() if len(labels) == 1 else None


def _builtin(
    code: ActivityType,
    hours: bool,
    count: bool,
    place_kind: PlaceKind | None,
    count_key: str,
    count_optional: bool = False,
) -> ActivityTypeInfo:
    fields = tuple(
        f
        for f, used in (
            ("hours", hours),
            ("count", count),
            ("place", True),
            ("start_time", True),
        )
        if used
    )
    required = tuple(
        f
        for f, need in (("hours", hours), ("count", count and not count_optional))
        if need
    )
    return ActivityTypeInfo(
        code.value,
        Words(t(f"type.{code.value}", "sv"), t(f"type.{code.value}", "en")),
        fields,
        required,
        Words(t(count_key, "sv"), t(count_key, "en")),
        place_kind,
        position=list(ActivityType).index(code),
    )


_T = ActivityType
#: Today's 12 types: the types of an agreement that lists none of its own.
DEFAULT_TYPES = ActivityTypes(
    (
        _builtin(_T.SCHOOL_VISIT, False, True, PlaceKind.SCHOOL, "count.parents"),
        _builtin(_T.PARENT_MEETING, False, True, PlaceKind.SCHOOL, "count.parents"),
        _builtin(_T.PARENT_SUPPORT, False, True, None, "count.conversations"),
        _builtin(_T.THEATRE, False, True, PlaceKind.SCHOOL, "count.audience"),
        _builtin(_T.PRESENCE, True, False, PlaceKind.UNSAFE_PLACE, "count.people"),
        _builtin(_T.TRAFFIC_CHECK, True, True, PlaceKind.AREA, "count.vehicles"),
        _builtin(_T.TRAFFIC_REVIEW, False, False, PlaceKind.SCHOOL, "count.people"),
        _builtin(_T.EST_MEETING, False, False, None, "count.people"),
        _builtin(_T.INFORMATION_EFFORT, False, True, None, "count.people"),
        _builtin(_T.RISK_GROUP_MEETING, False, True, None, "count.people"),
        _builtin(_T.SOCIAL_MEDIA_WARNING, False, False, None, "count.people"),
        _builtin(_T.OTHER, False, True, None, "count.people", count_optional=True),
    )
)
