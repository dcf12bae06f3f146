"""Issue 15: every `lofte` example in README.md works as written on a fresh clone.

The commands are read from README's code blocks and run in order, in-process,
against a fresh database; each must exit 0. The shared-store examples name an
example server (db.kommun.se); they run against a throwaway PostgreSQL server,
with only that address replaced.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from lofte_desktop.entry.cli import main
from tests.pg.server import PgServer

README = Path(__file__).resolve().parents[2] / "README.md"
EXAMPLE_SERVER = "postgresql://anna@db.kommun.se/lofte"


def readme_blocks() -> list[list[list[str]]]:
    """Per code block of README, its `lofte …` command lines as argv, in order."""
    text = README.read_text(encoding="utf-8")
    blocks = []
    for block in re.findall(r"^```[a-z]*\n(.*?)^```", text, re.S | re.M):
        commands = []
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            if words and Path(words[0]).name == "lofte":
                commands.append(words[1:])
        if commands:
            blocks.append(commands)
    return blocks


def _shared(block: list[list[str]]) -> bool:
    return any(EXAMPLE_SERVER in w for argv in block for w in argv)


def _setup_first(blocks: list[list[list[str]]]) -> list[list[list[str]]]:
    """The block that creates the database (`lofte init`) runs first, wherever
    README shows it; the others follow in README's order."""
    return sorted(blocks, key=lambda b: not any(c[:1] == ["init"] for c in b))


LOCAL = [c for b in _setup_first(readme_blocks()) if not _shared(b) for c in b]
SHARED = [c for b in readme_blocks() if _shared(b) for c in b]


def test_the_readme_has_examples() -> None:
    assert ["init", "--demo"] in LOCAL
    assert any(c[:1] == ["log"] for c in LOCAL)
    assert ["db", "check"] in SHARED and len(SHARED) >= 4


def test_every_local_example_exits_0(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LOFTE_DB", str(tmp_path / "lofte.sqlite"))
    monkeypatch.chdir(tmp_path)  # files the examples write land here
    for argv in LOCAL:
        code = main(argv)
        _out, err = capsys.readouterr()
        assert code == 0, (argv, err)


def test_every_shared_store_example_exits_0(
    pg_server: PgServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pg_server.admin().execute("DROP DATABASE IF EXISTS readme_lofte")
    pg_server.admin().execute("CREATE DATABASE readme_lofte")
    url = pg_server.url("readme_lofte")
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "")  # --ask-password
    try:
        for argv in SHARED:
            args = [w.replace(EXAMPLE_SERVER, url) for w in argv]
            code = main(args)
            _out, err = capsys.readouterr()
            assert code == 0, (argv, err)
    finally:
        pg_server.admin().execute("DROP DATABASE IF EXISTS readme_lofte WITH (FORCE)")
