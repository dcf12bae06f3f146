"""Pytest plumbing for the shared-store tests (loaded by tests/conftest.py).

- `pg_server`: one throwaway PostgreSQL cluster per test session (tests/pg/server.py),
  started on first use and stopped at the end. When none can be started the tests
  that need it are skipped, except in CI (CI=true), where that fails the run.
- `backend`: "sqlite" or "postgres". Tests in the main suites (storage, services,
  sync, reports, planning) that use `db_target` — and so `services`/`empty_services` — run on
  both, the PostgreSQL run marked `postgres`. A test that asks for `db_path` itself
  works with the SQLite file and stays on SQLite.
- `db_target`: a fresh database for the test: the SQLite path, or the URL of a new
  PostgreSQL database (migrated, from the template), dropped after the test.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg.server import PgServer, ServerUnavailable

#: The suites that run on both backends (folders under tests/).
BOTH_BACKENDS = ("storage", "services", "sync", "reports", "planning")
TESTS_DIR = Path(__file__).resolve().parent.parent


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def _runs_on_both(metafunc: pytest.Metafunc) -> bool:
    path = Path(str(metafunc.definition.path)).resolve()
    try:
        suite = path.relative_to(TESTS_DIR).parts[0]
    except ValueError:
        return False
    if suite not in BOTH_BACKENDS:
        return False
    try:
        own_args = inspect.signature(metafunc.function).parameters
    except (TypeError, ValueError):
        return True
    return "db_path" not in own_args


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames or not _runs_on_both(metafunc):
        return
    metafunc.parametrize(
        "backend",
        ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
        indirect=True,
    )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer()
    try:
        server.start()
    except (ServerUnavailable, OSError) as exc:
        if in_ci():
            pytest.fail(f"CI must run the PostgreSQL tests: {exc}", pytrace=False)
        pytest.skip(f"no PostgreSQL server could be started: {exc}")
    yield server
    server.stop()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db_target(backend: str, request: pytest.FixtureRequest) -> Iterator[str]:
    if backend == "postgres":
        server: PgServer = request.getfixturevalue("pg_server")
        url = server.create_database()
        yield url
        server.drop_database(url)
        return
    path: Path = request.getfixturevalue("db_path")
    yield str(path)
