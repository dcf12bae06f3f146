"""Recurrence expansion: rules, terms, daylight saving, exceptions, the window shortcut."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lofte_desktop.domain.recurrence import (
    Recurrence,
    RuleError,
    aware,
    describe,
    occurrence_key,
    occurrences,
    parse_rule,
    preset_rule,
    split_key,
)
from lofte_desktop.domain.terms import TermCalendar


def rec(
    body: str, start: datetime, until: date | None = None, **kw: object
) -> Recurrence:
    return Recurrence(start, parse_rule(body, start.date()), until, **kw)  # type: ignore[arg-type]


def test_defaults_from_the_start_date_are_written_out() -> None:
    tuesday = date(2024, 8, 20)
    assert parse_rule("FREQ=WEEKLY;INTERVAL=2", tuesday).body == (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    )
    assert parse_rule("freq=monthly", tuesday).body == "FREQ=MONTHLY;BYMONTHDAY=20"
    assert parse_rule("RRULE:FREQ=YEARLY", tuesday).body == (
        "FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=20"
    )
    rule = parse_rule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20241220", tuesday)
    assert rule.until == date(2024, 12, 20) and "UNTIL" not in rule.body


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("FREQ=HOURLY", "DAILY, WEEKLY"),
        ("FREQ=WEEKLY;BYHOUR=9", "starttid"),
        ("BYDAY=TU", "Ogiltig upprepningsregel"),
        ("FREQ=WEEKLY;BYDAY=XX", "Ogiltig del"),
        ("FREQ=WEEKLY;INTERVAL=0", "Ogiltig del"),
        ("FREQ=WEEKLY;COUNT=5000", "COUNT"),
        ("nonsense", "Ogiltig del"),
        ("", "Ogiltig upprepningsregel"),
    ],
)
def test_bad_rules_are_refused_in_swedish(text: str, words: str) -> None:
    with pytest.raises(RuleError) as info:
        parse_rule(text, date(2024, 1, 2))
    assert words in str(info.value)


def test_every_second_tuesday_until_the_end_of_term() -> None:
    r = rec(
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", datetime(2024, 8, 20, 18), date(2024, 12, 20)
    )
    got = occurrences(r, date(2024, 1, 1), date(2024, 12, 31))
    assert [d.date() for d in got][:3] == [
        date(2024, 8, 20),
        date(2024, 9, 3),
        date(2024, 9, 17),
    ]
    assert got[-1].date() == date(2024, 12, 10)
    assert all(d.weekday() == 1 and d.time() == time(18) for d in got)


def test_first_monday_of_each_month() -> None:
    r = rec("FREQ=MONTHLY;BYDAY=1MO", datetime(2024, 1, 1, 9))
    got = occurrences(r, date(2024, 1, 1), date(2024, 6, 30))
    assert [d.date() for d in got] == [
        date(2024, 1, 1),
        date(2024, 2, 5),
        date(2024, 3, 4),
        date(2024, 4, 1),
        date(2024, 5, 6),
        date(2024, 6, 3),
    ]


def test_a_series_across_the_term_boundary_falls_in_exactly_one_term_each() -> None:
    cal = TermCalendar()
    r = rec("FREQ=WEEKLY;BYDAY=WE", datetime(2024, 5, 1, 15), date(2024, 9, 30))
    got = occurrences(r, date(2024, 1, 1), date(2024, 12, 31))
    vt, ht = cal.term("VT", 2024), cal.term("HT", 2024)
    in_vt = occurrences(r, vt.start, vt.end)
    in_ht = occurrences(r, ht.start, ht.end)
    assert len(in_vt) + len(in_ht) == len(got) == 22
    assert in_vt[-1].date() == date(2024, 6, 26) and in_ht[0].date() == date(2024, 7, 3)


def test_weekly_1800_stays_1800_local_across_both_dst_changes() -> None:
    # DST starts Sunday 31 March 2024 and ends Sunday 27 October 2024.
    r = rec("FREQ=WEEKLY;BYDAY=SU", datetime(2024, 3, 17, 18), date(2024, 11, 10))
    got = occurrences(r, date(2024, 3, 1), date(2024, 11, 30))
    assert all(d.time() == time(18) for d in got)
    utc = {d.date(): aware(d).astimezone(UTC).hour for d in got}
    assert utc[date(2024, 3, 24)] == 17  # CET, +01:00
    assert utc[date(2024, 3, 31)] == 16  # the change day itself: CEST, +02:00
    assert utc[date(2024, 10, 20)] == 16
    assert utc[date(2024, 10, 27)] == 17  # back to CET on the change day
    assert [d.date() for d in got].count(date(2024, 3, 31)) == 1


def test_exdates_skip_a_holiday_week() -> None:
    hostlov = {date(2024, 10, 29)}
    r = rec(
        "FREQ=WEEKLY;BYDAY=TU",
        datetime(2024, 10, 1, 18),
        date(2024, 11, 30),
        exdates=frozenset(hostlov),
    )
    days = [d.date() for d in occurrences(r, date(2024, 10, 1), date(2024, 11, 30))]
    assert date(2024, 10, 22) in days and date(2024, 11, 5) in days
    assert not hostlov & set(days)


def test_count_limits_the_series() -> None:
    r = rec("FREQ=WEEKLY;BYDAY=MO;COUNT=3", datetime(2024, 1, 1, 8))
    assert len(occurrences(r, date(2024, 1, 1), date(2024, 12, 31))) == 3
    assert len(occurrences(r, date(2024, 1, 10), date(2024, 12, 31))) == 1


def test_one_off_without_rule() -> None:
    r = Recurrence(datetime(2024, 3, 5, 10))
    assert occurrences(r, date(2024, 3, 1), date(2024, 3, 31)) == [
        datetime(2024, 3, 5, 10)
    ]
    assert occurrences(r, date(2024, 4, 1), date(2024, 4, 30)) == []


def test_presets_and_descriptions() -> None:
    tue = date(2024, 9, 10)  # the second Tuesday of September
    assert describe(parse_rule(preset_rule("biweekly", tue), tue)) == "varannan tisdag"
    assert describe(parse_rule(preset_rule("weekly", tue), tue)) == "varje tisdag"
    assert describe(parse_rule(preset_rule("monthly_nth", tue), tue)) == (
        "andra tisdagen varje månad"
    )
    assert describe(parse_rule(preset_rule("biweekly", tue), tue), "en") == (
        "every other Tuesday"
    )
    assert preset_rule("none", tue) == ""
    last = date(2024, 10, 29)  # the fifth Tuesday: "the last"
    assert preset_rule("monthly_nth", last) == "FREQ=MONTHLY;BYDAY=-1TU"


def test_occurrence_keys_round_trip() -> None:
    key = occurrence_key("abc123", date(2024, 9, 3))
    assert key == "abc123@2024-09-03"
    assert split_key(key) == ("abc123", date(2024, 9, 3))
    assert split_key("abcdef") == ("abcdef", None)


# --- properties ----------------------------------------------------------------

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@st.composite
def rules(draw: st.DrawFn) -> str:
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}", f"INTERVAL={draw(st.integers(1, 4))}"]
    if freq == "WEEKLY" and draw(st.booleans()):
        days = draw(
            st.lists(st.sampled_from(DAYS), min_size=1, max_size=3, unique=True)
        )
        parts.append("BYDAY=" + ",".join(days))
    if freq == "MONTHLY":
        choice = draw(st.sampled_from(["nth", "day", "setpos", "none"]))
        if choice == "nth":
            n = draw(st.sampled_from([1, 2, 3, -1]))
            parts.append(f"BYDAY={n}{draw(st.sampled_from(DAYS))}")
        elif choice == "day":
            parts.append(f"BYMONTHDAY={draw(st.integers(1, 28))}")
        elif choice == "setpos":
            parts.append("BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
    if freq == "DAILY" and draw(st.booleans()):
        parts.append("BYDAY=MO,TU,WE,TH,FR")
    return ";".join(parts)


starts = st.datetimes(
    min_value=datetime(2023, 1, 1), max_value=datetime(2024, 12, 31)
).map(lambda d: d.replace(minute=d.minute // 15 * 15, second=0, microsecond=0))


@settings(max_examples=150, deadline=None)
@given(
    body=rules(),
    start=starts,
    offset=st.integers(0, 900),
    length=st.integers(0, 120),
    span=st.none() | st.integers(0, 800),
)
def test_the_window_shortcut_gives_the_same_occurrences(
    body: str, start: datetime, offset: int, length: int, span: int | None
) -> None:
    until = None if span is None else start.date() + timedelta(days=span)
    r = rec(body, start, until)
    lo = start.date() + timedelta(days=offset - 60)
    hi = lo + timedelta(days=length)
    assert occurrences(r, lo, hi) == occurrences(r, lo, hi, full=True)


@settings(max_examples=100, deadline=None)
@given(body=rules(), start=starts, skip=st.sets(st.integers(0, 120), max_size=6))
def test_occurrences_keep_the_local_time_and_respect_skips(
    body: str, start: datetime, skip: set[int]
) -> None:
    ex = frozenset(start.date() + timedelta(days=n) for n in skip)
    r = rec(body, start, start.date() + timedelta(days=400), exdates=ex)
    got = occurrences(r, start.date(), start.date() + timedelta(days=400))
    assert all(d.time() == start.time() for d in got)
    assert not {d.date() for d in got} & ex
    assert got == sorted(got) and len({d.date() for d in got}) == len(got)
    assert all(d >= start for d in got)
