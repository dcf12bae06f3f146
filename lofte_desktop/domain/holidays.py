"""School holidays (lov): the rule for editing them, and which terms have none.

One rule for every way holidays arrive: the Inställningar editor and `AgreementService
.set_holidays` use `validate_holidays`; a catalogue's holidays are checked by the
same order rule in domain/catalogue.py. Planning asks `terms_without_holidays` to
warn when "Hoppa över lov" has nothing to skip.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from lofte_desktop.domain.errors import (
    PrivacyError,
    ValidationError,
    ValidationErrors,
)
from lofte_desktop.domain.model import Agreement, Holiday
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.domain.validation import check_free_text


@dataclass(frozen=True)
class HolidayDraft:
    """One holiday as typed: a name and two dates (text or date)."""

    name: str
    start: str | date
    end: str | date


def _day(value: str | date, row: int) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            "err.holiday_date", field="date", row=row, value=value or "–"
        ) from None


def validate_holidays(
    drafts: Sequence[HolidayDraft], agreement: Agreement
) -> tuple[Holiday, ...]:
    """The holidays, sorted by first day; or ValidationErrors naming every bad row
    (1-based) at once. Names are kept as typed (outer spaces aside) and pass the
    personnummer guard; a holiday may reach past the agreement (jullov over New
    Year) but not lie wholly outside it."""
    errors: list[ValidationError] = []
    result: list[Holiday] = []
    for row, d in enumerate(drafts, start=1):
        name = d.name.strip()
        try:
            if not name:
                raise ValidationError("err.holiday_name", field="name", row=row)
            try:
                check_free_text(name, "name")
            except PrivacyError as exc:
                raise PrivacyError(
                    "err.holiday_pii", field="name", row=row, **exc.params
                ) from None
            start, end = _day(d.start, row), _day(d.end, row)
            if end < start:
                raise ValidationError(
                    "err.holiday_order", field="date", row=row, start=start, end=end
                )
            if end < agreement.start or start > agreement.end:
                raise ValidationError(
                    "err.holiday_outside",
                    field="date",
                    row=row,
                    start=start,
                    end=end,
                    agreement_start=agreement.start,
                    agreement_end=agreement.end,
                )
        except ValidationError as exc:
            errors.append(exc)
            continue
        result.append(Holiday(name, start, end))
    if errors:
        raise ValidationErrors(errors)
    return tuple(sorted(result, key=lambda h: (h.start, h.end, h.name)))


def terms_without_holidays(cal: TermCalendar, days: Iterable[date]) -> list[Period]:
    """The reporting terms `days` fall in that have no holiday at all: skipping
    holidays there skips nothing, which the user should be told."""
    terms = sorted({cal.term_of(d) for d in days}, key=lambda p: p.start)
    return [
        p
        for p in terms
        if not any(h.start <= p.end and h.end >= p.start for h in cal.holidays)
    ]
