"""The plain data a follow-up report is drawn from: numbers and texts, no queries.

The report service (services/reports.py) fills these from the database; the
renderer only lays them out. Texts here are already in the report's language;
numbers stay numbers so the renderer formats them the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class PromiseLine:
    """One promise against its target in the period."""

    code: str
    text: str
    target: str  # "2–3 skolbesök per termin"
    result: str  # "3 tillfällen (mål för perioden 2–3)"
    outcome: str  # "genomfort" | "delvis" | "ej_genomfort"
    outcome_label: str  # "Genomfört"
    fraction: float  # 0..1 for the progress bar
    comment: str = ""  # the responsible parties' comment for the period
    responsible: tuple[str, ...] = ()  # the parties that carry the promise
    done: float = 0.0  # the outcome as a number (open data)
    unit: str = ""  # TargetUnit value: "occasions", "hours", …
    target_min: float | None = None
    target_max: float | None = None
    status: str = ""  # ProgressStatus value (met / on_track / behind / not_started)


@dataclass(frozen=True)
class TypeCount:
    """What one party did of one activity type: occasions, hours, people reached."""

    label: str
    occasions: int
    hours: float
    count: int
    count_label: str = ""


@dataclass(frozen=True)
class PartyWork:
    party: str
    heading: str  # "Detta har polisen genomfört"
    items: tuple[TypeCount, ...]


@dataclass(frozen=True)
class SchoolVisits:
    """Visits per school and term, for a promise with a per-term school target."""

    promise_code: str
    terms: tuple[str, ...]  # column headings: "VT2024", "HT2024"
    rows: tuple[tuple[str, tuple[int, ...]], ...]  # school, visits per term
    totals: tuple[int, ...]  # per term
    target: str = ""  # per term, e.g. "2–3"; "" when the target is not per term
    verdicts: tuple[str, ...] = ()  # per term: "Uppfyllt" / "Under målet"

    @property
    def total(self) -> int:
        return sum(self.totals)


@dataclass(frozen=True)
class PresencePlaces:
    """Presence hours per place, against the same period a year earlier."""

    period_label: str
    previous_label: str
    rows: tuple[tuple[str, float, float], ...]  # place, hours, hours a year earlier
    total: float
    previous_total: float
    compared: bool = True  # False when the year before lies outside the agreement


@dataclass(frozen=True)
class FocusSection:
    code: str
    name: str
    promises: tuple[PromiseLine, ...]
    parties: tuple[PartyWork, ...]
    schools: tuple[SchoolVisits, ...] = ()
    presence: PresencePlaces | None = None


@dataclass(frozen=True)
class IndicatorLine:
    name: str
    unit: str
    source: str
    baseline_value: float
    baseline_year: int
    target_text: str  # "under 145 antal 2024"
    target_value: float | None
    values: tuple[tuple[int, float], ...]  # (year, value), oldest first
    verdict: str  # "Målet nås" / "Målet nås inte" / "Inget mätvärde än"


@dataclass(frozen=True)
class AppendixRow:
    date: date
    type_label: str
    promises: str
    party: str
    place: str
    hours: float | None
    count: int | None
    status_label: str
    note: str = ""


@dataclass(frozen=True)
class Summary:
    done: int
    partly: int
    not_done: int
    activities: int
    hours: float
    planned: int = 0


@dataclass(frozen=True)
class ApprovalLine:
    """Who approved the follow-up: role, name and date."""

    role: str
    name: str
    on: date


@dataclass(frozen=True)
class ReportData:
    """Everything one follow-up PDF shows. `lang` picks the fixed labels."""

    agreement: str
    municipality: str
    police_area: str
    parties: tuple[str, ...]
    period_code: str
    period_label: str  # "Hösttermin 2024"
    period_range: str  # "1 juli 2024 – 31 december 2024"
    generated: date
    summary: Summary
    focus_areas: tuple[FocusSection, ...]
    indicators: tuple[IndicatorLine, ...]
    months: tuple[tuple[str, int], ...]  # ("jan 2024", activities done)
    party_filter: str | None = None
    appendix: tuple[AppendixRow, ...] | None = None
    include_notes: bool = False
    author: str = "Löfte Desktop"
    lang: str = "sv"
    source: str = ""
    cover: bool = True  # False: start with the summary (the one-page self-test)
    extra: dict[str, str] = field(default_factory=dict)
    comment_summary: str = ""  # the period's overall summary, as written
    approval: ApprovalLine | None = None
    period_start: date | None = None
    period_end: date | None = None

    @property
    def empty(self) -> bool:
        return self.summary.activities == 0
