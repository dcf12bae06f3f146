"""`lofte agreements`, `lofte agreement add|renew|export` and `--agreement`."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli.test_cli import run

RENEW = (
    "agreement", "renew", "krokom-2023-2024", "--code", "krokom-2025-2026",
    "--start", "2025-01-01", "--end", "2026-12-31",
)  # fmt: skip


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "l.sqlite")
    assert run(capsys, "init", "--db", path)[0] == 0
    return path


def _content(db: str) -> list[str]:
    """What the database holds, as SQL (read through its write-ahead log: the
    file's bytes change when a reader's close checkpoints earlier writes)."""
    with closing(sqlite3.connect(db)) as con:
        return list(con.iterdump())


def test_renew_list_export_add(
    db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOFTE_TODAY", "2025-10-15")
    code, out, err = run(capsys, *RENEW, "--db", db)
    assert code == 0, err
    assert "krokom-2025-2026" in out
    code, out, _ = run(capsys, "agreements", "--json", "--db", db)
    rows = json.loads(out)
    assert [(r["code"], r["current"]) for r in rows] == [
        ("krokom-2025-2026", True),
        ("krokom-2023-2024", False),
    ]
    assert rows[0] == {
        "code": "krokom-2025-2026",
        "name": "Medborgarlöften Krokoms kommun 2025–2026",
        "start": "2025-01-01",
        "end": "2026-12-31",
        "current": True,
    }
    out_file = tmp_path / "k.toml"
    assert (
        run(
            capsys,
            "agreement",
            "export",
            "krokom-2025-2026",
            "--out",
            str(out_file),
            "--db",
            db,
        )[0]
        == 0
    )
    before = _content(db)
    code, _, err = run(capsys, "agreement", "add", str(out_file), "--db", db)
    assert code == 1 and "finns redan" in err
    assert _content(db) == before  # nothing written
    # init --catalogue with a changed file under an existing code: refused too.
    changed = tmp_path / "c.toml"
    changed.write_text(
        out_file.read_text(encoding="utf-8").replace("2025–2026", "x"), encoding="utf-8"
    )
    code, _, err = run(capsys, "init", "--catalogue", str(changed), "--db", db)
    assert code == 1 and "finns redan" in err
    # A bad renewal: Swedish message, exit 1.
    code, _, err = run(
        capsys,
        "agreement",
        "renew",
        "krokom-2023-2024",
        "--code",
        "krokom-2025-2026",
        "--start",
        "2025-02-30",
        "--end",
        "2026-12-31",
        "--db",
        db,
    )
    assert code == 1 and "finns redan" in err and "2025-02-30" in err


def test_date_and_period_decide_and_agreement_flag(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOFTE_TODAY", "2025-10-15")
    assert run(capsys, *RENEW, "--db", db)[0] == 0
    for day, hours in (("2024-10-01", "3"), ("2025-10-01", "5")):
        code, _, err = run(
            capsys,
            "log",
            "--type",
            "presence",
            "--promise",
            "T2",
            "--date",
            day,
            "--hours",
            hours,
            "--place",
            "Krokoms centrum",
            "--db",
            db,
        )
        assert code == 0, err
    code, out, _ = run(capsys, "progress", "--period", "HT2025", "--json", "--db", db)
    t2 = next(r for r in json.loads(out)["promises"] if r["id"] == "T2")
    assert t2["done"] == 5 and t2["previous"] == 3
    code, out, _ = run(capsys, "progress", "--period", "HT2024", "--json", "--db", db)
    assert next(r for r in json.loads(out)["promises"] if r["id"] == "T2")["done"] == 3
    code, out, _ = run(
        capsys, "promises", "--json", "--agreement", "krokom-2023-2024", "--db", db
    )
    assert json.loads(out)["agreement"]["code"] == "krokom-2023-2024"
    code, out, _ = run(capsys, "promises", "--json", "--db", db)
    assert json.loads(out)["agreement"]["code"] == "krokom-2025-2026"
    code, _, err = run(capsys, "promises", "--agreement", "finns-inte", "--db", db)
    assert code == 1 and "Okänt medborgarlöfte" in err
    code, out, _ = run(
        capsys,
        "activities",
        "--period",
        "hela",
        "--agreement",
        "krokom-2023-2024",
        "--json",
        "--db",
        db,
    )
    assert [a["promises"] for a in json.loads(out)] == [["T2"]]


@pytest.mark.parametrize(
    ("today", "current", "period"),
    [
        ("2026-11-29", "krokom-2025-2026-exempel", "HT2026"),
        ("2024-10-15", "krokom-2023-2024", "HT2024"),
    ],
)
def test_demo_is_alive_on_its_day(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    today: str,
    current: str,
    period: str,
) -> None:
    monkeypatch.setenv("LOFTE_TODAY", today)
    path = str(tmp_path / "demo.sqlite")
    code, out, _ = run(capsys, "init", "--demo", "--db", path)
    assert code == 0 and "(Exempel)" in out
    _, out, _ = run(capsys, "agreements", "--json", "--db", path)
    rows = {r["code"]: r for r in json.loads(out)}
    assert set(rows) == {"krokom-2023-2024", "krokom-2025-2026-exempel"}
    assert rows[current]["current"]
    assert "Exempel" in rows["krokom-2025-2026-exempel"]["name"]
    _, out, _ = run(capsys, "progress", "--json", "--db", path)
    data = json.loads(out)
    assert data["period"]["code"] == period
    assert sum(p["done"] for p in data["promises"]) > 0
    _, out, _ = run(capsys, "activities", "--period", "hela", "--json", "--db", path)
    dates = [a["date"] for a in json.loads(out)]
    assert dates
    if today >= "2025":  # the example's activities stop at today, never after
        assert "2026-11" <= max(dates) <= today


def test_edit_from_the_command_line(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "agreement", "edit", "krokom-2023-2024", "--end", "2025-06-30",
        "--name", "Krokom 2023–2025", "--db", db,
    )  # fmt: skip
    assert code == 0, err
    _, out, _ = run(capsys, "agreements", "--json", "--db", db)
    (row,) = json.loads(out)
    assert (row["name"], row["end"]) == ("Krokom 2023–2025", "2025-06-30")
    code, _, err = run(
        capsys, "agreement", "edit", "krokom-2023-2024", "--party", "Polisen",
        "--db", db,
    )  # fmt: skip
    assert code == 1 and "Krokoms kommun" in err


def test_two_municipalities_overlapping_need_agreement(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "k.toml"
    run(
        capsys,
        "agreement",
        "export",
        "krokom-2023-2024",
        "--out",
        str(out_file),
        "--db",
        db,
    )
    ostby = tmp_path / "o.toml"
    ostby.write_text(
        out_file.read_text(encoding="utf-8")
        .replace('code = "krokom-2023-2024"', 'code = "ostby-2023-2024"')
        .replace("Krokoms kommun", "Östby kommun (exempel)"),
        encoding="utf-8",
    )
    assert run(capsys, "agreement", "add", str(ostby), "--db", db)[0] == 0
    log = ("log", "--type", "presence", "--promise", "T2", "--date", "2024-10-01",
           "--hours", "4", "--place", "Torget", "--party", "Polisen", "--db", db)  # fmt: skip
    assert run(capsys, *log, "--agreement", "ostby-2023-2024")[0] == 0
    assert run(capsys, *log[:-2], "--hours", "1", "--db", db)[0] == 0  # the own one

    def t2(*extra: str) -> float:
        _, out, _ = run(
            capsys, "progress", "--period", "HT2024", "--json", "--db", db, *extra
        )
        return next(p["done"] for p in json.loads(out)["promises"] if p["id"] == "T2")

    assert t2() == 1  # Krokom: the database's own agreement
    assert t2("--agreement", "ostby-2023-2024") == 4
    assert t2("--agreement", "krokom-2023-2024") == 1
