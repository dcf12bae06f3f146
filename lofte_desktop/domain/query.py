"""How callers ask for activities: a filter and a sort, shared by UI, CLI and reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SORT_KEYS = (
    "date",
    "activity_type",
    "promises",
    "party",
    "place",
    "hours",
    "count",
    "status",
    "note",
    "logged_by",
    "updated_at",
)


@dataclass(frozen=True)
class ActivityFilter:
    start: date | None = None
    end: date | None = None
    types: frozenset[str] = field(default_factory=frozenset)
    promise_codes: frozenset[str] = field(default_factory=frozenset)
    parties: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    text: str = ""
    include_deleted: bool = False
    series_id: str | None = None


@dataclass(frozen=True)
class Sort:
    key: str = "date"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.key not in SORT_KEYS:
            raise ValueError(f"cannot sort by {self.key!r}")
