"""`lofte import`, `lofte imports`, `lofte activities --xlsx`, `lofte progress --xlsx`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lofte_desktop.entry.cli import main
from tests.excel.conftest import HEADERS, ROWS, write_csv


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(db: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(
            conn.execute(
                "SELECT count(*) FROM activities WHERE deleted = 0"
            ).fetchone()[0]
        )


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cli.sqlite")
    assert run(capsys, "--db", path, "init")[0] == 0
    return path


@pytest.fixture
def mapping(
    db: str, log_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Path:
    """The user saves the suggested mapping, reads it, and keeps it."""
    target = tmp_path / "mappning.json"
    code, _out, err = run(
        capsys, "import", "--db", db, str(log_csv), "--dry-run",
        "--party", "Polisen", "--save-mapping", str(target),
    )  # fmt: skip
    assert code == 1  # the proposals are not confirmed yet
    assert "Förslag: 'Skolbesök Ås' → school_visit" in err
    assert count(db) == 0
    return target


def test_import_with_a_confirmed_mapping(
    db: str, log_csv: Path, mapping: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "import", "--db", db, str(log_csv), "--mapping", str(mapping),
        "--dry-run",
    )  # fmt: skip
    assert code == 0 and "(provkörning, inget skrevs)" in out
    assert "rad     2  ny          2024-03-05  Skolbesök" in out
    assert count(db) == 0
    code, out, _ = run(
        capsys, "import", "--db", db, str(log_csv), "--mapping", str(mapping),
        "--json",
    )  # fmt: skip
    report = json.loads(out)
    assert code == 0
    assert (report["new"], report["skipped_duplicates"], report["errors"]) == (5, 0, [])
    assert count(db) == 5
    # the mapping remembers the party too: the second run needs no --party
    code, out, _ = run(
        capsys, "import", "--db", db, str(log_csv), "--mapping", str(mapping),
        "--json",
    )  # fmt: skip
    assert (json.loads(out)["new"], json.loads(out)["skipped_duplicates"]) == (0, 5)
    assert count(db) == 5


def test_errors_exit_1_and_write_nothing_unless_skip_bad(
    db: str, mapping: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [*ROWS, ("2024-13-01", "Närvaro", "Torget", 2, None, ""),
            ("2024-03-05", "Närvaro", "Torget", 25, None, "")]  # fmt: skip
    path = write_csv(tmp_path / "fel.csv", HEADERS, rows)
    code, out, err = run(
        capsys, "import", "--db", db, str(path), "--mapping", str(mapping), "--json"
    )
    assert code == 1 and count(db) == 0
    report = json.loads(out)
    assert report["errors"] == [
        {
            "row": 7,
            "field": "date",
            "message": "Ogiltigt datum: 2024-13-01 finns inte. Månaden måste vara 01–12.",
        },
        {
            "row": 8,
            "field": "hours",
            "message": "Timmar kan inte vara mer än 24 timmar på en dag.",
        },
    ]
    assert report["written"] is False
    assert "2 rader har fel. Inget importerades" in err
    code, out, _ = run(
        capsys, "import", "--db", db, str(path), "--mapping", str(mapping),
        "--skip-bad", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["new"] == 5 and count(db) == 5
    assert json.loads(out)["skipped_bad"] == 2


def test_imports_list_and_undo(
    db: str, log_csv: Path, mapping: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "import", "--db", db, str(log_csv), "--mapping", str(mapping))
    code, out, _ = run(capsys, "imports", "--db", db, "--json")
    (item,) = json.loads(out)
    assert (item["file"], item["new"], item["live"], item["undone_at"]) == (
        "logg.csv", 5, 5, None,
    )  # fmt: skip
    code, out, _ = run(capsys, "import", "--db", db, "--undo", item["id"][:8])
    assert code == 0 and "5 aktiviteter togs bort" in out
    assert count(db) == 0
    code, _out, err = run(capsys, "import", "--db", db, "--undo", item["id"][:8])
    assert code == 1 and "redan ångrad" in err
    code, _out, err = run(capsys, "import", "--db", db, "--undo", "ffffffff")
    assert code == 1 and "Hittar ingen import" in err
    assert run(capsys, "import", "--db", db)[0] == 2


def test_a_file_that_is_not_a_log_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bild.xlsx"
    bad.write_bytes(b"\x89PNG\r\n")
    code, _out, err = run(capsys, "import", "--db", db, str(bad))
    assert code == 1 and "ingen Excel-arbetsbok" in err


def test_activities_and_progress_to_xlsx(
    db: str, log_csv: Path, mapping: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    run(capsys, "import", "--db", db, str(log_csv), "--mapping", str(mapping))
    out = tmp_path / "a.xlsx"
    code, _o, err = run(
        capsys, "activities", "--db", db, "--type", "traffic_check", "--xlsx", str(out)
    )
    assert code == 0 and "2 aktiviteter skrevs" in err
    ws = load_workbook(out).active
    assert ws is not None and ws.max_row == 3
    assert [ws["F2"].value, ws["F3"].value] == [1.5, 0.75]
    prog = tmp_path / "p.xlsx"
    code, _o, err = run(
        capsys, "progress", "--db", db, "--period", "VT2024", "--xlsx", str(prog)
    )
    assert code == 0 and "(VT2024)" in err
    ws = load_workbook(prog).active
    assert ws is not None and ws["A1"].value == "Löfte" and ws.max_row == 12
