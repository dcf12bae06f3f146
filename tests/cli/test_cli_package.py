"""Issue 13: the CLI is one package that shares only public helpers, gets the Qt
card painter from its entry point, and keeps `lofte log`'s fast lane free of the
database framework."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from lofte_desktop.cli import run
from lofte_desktop.entry import cli as entry

CLI = Path(run.__file__).resolve().parent


def test_no_cli_module_imports_another_modules_private_names() -> None:
    offenders = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "lofte_desktop.cli"
            ):
                offenders += [
                    f"{path.name}: {node.module}.{a.name}"
                    for a in node.names
                    if a.name.startswith("_")
                ]
    assert offenders == []


def test_cards_are_drawn_with_the_painter_the_entry_point_hands_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "p.sqlite")
    assert entry.main(["--db", db, "init"]) == 0
    publish = ["--db", db, "publish", "--period", "HT2024", "--formats", "cards"]

    bare = tmp_path / "bare"
    assert run.main([*publish, "--out", str(bare)]) == 1  # no painter: refused
    assert "Bilderna kan inte ritas här" in capsys.readouterr().err
    assert not bare.exists() or not any(bare.iterdir())

    out = tmp_path / "ut"
    assert entry.main([*publish, "--out", str(out)]) == 0
    pngs = sorted(out.glob("*.png"))
    assert pngs and all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)


def test_lofte_log_on_a_ready_file_loads_no_database_framework(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "f.sqlite")
    assert entry.main(["--db", db, "init"]) == 0
    code = (
        "import json, sys\n"
        "from lofte_desktop.entry.cli import main\n"
        f"args = ['--db', {db!r}, 'log', '--type', 'presence', '--promise', 'T2',\n"
        "        '--date', '2024-03-05', '--hours', '2', '--json']\n"
        "assert main(args) == 0\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'PySide6') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    *logged, last = out.strip().splitlines()
    assert last == "HEAVY="
    activity = json.loads("\n".join(logged))
    lofte = [sys.executable, "-m", "lofte_desktop.entry.cli"]
    listed = subprocess.run(
        [*lofte, "--db", db, "activities", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [a["id"] for a in json.loads(listed)] == [activity["id"]]
