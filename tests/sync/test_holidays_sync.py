"""Holidays edited in Inställningar travel in sync packages (the agreement's terms)."""

from __future__ import annotations

from pathlib import Path

from lofte_desktop.app import Services
from lofte_desktop.domain.holidays import HolidayDraft


def test_edited_holidays_reach_the_other_device(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    police.sync.trust(municipality.sync.fingerprint)
    municipality.sync.trust(police.sync.fingerprint)
    municipality.agreement.set_holidays(
        [HolidayDraft("Höstlov", "2024-10-28", "2024-11-01")]
    )
    out = municipality.sync.export(
        tmp_path / "lov.loftesync", peer=police.ctx.device_id
    )
    police.sync.import_file(out.path)
    (h,) = police.agreement.agreement().holidays
    assert (h.name, h.start.isoformat(), h.end.isoformat()) == (
        "Höstlov",
        "2024-10-28",
        "2024-11-01",
    )
