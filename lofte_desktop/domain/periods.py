"""Reporting periods: the `Period` value (a term, tertial, quarter, year, the
agreement period or a date range) and the calendar's fixed units.

Tertials (T1 January–April, T2 May–August, T3 September–December) and quarters
(K1–K4) partition every year. Inside an agreement that starts or ends mid-unit
(1 July – 30 June), a unit is clipped to the agreement (`clip`). Reporting terms
(VT/HT) are in `terms.py`; reading what a user types is `agreement_periods.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from lofte_desktop.domain.model import Agreement


class PeriodKind(StrEnum):
    TERM = "term"
    TERTIAL = "tertial"
    QUARTER = "quarter"
    YEAR = "year"
    AGREEMENT = "agreement"
    CUSTOM = "custom"


@dataclass(frozen=True, order=True)
class Period:
    """An inclusive date range with a code (HT2023, VT2024, 2024, hela, or a range)."""

    start: date
    end: date
    code: str
    kind: PeriodKind

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period {self.code} ends before it starts")

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self, lang: str = "sv") -> str:
        if self.kind is PeriodKind.TERM:
            season = self.code[:2]
            year = self.code[2:]
            if lang == "en":
                return ("Autumn term " if season == "HT" else "Spring term ") + year
            return ("Hösttermin " if season == "HT" else "Vårtermin ") + year
        if self.kind in (PeriodKind.TERTIAL, PeriodKind.QUARTER):
            n, year = self.code[1], self.code[3:]
            if self.kind is PeriodKind.TERTIAL:
                return f"Tertial {n} {year}"
            return ("Quarter " if lang == "en" else "Kvartal ") + f"{n} {year}"
        if self.kind is PeriodKind.YEAR:
            return self.code
        if self.kind is PeriodKind.AGREEMENT:
            span = f"{self.start.year}–{self.end.year}"
            return ("Hela perioden " if lang == "sv" else "Whole period ") + span
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def elapsed_fraction(self, today: date) -> float:
        """How much of the period has passed at the end of `today` (0..1)."""
        if today < self.start:
            return 0.0
        if today >= self.end:
            return 1.0
        return ((today - self.start).days + 1) / self.days

    def shifted_years(self, years: int) -> Period:
        """The same period `years` later (negative: earlier); codes follow along.

        A unit clipped to an agreement (the first half of 2020) shifts to the same
        days a year earlier, named by its dates: it is no longer the whole unit."""
        start = self.start + relativedelta(years=years)
        end = self.end + relativedelta(years=years)
        kind = self.kind
        if kind is PeriodKind.TERM:
            code = f"{self.code[:2]}{int(self.code[2:]) + years}"
        elif kind in (PeriodKind.TERTIAL, PeriodKind.QUARTER):
            code = f"{self.code[:3]}{int(self.code[3:]) + years}"
        elif kind is PeriodKind.YEAR:
            code = str(int(self.code) + years)
        else:
            kind = PeriodKind.CUSTOM
            code = f"{start.isoformat()}..{end.isoformat()}"
        if kind is not PeriodKind.CUSTOM and not _is_whole(start, end, code, kind):
            kind = PeriodKind.CUSTOM
            code = f"{start.isoformat()}..{end.isoformat()}"
        return Period(start, end, code, kind)


def _is_whole(start: date, end: date, code: str, kind: PeriodKind) -> bool:
    """Whether start..end is the whole calendar unit `code` (terms excepted: their
    split is the municipality's, and a shift keeps it)."""
    if kind is PeriodKind.YEAR:
        return (start, end) == (date(start.year, 1, 1), date(start.year, 12, 31))
    if kind in (PeriodKind.TERTIAL, PeriodKind.QUARTER):
        whole = calendar_unit(kind, int(code[1]), int(code[3:]))
        return (start, end) == (whole.start, whole.end)
    return True


#: Months per unit of each calendar kind.
UNIT_MONTHS = {PeriodKind.TERTIAL: 4, PeriodKind.QUARTER: 3}
_UNIT_LETTER = {PeriodKind.TERTIAL: "T", PeriodKind.QUARTER: "K"}


def calendar_unit(kind: PeriodKind, n: int, year: int) -> Period:
    """Tertial or quarter `n` of `year`, e.g. T2-2025 = 1 May – 31 August 2025."""
    months = UNIT_MONTHS[kind]
    start = date(year, (n - 1) * months + 1, 1)
    end = start + relativedelta(months=months) - timedelta(days=1)
    return Period(start, end, f"{_UNIT_LETTER[kind]}{n}-{year}", kind)


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), str(year), PeriodKind.YEAR)


def agreement_period(agreement: Agreement) -> Period:
    return Period(agreement.start, agreement.end, "hela", PeriodKind.AGREEMENT)


def clip(period: Period, agreement: Agreement) -> Period:
    """A term, tertial, quarter or year cut to the days of the agreement (its code
    kept); other periods, and units wholly inside, as they are."""
    if period.kind in (PeriodKind.AGREEMENT, PeriodKind.CUSTOM):
        return period
    start, end = max(period.start, agreement.start), min(period.end, agreement.end)
    if (start, end) == (period.start, period.end) or end < start:
        return period
    return Period(start, end, period.code, period.kind)
