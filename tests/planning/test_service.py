"""PlanningService on a real database: plans, done, cancel, move, edit scopes, audit."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import LofteError, PrivacyError, ValidationError
from lofte_desktop.domain.planning import PlanError
from lofte_desktop.domain.types import Status
from lofte_desktop.services.events import ActivitiesChanged, PlansChanged
from lofte_desktop.services.planning import PlanDraft
from lofte_desktop.storage.models import AuditRow, PlanSeriesRow

BIWEEKLY = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"


def series_draft(**kw: object) -> PlanDraft:
    values: dict[str, object] = dict(
        activity_type="parent_meeting",
        promise_codes=["N1"],
        start="2024-08-20",
        start_time="18:00",
        duration=2,
        place="Skolan i Ås",
        party="Polisen",
        rrule=BIWEEKLY,
        until="2024-12-20",
    )
    values.update(kw)
    return PlanDraft(**values)  # type: ignore[arg-type]


def series_keys(services: Services, start: date, end: date) -> list[str]:
    return [i.key for i in services.planning.items(start, end) if i.series_id]


def test_a_series_is_stored_stamped_audited_and_expanded(services: Services) -> None:
    seen: list[object] = []
    services.events.subscribe(PlansChanged, seen.append)
    result = services.planning.add(series_draft())
    assert result.is_series and len(result.items) == 9
    rec = services.planning.series(result.key)
    assert rec.rrule == BIWEEKLY and rec.until == date(2024, 12, 20)
    assert rec.expected_count == 9 and rec.hlc and rec.version == 1
    assert seen == [PlansChanged((result.key,))]
    with services.ctx.db.read() as s:
        row = s.get(PlanSeriesRow, result.key)
        assert row is not None and row.device_id == services.ctx.device_id
        audit = s.execute(select(AuditRow).where(AuditRow.record_id == result.key))
        assert [a.action for a in audit.scalars()] == ["create"]
    oct_keys = series_keys(services, date(2024, 10, 1), date(2024, 10, 31))
    assert oct_keys == [
        f"{result.key}@2024-10-01",
        f"{result.key}@2024-10-15",
        f"{result.key}@2024-10-29",
    ]


def test_a_start_off_the_rule_moves_to_the_first_occurrence(services: Services) -> None:
    result = services.planning.add(series_draft(start="2024-08-19"))  # a Monday
    assert services.planning.series(result.key).start_date == date(2024, 8, 20)


def test_bad_plans_are_refused_and_nothing_is_written(services: Services) -> None:
    bad = [
        series_draft(rrule="FREQ=SECONDLY"),
        series_draft(start_time=None),
        series_draft(duration="0"),
        series_draft(until="2024-08-01"),
        series_draft(until="2025-06-01"),
        series_draft(promise_codes=["X9"]),
        series_draft(note="Kontakt 19811218-9876"),
        series_draft(start="2024-12-31", rrule="FREQ=MONTHLY;BYMONTHDAY=5", until=None),
    ]
    for draft in bad:
        with pytest.raises(LofteError):
            services.planning.add(draft)
    with services.ctx.db.read() as s:
        assert s.execute(select(PlanSeriesRow)).first() is None
    with pytest.raises(ValidationError, match="personnummer"):
        services.planning.add(series_draft(note="Kontakt 19811218-9876"))


def test_mark_done_turns_a_virtual_occurrence_into_a_logged_activity(
    services: Services,
) -> None:
    key = services.planning.add(series_draft()).key + "@2024-10-01"
    changed: list[object] = []
    services.events.subscribe(ActivitiesChanged, changed.append)
    act = services.planning.done(key, hours="1,5", count=31)
    assert act.status is Status.DONE and act.hours == 1.5 and act.count == 31
    assert act.series_id == key.split("@")[0]
    assert act.recurrence_id == "2024-10-01T18:00" and act.start_time == "18:00"
    assert act.place == "Skolan i Ås" and act.promise_codes == ("N1",)
    item = services.planning.resolve(key)
    assert item.activity_id == act.id and item.status is Status.DONE
    assert changed and isinstance(changed[0], ActivitiesChanged)
    # Only one item on that day: the activity replaced the virtual occurrence.
    day = [i for i in services.planning.items(date(2024, 10, 1), date(2024, 10, 1))]
    assert [i.key for i in day if i.series_id] == [act.id]
    with pytest.raises(PlanError, match="redan genomförd"):
        services.planning.done(key)


def test_mark_done_with_the_planned_figures_by_default(services: Services) -> None:
    key = services.planning.add(series_draft()).key + "@2024-10-15"
    # A done parent meeting must say how many parents it reached.
    with pytest.raises(ValidationError, match="Föräldrar nådda måste anges"):
        services.planning.done(key)
    act = services.planning.done(key, count=14)
    assert act.hours == 2.0 and act.count == 14


def test_a_one_off_plan_is_a_planned_activity(services: Services) -> None:
    result = services.planning.add(
        series_draft(rrule="", start="2024-11-05", start_time="18:30", duration="1,5")
    )
    assert not result.is_series
    act = services.activities.get(result.key)
    assert (
        act.status is Status.PLANNED and act.hours == 1.5 and act.start_time == "18:30"
    )
    done = services.planning.done(result.key[:8], count=12)
    assert done.id == act.id and done.status is Status.DONE and done.count == 12


def test_cancel_records_a_reason(services: Services) -> None:
    sid = services.planning.add(series_draft()).key
    cancelled = services.planning.cancel(f"{sid[:8]}@2024-11-12", "Skolan stängd")
    assert cancelled.status is Status.CANCELLED
    assert cancelled.cancel_reason == "Skolan stängd"
    one = services.planning.add(series_draft(rrule="", start="2024-11-07")).key
    assert services.planning.cancel(one, "  Sjuk  ").cancel_reason == "Sjuk"
    with pytest.raises(PlanError, match="varför"):
        services.planning.cancel(f"{sid}@2024-11-26", "  ")
    with pytest.raises(PrivacyError, match="personnummer"):
        services.planning.cancel(f"{sid}@2024-11-26", "Elev 19811218-9876 sjuk")
    assert services.planning.resolve(f"{sid}@2024-11-26").virtual


def test_unknown_ids_and_dates_off_the_series_are_refused(services: Services) -> None:
    sid = services.planning.add(series_draft()).key
    with pytest.raises(PlanError, match="inget tillfälle"):
        services.planning.done(f"{sid}@2024-10-02")
    with pytest.raises(LofteError, match="Hittar ingen planering"):
        services.planning.done("ffffffff")
    with pytest.raises(LofteError):
        services.planning.done("abc")
    with pytest.raises(ValidationError):
        services.planning.done(f"{sid}@2024-13-40")


def test_overdue_lists_passed_planned_work_only(services: Services) -> None:
    # The fixture's today is 2024-10-15: 20 Aug, 3 Sep, 17 Sep and 1 Oct have passed.
    sid = services.planning.add(series_draft()).key
    services.planning.done(f"{sid}@2024-09-03", count=9)
    services.planning.cancel(f"{sid}@2024-09-17", "Lov")
    late = services.planning.overdue()
    assert [i.key for i in late] == [f"{sid}@2024-08-20", f"{sid}@2024-10-01"]


def test_virtual_occurrences_count_as_planned_in_progress(services: Services) -> None:
    def n1() -> tuple[float, float]:
        p = next(
            x for x in services.progress.progress("HT2024") if x.promise.code == "N1"
        )
        return p.done, p.planned

    before = n1()
    sid = services.planning.add(series_draft()).key
    assert n1() == (before[0], before[1] + 9)
    services.planning.done(f"{sid}@2024-10-01", count=9)
    assert n1() == (before[0] + 1, before[1] + 8)


def test_moving_one_occurrence_keeps_the_rest(services: Services) -> None:
    sid = services.planning.add(series_draft()).key
    moved = services.planning.move(f"{sid}@2024-10-15", "2024-10-17", "17:00")
    assert moved.date == date(2024, 10, 17) and moved.start_time == "17:00"
    assert moved.recurrence_id == "2024-10-15T18:00" and moved.status is Status.PLANNED
    items = services.planning.items(date(2024, 10, 1), date(2024, 10, 31))
    days = [(i.day.isoformat(), i.moved) for i in items if i.series_id]
    assert days == [("2024-10-01", False), ("2024-10-17", True), ("2024-10-29", False)]
    # Moving it again moves the same activity.
    again = services.planning.move(moved.id, "2024-10-18")
    assert again.id == moved.id and again.date == date(2024, 10, 18)


def test_edit_this_and_following_splits_the_series(services: Services) -> None:
    sid = services.planning.add(series_draft()).key
    done = services.planning.done(f"{sid}@2024-11-12", count=9)
    new = services.planning.edit_series(
        sid,
        {"start_time": "17:30", "place": "Högstadiet Krokom"},
        scope="following",
        from_day=date(2024, 10, 29),
    )
    assert new != sid
    old = services.planning.series(sid)
    assert old.until == date(2024, 10, 28)
    rec = services.planning.series(new)
    assert rec.start_date == date(2024, 10, 29) and rec.start_time == "17:30"
    items = [i for i in services.planning.items(date(2024, 8, 1), date(2024, 12, 31))]
    timed = [
        (i.day.isoformat(), i.start.strftime("%H:%M")) for i in items if i.series_id
    ]
    assert ("2024-10-15", "18:00") in timed and ("2024-10-29", "17:30") in timed
    assert ("2024-10-29", "18:00") not in timed
    assert len([i for i in items if i.series_id]) == 9  # none lost, none doubled
    assert services.activities.get(done.id).series_id == new
    with services.ctx.db.read() as s:
        actions = s.execute(
            select(AuditRow.action)
            .where(AuditRow.record_id == sid)
            .order_by(AuditRow.hlc)  # no ORDER BY, no order (PostgreSQL)
        )
        assert list(actions.scalars()) == ["create", "split"]


def test_edit_all_occurrences_changes_the_series_in_place(services: Services) -> None:
    sid = services.planning.add(series_draft()).key
    assert services.planning.edit_series(sid, {"duration": 1}) == sid
    rec = services.planning.series(sid)
    assert rec.duration_hours == 1 and rec.version == 2
    with services.ctx.db.read() as s:
        row = s.execute(
            select(AuditRow.changes).where(
                AuditRow.record_id == sid, AuditRow.action == "update"
            )
        ).scalar_one()
    assert json.loads(row)["duration_hours"] == [2.0, 1.0]


def test_skip_and_delete(services: Services) -> None:
    sid = services.planning.add(series_draft()).key
    services.planning.skip(f"{sid}@2024-10-29")
    assert services.planning.series(sid).exdates == (date(2024, 10, 29),)
    assert f"{sid}@2024-10-29" not in series_keys(
        services, date(2024, 10, 1), date(2024, 10, 31)
    )
    done = services.planning.done(f"{sid}@2024-10-01", count=9)
    services.planning.delete_series(sid)
    assert series_keys(services, date(2024, 8, 1), date(2024, 12, 31)) == [done.id]


def test_skip_holidays_adds_exdates(services: Services) -> None:
    from lofte_desktop.domain.model import Holiday

    services.agreement.set_terms(
        holidays=[Holiday("Höstlov", date(2024, 10, 28), date(2024, 11, 1))]
    )
    sid = services.planning.add(series_draft(skip_holidays=True)).key
    assert services.planning.series(sid).exdates == (date(2024, 10, 29),)


def test_new_plans_report_double_bookings(services: Services) -> None:
    services.planning.add(series_draft())
    result = services.planning.add(
        series_draft(rrule="", start="2024-10-29", start_time="19:00", duration=1)
    )
    reasons = sorted(c.reason for c in result.clashes)
    assert reasons == ["person", "place"]
    assert services.planning.double_bookings(date(2024, 10, 1), date(2024, 10, 31))


def test_term_planner_counts_done_and_planned(services: Services) -> None:
    sid = services.planning.add(
        series_draft(start="2024-10-22", rrule="FREQ=WEEKLY;INTERVAL=4;BYDAY=TU")
    ).key
    services.planning.done(f"{sid}@2024-10-22".replace("10-22", "10-22"), count=20)
    lines = services.planning.reader.term_plan(
        services.progress.period("HT2024"), today=date(2024, 10, 23)
    )
    n1 = next(ln for ln in lines if ln.promise_code == "N1")
    # 22 Oct done; 19 Nov and 17 Dec planned.
    assert (n1.done, n1.planned) == (1, 2)
    assert n1.line() == "Skolbesök HT2024: 1 genomförd + 2 planerade av 2–3"
    assert not n1.cannot_meet
