from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.agreement_periods import default_period, parse_period
from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.model import Agreement, SchoolTerm
from lofte_desktop.domain.periods import PeriodKind
from lofte_desktop.domain.terms import TermCalendar, agreement_terms

KROKOM = Agreement(
    id="a",
    code="krokom-2023-2024",
    name="Krokom",
    municipality="K",
    police_area="P",
    parties=("Polisen", "Krokoms kommun"),
    start=date(2023, 1, 1),
    end=date(2024, 12, 31),
)

splits = st.tuples(st.integers(1, 12), st.integers(1, 28)).filter(lambda s: s != (1, 1))
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@given(splits, dates)
def test_every_date_falls_in_exactly_one_term(split: tuple[int, int], d: date) -> None:
    cal = TermCalendar(split=split)
    term = cal.term_of(d)
    assert term.contains(d)
    others = [
        cal.term("VT", d.year),
        cal.term("HT", d.year),
        cal.term("HT", d.year - 1),
        cal.term("VT", d.year + 1),
    ]
    assert sum(1 for t in others if t.contains(d)) == 1


@given(splits, dates, st.integers(0, 2000))
def test_terms_cover_a_range_without_gaps_or_overlaps(
    split: tuple[int, int], start: date, length: int
) -> None:
    cal = TermCalendar(split=split)
    end = start + timedelta(days=length)
    terms = cal.terms_between(start, end)
    assert terms[0].contains(start)
    assert terms[-1].contains(end)
    for a, b in itertools.pairwise(terms):
        assert b.start == a.end + timedelta(days=1)


def test_krokom_agreement_has_four_terms_covering_it() -> None:
    terms = agreement_terms(KROKOM)
    assert [t.code for t in terms] == ["VT2023", "HT2023", "VT2024", "HT2024"]
    assert terms[0].start == KROKOM.start and terms[-1].end == KROKOM.end
    assert sum(t.days for t in terms) == (KROKOM.end - KROKOM.start).days + 1


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("HT2023", date(2023, 7, 1), date(2023, 12, 31), PeriodKind.TERM),
        ("vt2024", date(2024, 1, 1), date(2024, 6, 30), PeriodKind.TERM),
        ("2024", date(2024, 1, 1), date(2024, 12, 31), PeriodKind.YEAR),
        ("hela", date(2023, 1, 1), date(2024, 12, 31), PeriodKind.AGREEMENT),
        (
            "krokom-2023-2024",
            date(2023, 1, 1),
            date(2024, 12, 31),
            PeriodKind.AGREEMENT,
        ),
        (
            "2023-03-01..2023-05-31",
            date(2023, 3, 1),
            date(2023, 5, 31),
            PeriodKind.CUSTOM,
        ),
    ],
)
def test_parse_period(text: str, start: date, end: date, kind: PeriodKind) -> None:
    p = parse_period(text, KROKOM)
    assert (p.start, p.end, p.kind) == (start, end, kind)


@pytest.mark.parametrize("text", ["HT2030", "2019", "VT2025"])
def test_period_outside_the_agreement_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_period(text, KROKOM)
    assert "utanför avtalsperioden" in str(err.value)


@pytest.mark.parametrize(
    "text", ["", "HT23", "höst", "2024-13-01..2024-12-01", "2024-05-01..2024-04-01"]
)
def test_unreadable_period_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_period(text, KROKOM)
    assert err.value.key == "err.bad_period"


def test_school_term_decides_the_working_end() -> None:
    cal = TermCalendar(
        school_terms=(SchoolTerm("HT2024", date(2024, 8, 19), date(2024, 12, 20)),)
    )
    ht = cal.term("HT", 2024)
    assert cal.work_end(ht) == date(2024, 12, 20)
    assert cal.work_end(cal.term("VT", 2024)) == date(2024, 6, 30)


def test_default_period_clamps_to_the_agreement() -> None:
    assert default_period(KROKOM, date(2026, 11, 24)).code == "HT2024"
    assert default_period(KROKOM, date(2020, 1, 1)).code == "VT2023"
    assert default_period(KROKOM, date(2024, 3, 3)).code == "VT2024"


def test_shifted_years_keeps_the_code_in_step() -> None:
    p = parse_period("HT2024", KROKOM).shifted_years(-1)
    assert (p.code, p.start, p.end) == ("HT2023", date(2023, 7, 1), date(2023, 12, 31))


def test_split_on_new_year_is_refused() -> None:
    with pytest.raises(ValueError):
        TermCalendar(split=(1, 1))
