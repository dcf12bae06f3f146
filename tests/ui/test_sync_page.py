"""The Synk page: import with trust on first use, then conflict review."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lofte_desktop.app import Services, build_services
from lofte_desktop.domain import texts
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.pages.sync_page import SyncPage
from tests.conftest import TODAY, draft
from tests.ui.scripted_dialogs import ScriptedDialogs


@pytest.fixture
def kommun(tmp_path: Path) -> Iterator[Services]:
    svc = build_services(str(tmp_path / "kommun.sqlite"), today=lambda: TODAY)
    svc.agreement.load_catalogue()
    svc.sync.set_identity(name="Krokoms kommun", party="Krokoms kommun")
    yield svc
    svc.close()


def test_trust_on_first_use_then_conflict_review(
    ui: UiContext, kommun: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    page = SyncPage(ui)
    qtbot.addWidget(page)
    visit = kommun.activities.log(draft(party="Krokoms kommun", count=10))
    first = kommun.sync.export(tmp_path / "k1.loftesync").path

    # declining the new device imports nothing
    dialogs.file_answers = [str(first)]
    dialogs.confirm_answers = [False]
    page.import_button.click()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "confirm" and kommun.sync.fingerprint in text
    assert ui.services.activities.count() == 0

    # accepting it trusts the fingerprint, then imports
    dialogs.file_answers = [str(first)]
    dialogs.confirm_answers = [True]
    page.import_button.click()
    assert dialogs.messages[-1][0] == "info" and "2 nya" in dialogs.messages[-1][2]
    assert ui.services.activities.get(visit.id).count == 10
    fingerprints = [
        page.devices.item(r, 4).text() for r in range(page.devices.rowCount())
    ]
    assert kommun.sync.fingerprint in fingerprints

    # both sides change the visit: a conflict to review
    kommun.sync.trust(ui.services.sync.fingerprint)
    back = ui.services.sync.export(tmp_path / "p1.loftesync").path
    kommun.sync.import_file(back)
    ui.services.activities.edit(visit.id, {"count": 12})
    kommun.activities.edit(visit.id, {"count": 30})
    dialogs.file_answers = [str(kommun.sync.export(tmp_path / "k2.loftesync").path)]
    page.import_button.click()
    assert page.conflicts.rowCount() == 1
    assert page.conflicts.item(0, 2).text() == "Antal: 12"  # labels, not columns
    assert page.conflicts.item(0, 3).text() == "Antal: 30"
    texts.set_language("en")
    try:
        page.reload()
        assert page.conflicts.item(0, 2).text() == "Count: 12"
    finally:
        texts.set_language("sv")
        page.reload()
    assert page.tabs.tabText(0) == "Konflikter (1)"

    page.conflicts.selectRow(0)
    assert page.keep_mine.isEnabled()
    page.keep_mine.click()
    assert page.conflicts.rowCount() == 0
    assert ui.services.activities.get(visit.id).count == 12
    states = [page.states.item(r, 4).text() for r in range(page.states.rowCount())]
    assert "Ej skickad" in states

    # the choice is itself a change that syncs
    out = ui.services.sync.export(tmp_path / "p2.loftesync").path
    kommun.sync.import_file(out)
    assert kommun.activities.get(visit.id).count == 12
    page.reload()
    states = [page.states.item(r, 4).text() for r in range(page.states.rowCount())]
    assert "Ej skickad" not in states


def test_bad_package_shows_a_swedish_message(
    ui: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    page = SyncPage(ui)
    qtbot.addWidget(page)
    bad = tmp_path / "trasig.loftesync"
    bad.write_bytes(b"inte ett paket")
    dialogs.file_answers = [str(bad)]
    page.import_button.click()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error" and "trasigt" in text


def test_sync_folder_import_asks_about_new_devices(
    ui: UiContext, kommun: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    page = SyncPage(ui)
    qtbot.addWidget(page)
    share = tmp_path / "usb"
    share.mkdir()
    assert not page.import_folder_button.isEnabled()
    dialogs.dir_answers = [str(share)]
    page.choose_folder.click()
    assert str(share) in page.folder_label.text()
    kommun.activities.log(draft(party="Krokoms kommun"))
    kommun.sync.export(share)
    dialogs.confirm_answers = [True]
    page.import_folder_button.click()
    confirms = [m for m in dialogs.messages if m[0] == "confirm"]
    assert kommun.sync.fingerprint in confirms[-1][2]
    assert dialogs.messages[-1][0] == "info" and "2 nya" in dialogs.messages[-1][2]
    assert ui.services.activities.count() == 1


def test_the_page_speaks_plain_swedish(ui: UiContext, qtbot: QtBot) -> None:
    """Type names, decimal commas, and what the sync words mean."""
    ui.services.activities.log(
        draft(
            activity_type="presence",
            promise_codes=["T2"],
            hours="2,25",
            count=None,
            place="Centrumparken",
        )
    )
    page = SyncPage(ui)
    qtbot.addWidget(page)
    rows = [[page.states.item(0, c).text() for c in range(page.states.columnCount())]]
    assert rows[0][1:4] == ["Närvaro", "", "2,25"]  # not "presence" or "2.25"
    explain = page.explain.text()
    assert "Fingeravtryck" in explain and "per telefon" in explain
    assert "Ej skickade ändringar" in explain and "nästa export" in explain
    assert "Din version står kvar" in page.keep_mine.toolTip()
    assert "ersätter din" in page.keep_theirs.toolTip()
    assert "Behåll min" in page.conflict_help.text()
    assert "Behåll deras" in page.conflict_help.text()
    assert texts.sync_summary({"new": 1, "updated": 2, "conflicts": 1}) == (
        "1 ny, 2 ändrade, 0 borttagna, 0 oförändrade, 1 konflikt"
    )
