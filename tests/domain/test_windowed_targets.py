"""Targets per tertial and quarter, with a window of months and weekdays."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.agreement_periods import parse_period
from lofte_desktop.domain.catalogue import CatalogueError, read_target, target_table
from lofte_desktop.domain.model import Target
from lofte_desktop.domain.progress import describe_target, evaluate, scale_target
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.domain.types import ProgressStatus, TargetPer, TargetUnit
from tests.domain.test_cadence_periods import WIDE

A = replace(WIDE, start=date(2025, 1, 1), end=date(2026, 12, 31))
CAL = TermCalendar()
#: "minst 17 trafikkontroller torsdagar och söndagar under januari–april"
WINTER = Target(per=TargetPer.YEAR, min=17, window=(1, 4), weekdays=(4, 7))


def scaled_min(target: Target, period: str) -> float | None:
    return scale_target(target, parse_period(period, A), CAL).min


@pytest.mark.parametrize(
    ("period", "expected"),
    [("T1-2025", 17), ("T2-2025", 0), ("T3-2025", 0), ("2025", 17), ("hela", 34)],
)
def test_a_window_puts_the_whole_yearly_target_in_its_months(
    period: str, expected: int
) -> None:
    assert scaled_min(WINTER, period) == expected


def test_a_window_split_across_two_quarters_shares_the_target_by_days() -> None:
    # January–April: K1 has three of its four months, K2 the fourth (April).
    assert scaled_min(WINTER, "K1-2025") == 13  # ceil(17 * 3/4) = 13
    assert scaled_min(WINTER, "K2-2025") == 5  # ceil(17 * 1/4) = 5


@pytest.mark.parametrize(
    ("per", "period", "expected"),
    [
        (TargetPer.TERTIAL, "T2-2025", 2),
        (TargetPer.TERTIAL, "2025", 6),
        (TargetPer.TERTIAL, "hela", 12),
        (TargetPer.QUARTER, "K3-2025", 2),
        (TargetPer.QUARTER, "2025", 8),
        (TargetPer.QUARTER, "VT2025", 4),  # K1 and K2
        (TargetPer.TERM, "T1-2025", 2),  # four of VT's six months of 2: ceil(1.33)
        (TargetPer.YEAR, "K2-2025", 1),
        # A third of a year, though May–August has 123 of the year's 365 days.
        (TargetPer.YEAR, "T2-2025", 1),
    ],
)
def test_targets_per_tertial_and_quarter_scale_to_any_period(
    per: TargetPer, period: str, expected: int
) -> None:
    assert scaled_min(Target(per=per, min=2), period) == expected


def test_a_window_over_new_year_counts_november_to_february() -> None:
    t = Target(per=TargetPer.YEAR, min=4, window=(11, 2))
    assert t.window_months() == (1, 2, 11, 12)
    assert scaled_min(t, "T1-2025") == 2  # January–February: half the window
    assert scaled_min(t, "T3-2025") == 2  # November–December: the other half
    assert scaled_min(t, "T2-2025") == 0


@pytest.mark.parametrize(
    ("target", "done", "previous", "status"),
    [
        (Target(min=3), 3, None, ProgressStatus.MET),  # at least N
        (Target(min=2, max=3), 4, None, ProgressStatus.MET),  # N–M, over the top
        (Target(max=2), 1, None, ProgressStatus.MET),  # at most N
        (Target(compare_previous=True), 5, 4, ProgressStatus.MET),  # more than before
        (Target(compare_previous=True), 4, 4, ProgressStatus.BEHIND),
        (Target(), 0, None, ProgressStatus.BEHIND),  # no number: nothing done
        (Target(), 1, None, ProgressStatus.MET),
    ],
)
def test_every_target_kind_is_evaluated(
    target: Target, done: float, previous: float | None, status: ProgressStatus
) -> None:
    scaled = scale_target(target, parse_period("HT2025", A), CAL)
    ev = evaluate(scaled, done=done, previous=previous, elapsed=1.0)
    assert ev.status is status
    assert ev.over_max == (target.max is not None and done > target.max)


def test_targets_are_described_in_swedish_with_their_days() -> None:
    assert describe_target(WINTER) == (
        "minst 17 tillfällen torsdagar och söndagar under januari–april"
    )
    assert describe_target(WINTER, "en") == (
        "at least 17 occasions Thursdays and Sundays in January–April"
    )
    fridays = Target(per=TargetPer.TERTIAL, min=2, max=4, weekdays=(5,))
    assert describe_target(fridays) == "2–4 tillfällen per tertial fredagar"
    hours = Target(unit=TargetUnit.HOURS, per=TargetPer.QUARTER, min=1)
    assert describe_target(hours) == "minst 1 timme per kvartal"
    assert describe_target(Target(per=TargetPer.YEAR, min=1, window=(3, 3))) == (
        "minst 1 tillfälle under mars"
    )


def test_a_target_refuses_impossible_months_and_weekdays() -> None:
    with pytest.raises(ValueError):
        Target(window=(0, 4))
    with pytest.raises(ValueError):
        Target(weekdays=(8,))


_targets = st.builds(
    Target,
    unit=st.sampled_from(TargetUnit),
    per=st.sampled_from(TargetPer),
    min=st.one_of(st.none(), st.integers(0, 50).map(float)),
    max=st.none(),
    compare_previous=st.booleans(),
    description=st.sampled_from(["", "Minst 17 under vintern"]),
    window=st.one_of(st.none(), st.tuples(st.integers(1, 12), st.integers(1, 12))),
    weekdays=st.lists(st.integers(1, 7), unique=True, max_size=7).map(tuple),
)


@given(_targets)
def test_a_target_round_trips_through_its_catalogue_table(target: Target) -> None:
    table = target_table(target)
    assert read_target(table) == target
    # As a catalogue file holds it: TOML, read back.
    toml = 'target = { per = "year", min = 17, window = [1, 4], weekdays = ["thu", "sun"] }'
    assert target_table(read_target(tomllib.loads(toml)["target"])) == {
        "unit": "occasions",
        "per": "year",
        "min": 17.0,
        "window": [1, 4],
        "weekdays": ["thu", "sun"],
    }


def test_a_target_table_refuses_what_a_form_would() -> None:
    with pytest.raises(CatalogueError, match=r"target.window"):
        read_target({"window": [5]})
    with pytest.raises(CatalogueError, match=r"target.weekdays\[1\]"):
        read_target({"weekdays": ["thu", "torsdag"]})
    with pytest.raises(CatalogueError, match="finns redan"):
        read_target({"weekdays": ["thu", "thu"]})
    with pytest.raises(CatalogueError, match="okänt värde"):
        read_target({"per": "month"})
