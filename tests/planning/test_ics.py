"""The .ics export parsed back with icalendar: every occurrence, in Stockholm time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event

from lofte_desktop.app import Services
from lofte_desktop.services.ics_export import IcsExporter, serialise
from lofte_desktop.services.planning import PlanDraft

STHLM = ZoneInfo("Europe/Stockholm")


def draft(**kw: object) -> PlanDraft:
    values: dict[str, object] = dict(
        activity_type="parent_meeting",
        promise_codes=["N1"],
        start="2024-03-05",
        start_time="18:00",
        duration=2,
        place="Skolan i Ås",
        party="Polisen",
        rrule="FREQ=WEEKLY;BYDAY=TU",
        until="2024-11-26",
    )
    values.update(kw)
    return PlanDraft(**values)  # type: ignore[arg-type]


def parse(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def expand(cal: Calendar) -> dict[str, list[tuple[datetime, datetime]]]:
    """{uid: [(start, end)]} in Stockholm time: RRULE/EXDATE expanded with dateutil,
    then RECURRENCE-ID overrides applied, as a calendar client does."""
    out: dict[str, dict[datetime, tuple[datetime, datetime]]] = {}
    overrides = []
    for ev in cal.walk("VEVENT"):
        uid = str(ev["UID"])
        start = ev["DTSTART"].dt
        length = ev["DTEND"].dt - start
        if "RECURRENCE-ID" in ev:
            overrides.append((uid, ev["RECURRENCE-ID"].dt, start, start + length))
            continue
        if "RRULE" in ev:
            rule = rrulestr(ev["RRULE"].to_ical().decode(), dtstart=start)
            starts = list(rule)
        else:
            starts = [start]
        skipped = set()
        exdates = ev.get("EXDATE")
        for ex in (
            exdates if isinstance(exdates, list) else [exdates] if exdates else []
        ):
            skipped.update(d.dt for d in ex.dts)
        out[uid] = {s: (s, s + length) for s in starts if s not in skipped}
    for uid, rid, start, end in overrides:
        assert rid in out[uid], "a RECURRENCE-ID must name an occurrence of the series"
        out[uid][rid] = (start, end)
    return {uid: sorted(v.values()) for uid, v in out.items()}


def local(d: datetime) -> tuple[str, str]:
    here = d.astimezone(STHLM)
    return here.date().isoformat(), here.strftime("%H:%M")


def test_round_trip_of_a_series_across_dst_with_exceptions(
    services: Services, tmp_path: Path
) -> None:
    plan = services.planning
    sid = plan.add(draft(exdates=["2024-10-29"])).key  # höstlov
    plan.cancel(f"{sid}@2024-04-02", "Påsklov")
    plan.move(f"{sid}@2024-09-10", "2024-09-12", "17:00")
    plan.done(f"{sid}@2024-03-12", count=20)
    one = plan.add(
        draft(rrule="", start="2024-05-20", start_time="09:30", duration=1)
    ).key
    out = tmp_path / "plan.ics"
    n = IcsExporter(plan).write(out)
    cal = parse(out)
    assert n == len(cal.walk("VEVENT")) == 3  # series, its moved occurrence, one-off
    assert str(cal["METHOD"]) == "PUBLISH" and str(cal["VERSION"]) == "2.0"
    assert "Löfte Desktop" in str(cal["PRODID"])
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Stockholm"]

    got = expand(cal)
    expected = [
        i
        for i in plan.items(date(2024, 1, 1), date(2024, 12, 31))
        if i.series_id == sid and i.status.value != "cancelled"
    ]
    series = got[f"{sid}@lofte-desktop"]
    assert [(local(s), local(e)) for s, e in series] == [
        (
            (i.day.isoformat(), i.start.strftime("%H:%M")),
            (i.day.isoformat(), i.end.strftime("%H:%M")),
        )
        for i in expected
    ]
    days = [local(s)[0] for s, _ in series]
    assert "2024-10-29" not in days and "2024-04-02" not in days
    assert "2024-09-12" in days and "2024-09-10" not in days
    # 18:00 local on both sides of both DST changes; UTC moves instead.
    by_day = {local(s)[0]: s for s, _ in series}
    assert local(by_day["2024-03-26"])[1] == local(by_day["2024-04-09"])[1] == "18:00"
    assert by_day["2024-03-26"].astimezone(UTC).hour == 17
    assert by_day["2024-04-09"].astimezone(UTC).hour == 16
    assert by_day["2024-11-05"].astimezone(UTC).hour == 17
    assert [(local(s), local(e)) for s, e in got[f"{one}@lofte-desktop"]] == [
        (("2024-05-20", "09:30"), ("2024-05-20", "10:30"))
    ]


def test_uids_are_stable_and_sequence_grows_on_change(
    services: Services, tmp_path: Path
) -> None:
    plan = services.planning
    sid = plan.add(draft()).key
    exporter = IcsExporter(plan)

    def series_event(path: Path) -> dict[str, str]:
        exporter.write(path)
        ev = next(e for e in parse(path).walk("VEVENT") if "RRULE" in e)
        return {"uid": str(ev["UID"]), "seq": str(ev["SEQUENCE"])}

    first = series_event(tmp_path / "a.ics")
    assert series_event(tmp_path / "b.ics") == first
    plan.edit_series(sid, {"start_time": "17:00"})
    changed = series_event(tmp_path / "c.ics")
    assert changed["uid"] == first["uid"] == f"{sid}@lofte-desktop"
    assert int(changed["seq"]) > int(first["seq"])


def test_until_is_written_in_utc_and_covers_the_last_day(
    services: Services, tmp_path: Path
) -> None:
    IcsExporter(services.planning).write(tmp_path / "p.ics")
    ev = parse(tmp_path / "p.ics").walk("VEVENT")
    assert ev == []  # nothing planned yet: an empty, valid calendar
    services.planning.add(draft())
    IcsExporter(services.planning).write(tmp_path / "p.ics")
    (ev,) = parse(tmp_path / "p.ics").walk("VEVENT")
    until = ev["RRULE"]["UNTIL"][0]
    assert until.tzinfo is not None and until.astimezone(STHLM).date() == date(
        2024, 11, 26
    )


def test_the_vtimezone_agrees_with_zoneinfo(services: Services, tmp_path: Path) -> None:
    services.planning.add(draft())
    IcsExporter(services.planning).write(tmp_path / "p.ics")
    tz = parse(tmp_path / "p.ics").walk("VTIMEZONE")[0].to_tz()
    moment = datetime(2023, 1, 1, 0, 30)
    while moment < datetime(2031, 1, 1):
        assert tz.utcoffset(moment) == STHLM.utcoffset(moment), moment
        moment += timedelta(hours=7)


def test_period_filter_and_unwritable_target(
    services: Services, tmp_path: Path
) -> None:
    plan = services.planning
    plan.add(draft())
    plan.add(draft(rrule="", start="2023-05-02"))
    exporter = IcsExporter(plan)
    n = exporter.write(tmp_path / "ht.ics", services.progress.period("HT2024"))
    assert n == 1
    missing = tmp_path / "nope" / "x.ics"
    with pytest.raises(OSError):
        exporter.write(missing)
    assert not missing.exists() and not list(tmp_path.glob(".lofte-*"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet='abcåäöÅÄÖ ,;:\\\n€^"x', max_size=200), min_size=1, max_size=4
    )
)
def test_serialise_writes_exactly_what_icalendar_writes(texts: list[str]) -> None:
    cal = Calendar()
    cal.add("prodid", "-//test//")
    for n, text in enumerate(texts):
        ev = Event()
        ev.add("uid", f"{n}@test")
        ev.add("summary", text)
        ev.add("description", text * 2)
        ev.add("dtstart", datetime(2024, 3, 31, 2, 30, tzinfo=STHLM))
        cal.add_component(ev)
    assert serialise(cal) == cal.to_ical()
