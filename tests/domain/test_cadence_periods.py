"""Tertials, quarters and follow-up cadences; agreements that start mid-year."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.agreement_periods import (
    default_period,
    parse_period,
    selectable_periods,
)
from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.periods import PeriodKind
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.domain.types import Cadence
from tests.domain.test_periods import KROKOM

WIDE = replace(KROKOM, code="wide", start=date(1990, 1, 1), end=date(2099, 12, 31))
#: 1 July 2018 – 30 June 2020, as some agreements are written.
JULY_JUNE = replace(WIDE, code="jj", start=date(2018, 7, 1), end=date(2020, 6, 30))
CAL = TermCalendar()


@given(st.integers(1990, 2099), st.sampled_from(["T", "K"]))
def test_tertials_and_quarters_partition_every_year(year: int, letter: str) -> None:
    count = 3 if letter == "T" else 4
    units = [parse_period(f"{letter}{n}-{year}", WIDE) for n in range(1, count + 1)]
    assert units[0].start == date(year, 1, 1)
    assert units[-1].end == date(year, 12, 31)
    for before, after in pairwise(units):
        assert after.start == before.end + timedelta(days=1)
    assert sum(u.days for u in units) == parse_period(str(year), WIDE).days


@given(st.dates(date(1990, 1, 1), date(2099, 12, 31)))
def test_every_day_is_in_exactly_one_unit_of_each_kind(d: date) -> None:
    for kind in (PeriodKind.TERM, PeriodKind.TERTIAL, PeriodKind.QUARTER):
        unit = CAL.unit_of(kind, d)
        assert unit.contains(d)
        # The unit's own code reads back as the same unit.
        assert parse_period(unit.code, WIDE) == unit


_FORMS = st.one_of(
    st.builds(
        lambda s, y: f"{s}{y}", st.sampled_from(["HT", "VT"]), st.integers(2018, 2020)
    ),
    st.builds(lambda n, y: f"T{n}-{y}", st.integers(1, 3), st.integers(2018, 2020)),
    st.builds(lambda n, y: f"K{n}-{y}", st.integers(1, 4), st.integers(2018, 2020)),
    st.builds(str, st.integers(2018, 2020)),
    st.just("hela"),
    st.builds(
        lambda a, n: f"{a.isoformat()}..{(a + timedelta(days=n)).isoformat()}",
        st.dates(date(2018, 7, 1), date(2020, 6, 1)),
        st.integers(0, 25),
    ),
)


@given(_FORMS)
def test_every_period_form_round_trips_and_stays_inside_the_agreement(
    text: str,
) -> None:
    try:
        p = parse_period(text, JULY_JUNE)
    except ValidationError:
        # Refused only when the unit lies wholly outside the agreement.
        whole = parse_period(text, JULY_JUNE, check_inside=False)
        assert whole.end < JULY_JUNE.start or whole.start > JULY_JUNE.end
        return
    assert parse_period(p.code, JULY_JUNE) == p
    assert JULY_JUNE.start <= p.start <= p.end <= JULY_JUNE.end
    # The same period a year earlier is as long (a leap day aside) and is named by
    # a code that reads back to it when it is a whole unit.
    prev = p.shifted_years(-1)
    assert abs(prev.days - p.days) <= 1
    if prev.kind is not PeriodKind.CUSTOM and prev.start >= JULY_JUNE.start:
        assert parse_period(prev.code, JULY_JUNE) == prev


def test_units_are_clipped_to_a_july_to_june_agreement() -> None:
    y2018 = parse_period("2018", JULY_JUNE)
    assert (y2018.start, y2018.end, y2018.code) == (
        date(2018, 7, 1),
        date(2018, 12, 31),
        "2018",
    )
    t2 = parse_period("T2-2018", JULY_JUNE)  # May–August, the agreement from July
    assert (t2.start, t2.end) == (date(2018, 7, 1), date(2018, 8, 31))
    assert parse_period("VT2020", JULY_JUNE).end == date(2020, 6, 30)
    # The year before a clipped 2020 (January–June) is January–June 2019, not all
    # of 2019: like is compared with like.
    prev = parse_period("2020", JULY_JUNE).shifted_years(-1)
    assert (prev.start, prev.end, prev.kind) == (
        date(2019, 1, 1),
        date(2019, 6, 30),
        PeriodKind.CUSTOM,
    )
    with pytest.raises(ValidationError):
        parse_period("T1-2018", JULY_JUNE)  # January–April 2018: wholly before


@pytest.mark.parametrize("text", ["T2", "t2", "K1", "T4-2025", "K5-2025", "T1-25"])
def test_promise_codes_and_bad_units_are_not_periods(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_period(text, WIDE)


@pytest.mark.parametrize(
    ("cadence", "today", "code"),
    [
        (Cadence.TERM, date(2019, 3, 1), "VT2019"),
        (Cadence.TERTIAL, date(2019, 5, 1), "T2-2019"),
        (Cadence.QUARTER, date(2019, 11, 30), "K4-2019"),
        (Cadence.YEAR, date(2019, 11, 30), "2019"),
        # Before the agreement: its first period, clipped.
        (Cadence.TERTIAL, date(2017, 1, 1), "T2-2018"),
        (Cadence.YEAR, date(2026, 11, 29), "2020"),
    ],
)
def test_the_default_period_follows_the_cadence(
    cadence: Cadence, today: date, code: str
) -> None:
    a = replace(JULY_JUNE, cadence=cadence)
    p = default_period(a, today)
    assert p.code == code
    assert a.start <= p.start and p.end <= a.end
    # The pickers list the cadence's periods first, the default among them.
    periods = selectable_periods(a)
    assert p in periods
    assert periods[0].kind is p.kind


def test_pickers_list_tertials_years_and_the_whole_period() -> None:
    a = replace(JULY_JUNE, cadence=Cadence.TERTIAL)
    codes = [p.code for p in selectable_periods(a)]
    assert codes == [
        "T2-2018",
        "T3-2018",
        "T1-2019",
        "T2-2019",
        "T3-2019",
        "T1-2020",
        "T2-2020",
        "2018",
        "2019",
        "2020",
        "hela",
    ]
    assert parse_period("T2-2020", a).label() == "Tertial 2 2020"
    assert parse_period("K3-2019", a).label("en") == "Quarter 3 2019"
