"""Backups of the shared store go through pg_dump and come back with pg_restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from lofte_desktop.app import build_services
from lofte_desktop.entry import cli
from lofte_desktop.storage import pg_backup
from lofte_desktop.storage.pg_backup import PgBackupError
from tests.conftest import TODAY, draft
from tests.pg.server import PgServer


@pytest.mark.postgres
def test_dump_and_restore_bring_the_log_back(
    pg_server: PgServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_server.create_database()
    svc = build_services(url, today=lambda: TODAY)
    svc.agreement.load_catalogue()
    kept = svc.activities.log(draft(note="Före kopian"))
    dump = tmp_path / "gemensam.dump"
    assert cli.main(["db", "backup", "--db", url, str(dump)]) == 0
    assert dump.read_bytes()[:5] == b"PGDMP" and dump.stat().st_mode & 0o077 == 0

    svc.activities.log(draft(note="Efter kopian"))
    svc.activities.delete(kept.id)
    assert cli.main(["db", "restore", "--db", url, str(dump)]) == 1  # asks first
    assert "--yes" in capsys.readouterr().err
    assert cli.main(["db", "restore", "--db", url, "--yes", str(dump)]) == 0
    notes = [a.note for a in svc.activities.query()]
    assert notes == ["Före kopian"]
    assert [h.action for h in svc.activities.history(kept.id)] == ["create"]
    svc.close()
    pg_server.drop_database(url)


@pytest.mark.postgres
def test_a_file_that_is_not_a_dump_is_refused_untouched(
    pg_server: PgServer, tmp_path: Path
) -> None:
    url = pg_server.create_database()
    bogus = tmp_path / "inte.dump"
    bogus.write_bytes(b"SQLite format 3\x00")
    with pytest.raises(PgBackupError) as err:
        pg_backup.restore(url, bogus)
    assert "ingen säkerhetskopia av en PostgreSQL-databas" in str(err.value)
    pg_server.drop_database(url)


def test_missing_tools_give_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(pg_backup, "find_tool", lambda name: None)
    with pytest.raises(PgBackupError) as err:
        pg_backup.dump("postgresql://anna@localhost/lofte", tmp_path / "x.dump")
    assert "pg_dump saknas" in str(err.value)
    assert "postgresql-client" in str(err.value)
    assert not (tmp_path / "x.dump").exists()


def test_a_local_file_is_pointed_to_the_file_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lokal.sqlite"
    assert cli.main(["db", "backup", "--db", str(db), str(tmp_path / "k.dump")]) == 1
    assert "lofte backup" in capsys.readouterr().err


@pytest.mark.postgres
def test_lofte_backup_on_the_shared_store_points_to_pg_dump(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_server.create_database()
    assert cli.main(["backup", "--db", url]) == 1
    assert "lofte db backup FIL" in capsys.readouterr().err
    pg_server.drop_database(url)
