"""The same Alembic migrations give the same schema as the models, on both
databases; and a concurrent first start migrates once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from lofte_desktop.storage.migrate import SCHEMA_HEAD, database_revision, open_database
from lofte_desktop.storage.models import Base
from tests.pg.server import PgServer


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_migrations_from_empty_match_the_models(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    server: PgServer | None = None
    if backend == "postgres":
        server = request.getfixturevalue("pg_server")
        target = server.create_database(migrated=False)
    else:
        target = str(tmp_path / "empty.sqlite")
    db = open_database(target)
    try:
        assert database_revision(db) == SCHEMA_HEAD
        with db.engine.connect() as conn:
            assert conn.dialect.name == ("postgresql" if server else "sqlite")
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            tables = set(inspect(conn).get_table_names())
        assert diffs == []
        assert set(Base.metadata.tables) <= tables
    finally:
        db.dispose()
        if server is not None:
            server.drop_database(target)


@pytest.mark.postgres
def test_two_clients_starting_on_an_empty_store_migrate_it_once(
    pg_server: PgServer,
) -> None:
    url = pg_server.create_database(migrated=False)
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def start() -> None:
        try:
            barrier.wait()
            open_database(url).dispose()
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    db = open_database(url)
    with db.read_connection() as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    db.dispose()
    assert versions == [(SCHEMA_HEAD,)]
    pg_server.drop_database(url)
