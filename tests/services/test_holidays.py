"""Editing holidays: every bad row refused at once, good ones stored and audited."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import ValidationErrors
from lofte_desktop.domain.holidays import (
    HolidayDraft,
    terms_without_holidays,
    validate_holidays,
)
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.services.agreement import read_catalogue_file
from lofte_desktop.storage.meta import audit_for


def test_bad_rows_are_all_named_and_nothing_is_written(services: Services) -> None:
    before = services.agreement.agreement().holidays
    with pytest.raises(ValidationErrors) as caught:
        services.agreement.set_holidays(
            [
                HolidayDraft("Höstlov", "2024-10-28", "2024-11-01"),
                HolidayDraft("", "2024-12-20", "2025-01-06"),
                HolidayDraft("Sportlov", "2024-03-08", "2024-03-04"),
                HolidayDraft("Påsklov", "2024-04-31", "2024-04-05"),
                HolidayDraft("Lov 900101-1239", "2024-05-01", "2024-05-02"),
                HolidayDraft("Gammalt", "2020-10-26", "2020-10-30"),
            ]
        )
    messages = [e.message() for e in caught.value.errors]
    assert [m.split(":")[0] for m in messages] == [
        "Lov 2",
        "Lov 3",
        "Lov 4",
        "Lov 5",
        "Lov 6",
    ]
    assert "2024-04-31" in messages[2]
    assert "personnummer" in messages[3] and "1239" not in messages[3]
    assert services.agreement.agreement().holidays == before


def test_holidays_are_stored_as_typed_and_audited(services: Services) -> None:
    a = services.agreement.set_holidays(
        [
            HolidayDraft("Jullov", "2024-12-20", "2025-01-06"),
            HolidayDraft("Höstlov v. 44", " 2024-10-28", "2024-11-01 "),
        ]
    )
    assert [h.name for h in a.holidays] == ["Höstlov v. 44", "Jullov"]
    services.ctx.invalidate()
    assert services.agreement.agreement().holidays == a.holidays
    with services.ctx.db.read() as s:
        entries = audit_for(s, a.id)
    assert any("Höstlov v. 44" in str(e) for e in entries)


@given(
    start=st.dates(date(2022, 6, 1), date(2025, 6, 1)),
    length=st.integers(-5, 30),
)
def test_a_holiday_is_kept_exactly_or_refused(start: date, length: int) -> None:
    a = read_catalogue_file("krokom-2023-2024")[0].agreement
    end = date.fromordinal(start.toordinal() + length)
    draft = HolidayDraft("Lov", start.isoformat(), end.isoformat())
    ok = end >= start and end >= a.start and start <= a.end
    if ok:
        (h,) = validate_holidays([draft], a)
        assert (h.start, h.end) == (start, end)
    else:
        with pytest.raises(ValidationErrors):
            validate_holidays([draft], a)


def test_terms_without_holidays() -> None:
    from lofte_desktop.domain.model import Holiday

    cal = TermCalendar(
        holidays=(Holiday("Höstlov", date(2024, 10, 28), date(2024, 11, 1)),)
    )
    bare = terms_without_holidays(cal, [date(2024, 10, 1), date(2025, 2, 4)])
    assert [p.code for p in bare] == ["VT2025"]
