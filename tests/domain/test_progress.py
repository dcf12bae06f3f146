from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.model import Target
from lofte_desktop.domain.periods import Period, PeriodKind
from lofte_desktop.domain.progress import (
    ScaledTarget,
    describe_target,
    evaluate,
    scale_target,
    time_left_text,
)
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.domain.types import Outcome, ProgressStatus, TargetPer, TargetUnit

CAL = TermCalendar()
HT24 = CAL.term("HT", 2024)
Y24 = Period(date(2024, 1, 1), date(2024, 12, 31), "2024", PeriodKind.YEAR)
WHOLE = Period(date(2023, 1, 1), date(2024, 12, 31), "hela", PeriodKind.AGREEMENT)
VISITS = Target(TargetUnit.OCCASIONS, TargetPer.TERM, 2, 3)


def test_per_term_target_scales_with_the_number_of_terms() -> None:
    assert (
        scale_target(VISITS, HT24, CAL).min,
        scale_target(VISITS, HT24, CAL).max,
    ) == (2, 3)
    assert (scale_target(VISITS, Y24, CAL).min, scale_target(VISITS, Y24, CAL).max) == (
        4,
        6,
    )
    assert scale_target(VISITS, WHOLE, CAL).min == 8


def test_per_period_target_counts_cumulatively_inside_the_agreement() -> None:
    once = Target(TargetUnit.OCCASIONS, TargetPer.PERIOD, 1)
    assert scale_target(once, HT24, CAL).cumulative
    assert not scale_target(once, WHOLE, CAL).cumulative


@pytest.mark.parametrize(
    ("done", "planned", "elapsed", "status", "outcome"),
    [
        (2, 0, 0.5, ProgressStatus.MET, Outcome.DONE),
        (3, 0, 1.0, ProgressStatus.MET, Outcome.DONE),
        (0, 0, 0.1, ProgressStatus.NOT_STARTED, Outcome.NOT_DONE),
        (0, 0, 1.0, ProgressStatus.BEHIND, Outcome.NOT_DONE),
        (1, 0, 0.4, ProgressStatus.ON_TRACK, Outcome.PARTLY),
        (1, 1, 0.9, ProgressStatus.ON_TRACK, Outcome.PARTLY),
        (1, 0, 0.9, ProgressStatus.BEHIND, Outcome.PARTLY),
        (1, 0, 1.0, ProgressStatus.BEHIND, Outcome.PARTLY),
    ],
)
def test_status_of_two_to_three_visits(
    done: int, planned: int, elapsed: float, status: ProgressStatus, outcome: Outcome
) -> None:
    ev = evaluate(
        ScaledTarget(2, 3, False, False), done=done, planned=planned, elapsed=elapsed
    )
    assert (ev.status, ev.outcome) == (status, outcome)


def test_more_than_max_is_met_but_flagged() -> None:
    ev = evaluate(ScaledTarget(2, 3, False, False), done=5, elapsed=0.5)
    assert ev.status is ProgressStatus.MET and ev.over_max


def test_compare_with_previous_year() -> None:
    scaled = ScaledTarget(None, None, True, False)
    assert (
        evaluate(scaled, done=120, previous=100, elapsed=1).status is ProgressStatus.MET
    )
    assert (
        evaluate(scaled, done=100, previous=100, elapsed=1).status
        is ProgressStatus.BEHIND
    )
    assert (
        evaluate(scaled, done=60, previous=100, elapsed=0.5).status
        is ProgressStatus.ON_TRACK
    )
    assert (
        evaluate(scaled, done=20, previous=100, elapsed=0.5).status
        is ProgressStatus.BEHIND
    )
    assert (
        evaluate(scaled, done=5, previous=None, elapsed=0.5).status
        is ProgressStatus.MET
    )


@given(st.floats(0, 50), st.floats(0, 10), st.floats(0, 1), st.floats(0, 20))
def test_met_exactly_when_the_minimum_is_reached(
    done: float, planned: float, elapsed: float, minimum: float
) -> None:
    ev = evaluate(
        ScaledTarget(minimum or None, None, False, False),
        done=done,
        planned=planned,
        elapsed=elapsed,
    )
    reached = done >= minimum if minimum else done > 0
    assert (ev.status is ProgressStatus.MET) == reached
    assert (ev.outcome is Outcome.DONE) == reached


def test_time_left_in_weeks_then_days() -> None:
    assert (
        time_left_text(HT24, date(2024, 12, 20), date(2024, 11, 8)) == "6 veckor kvar"
    )
    assert (
        time_left_text(HT24, date(2024, 12, 20), date(2024, 12, 15)) == "6 dagar kvar"
    )
    assert (
        time_left_text(HT24, date(2024, 12, 20), date(2024, 12, 21))
        == "perioden är slut"
    )


def test_describe_target_without_description() -> None:
    assert describe_target(VISITS) == "2–3 tillfällen per termin"
    assert describe_target(VISITS, "en") == "2–3 occasions per term"
    assert describe_target(Target()) == "Inget antal angivet"
