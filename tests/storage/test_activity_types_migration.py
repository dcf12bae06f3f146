"""Migration 0006: every agreement of an older database gets today's 12 built-in
activity types as its own, with the ids the app derives (so two devices that
upgrade make the same rows), and the app reads them as DEFAULT_TYPES."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from lofte_desktop.app import build_services
from lofte_desktop.domain.types import DEFAULT_TYPES
from lofte_desktop.storage.rows import activity_type_id

OLD = (
    Path(__file__).resolve().parents[1] / "fixtures" / "old_dbs" / "schema-0004.sqlite"
)


def test_an_upgraded_database_gives_every_agreement_the_twelve_types(
    tmp_path: Path,
) -> None:
    db = tmp_path / "lofte.sqlite"
    shutil.copyfile(OLD, db)
    svc = build_services(str(db), today=lambda: date(2024, 10, 15))
    try:
        agreements = svc.agreement.agreements()
        assert len(agreements) >= 2
        for a in agreements:
            assert svc.agreement.activity_types(a.id) == DEFAULT_TYPES
        before = svc.progress.progress("HT2024")
    finally:
        svc.close()
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT agreement_id, code, id, deleted FROM activity_types"
        ).fetchall()
    assert len(rows) == 12 * len(agreements)
    assert all(
        rid == activity_type_id(aid, code) and not gone for aid, code, rid, gone in rows
    )
    assert before  # the figures still come out of the old activities
