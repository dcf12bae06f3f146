"""Reporting periods: terms (HT2023, VT2024), years (2024) and the agreement period.

Reporting terms partition the calendar: VT runs from 1 January to the day before the
autumn split (1 July by default), HT from the split to 31 December. So every date
falls in exactly one reporting term, whatever the school's teaching dates are. The
teaching dates (SchoolTerm) only decide how much time is left for school work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.model import Agreement, Holiday, SchoolTerm


class PeriodKind(StrEnum):
    TERM = "term"
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
        """The same period `years` later (negative: earlier); codes follow along."""
        start = self.start + relativedelta(years=years)
        end = self.end + relativedelta(years=years)
        if self.kind is PeriodKind.TERM:
            code = f"{self.code[:2]}{int(self.code[2:]) + years}"
        elif self.kind is PeriodKind.YEAR:
            code = str(int(self.code) + years)
        else:
            code = f"{start.isoformat()}..{end.isoformat()}"
        kind = self.kind if self.kind is not PeriodKind.AGREEMENT else PeriodKind.CUSTOM
        return Period(start, end, code, kind)


_TERM_RE = re.compile(r"^(HT|VT)\s*(\d{4})$", re.IGNORECASE)
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

    def terms_between(self, start: date, end: date) -> list[Period]:
        """The reporting terms that overlap [start, end], in order."""
        terms: list[Period] = []
        current = self.term_of(start)
        while current.start <= end:
            terms.append(current)
            current = self.term_of(current.end + timedelta(days=1))
        return terms

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


def parse_period(
    text: str, agreement: Agreement, *, check_inside: bool = True
) -> Period:
    """Parses HT2023, VT2024, 2024, 'hela' or 'YYYY-MM-DD..YYYY-MM-DD'.

    Raises ValidationError for text it cannot read, and (with check_inside) for a
    period that does not overlap the agreement.
    """
    raw = (text or "").strip()
    cal = TermCalendar.for_agreement(agreement)
    period: Period | None = None
    if m := _TERM_RE.match(raw):
        period = cal.term(m.group(1), int(m.group(2)))
    elif m := _YEAR_RE.match(raw):
        year = int(m.group(1))
        if 1900 <= year <= 2999:
            period = Period(
                date(year, 1, 1), date(year, 12, 31), str(year), PeriodKind.YEAR
            )
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
    return period


def agreement_terms(agreement: Agreement) -> list[Period]:
    """The reporting terms of the agreement, in order."""
    return TermCalendar.for_agreement(agreement).terms_between(
        agreement.start, agreement.end
    )


def default_period(agreement: Agreement, today: date) -> Period:
    """The term to show first: today's term, or the nearest one inside the agreement."""
    cal = TermCalendar.for_agreement(agreement)
    clamp = min(max(today, agreement.start), agreement.end)
    return cal.term_of(clamp)


def selectable_periods(agreement: Agreement) -> list[Period]:
    """Terms, years and the whole period of the agreement, for pickers."""
    a = agreement
    years = [parse_period(str(y), a) for y in range(a.start.year, a.end.year + 1)]
    return [*agreement_terms(a), *years, agreement_period(a)]
