"""CLI round trips: in-process through main(), plus the real entry point once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_init_loads_krokom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "init", "--db", str(tmp_path / "x.sqlite"))
    assert code == 0 and "11 löften, 2 indikatorer" in out


def test_log_prints_the_id_and_activities_lists_it(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        "log",
        "--db",
        db,
        "--type",
        "presence",
        "--promise",
        "T2",
        "--date",
        "2024-03-05",
        "--hours",
        "2.5",
        "--place",
        "Centrumparken",
        "--party",
        "Polisen",
    )
    assert code == 0 and err == ""
    new_id = out.strip()
    assert len(new_id) == 36
    code, out, _ = run(capsys, "activities", "--db", db, "--json")
    items = json.loads(out)
    assert [
        (i["id"], i["type"], i["hours"], i["place"], i["promises"]) for i in items
    ] == [(new_id, "presence", 2.5, "Centrumparken", ["T2"])]


def test_log_json_gives_the_whole_activity(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "log",
        "--db",
        db,
        "--type",
        "school_visit",
        "--promise",
        "N1",
        "--promise",
        "T1",
        "--date",
        "2024-09-10",
        "--count",
        "31",
        "--party",
        "kommun",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert (data["party"], data["count"], data["promises"], data["status"]) == (
        "Krokoms kommun",
        31,
        ["N1", "T1"],
        "done",
    )


def test_edit_and_delete(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys,
        "log",
        "--db",
        db,
        "--type",
        "school_visit",
        "--promise",
        "N1",
        "--date",
        "2024-09-10",
        "--count",
        "12",
        "--party",
        "Polisen",
    )
    aid = out.strip()
    code, out, _ = run(capsys, "edit", aid[:8], "--db", db, "--count", "44", "--json")
    assert code == 0 and json.loads(out)["count"] == 44
    assert run(capsys, "delete", aid, "--db", db)[0] == 0
    _, out, _ = run(capsys, "activities", "--db", db, "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--type", "dance"], "Okänd aktivitetstyp"),
        (["--promise", "Z1"], "Okänt löfte"),
        (["--date", "2024-02-30"], "Ogiltigt datum"),
        (["--hours", "-1"], "kan inte vara negativt"),
        (["--hours", "30"], "mer än 24 timmar"),
        (["--date", "2026-01-01"], "utanför avtalsperioden"),
        (["--note", "Pojke 080517-1238 sågs"], "personnummer"),
    ],
)
def test_bad_values_are_refused_on_stderr_with_exit_1(
    db: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    base = {
        "--type": "presence",
        "--promise": "T2",
        "--date": "2024-03-05",
        "--party": "Polisen",
    }
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value
    flat = [x for kv in base.items() for x in kv]
    code, out, err = run(capsys, "log", "--db", db, *flat)
    assert code == 1 and out == "" and message in err
    _, listing, _ = run(capsys, "activities", "--db", db, "--json")
    assert json.loads(listing) == []


def test_period_outside_the_agreement_is_refused(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "progress", "--db", db, "--period", "HT2030")
    assert code == 1 and "utanför avtalsperioden" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["log", "--type"])
    assert exc.value.code == 2


def test_indicator_set(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(
            capsys,
            "indicator",
            "set",
            "BEDR",
            "--db",
            db,
            "--year",
            "2023",
            "--value",
            "151",
        )[0]
        == 0
    )
    _, out, _ = run(capsys, "promises", "--db", db, "--json")
    data = json.loads(out)
    bedr = next(i for i in data["indicators"] if i["id"] == "BEDR")
    assert bedr["values"] == {"2023": 151.0}
    promise = data["promises"][0]
    assert {"id", "focus_area", "text", "parties", "activity_types", "target"} <= set(
        promise
    )
    code, _, err = run(
        capsys, "indicator", "set", "XX", "--db", db, "--year", "2023", "--value", "1"
    )
    assert code == 1 and "Okänd indikator" in err


def test_demo_then_progress_shows_every_promise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "demo.sqlite")
    assert run(capsys, "init", "--demo", "--db", path)[0] == 0
    code, out, _ = run(capsys, "progress", "--db", path, "--period", "HT2023")
    assert code == 0
    for code_ in ("N1", "N2", "N3", "N4", "T1", "T2", "T3", "T4", "B1", "B2", "B3"):
        assert f"\n{code_} " in out
    code, out, _ = run(capsys, "progress", "--db", path, "--period", "HT2023", "--json")
    statuses = {p["id"]: p["status"] for p in json.loads(out)["promises"]}
    assert set(statuses.values()) <= {"met", "on_track", "behind", "not_started"}
    assert len(statuses) == 11


def test_real_entry_point(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("lofte")
    path = str(tmp_path / "e.sqlite")
    assert (
        subprocess.run([exe, "--db", path, "init"], capture_output=True).returncode == 0
    )
    out = subprocess.run(
        [exe, "--db", path, "progress", "--period", "VT2024"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and "Vårtermin 2024" in out.stdout
    bad = subprocess.run(
        [exe, "--db", path, "log", "--type", "x"], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "användning: lofte log" in bad.stderr
