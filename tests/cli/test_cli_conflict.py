"""`lofte edit --expected-version`: an edit based on an old listing is a conflict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lofte_desktop.entry.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_edit_from_an_old_version_is_refused_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "l.sqlite")
    assert run(capsys, "init", "--db", db)[0] == 0
    code, out, _ = run(
        capsys, "log", "--db", db, "--type", "presence", "--promise", "T2",
        "--date", "2024-03-05", "--hours", "2", "--place", "Torget", "--party",
        "Polisen", "--json",
    )  # fmt: skip
    listed = json.loads(out)
    assert code == 0 and listed["version"] == 1
    aid = listed["id"]
    assert run(capsys, "edit", aid, "--db", db, "--hours", "3")[0] == 0  # colleague

    code, _, err = run(
        capsys, "edit", aid, "--db", db, "--hours", "5", "--expected-version", "1"
    )
    assert code == 1
    assert err.startswith("lofte: Någon annan har ändrat aktiviteten")
    code, out, _ = run(capsys, "activities", "--db", db, "--json")
    assert [(a["hours"], a["version"]) for a in json.loads(out)] == [(3.0, 2)]

    code, out, _ = run(
        capsys, "edit", aid, "--db", db, "--hours", "5", "--expected-version", "2",
        "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["version"] == 3
