"""Reporting terms: VT and HT, split on the municipality's day (1 July by default).

Reporting terms partition the calendar: VT runs from 1 January to the day before the
autumn split, HT from the split to 31 December. So every date falls in exactly one
reporting term, whatever the school's teaching dates are. The teaching dates
(SchoolTerm) only decide how much time is left for school work. `TermCalendar` also
finds the tertial, quarter or year a date falls in, so one calendar answers "which
unit is this day in" for every cadence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lofte_desktop.domain.model import Agreement, Holiday, SchoolTerm
from lofte_desktop.domain.periods import (
    UNIT_MONTHS,
    Period,
    PeriodKind,
    calendar_unit,
    year_period,
)


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
            return year_period(d.year)
        return calendar_unit(kind, (d.month - 1) // UNIT_MONTHS[kind] + 1, d.year)

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


def agreement_terms(agreement: Agreement) -> list[Period]:
    """The reporting terms of the agreement, in order."""
    return TermCalendar.for_agreement(agreement).terms_between(
        agreement.start, agreement.end
    )
