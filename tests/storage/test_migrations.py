from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from lofte_desktop.runtime.paths import migrations_dir
from lofte_desktop.storage.migrate import (
    SCHEMA_HEAD,
    NewerSchemaError,
    NotADatabaseError,
    open_database,
)
from lofte_desktop.storage.models import Base


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_constant_matches_alembic() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(cfg).get_current_head() == SCHEMA_HEAD


def test_migrations_from_an_empty_file_match_the_models(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "new.sqlite"))
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []
    db.dispose()


def test_sqlite_pragmas_are_set(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "p.sqlite"))
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        get = lambda q: raw.execute(q).fetchone()[0]  # noqa: E731
        assert get("PRAGMA journal_mode") == "wal"
        assert get("PRAGMA foreign_keys") == 1
        assert get("PRAGMA synchronous") == 2  # FULL
        assert get("PRAGMA busy_timeout") >= 5000
    db.dispose()


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "again.sqlite"
    open_database(str(path)).dispose()
    calls: list[str] = []
    open_database(
        str(path), before_upgrade=lambda p, rev: calls.append(rev or "")
    ).dispose()
    assert calls == []


@pytest.mark.parametrize(
    "content", [b"hello, not a database\n", b"%PDF-1.7\n%\xe2\xe3"]
)
def test_non_database_file_is_refused_and_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    before = _sha(path)
    with pytest.raises(NotADatabaseError) as err:
        open_database(str(path))
    assert "ingen Löfte-databas" in str(err.value)
    assert _sha(path) == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    before = _sha(path)
    with pytest.raises(NotADatabaseError):
        open_database(str(path))
    assert _sha(path) == before


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.close()
    before = _sha(path)
    with pytest.raises(NewerSchemaError) as err:
        open_database(str(path))
    assert "nyare version" in str(err.value)
    assert _sha(path) == before
