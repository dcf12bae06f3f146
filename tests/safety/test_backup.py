"""Backups: automatic, rotating, by hand; restore swaps the content atomically."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from lofte_desktop.app import Services, build_services
from lofte_desktop.domain.refusals import RefusedError
from lofte_desktop.services.backup import BackupService
from lofte_desktop.services.events import DatabaseRestored
from lofte_desktop.storage.backup import check_database
from lofte_desktop.storage.migrate import NewerSchemaError, NotADatabaseError
from tests.conftest import draft


class Clock:
    def __init__(self, start: datetime) -> None:
        self.t = start

    def __call__(self) -> datetime:
        self.t += timedelta(seconds=1)
        return self.t


def _count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        n = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    conn.close()
    return int(n)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_is_a_consistent_private_copy(services: Services) -> None:
    for i in range(5):
        services.activities.log(draft(count=i + 1))
    path = services.backups.backup()
    assert path.parent == services.backups.directory
    assert _count(path) == 5
    assert check_database(path) == []
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert not Path(f"{path}-wal").exists()  # self-contained: journal_mode=DELETE
    assert [b.path for b in services.backups.list()] == [path]


def test_backup_to_a_chosen_file(services: Services, tmp_path: Path) -> None:
    services.activities.log(draft())
    out = tmp_path / "kopior" / "min-kopia.sqlite"
    assert services.backups.backup(out) == out
    assert _count(out) == 1
    assert services.backups.list() == []  # not part of the rotation
    with pytest.raises(RefusedError):
        services.backups.backup(services.backups.db_path)


def test_rotation_keeps_the_last_n(services: Services) -> None:
    svc = BackupService(
        str(services.backups.db_path), keep=3, now=Clock(datetime(2024, 10, 1, 8))
    )
    made = [svc.backup() for _ in range(6)]
    kept = [b.path for b in svc.list()]
    assert kept == list(reversed(made[-3:]))
    assert all(not p.exists() for p in made[:3])


def test_daily_backup_once_per_day_at_start(db_path: Path) -> None:
    build_services(str(db_path)).close()  # a new database: nothing to back up yet
    clock = Clock(datetime(2024, 10, 15, 7, 30))
    svc = BackupService(str(db_path), now=clock)
    assert svc.list() == []
    first = svc.daily()
    assert first is not None and first.reason == "daily"
    assert svc.daily() is None  # the same day
    clock.t += timedelta(days=1)
    second = svc.daily()
    assert second is not None and second.created.date() == datetime(2024, 10, 16).date()
    assert len(svc.list()) == 2


def test_build_services_takes_the_days_backup(db_path: Path) -> None:
    svc = build_services(str(db_path))
    svc.agreement.load_catalogue()
    assert svc.backups.list() == []  # created just now
    svc.close()
    again = build_services(str(db_path))
    assert [b.reason for b in again.backups.list()] == ["daily"]
    again.close()
    third = build_services(str(db_path))
    assert len(third.backups.list()) == 1  # not twice a day
    third.close()


def test_sync_import_hook_backs_up_first(services: Services) -> None:
    services.activities.log(draft())
    services.ctx.run_hooks("sync-import")
    (only,) = services.backups.list()
    assert only.reason == "sync-import" and _count(only.path) == 1


def test_restore_brings_back_the_old_state_and_keeps_the_current(
    services: Services,
) -> None:
    kept = services.activities.log(draft(note="Före kopian"))
    backup = services.backups.backup()
    later = services.activities.log(draft(note="Efter kopian"))
    events: list[DatabaseRestored] = []
    services.events.subscribe(DatabaseRestored, events.append)

    before_restore = services.backups.restore(backup)

    ids = {a.id for a in services.activities.query()}
    assert ids == {kept.id}  # the same open Services see the restored content
    assert before_restore is not None and before_restore.reason == "before-restore"
    assert _count(before_restore.path) == 2  # what was replaced is itself kept
    assert events and events[0].backup_before_restore == str(before_restore.path)
    assert check_database(services.backups.db_path or "") == []
    # ... and it can be undone by restoring the before_restore backup.
    services.backups.restore(before_restore.path)
    assert {a.id for a in services.activities.query()} == {kept.id, later.id}
    services.activities.log(draft(note="Skriver vidare"))  # still writable


def test_restore_refuses_bad_files_and_changes_nothing(
    services: Services, tmp_path: Path
) -> None:
    services.activities.log(draft())
    text = tmp_path / "anteckningar.txt"
    text.write_text("inte en databas\n", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        services.backups.restore(text)
    newer = services.backups.backup()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(NewerSchemaError):
        services.backups.restore(newer)
    with pytest.raises(RefusedError):
        services.backups.restore(tmp_path / "finns-inte.sqlite")
    assert services.activities.count() == 1
    assert [b.path for b in services.backups.list()] == [newer]  # no before-restore copies


def test_restore_over_a_damaged_database_moves_it_aside(db_path: Path) -> None:
    svc = build_services(str(db_path))
    svc.agreement.load_catalogue()
    svc.activities.log(draft())
    good = svc.backups.backup()
    svc.close()
    _damage(db_path)
    assert check_database(db_path) != []
    offline = BackupService(str(db_path))
    assert offline.latest() is not None and offline.latest().path == good  # type: ignore[union-attr]
    assert offline.restore(good) is None
    assert check_database(db_path) == [] and _count(db_path) == 1
    assert list(db_path.parent.glob("lofte.sqlite.skadad-*"))


def _damage(path: Path) -> None:
    """Overwrites the pages after the schema with garbage (a torn disk write)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file
    conn.close()
    size = path.stat().st_size
    page = 4096
    with path.open("r+b") as fh:
        for offset in range(2 * page, size, page * 3):
            fh.seek(offset)
            fh.write(os.urandom(page))


def test_permissions_of_database_and_companions(services: Services) -> None:
    services.activities.log(draft())
    path = services.backups.db_path
    assert path is not None
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if p.exists():
            assert _mode(p) == 0o600, p


def test_before_upgrade_hook_keeps_the_old_schema(services: Services) -> None:
    services.activities.log(draft())
    path = str(services.backups.db_path)
    services.backups.before_upgrade(path, "0001")
    (b,) = services.backups.list()
    assert b.reason == "upgrade-0001" and b.reason_label() == "Före uppgradering"
    assert _count(b.path) == 1


def test_a_check_started_early_refuses_a_damaged_file_as_the_usual_one(
    db_path: Path, tmp_path: Path
) -> None:
    from lofte_desktop.storage.migrate import (
        DamageCheck,
        DamagedDatabaseError,
        open_database,
    )

    svc = build_services(str(db_path))
    svc.agreement.load_catalogue()
    svc.close()
    healthy = DamageCheck(str(db_path))
    assert healthy.problems() == []
    open_database(str(db_path), damage_check=healthy).dispose()
    _damage(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        open_database(str(db_path), damage_check=DamageCheck(str(db_path)))
    # A check of another file is not taken for this one's.
    other = tmp_path / "other.sqlite"
    build_services(str(other)).close()
    with pytest.raises(DamagedDatabaseError):
        open_database(str(db_path), damage_check=DamageCheck(str(other)))
    assert db_path.read_bytes() == before  # left untouched
