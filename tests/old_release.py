"""Release 0.1.0, taken from git history, run as its own `lofte` in a subprocess.

The release is the commit before migration 0002 was added. Its source (package,
migrations, resources) is written out with `git archive` into a temporary folder and
put first on PYTHONPATH, reusing this environment's dependencies (the same
SQLAlchemy, Alembic, cryptography …), so no network and no install are needed. The
subprocess runs with that folder as its working directory, so the current code
(which `python -m` would otherwise find first) stays out of its way.

Without git history the tests that need it are skipped, except in CI (CI=true),
where that fails the run.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: The migration that came after release 0.1.0.
AFTER_RELEASE = "db/versions/0002_comments.py"
#: What release 0.1.0's `lofte` needs from its tree.
TREE = ("lofte_desktop", "db", "resources")
TODAY = "2024-10-15"


def _git(*args: str) -> bytes:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, timeout=120
    ).stdout


def _ensure_history() -> None:
    """A shallow clone (as some CI services make) lacks 0.1.0: fetch the rest of
    the history from where the clone came from, if it can be reached."""
    shallow = _git("rev-parse", "--is-shallow-repository").decode().strip()
    if shallow == "true":
        _git("fetch", "--quiet", "--unshallow", "--tags")


def release_commit() -> str:
    """The commit of release 0.1.0: the parent of the one that added 0002."""
    _ensure_history()
    added = _git("log", "--diff-filter=A", "--format=%H", "--", AFTER_RELEASE)
    first = added.decode().split()[-1]
    return _git("rev-parse", f"{first}^").decode().strip()


class OldRelease:
    """Release 0.1.0's source in `src`; `lofte(db, …)` runs its CLI."""

    def __init__(self, src: Path, commit: str) -> None:
        self.src = src
        self.commit = commit

    def run(
        self, db: Path, *args: str, home: Path, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("LOFTE_", "PYTHON", "COV_"))
        }
        env.update(
            PYTHONPATH=str(self.src),
            LOFTE_DATA_DIR=str(home / "data"),
            LOFTE_CONFIG_DIR=str(home / "config"),
            LOFTE_TODAY=TODAY,
            QT_QPA_PLATFORM="offscreen",
        )
        proc = subprocess.run(
            [sys.executable, "-m", "lofte_desktop.cli", "--db", str(db), *args],
            cwd=self.src,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if check and proc.returncode != 0:
            raise AssertionError(
                f"0.1.0 lofte {' '.join(args)} → {proc.returncode}\n{proc.stderr}"
            )
        return proc

    def json(self, db: Path, *args: str, home: Path) -> Any:
        return json.loads(self.run(db, *args, "--json", home=home).stdout)

    def python(self, code: str) -> Any:
        """Runs `code` (which prints JSON) with the 0.1.0 package importable."""
        proc = subprocess.run(
            [sys.executable, "-c", code],
            cwd=self.src,
            env={**os.environ, "PYTHONPATH": str(self.src)},
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return json.loads(proc.stdout)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def extract(dest: Path) -> OldRelease:
    """Writes release 0.1.0's tree into `dest` (skips, or fails in CI, without
    git history)."""
    try:
        commit = release_commit()
        data = _git("archive", "--format=tar", commit, *TREE)
    except (OSError, subprocess.CalledProcessError, IndexError) as exc:
        if in_ci():
            pytest.fail(f"release 0.1.0 not found in git history: {exc}")
        pytest.skip(f"no git history for release 0.1.0: {exc}")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return OldRelease(dest, commit)
