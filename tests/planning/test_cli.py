"""`lofte plan …` in-process through main()."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from lofte_desktop.entry.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cli.sqlite")
    assert run(capsys, "--db", path, "init")[0] == 0
    return path


def add_series(capsys: pytest.CaptureFixture[str], db: str) -> str:
    code, out, err = run(
        capsys,
        "plan",
        "add",
        "--db",
        db,
        "--type",
        "parent_meeting",
        "--promise",
        "N1",
        "--start",
        "2024-08-20T18:00",
        "--duration",
        "2",
        "--place",
        "Skolan i Ås",
        "--rrule",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        "--until",
        "2024-12-20",
    )
    assert code == 0, err
    assert "varannan tisdag, 9 tillfällen" in err
    return out.strip()


def test_add_list_done_cancel_and_ics(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sid = add_series(capsys, db)
    code, out, _ = run(
        capsys, "plan", "list", "--db", db, "--period", "HT2024", "--json"
    )
    items = json.loads(out)
    assert code == 0 and len(items) == 9
    assert items[0]["id"] == f"{sid}@2024-08-20" and items[0]["start_time"] == "18:00"
    assert items[0]["virtual"] is True

    code, out, _ = run(
        capsys,
        "plan",
        "done",
        "--db",
        db,
        f"{sid[:8]}@2024-09-03",
        "--hours",
        "1,5",
        "--count",
        "40",
        "--json",
    )
    done = json.loads(out)
    assert code == 0 and done["status"] == "done" and done["count"] == 40
    assert done["hours"] == 1.5 and done["series_id"] == sid

    code, out, _ = run(
        capsys, "plan", "cancel", "--db", db, f"{sid}@2024-09-17", "--reason", "Lov"
    )
    assert code == 0
    code, out, _ = run(capsys, "plan", "list", "--db", db, "--period", "HT2024")
    assert "7 tillfällen" in out and "Föräldramöte" in out

    target = tmp_path / "plan.ics"
    ics = ("plan", "ics", "--db", db, "--out", str(target))
    code, _, err = run(capsys, *ics)  # no own party in the settings: refused
    assert code == 1 and "--all-parties" in err and not target.exists()
    code, _, err = run(capsys, *ics, "--all-parties")
    assert code == 0 and "kalenderhändelser" in err
    cal = Calendar.from_ical(target.read_bytes())
    (series,) = [e for e in cal.walk("VEVENT") if "RRULE" in e]
    assert str(series["UID"]) == f"{sid}@lofte-desktop"


def test_refusals_exit_1_with_a_swedish_message(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = ["plan", "add", "--db", db, "--promise", "N1", "--duration", "2"]
    code, _, err = run(capsys, *base, "--type", "school_visit", "--start", "2024-09-01")
    assert code == 1 and "starttid" in err
    code, _, err = run(
        capsys,
        *base,
        "--type",
        "school_visit",
        "--start",
        "2024-09-01T18:00",
        "--rrule",
        "FREQ=MINUTELY",
    )
    assert code == 1 and err.startswith("lofte: Upprepningen måste vara")
    code, _, err = run(capsys, "plan", "done", "--db", db, "deadbeef@2024-01-01")
    assert code == 1 and "Hittar ingen planering" in err
    code, _, err = run(
        capsys, "plan", "cancel", "--db", db, "deadbeef", "--reason", "x"
    )
    assert code == 1
    code, _, err = run(
        capsys,
        "plan",
        "ics",
        "--db",
        db,
        "--out",
        str(tmp_path / "no" / "x.ics"),
        "--all-parties",
    )
    assert code == 1 and "kunde inte skriva" in err


def test_usage_errors_exit_2(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["plan", "cancel", "--db", db, "abc"])
    assert info.value.code == 2


def test_overdue_and_term(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    sid = add_series(capsys, db)
    code, out, _ = run(capsys, "plan", "overdue", "--db", db, "--json")
    # The agreement ended 2024-12-31, so every occurrence of the series is overdue.
    assert code == 0 and len(json.loads(out)) == 9
    assert json.loads(out)[0]["id"] == f"{sid}@2024-08-20"
    code, out, _ = run(capsys, "plan", "term", "--db", db, "--period", "HT2024")
    assert code == 0 and "Skolbesök HT2024: 0 genomförda + 0 planerade av 2–3" in out
    assert "9 planerade tillfällen har passerat" in out


def test_demo_plans_are_added_once(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "plan", "demo", "--db", db)[0] == 0
    assert run(capsys, "plan", "demo", "--db", db)[0] == 0
    code, out, _ = run(
        capsys, "plan", "list", "--db", db, "--period", "HT2024", "--all", "--json"
    )
    assert code == 0
    items = json.loads(out)
    assert len({i["series_id"] for i in items if i["series_id"]}) == 3
    statuses = {i["status"] for i in items}
    assert statuses == {"planned", "done", "cancelled"}
