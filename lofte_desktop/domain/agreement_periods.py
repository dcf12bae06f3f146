"""An agreement's periods: `parse_period` reads every form a user types (HT2023,
VT2024, T1-2025, K1-2025, 2024, hela, a date range) and clips it to the agreement;
the cadence's periods, the period to show first and the ones a picker offers.
"""

from __future__ import annotations

import re
from datetime import date

from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.periods import (
    Period,
    PeriodKind,
    agreement_period,
    calendar_unit,
    clip,
    year_period,
)
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.domain.types import Cadence

_TERM_RE = re.compile(r"^(HT|VT)\s*(\d{4})$", re.IGNORECASE)
# T1-2025 (tertial) and K1-2025 (kvartal; Q1-2025 in English). The year is required,
# so a promise code such as T2 is never read as a period.
_TERTIAL_RE = re.compile(r"^T([1-3])\s*[-–]\s*(\d{4})$", re.IGNORECASE)
_QUARTER_RE = re.compile(r"^[KQ]([1-4])\s*[-–]\s*(\d{4})$", re.IGNORECASE)
_YEAR_RE = re.compile(r"^(\d{4})$")
_RANGE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|–|—|/)\s*(\d{4}-\d{2}-\d{2})$")
AGREEMENT_CODES = {"hela", "all", "period", "avtalsperiod", "helaperioden"}


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
        period = calendar_unit(PeriodKind.TERTIAL, int(m.group(1)), int(m.group(2)))
    elif (m := _QUARTER_RE.match(raw)) and 1900 <= int(m.group(2)) <= 2999:
        period = calendar_unit(PeriodKind.QUARTER, int(m.group(1)), int(m.group(2)))
    elif m := _YEAR_RE.match(raw):
        year = int(m.group(1))
        if 1900 <= year <= 2999:
            period = year_period(year)
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
