"""Every frozen database of a released schema upgrades with all its data intact.

The fixtures in tests/fixtures/old_dbs/ were written by the release of their schema
(tests/fixtures/make_old_db.py). Each test works on a copy: the fixture itself is
never opened for writing.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from lofte_desktop.app import build_services
from lofte_desktop.storage.migrate import SCHEMA_HEAD, sqlite_revision

OLD_DBS = Path(__file__).resolve().parents[1] / "fixtures" / "old_dbs"
FIXTURES = sorted(OLD_DBS.glob("schema-*.sqlite"))
DAY = date(2024, 12, 20)  # the day the 0.1.0 fixture was made: Krokom 2023–2024
#: Every follow-up period of Krokom 2023–2024.
PERIODS = ("VT2023", "HT2023", "VT2024", "HT2024", "2023", "2024", "hela")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dump(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """Every row of every table (only `columns` of each table when given), sorted."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        out: dict[str, Any] = {"_columns": {}}
        for table in tables if columns is None else list(columns):
            cols = (
                [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
                if columns is None
                else columns[table]
            )
            out["_columns"][table] = cols
            quoted = ", ".join(f'"{c}"' for c in cols)
            rows = conn.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def test_there_is_a_fixture_for_the_released_schema() -> None:
    names = [p.name for p in FIXTURES]
    assert names[:1] == ["schema-0001.sqlite"] and "schema-0004.sqlite" in names


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_database_upgrades_with_all_data_intact(
    fixture: Path, tmp_path: Path
) -> None:
    frozen = _sha(fixture)
    db = tmp_path / "lofte.sqlite"
    shutil.copyfile(fixture, db)
    old_rev = sqlite_revision(str(db))
    assert old_rev is not None and fixture.stem == f"schema-{old_rev}"
    before = _dump(db)
    assert len(before["activities"]) > 400 and before["audit_log"]

    svc = build_services(str(db), today=lambda: DAY)
    try:
        assert sqlite_revision(str(db)) == SCHEMA_HEAD
        after = _dump(db, before["_columns"])
        # An upgrade is a write: it gives the file a fresh data generation (so a
        # stored dashboard snapshot is not trusted); every other row stays as it was.
        after["meta"] = [r for r in after["meta"] if r[0] != "data_generation"]
        kept = {
            **before,
            "meta": [r for r in before["meta"] if r[0] != "data_generation"],
        }
        for table in before["_columns"]:
            assert after[table] == kept[table], f"{table} changed in the upgrade"

        # The app reads the old records as it did.
        live = [
            r
            for r in before["activities"]
            if not r[before["_columns"]["activities"].index("deleted")]
        ]
        assert svc.activities.count() == len(live)
        notes = {a.note for a in svc.activities.query()}
        assert any("ÅÄÖ åäö" in n for n in notes)
        assert [lk.period.code for lk in svc.locks.locks()] == ["HT2023"]
        edited = next(a for a in svc.activities.query() if "Rättat." in a.note)
        assert [h.action for h in svc.activities.history(edited.id)] == [
            "create",
            "update",
        ]

        backups = svc.backups.list()
        if old_rev != SCHEMA_HEAD:  # backed up, then upgraded
            pre = [b for b in backups if b.reason == f"upgrade-{old_rev}"]
            assert len(pre) == 1
            assert sqlite_revision(str(pre[0].path)) == old_rev
            assert _dump(pre[0].path) == _dump(fixture)  # the file as it was
    finally:
        svc.close()
    assert _sha(fixture) == frozen  # the fixture itself was never touched


_SUM = {"occasions": "count(*)", "hours": "total(a.hours)", "people": "total(a.count)"}


def _raw_done(path: Path, promise_id: str, unit: str, start: date, end: date) -> float:
    """The done work of one promise in start..end, summed by plain SQL on the file
    as it was before the upgrade: what progress must show."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (value,) = conn.execute(
            f"SELECT {_SUM[unit]} FROM activities a JOIN activity_promises ap "
            "ON ap.activity_id = a.id WHERE ap.promise_id = ? AND a.deleted = 0 "
            "AND a.status = 'done' AND a.date BETWEEN ? AND ?",
            (promise_id, start.isoformat(), end.isoformat()),
        ).fetchone()
    finally:
        conn.close()
    return round(float(value), 2)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_progress_for_every_period_is_identical_after_the_upgrade(
    fixture: Path, tmp_path: Path
) -> None:
    """Each promise's done and year-before figures for every 2023–2024 period,
    from the upgraded file, equal the sums of the records in the frozen file."""
    db = tmp_path / "lofte.sqlite"
    shutil.copyfile(fixture, db)
    frozen = tmp_path / "frozen.sqlite"
    shutil.copyfile(fixture, frozen)
    svc = build_services(str(db), today=lambda: DAY)
    try:
        assert svc.agreement.agreement().code == "krokom-2023-2024"
        start = svc.agreement.agreement().start
        checked = 0
        for code in PERIODS:
            for pp in svc.progress.progress(code):
                p, unit = pp.period, pp.unit.value
                since = start if pp.cumulative else p.start
                assert pp.done == _raw_done(frozen, pp.promise.id, unit, since, p.end)
                if pp.previous is not None:
                    prev = p.shifted_years(-1)
                    assert pp.previous == _raw_done(
                        frozen, pp.promise.id, unit, prev.start, prev.end
                    )
                checked += 1
        assert checked == len(PERIODS) * 11
        presence = svc.progress.presence("HT2024")
        assert presence.hours > 0 and presence.previous_hours > 0
        if len(svc.agreement.agreements()) > 1:  # schema 0004 on: the renewal
            t2 = next(
                x for x in svc.progress.progress("HT2025") if x.promise.code == "T2"
            )
            old = svc.agreement.promise("T2")
            assert t2.promise.continues == old.id and t2.done == 9.5
            assert t2.previous == _raw_done(
                frozen, old.id, "hours", date(2024, 7, 1), date(2024, 12, 31)
            )
    finally:
        svc.close()
