"""Typed dates are taken exactly or refused, never moved; counts agree in number;
a done activity needs the figures its type uses."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.errors import ValidationError, ValidationErrors
from lofte_desktop.domain.texts import count_text
from lofte_desktop.domain.types import DEFAULT_TYPES, ActivityType
from lofte_desktop.domain.validation import (
    ActivityDraft,
    AgreementSpan,
    Rules,
    parse_date,
    validate_activity,
)

RULES = Rules(
    frozenset({"T2", "T3", "N1"}),
    ("Polisen",),
    date(2023, 1, 1),
    date(2024, 12, 31),
    name="Krokom 2023–2024",
)


@given(st.dates(min_value=date(1000, 1, 1)))
def test_every_real_date_is_taken_with_and_without_dashes(d: date) -> None:
    assert parse_date(d.isoformat()) == d
    assert parse_date(d.strftime("%Y%m%d")) == d
    assert parse_date(f" {d.year}-{d.month}-{d.day} ") == d


@given(
    st.integers(1000, 9999),
    st.integers(1, 12),
    st.integers(29, 99),
)
def test_a_day_past_the_month_is_refused_never_moved(
    year: int, month: int, day: int
) -> None:
    last = calendar.monthrange(year, month)[1]
    typed = f"{year}-{month:02d}-{day:02d}"
    if day <= last:
        assert parse_date(typed) == date(year, month, day)
        return
    with pytest.raises(ValidationError) as err:
        parse_date(typed)
    assert f"{typed} finns inte" in err.value.message()
    assert f"har {last} dagar" in err.value.message()


@pytest.mark.parametrize(
    "typed", ["28/11/2024", "28.11.2024", "241128", "2024-W48-4", "2024-13-01", "x"]
)
def test_ambiguous_or_odd_forms_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError):
        parse_date(typed)


def test_a_date_outside_every_agreement_names_each_one() -> None:
    rules = Rules(
        RULES.promise_codes,
        RULES.parties,
        RULES.start,
        RULES.end,
        name="Krokom 2023–2024",
        known=(
            AgreementSpan("Krokom 2021–2022", date(2021, 1, 1), date(2022, 12, 31)),
            AgreementSpan("Krokom 2023–2024", date(2023, 1, 1), date(2024, 12, 31)),
        ),
    )
    draft = ActivityDraft(
        "presence", ["T2"], "2026-11-29", party="Polisen", hours="1", place="Torget"
    )
    with pytest.raises(ValidationErrors) as err:
        validate_activity(draft, rules)
    text = err.value.message()
    assert "Krokom 2021–2022 (2021-01-01 – 2022-12-31)" in text
    assert "Krokom 2023–2024 (2023-01-01 – 2024-12-31)" in text
    assert "lofte agreement renew" in text and "Nytt medborgarlöfte…" in text


@pytest.mark.parametrize("kind", list(ActivityType))
def test_a_done_activity_needs_the_figures_its_type_uses(kind: ActivityType) -> None:
    info = DEFAULT_TYPES.info(kind)
    draft = ActivityDraft(kind.value, ["T2"], "2024-10-01", party="Polisen")
    needed = set(info.required)
    if not needed:
        assert validate_activity(draft, RULES).activity_type == kind
    else:
        with pytest.raises(ValidationErrors) as err:
            validate_activity(draft, RULES)
        assert {e.field for e in err.value.errors} == needed
    # "Övrigt" may have a count, need not.
    assert (kind is ActivityType.OTHER) == (info.uses_count and not needed)
    # A planned one has no figures yet.
    draft.status = "planned"
    assert validate_activity(draft, RULES).hours is None


def test_errors_come_in_the_order_of_the_form() -> None:
    draft = ActivityDraft(
        "traffic_check", [], "2024-02-30", party="Polisen", note="811228-9874"
    )
    with pytest.raises(ValidationErrors) as err:
        validate_activity(draft, RULES)
    assert [e.field for e in err.value.errors] == [
        "date",
        "hours",
        "count",
        "promises",
        "note",
    ]


def test_counts_agree_in_number() -> None:
    assert count_text(1, "occasions") == "1 tillfälle"
    assert count_text(2, "occasions") == "2 tillfällen"
    assert count_text(1, "activities") == "1 aktivitet"
    assert count_text(0, "activities") == "0 aktiviteter"
    assert count_text(12345, "activities") == "12\u00a0345 aktiviteter"
    assert count_text(1, "records", "en") == "1 record"
    assert count_text(3, "conflicts", "en") == "3 conflicts"
