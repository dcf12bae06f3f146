"""Sync with release 0.1.0, in both directions, against the 0.1.0 code itself.

The police run 0.1.0 (its own `lofte`, from git history: tests/old_release.py); the
municipality runs this release. Both end with the same picture of what 0.1.0 can
represent; what it cannot (a renewed agreement, its activities, period comments)
is held back, named to the user, and arrives once the police have upgraded.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from lofte_desktop import __version__
from lofte_desktop.domain.validation import ActivityDraft
from lofte_desktop.entry.cli import main
from lofte_desktop.services.agreement_files import AgreementFiles, RenewDraft
from lofte_desktop.services.sync_versions import peer_reads
from lofte_desktop.sync import package as pkgfmt
from lofte_desktop.sync.compat import (
    KINDS_0_1_0,
    TARGET_PER_0_1_0,
    TARGET_UNITS_0_1_0,
    TYPES_0_1_0,
)
from tests.old_release import TODAY, OldRelease
from tests.sync.conftest import device

KROKOM = "krokom-2023-2024"
PERIODS = ("VT2023", "HT2023", "VT2024", "HT2024", "2023", "2024", "hela")


def new_cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> Any:
    code = main([*args, "--db", str(db), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def picture(rows: Any) -> list[tuple[Any, ...]]:
    """What 0.1.0 can represent of an activity list, in one comparable form."""
    return sorted(
        (
            a["id"],
            a["date"],
            a["type"],
            tuple(sorted(a["promises"])),
            a["party"],
            a["hours"],
            a["count"],
            a["status"],
            a["note"],
        )
        for a in rows
    )


def progress_picture(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (p["id"], p["done"], p["occasions"], p["hours"], p["people"])
        for p in doc["promises"]
    ]


def same_picture(
    old: OldRelease,
    old_db: Path,
    home: Path,
    capsys: pytest.CaptureFixture[str],
    new_db: Path,
) -> None:
    for period in PERIODS:
        theirs = old.json(old_db, "activities", "--period", period, home=home)
        ours = new_cli(capsys, new_db, "activities", "--period", period)
        assert picture(theirs) == picture(ours), period
        theirs = old.json(old_db, "progress", "--period", period, home=home)
        ours = new_cli(capsys, new_db, "progress", "--period", period)
        assert progress_picture(theirs) == progress_picture(ours), period


def test_the_release_is_the_one_that_made_the_frozen_database(
    old_release: OldRelease,
) -> None:
    """0.1.0 is the commit before migration 0002; its schema head is 0001, the
    revision of tests/fixtures/old_dbs/schema-0001.sqlite; the facts about it that
    sync/compat.py keeps are its own."""
    known = old_release.python(
        "import json\n"
        "from lofte_desktop import __version__ as v\n"
        "from lofte_desktop.storage.migrate import SCHEMA_HEAD\n"
        "from lofte_desktop.domain.types import ActivityType, TargetPer, TargetUnit\n"
        "from lofte_desktop.sync.schema import SCHEMA_VERSION, TABLE_ORDER\n"
        "from lofte_desktop.sync.schema import record_keys\n"
        "print(json.dumps({'v': v, 'head': SCHEMA_HEAD, 'schema': SCHEMA_VERSION,"
        " 'types': [t.value for t in ActivityType],"
        " 'per': [t.value for t in TargetPer], 'unit': [t.value for t in TargetUnit],"
        " 'kinds': {t: sorted(record_keys(t)) for t in TABLE_ORDER}}))"
    )
    assert known["v"] == "0.1.0" and __version__ == "0.2.0"
    assert known["head"] == "0001" and known["schema"] == 1
    frozen = Path(__file__).parents[1] / "fixtures" / "old_dbs" / "schema-0001.sqlite"
    conn = sqlite3.connect(f"file:{frozen}?mode=ro", uri=True)
    try:
        (rev,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    assert rev == known["head"]
    assert set(known["types"]) == TYPES_0_1_0
    assert set(known["per"]) == TARGET_PER_0_1_0
    assert set(known["unit"]) == TARGET_UNITS_0_1_0
    assert {t: set(k) for t, k in known["kinds"].items()} == KINDS_0_1_0


def test_sync_with_0_1_0_both_ways_then_after_it_upgrades(
    old_release: OldRelease,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = old_release
    monkeypatch.setenv("LOFTE_TODAY", TODAY)  # both CLIs: "hela" is Krokom 2023–2024
    home = tmp_path / "polis-home"
    police_db = tmp_path / "polis.sqlite"
    old.run(police_db, "init", home=home)
    for args in (
        ("--type", "presence", "--promise", "T2", "--date", "2024-03-05"),
        ("--type", "traffic_check", "--promise", "T1", "--date", "2023-09-12"),
        ("--type", "school_visit", "--promise", "N1", "--date", "2024-09-02"),
    ):
        extra = ("--hours", "2") if "presence" in args else ("--count", "14")
        if "school_visit" in args:
            extra = ()
        old.run(police_db, "log", *args, *extra, "--party", "Polisen", home=home)
    police = old.json(police_db, "sync", "status", home=home)

    # 0.1.0 → this release
    kommun_db = tmp_path / "kommun.sqlite"
    kommun = device(kommun_db, "Krokoms kommun", "Kommunen")
    try:
        kommun.sync.trust(police["fingerprint"])
        first = tmp_path / "from-0.1.0.loftesync"
        old.run(police_db, "sync", "export", "--out", str(first), home=home)
        assert pkgfmt.open_package(first).writer.app_version == "0.1.0"
        summary = kommun.sync.import_file(first)
        assert summary.new > 0
        with kommun.ctx.db.read_connection() as conn:
            assert peer_reads(conn, police["device_id"]) == (1, "0.1.0")
        versions = {
            d["device_id"]: d["app_version"] for d in kommun.sync.status()["devices"]
        }
        assert versions == {
            police["device_id"]: "0.1.0",
            kommun.ctx.device_id: __version__,
        }
        same_picture(old, police_db, home, capsys, kommun_db)

        # this release works on: what 0.1.0 reads, and what it cannot
        kommun.activities.log(
            ActivityDraft("presence", ["T2"], "2024-10-01", "Krokoms kommun", hours=3)
        )
        kommun.comments.set_summary("HT2024", "Närvaron ökade under hösten.")
        AgreementFiles(kommun.agreement).renew(
            KROKOM,
            RenewDraft(
                "krokom-2025-2026", "Krokom 2025–2026", "2025-01-01", "2026-12-31"
            ),
        )
        renewed = kommun.agreement.on(_day("2025-03-04"))
        renewed.promise("T2")  # the renewal's T2 exists
        kommun.activities.log(
            ActivityDraft("presence", ["T2"], "2025-03-04", "Krokoms kommun", hours=1.5)
        )
        with kommun.ctx.db.read_connection() as conn:
            new_records = _count_renewal(conn)

        # this release → 0.1.0: what 0.1.0 can read; the rest held back and named
        second = tmp_path / "to-0.1.0.loftesync"
        result = kommun.sync.export(second, peer=police["device_id"])
        assert result.schema == 1 and result.peer_version == "0.1.0"
        assert dict(result.held) == {
            "activities": 1,
            "agreement": new_records,
            "comments": 1,
        }
        assert result.held_text() == (
            f"1 aktivitet under ett nytt löfte, {new_records} ändringar i "
            "överenskommelsen och 1 kommentar hålls kvar tills den andra parten har "
            "uppgraderat (dess senaste paket kom från version 0.1.0). De följer med "
            "i en senare export."
        )
        assert kommun.sync.status()["unsent"] > 0  # held back: not marked as sent
        fp = kommun.sync.fingerprint
        old.run(police_db, "sync", "trust", fp, home=home)
        old.run(police_db, "sync", "import", str(second), home=home)
        same_picture(old, police_db, home, capsys, kommun_db)
        theirs = old.json(police_db, "activities", home=home)
        assert all(a["date"] < "2025" for a in theirs)
        # … and 0.1.0 still shows its own agreement
        promises = old.json(police_db, "promises", home=home)
        assert KROKOM in json.dumps(promises)
        assert "2025" not in json.dumps(promises.get("agreement", ""))

        # the CLI says the same (a second package: still held back)
        code = main(
            [
                "sync",
                "export",
                "--db",
                str(kommun_db),
                "--peer",
                police["device_id"],
                "--out",
                str(tmp_path / "again.loftesync"),
            ]
        )
        out, _err = capsys.readouterr()
        assert code == 0 and "hålls kvar tills den andra parten har uppgraderat" in out

        # the police upgrade: this release opens their database (a backup first),
        # with their key from their data folder (one folder here for both)
        key = f"keys/{police['device_id']}.ed25519"
        shutil.copy2(home / "data" / key, Path(os.environ["LOFTE_DATA_DIR"]) / key)
        up = device(police_db, "Polisen Krokom", "Polisen")
        try:
            assert up.ctx.device_id == police["device_id"]
            assert "upgrade-0001" in [b.reason for b in up.backups.list()]
            third = tmp_path / "from-upgraded.loftesync"
            up.sync.export(third, peer=kommun.ctx.device_id)
            assert pkgfmt.open_package(third).writer.app_version == __version__
            kommun.sync.import_file(third)
            last = kommun.sync.export(
                tmp_path / "now-all.loftesync", peer=police["device_id"]
            )
            assert last.schema == 2 and last.held == ()
            assert kommun.sync.status()["unsent"] == 0
            up.sync.import_file(last.path)
            # now everything: the renewal, its activity, the comment
            assert [a.code for a in up.agreement.agreements()] == [
                a.code for a in kommun.agreement.agreements()
            ]
            assert up.comments.comments("HT2024").summary == (
                "Närvaron ökade under hösten."
            )
            for period in (*PERIODS, "2025", "VT2025"):
                mine = new_cli(capsys, police_db, "activities", "--period", period)
                ours = new_cli(capsys, kommun_db, "activities", "--period", period)
                assert picture(mine) == picture(ours), period
            assert any(
                a["date"] == "2025-03-04"
                for a in new_cli(capsys, police_db, "activities", "--period", "2025")
            )
        finally:
            up.close()
    finally:
        kommun.close()


def _day(text: str) -> Any:
    from datetime import date

    return date.fromisoformat(text)


def _count_renewal(conn: Any) -> int:
    """Records of the renewed agreement: itself, its focus areas, promises and
    indicators (what 'ändringar i överenskommelsen' counts for it)."""
    from sqlalchemy import text

    (aid,) = conn.execute(
        text("SELECT id FROM agreements WHERE code = 'krokom-2025-2026'")
    ).one()
    n = 1
    for table in ("focus_areas", "promises", "indicators"):
        n += conn.execute(
            text(f"SELECT count(*) FROM {table} WHERE agreement_id = :a"), {"a": aid}
        ).scalar_one()
    n += conn.execute(
        text(
            "SELECT count(*) FROM indicator_values v JOIN indicators i "
            "ON i.id = v.indicator_id WHERE i.agreement_id = :a"
        ),
        {"a": aid},
    ).scalar_one()
    return int(n)


def test_the_upgrade_shows_what_0_1_0_showed(
    old_release: OldRelease,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The frozen 0.1.0 database: 0.1.0's own activities and progress for every
    2023–2024 period equal this release's on an upgraded copy."""
    monkeypatch.setenv("LOFTE_TODAY", TODAY)
    frozen = Path(__file__).parents[1] / "fixtures" / "old_dbs" / "schema-0001.sqlite"
    as_01, upgraded = tmp_path / "as-0.1.0.sqlite", tmp_path / "upgraded.sqlite"
    shutil.copyfile(frozen, as_01)
    shutil.copyfile(frozen, upgraded)
    same_picture(old_release, as_01, tmp_path / "home", capsys, upgraded)


def test_a_package_written_for_0_1_0_still_says_its_writer_has_upgraded(
    tmp_path: Path,
) -> None:
    """Both devices on this release, each thinking the other is on 0.1.0 (their
    last packages came from it): the first package either way says otherwise, so
    neither keeps writing for 0.1.0."""
    from lofte_desktop.services.sync_versions import remember_writer
    from lofte_desktop.sync.package import Writer

    a = device(tmp_path / "a.sqlite", "Polisen Krokom", "Polisen")
    b = device(tmp_path / "b.sqlite", "Krokoms kommun", "Kommunen")
    try:
        a.sync.trust(b.sync.fingerprint)
        b.sync.trust(a.sync.fingerprint)
        for me, other in ((a, b), (b, a)):
            with me.ctx.db.write_connection() as conn:
                remember_writer(conn, other.ctx.device_id, Writer("0.1.0", 1, 1))
        a.comments.set_summary("HT2024", "Lugn höst.")
        first = a.sync.export(tmp_path / "a1.loftesync", peer=b.ctx.device_id)
        assert first.schema == 1 and dict(first.held) == {"comments": 1}
        opened = pkgfmt.open_package(first.path)
        assert opened.manifest["schema_version"] == 1
        assert "app_version" not in opened.manifest  # 0.1.0's manifest, exactly
        b.sync.import_file(first.path)
        with b.ctx.db.read_connection() as conn:
            assert peer_reads(conn, a.ctx.device_id) == (2, __version__)
        back = b.sync.export(tmp_path / "b1.loftesync", peer=a.ctx.device_id)
        assert back.schema == 2 and back.held == ()
        a.sync.import_file(back.path)
        again = a.sync.export(tmp_path / "a2.loftesync", peer=b.ctx.device_id)
        assert again.schema == 2 and again.held == ()
        b.sync.import_file(again.path)
        assert b.comments.comments("HT2024").summary == "Lugn höst."
    finally:
        a.close()
        b.close()
