"""The PII guard on sync import: a package with a personnummer imports nothing, and
the import is backed up first (the before_bulk_change hook)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lofte_desktop.app import build_services
from lofte_desktop.domain.errors import PrivacyError
from lofte_desktop.domain.pii import personal_numbers_in_record
from tests.conftest import draft


def test_package_with_a_personnummer_is_refused_whole(tmp_path: Path) -> None:
    a = build_services(str(tmp_path / "a.sqlite"))
    b = build_services(str(tmp_path / "b.sqlite"))
    for svc in (a, b):
        svc.agreement.load_catalogue()
    clean = a.activities.log(draft(note="Föräldramöte, 30 föräldrar"))
    dirty = a.activities.log(draft(note="Föräldramöte"))
    # An older or foreign app wrote a note past the guard, straight into the file.
    conn = sqlite3.connect(tmp_path / "a.sqlite")
    conn.execute(
        "UPDATE activities SET note = 'Samtal om elev 811228-9874' WHERE id = ?",
        (dirty.id,),
    )
    conn.commit()
    conn.close()
    out = tmp_path / "paket"
    out.mkdir()
    package = a.sync.export(out, full=True).path
    b.sync.trust(a.sync.fingerprint)
    before = b.activities.count()

    with pytest.raises(PrivacyError) as err:
        b.sync.import_file(package)
    text = str(err.value)
    assert "811228-XXXX" in text and "9874" not in text
    assert "Inget importerades" in text
    assert b.activities.count() == before  # not even the clean record
    ids = {x.id for x in b.activities.query()}
    assert clean.id not in ids and dirty.id not in ids
    assert [x.reason for x in b.backups.list()] == ["sync-import"]  # backed up first
    a.close()
    b.close()


def test_record_scan_skips_ids_and_clocks() -> None:
    record = {
        "id": "6f1d7a53-2b1e-4c55-9b7e-198112289874",
        "hlc": "1795543207978.00000",
        "place_id": "198112289874",
        "note": "Ring 070-123 45 67",
        "changes": '{"note": ["", "Elev 19811228-9874"]}',
        "count": 811228,
    }
    found = personal_numbers_in_record(record)
    assert [(field, m.masked) for field, m in found] == [("changes", "19811228-XXXX")]


@pytest.mark.parametrize(
    ("table", "column"),
    [("places", "name"), ("activities", "party"), ("activities", "logged_by")],
)
def test_a_personnummer_in_a_short_text_field_is_refused_too(
    tmp_path: Path, table: str, column: str
) -> None:
    """Names, parties and users are free text as much as notes are."""
    a = build_services(str(tmp_path / "a.sqlite"))
    b = build_services(str(tmp_path / "b.sqlite"))
    for svc in (a, b):
        svc.agreement.load_catalogue()
    a.activities.log(draft(note="Föräldramöte"))
    conn = sqlite3.connect(tmp_path / "a.sqlite")
    conn.execute(f"UPDATE {table} SET {column} = 'Kalle 19811228-9874'")
    conn.commit()
    conn.close()
    package = a.sync.export(tmp_path / "p.loftesync", full=True).path
    b.sync.trust(a.sync.fingerprint)
    b.close()
    before = (tmp_path / "b.sqlite").read_bytes()
    b = build_services(str(tmp_path / "b.sqlite"))

    with pytest.raises(PrivacyError) as err:
        b.sync.import_file(package)
    assert f"{table}.{column}" in str(err.value) and "19811228-XXXX" in str(err.value)
    b.close()
    assert (tmp_path / "b.sqlite").read_bytes() == before
    a.close()
