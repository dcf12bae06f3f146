"""A renewed agreement, with its promises' `continues`, travels in sync packages;
a promise record from a 0.1.0 package (no `continues_id`) is still read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lofte_desktop.app import Services
from lofte_desktop.services.agreement_files import AgreementFiles, RenewDraft
from lofte_desktop.sync.schema import check_line


def test_a_renewal_reaches_the_other_device(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    police.sync.trust(municipality.sync.fingerprint)
    municipality.sync.trust(police.sync.fingerprint)
    AgreementFiles(municipality.agreement).renew(
        "krokom-2023-2024",
        RenewDraft("krokom-2025-2026", "Krokom 2025–2026", "2025-01-01", "2026-12-31"),
    )
    out = municipality.sync.export(tmp_path / "ny.loftesync", peer=police.ctx.device_id)
    police.sync.import_file(out.path)
    codes = [a.code for a in police.agreement.agreements()]
    assert codes == ["krokom-2023-2024", "krokom-2025-2026"]
    police.ctx.today = lambda: date(2025, 10, 1)
    police.ctx.invalidate()
    old_t2 = police.agreement.scoped(police.agreement.agreements()[0]).promise("T2")
    assert police.agreement.promise("T2").continues == old_t2.id


def test_a_promise_record_without_continues_is_read() -> None:
    record = {
        "id": "8eb57274-c89c-5f7b-88a4-2ec21dacfc52",
        "hlc": "1732000000000.00000",
        "device_id": "8eb57274-c89c-5f7b-88a4-2ec21dacfc53",
        "deleted": False,
        "created_at": "2024-01-01T00:00:00+00:00",
        "updated_at": "2024-01-01T00:00:00+00:00",
        "version": 1,
        "agreement_id": "8eb57274-c89c-5f7b-88a4-2ec21dacfc54",
        "focus_area_id": "8eb57274-c89c-5f7b-88a4-2ec21dacfc55",
        "code": "T2",
        "text": "Närvaro",
        "parties": '["Polisen"]',
        "activity_types": '["presence"]',
        "target": "{}",
        "position": 0,
    }
    table, rec = check_line({"t": "promises", "r": record}, "rad 1")
    assert table == "promises" and rec["continues_id"] is None
