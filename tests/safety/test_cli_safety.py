"""The safety commands of `lofte`, on real files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from lofte_desktop.entry.cli import main
from tests.safety.test_backup import _damage


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "lofte.sqlite"
    assert main(["init", "--db", str(path)]) == 0
    for n in (3, 4):
        code = main(
            ["log", "--db", str(path), "--type", "school_visit", "--promise", "N1",
             "--date", f"2023-10-0{n}", "--count", "20", "--place", "Krokom",
             "--party", "Polisen"]
        )  # fmt: skip
        assert code == 0
    capsys.readouterr()
    return path


def test_backup_list_restore_round_trip(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "backup", "--db", str(db))
    assert code == 0 and "Säkerhetskopia sparad" in out
    code, out, _ = _run(capsys, "backups", "--db", str(db), "--json")
    entries = json.loads(out)
    assert [e["reason"] for e in entries] == ["manual", "daily"]  # newest first
    entry = entries[0]
    main(["delete", "--db", str(db), _first_id(db)])
    capsys.readouterr()
    code, out, _ = _run(capsys, "restore", "--db", str(db), entry["path"])
    assert code == 0 and "återställd" in out and "tidigare databasen sparades" in out
    assert _count(db) == 2 and _deleted(db) == 0
    code, out, _ = _run(capsys, "backups", "--db", str(db))
    assert "Före återställning" in out and "Manuell" in out


def test_backup_out_file_and_check(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "usb" / "kopia.sqlite"
    out_file.parent.mkdir()
    assert _run(capsys, "backup", "--db", str(db), "--out", str(out_file))[0] == 0
    assert _count(out_file) == 2
    code, out, _ = _run(capsys, "check", "--db", str(db), "--json")
    report = json.loads(out)
    assert code == 0 and report["integrity"] == ["ok"]
    assert report["readable_by_others"] == [] and report["network_share"] is None


def test_damaged_database_is_refused_and_restorable(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "backup", "--db", str(db))[0] == 0
    _damage(db)
    before = db.read_bytes()
    code, _, err = _run(capsys, "activities", "--db", str(db))
    assert code == 1 and "skadad" in err and "lofte restore" in err
    assert db.read_bytes() == before  # not opened for writing
    code, out, _ = _run(capsys, "backups", "--db", str(db), "--json")
    latest = json.loads(out)[0]["path"]
    code, out, _ = _run(capsys, "restore", "--db", str(db), latest)
    assert code == 0 and "flyttats undan" in out
    assert _run(capsys, "activities", "--db", str(db))[0] == 0
    assert _count(db) == 2


def test_lock_unlock_and_audit(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "lock", "--db", str(db), "HT2023", "--reason", "dec")
    assert code == 0 and "låst" in out
    activity = _first_id(db)
    code, _, err = _run(capsys, "edit", "--db", str(db), activity, "--count", "9")
    assert code == 1 and "HT2023" in err and "låst" in err
    code, _, err = _run(
        capsys,
        "log", "--db", str(db), "--type", "presence", "--promise", "T2",
        "--date", "2023-11-11", "--hours", "2", "--place", "Krokom", "--party", "Polisen",
    )  # fmt: skip
    assert code == 1 and "låst" in err
    code, out, _ = _run(capsys, "locks", "--db", str(db), "--json")
    assert [x["period"] for x in json.loads(out)] == ["HT2023"]
    with pytest.raises(SystemExit) as usage:  # --reason is required
        main(["unlock", "--db", str(db), "HT2023"])
    assert usage.value.code == 2
    capsys.readouterr()
    code, out, _ = _run(
        capsys, "unlock", "--db", str(db), "HT2023", "--reason", "rättelse"
    )
    assert code == 0
    assert _run(capsys, "edit", "--db", str(db), activity, "--count", "9")[0] == 0
    code, out, _ = _run(capsys, "audit", "--db", str(db), activity, "--json")
    assert [h["action"] for h in json.loads(out)] == ["create", "update"]


def _first_id(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT id FROM activities ORDER BY date").fetchone()
    conn.close()
    return str(row[0])


def _count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        n = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    conn.close()
    return int(n)


def _deleted(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        n = conn.execute("SELECT count(*) FROM activities WHERE deleted").fetchone()[0]
    conn.close()
    return int(n)
