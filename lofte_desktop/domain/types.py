"""Stable codes: activity types, statuses, target units, party names."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

ActivityId = NewType("ActivityId", str)
PromiseId = NewType("PromiseId", str)
PlaceId = NewType("PlaceId", str)
IndicatorId = NewType("IndicatorId", str)
AgreementId = NewType("AgreementId", str)
DeviceId = NewType("DeviceId", str)


class ActivityType(StrEnum):
    """The stable activity-type codes. Never rename one: packages and catalogues use them."""

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
class ActivityTypeInfo:
    """How an activity type is logged: which fields matter, and what its count means."""

    code: ActivityType
    uses_hours: bool
    uses_count: bool
    place_kind: PlaceKind | None
    count_key: str  # texts key for the count label, e.g. "count.parents"
    count_optional: bool = False  # "Övrigt": a count may be given, need not be

    @property
    def required(self) -> tuple[str, ...]:
        """The figures a done activity of this type must have: the ones it uses,
        except a count that is optional for the type.

        (`place_kind` only says what kind of place a new name becomes.)"""
        used = {
            "hours": self.uses_hours,
            "count": self.uses_count and not self.count_optional,
        }
        return tuple(name for name, uses in used.items() if uses)


ACTIVITY_TYPES: dict[ActivityType, ActivityTypeInfo] = {
    t.code: t
    for t in (
        ActivityTypeInfo(
            ActivityType.SCHOOL_VISIT, False, True, PlaceKind.SCHOOL, "count.parents"
        ),
        ActivityTypeInfo(
            ActivityType.PARENT_MEETING, False, True, PlaceKind.SCHOOL, "count.parents"
        ),
        ActivityTypeInfo(
            ActivityType.PARENT_SUPPORT, False, True, None, "count.conversations"
        ),
        ActivityTypeInfo(
            ActivityType.THEATRE, False, True, PlaceKind.SCHOOL, "count.audience"
        ),
        ActivityTypeInfo(
            ActivityType.PRESENCE, True, False, PlaceKind.UNSAFE_PLACE, "count.people"
        ),
        ActivityTypeInfo(
            ActivityType.TRAFFIC_CHECK, True, True, PlaceKind.AREA, "count.vehicles"
        ),
        ActivityTypeInfo(
            ActivityType.TRAFFIC_REVIEW, False, False, PlaceKind.SCHOOL, "count.people"
        ),
        ActivityTypeInfo(ActivityType.EST_MEETING, False, False, None, "count.people"),
        ActivityTypeInfo(
            ActivityType.INFORMATION_EFFORT, False, True, None, "count.people"
        ),
        ActivityTypeInfo(
            ActivityType.RISK_GROUP_MEETING, False, True, None, "count.people"
        ),
        ActivityTypeInfo(
            ActivityType.SOCIAL_MEDIA_WARNING, False, False, None, "count.people"
        ),
        ActivityTypeInfo(
            ActivityType.OTHER, False, True, None, "count.people", count_optional=True
        ),
    )
}
