"""Shared fixtures: real SQLite files under tmp_path, real migrations, real services."""

from __future__ import annotations

import os

# Qt must never look for a display in tests (it aborts with a core dump without one).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings as hypothesis_settings

from lofte_desktop.app import Services, build_services
from lofte_desktop.domain.validation import ActivityDraft

if TYPE_CHECKING:
    from tests.old_release import OldRelease

# CI runs on a loaded 2-core machine: no per-example deadline anywhere, and in CI a
# derandomized search, so a run is repeatable and a failure reproduces.
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.register_profile(
    "ci", deadline=None, derandomize=True, print_blob=True
)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")

#: The shared-store fixtures: pg_server, backend, db_target (see tests/pg/plugin.py).
pytest_plugins = ["tests.pg.plugin"]

TODAY = date(2024, 10, 15)  # inside HT2024, so "this term" has a past and a future


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test gets its own config and data folders; nothing touches ~/."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LOFTE_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("LOFTE_DATA_DIR", str(base / "data"))
    monkeypatch.delenv("LOFTE_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "lofte.sqlite"


@pytest.fixture
def services(db_target: str) -> Iterator[Services]:
    """Services on a fresh database with the Krokom catalogue loaded.

    In the storage, services, sync and reports suites this runs on SQLite and on
    PostgreSQL (`db_target`, parametrised by `backend`).
    """
    svc = build_services(db_target, today=lambda: TODAY)
    svc.agreement.load_catalogue()
    yield svc
    svc.close()


@pytest.fixture
def empty_services(db_target: str) -> Iterator[Services]:
    svc = build_services(db_target, today=lambda: TODAY)
    yield svc
    svc.close()


def draft(**overrides: object) -> ActivityDraft:
    """A valid school visit, with any field overridden."""
    values: dict[str, object] = dict(
        activity_type="school_visit",
        promise_codes=["N1"],
        date="2024-09-10",
        party="Polisen",
        count=25,
        place="Högstadiet Krokom",
        note="Föräldrakväll",
    )
    values.update(overrides)
    return ActivityDraft(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def old_release(tmp_path_factory: pytest.TempPathFactory) -> OldRelease:
    """Release 0.1.0 from git history, runnable as its own `lofte` (see
    tests/old_release.py)."""
    from tests.old_release import extract

    return extract(tmp_path_factory.mktemp("lofte-0.1.0"))
