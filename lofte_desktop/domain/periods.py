"""Reporting periods: terms (HT2023, VT2024), tertials (T1-2025), quarters
(K1-2025), years (2024), the agreement period and date ranges.

Reporting terms partition the calendar: VT runs from 1 January to the day before the
autumn split (1 July by default), HT from the split to 31 December. So every date
falls in exactly one reporting term, whatever the school's teaching dates are. The
teaching dates (SchoolTerm) only decide how much time is left for school work.
Tertials (T1 January–April, T2 May–August, T3 September–December) and quarters
(K1–K4) partition every year too. Inside an agreement that starts or ends mid-unit
(1 July – 30 June), a unit is clipped to the agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.model import Agreement, Holiday, SchoolTerm
from lofte_desktop.domain.types import Cadence


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
        whole = _unit(kind, int(code[1]), int(code[3:]))
        return (start, end) == (whole.start, whole.end)
    return True


#: Months per unit of each calendar kind.
_UNIT_MONTHS = {PeriodKind.TERTIAL: 4, PeriodKind.QUARTER: 3}
_UNIT_LETTER = {PeriodKind.TERTIAL: "T", PeriodKind.QUARTER: "K"}


def _unit(kind: PeriodKind, n: int, year: int) -> Period:
    """Tertial or quarter `n` of `year`, e.g. T2-2025 = 1 May – 31 August 2025."""
    months = _UNIT_MONTHS[kind]
    start = date(year, (n - 1) * months + 1, 1)
    end = start + relativedelta(months=months) - timedelta(days=1)
    return Period(start, end, f"{_UNIT_LETTER[kind]}{n}-{year}", kind)


def _year(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), str(year), PeriodKind.YEAR)


_TERM_RE = re.compile(r"^(HT|VT)\s*(\d{4})$", re.IGNORECASE)
# T1-2025 (tertial) and K1-2025 (kvartal; Q1-2025 in English). The year is required,
# so a promise code such as T2 is never read as a period.
_TERTIAL_RE = re.compile(r"^T([1-3])\s*[-–]\s*(\d{4})$", re.IGNORECASE)
_QUARTER_RE = re.compile(r"^[KQ]([1-4])\s*[-–]\s*(\d{4})$", re.IGNORECASE)
_YEAR_RE = re.compile(r"^(\d{4})$")
_RANGE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|–|—|/)\s*(\d{4}-\d{2}-\d{2})$")
AGREEMENT_CODES = {"hela", "all", "period", "avtalsperiod", "helaperioden"}


@dataclass(frozen=True)
class TermCalendar:
    """A municipality's terms. `split` is the (month, day) the autumn term starts."""

    split: tuple[int, int] = (7, 1)
    school_terms: tuple[SchoolTerm, ...] = ()
    holidays: tuple[Holiday, ...] = ()

    def __post_init__(self) -> None:
        month, day = self.split
        # The split must leave both terms non-empty in every year, leap or not.
        date(2023, month, day)
        if (month, day) == (1, 1):
            raise ValueError("the autumn term cannot start on 1 January")

    @classmethod
    def for_agreement(cls, agreement: Agreement) -> TermCalendar:
        return cls(agreement.term_split, agreement.school_terms, agreement.holidays)

    def _split_date(self, year: int) -> date:
        return date(year, *self.split)

    def term(self, season: str, year: int) -> Period:
        season = season.upper()
        if season == "VT":
            return Period(
                date(year, 1, 1),
                self._split_date(year) - timedelta(days=1),
                f"VT{year}",
                PeriodKind.TERM,
            )
        if season == "HT":
            return Period(
                self._split_date(year), date(year, 12, 31), f"HT{year}", PeriodKind.TERM
            )
        raise ValueError(f"unknown season {season!r}")

    def term_of(self, d: date) -> Period:
        """The one reporting term that `d` falls in."""
        return self.term("HT" if d >= self._split_date(d.year) else "VT", d.year)

    def unit_of(self, kind: PeriodKind, d: date) -> Period:
        """The one term, tertial, quarter or year that `d` falls in."""
        if kind is PeriodKind.TERM:
            return self.term_of(d)
        if kind is PeriodKind.YEAR:
            return _year(d.year)
        return _unit(kind, (d.month - 1) // _UNIT_MONTHS[kind] + 1, d.year)

    def units_between(self, kind: PeriodKind, start: date, end: date) -> list[Period]:
        """The whole units of `kind` that overlap [start, end], in order."""
        units: list[Period] = []
        current = self.unit_of(kind, start)
        while current.start <= end:
            units.append(current)
            current = self.unit_of(kind, current.end + timedelta(days=1))
        return units

    def terms_between(self, start: date, end: date) -> list[Period]:
        """The reporting terms that overlap [start, end], in order."""
        return self.units_between(PeriodKind.TERM, start, end)

    def school_term(self, term: Period) -> SchoolTerm | None:
        for st in self.school_terms:
            if st.code.upper() == term.code.upper():
                return st
        return None

    def work_end(self, term: Period) -> date:
        """Last day school work can happen in a term: teaching end if set, else term end."""
        st = self.school_term(term)
        return st.end if st else term.end

    def is_holiday(self, d: date) -> Holiday | None:
        for h in self.holidays:
            if h.start <= d <= h.end:
                return h
        return None


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


def parse_period(
    text: str, agreement: Agreement, *, check_inside: bool = True
) -> Period:
    """Parses HT2023, VT2024, T1-2025, K3-2025, 2024, 'hela' or
    'YYYY-MM-DD..YYYY-MM-DD'.

    Raises ValidationError for text it cannot read, and (with check_inside) for a
    period that does not overlap the agreement. Terms, tertials, quarters and years
    are clipped to the agreement.
    """
    raw = (text or "").strip()
    cal = TermCalendar.for_agreement(agreement)
    period: Period | None = None
    if m := _TERM_RE.match(raw):
        period = cal.term(m.group(1), int(m.group(2)))
    elif (m := _TERTIAL_RE.match(raw)) and 1900 <= int(m.group(2)) <= 2999:
        period = _unit(PeriodKind.TERTIAL, int(m.group(1)), int(m.group(2)))
    elif (m := _QUARTER_RE.match(raw)) and 1900 <= int(m.group(2)) <= 2999:
        period = _unit(PeriodKind.QUARTER, int(m.group(1)), int(m.group(2)))
    elif m := _YEAR_RE.match(raw):
        year = int(m.group(1))
        if 1900 <= year <= 2999:
            period = _year(year)
    elif raw.lower().replace(" ", "") in AGREEMENT_CODES or raw == agreement.code:
        period = agreement_period(agreement)
    elif m := _RANGE_RE.match(raw):
        try:
            start = date.fromisoformat(m.group(1))
            end = date.fromisoformat(m.group(2))
        except ValueError:
            start = end = None  # type: ignore[assignment]
        if start and end and start <= end:
            period = Period(
                start, end, f"{start.isoformat()}..{end.isoformat()}", PeriodKind.CUSTOM
            )
    if period is None:
        raise ValidationError("err.bad_period", field="period", value=raw)
    if check_inside and (period.end < agreement.start or period.start > agreement.end):
        raise ValidationError(
            "err.period_outside",
            field="period",
            value=raw,
            start=agreement.start.isoformat(),
            end=agreement.end.isoformat(),
        )
    return clip(period, agreement)


def agreement_terms(agreement: Agreement) -> list[Period]:
    """The reporting terms of the agreement, in order."""
    return TermCalendar.for_agreement(agreement).terms_between(
        agreement.start, agreement.end
    )


#: The period kind each follow-up cadence shows.
CADENCE_KINDS = {
    Cadence.YEAR: PeriodKind.YEAR,
    Cadence.TERM: PeriodKind.TERM,
    Cadence.TERTIAL: PeriodKind.TERTIAL,
    Cadence.QUARTER: PeriodKind.QUARTER,
}


def cadence_periods(agreement: Agreement) -> list[Period]:
    """The agreement's follow-up periods (its cadence), clipped to it, in order."""
    kind = CADENCE_KINDS[agreement.cadence]
    cal = TermCalendar.for_agreement(agreement)
    units = cal.units_between(kind, agreement.start, agreement.end)
    return [clip(u, agreement) for u in units]


def default_period(agreement: Agreement, today: date) -> Period:
    """The period to show first: today's period of the agreement's cadence (term,
    tertial, quarter or year), or the nearest one inside the agreement."""
    cal = TermCalendar.for_agreement(agreement)
    clamp = min(max(today, agreement.start), agreement.end)
    unit = cal.unit_of(CADENCE_KINDS[agreement.cadence], clamp)
    return clip(unit, agreement)


def selectable_periods(agreement: Agreement) -> list[Period]:
    """For pickers: the cadence's periods, then (for a cadence finer than a year)
    the years, then the whole period of the agreement."""
    a = agreement
    years = [parse_period(str(y), a) for y in range(a.start.year, a.end.year + 1)]
    first = cadence_periods(a)
    if a.cadence is Cadence.YEAR:
        return [*first, agreement_period(a)]
    return [*first, *years, agreement_period(a)]
