"""Pure planning rules: overdue, double bookings, term-planner arithmetic."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.planning import (
    PlanItem,
    double_bookings,
    is_overdue,
    overdue,
    term_line,
)
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.domain.types import ActivityType, Status, TargetUnit

HT2024 = TermCalendar().term("HT", 2024)


def item(
    key: str,
    start: datetime,
    hours: float = 1.0,
    *,
    place: str | None = None,
    who: str = "",
    status: Status = Status.PLANNED,
    count: int | None = None,
) -> PlanItem:
    return PlanItem(
        key=key,
        activity_type=ActivityType.SCHOOL_VISIT,
        promise_codes=("N1",),
        party="Polisen",
        start=start,
        hours=hours,
        status=status,
        place=place,
        logged_by=who,
        count=count,
    )


def test_overdue_is_planned_work_whose_day_has_passed() -> None:
    today = date(2024, 10, 15)
    items = [
        item("a", datetime(2024, 10, 14, 18)),
        item("b", datetime(2024, 10, 15, 8)),  # today: not yet overdue
        item("c", datetime(2024, 10, 1, 18), status=Status.DONE),
        item("d", datetime(2024, 10, 2, 18), status=Status.CANCELLED),
        item("e", datetime(2024, 9, 1, 18)),
    ]
    assert [i.key for i in overdue(items, today)] == ["e", "a"]
    assert not is_overdue(items[1], today)


def test_same_place_at_overlapping_times_is_a_double_booking() -> None:
    a = item("a", datetime(2024, 10, 1, 18), 2, place="Skolan i Ås")
    b = item("b", datetime(2024, 10, 1, 19), 1, place="Skolan i Ås")
    c = item("c", datetime(2024, 10, 1, 20), 1, place="Skolan i Ås")  # touches a
    d = item("d", datetime(2024, 10, 1, 18), 1, place="Centrumparken")
    found = double_bookings([a, b, c, d])
    assert [(x.first.key, x.second.key, x.reason) for x in found] == [
        ("a", "b", "place")
    ]
    assert "Skolan i Ås" in found[0].message() and "Dubbelbokning" in found[0].message()


def test_same_person_at_overlapping_times_is_a_double_booking() -> None:
    a = item("a", datetime(2024, 10, 1, 18), 2, place="Skolan i Ås", who="Kim")
    b = item("b", datetime(2024, 10, 1, 19), 1, place="Centrumparken", who="Kim")
    c = item("c", datetime(2024, 10, 1, 19), 1, place="Busstationen", who="Alex")
    found = double_bookings([a, b, c])
    assert [(x.first.key, x.second.key, x.reason) for x in found] == [
        ("a", "b", "person")
    ]


def test_cancelled_and_done_work_never_clashes() -> None:
    a = item("a", datetime(2024, 10, 1, 18), 2, place="P", status=Status.CANCELLED)
    b = item("b", datetime(2024, 10, 1, 18), 2, place="P")
    c = item("c", datetime(2024, 10, 1, 18), 2, place="P", status=Status.DONE)
    assert double_bookings([a, b, c]) == []


def test_overlap_is_judged_in_real_time_across_the_spring_dst_change() -> None:
    # 31 Mar 2024 the clock jumps 02:00 -> 03:00. A one-hour visit from 01:30 ends at
    # 03:30 on the wall clock, so it clashes with a visit at 03:15 (wall-clock
    # arithmetic would say it ended at 02:30).
    a = item("a", datetime(2024, 3, 31, 1, 30), 1, place="P")
    b = item("b", datetime(2024, 3, 31, 3, 15), 0.5, place="P")
    assert len(double_bookings([a, b])) == 1
    c = item("c", datetime(2024, 3, 31, 3, 30), 0.5, place="P")
    assert double_bookings([a, c]) == []


@given(
    st.lists(
        st.tuples(st.integers(0, 200), st.integers(1, 8), st.sampled_from("ABC")),
        max_size=25,
    )
)
def test_double_bookings_match_a_brute_force_check(
    spec: list[tuple[int, int, str]],
) -> None:
    base = datetime(2024, 9, 2, 8)
    items = [
        item(str(n), base.replace(hour=8) + (start * 15) * _MIN, q / 4, place=place)
        for n, (start, q, place) in enumerate(spec)
    ]
    found = {(c.first.key, c.second.key) for c in double_bookings(items)}
    expected = {
        tuple(sorted((x.key, y.key), key=int))
        for i, x in enumerate(items)
        for y in items[i + 1 :]
        if x.place == y.place and x.start < y.end and y.start < x.end
    }
    assert {tuple(sorted(p, key=int)) for p in found} == expected


_MIN = datetime(2024, 1, 1, 0, 1) - datetime(2024, 1, 1, 0, 0)


def test_term_planner_line_reads_like_the_issue() -> None:
    today = date(2024, 10, 15)
    items = [
        item("done", datetime(2024, 9, 10, 18), status=Status.DONE, count=30),
        item("next", datetime(2024, 11, 5, 18)),
        item("cancelled", datetime(2024, 10, 1, 18), status=Status.CANCELLED),
    ]
    line = term_line(
        promise_code="N1",
        label="Skolbesök",
        term=HT2024,
        unit=TargetUnit.OCCASIONS,
        items=items,
        today=today,
        target_min=2,
        target_max=3,
    )
    assert line.line() == "Skolbesök HT2024: 1 genomförd + 1 planerad av 2–3"
    assert line.line("en") == "Skolbesök HT2024: 1 done + 1 planned of 2–3"
    assert not line.cannot_meet and line.warnings() == []


def test_a_plan_that_cannot_meet_the_target_is_flagged() -> None:
    today = date(2024, 10, 15)
    items = [
        item("late", datetime(2024, 10, 1, 18)),  # overdue: does not count as planned
        item("next", datetime(2024, 11, 5, 18)),
    ]
    line = term_line(
        promise_code="N1",
        label="Skolbesök",
        term=HT2024,
        unit=TargetUnit.OCCASIONS,
        items=items,
        today=today,
        target_min=3,
        target_max=4,
    )
    assert (line.done, line.planned, line.overdue) == (0, 1, 1)
    assert line.cannot_meet
    warnings = line.warnings()
    assert "Planen räcker inte: 1 av minst 3. Planera 2 till." in warnings
    assert any("passerat" in w for w in warnings)


def test_plans_beyond_the_maximum_and_ended_terms_are_flagged() -> None:
    many = [item(str(n), datetime(2024, 11, n + 1, 18)) for n in range(4)]
    line = term_line(
        promise_code="N1",
        label="Skolbesök",
        term=HT2024,
        unit=TargetUnit.OCCASIONS,
        items=many,
        today=date(2024, 10, 15),
        target_min=2,
        target_max=3,
    )
    assert line.over_max and any("högsta" in w for w in line.warnings())
    ended = term_line(
        promise_code="N1",
        label="Skolbesök",
        term=HT2024,
        unit=TargetUnit.OCCASIONS,
        items=[],
        today=date(2025, 1, 10),
        target_min=2,
        target_max=3,
    )
    assert ended.ended and ended.warnings() == [
        "Terminen är slut och målet nåddes inte."
    ]


def test_hours_targets_compare_with_the_year_before() -> None:
    items = [
        item("a", datetime(2024, 9, 1, 18), 2.5, status=Status.DONE),
        item("b", datetime(2024, 11, 1, 18), 1.5),
    ]
    line = term_line(
        promise_code="T2",
        label="Närvaro",
        term=HT2024,
        unit=TargetUnit.HOURS,
        items=items,
        today=date(2024, 10, 15),
        target_min=None,
        target_max=None,
        previous=10,
    )
    assert (
        line.line()
        == "Närvaro HT2024: 2,5 h genomförda + 1,5 h planerade av mer än 10 h"
    )
    assert line.cannot_meet


@given(
    st.lists(
        st.tuples(
            st.integers(0, 180),
            st.sampled_from([Status.PLANNED, Status.DONE, Status.CANCELLED]),
        ),
        max_size=30,
    ),
    st.integers(0, 180),
)
def test_every_item_is_counted_once(
    spec: list[tuple[int, Status]], today_n: int
) -> None:
    start = HT2024.start
    today = date.fromordinal(start.toordinal() + today_n)
    items = [
        item(
            str(n),
            datetime.combine(
                date.fromordinal(start.toordinal() + d), datetime.min.time()
            ),
            status=s,
        )
        for n, (d, s) in enumerate(spec)
    ]
    line = term_line(
        promise_code="N1",
        label="Skolbesök",
        term=HT2024,
        unit=TargetUnit.OCCASIONS,
        items=items,
        today=today,
        target_min=2,
        target_max=3,
    )
    live = [i for i in items if i.status is not Status.CANCELLED]
    assert line.done + line.planned + line.overdue == len(live)
    assert line.cannot_meet == (line.done + line.planned < 2)


def test_one_overdue_occasion_is_singular() -> None:
    line = term_line(
        promise_code="N1",
        label="Skolbesök",
        term=HT2024,
        unit=TargetUnit.OCCASIONS,
        items=[item("late", datetime(2024, 10, 1, 18))],
        today=date(2024, 10, 15),
        target_min=None,
        target_max=None,
    )
    assert line.warnings() == ["1 planerat tillfälle har passerat utan att markeras."]
    assert line.line() == "Skolbesök HT2024: 0 genomförda + 0 planerade"
