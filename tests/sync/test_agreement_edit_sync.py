"""Edits made in Löften's editor reach the other party in a sync package."""

from __future__ import annotations

from pathlib import Path

from lofte_desktop.app import Services
from lofte_desktop.domain.agreement_edit import FocusAreaDraft, IndicatorDraft
from lofte_desktop.domain.types import Cadence, TargetPer
from lofte_desktop.services.agreement_edit import AgreementEditor
from lofte_desktop.services.agreement_files import AgreementEdit, AgreementFiles
from tests.services.test_agreement_edit import promise_draft


def test_edits_travel_in_a_sync_package(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    police.sync.trust(municipality.sync.fingerprint)
    municipality.sync.trust(police.sync.fingerprint)
    first = municipality.sync.export(
        tmp_path / "a.loftesync", peer=police.ctx.device_id
    )
    police.sync.import_file(first.path)
    editor = AgreementEditor(municipality.agreement)
    editor.add_promise(promise_draft())
    editor.edit_focus_area("trygghet", FocusAreaDraft("x", "Trygghet i centrum", "Ny."))
    ind = municipality.agreement.indicators()[0]
    editor.edit_indicator(ind.code, IndicatorDraft("7", "2022", ">=", "9"))
    editor.remove_promise("B3")
    a = municipality.agreement.agreement()
    AgreementFiles(municipality.agreement).edit(
        a.code, AgreementEdit(a.name, a.parties, a.start, a.end, "quarter")
    )
    out = municipality.sync.export(tmp_path / "b.loftesync", peer=police.ctx.device_id)
    police.sync.import_file(out.path)
    police.ctx.invalidate()
    got = police.agreement.promise("T5")
    assert got.target.per is TargetPer.TERTIAL and got.target.min == 4
    assert "B3" not in police.agreement.promise_ids()
    area = next(a for a in police.agreement.focus_areas() if a.code == "trygghet")
    assert area.name == "Trygghet i centrum"
    assert police.agreement.indicator(ind.code).target_value == 9
    assert police.agreement.agreement().cadence is Cadence.QUARTER
