"""The Synk page says what an export to a peer on release 0.1.0 held back."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from lofte_desktop.app import build_services
from lofte_desktop.services.sync_versions import remember_writer
from lofte_desktop.sync.package import Writer
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.pages.sync_page import SyncPage
from tests.conftest import TODAY
from tests.ui.scripted_dialogs import ScriptedDialogs


def test_export_names_what_waits_for_the_other_side(
    ui: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    kommun = build_services(str(tmp_path / "kommun.sqlite"), today=lambda: TODAY)
    try:
        kommun.agreement.load_catalogue()
        ui.services.sync.trust(kommun.sync.fingerprint)
        ui.services.sync.import_file(kommun.sync.export(tmp_path / "k.loftesync").path)
        peer = kommun.ctx.device_id
    finally:
        kommun.close()
    # the municipality's last package came from 0.1.0 (tests/sync/
    # test_cross_version.py makes one with the 0.1.0 code itself)
    with ui.services.ctx.db.write_connection() as conn:
        remember_writer(conn, peer, Writer("0.1.0", 1, 1))
    ui.services.comments.set_summary("HT2024", "Fler vuxna ute på kvällarna.")
    ui.services.comments.set_promise_comment("HT2024", "T2", "Närvaron ökade.")

    page = SyncPage(ui)
    qtbot.addWidget(page)
    dialogs.file_answers = [str(tmp_path / "till-kommunen.loftesync")]
    page.export_button.click()
    kind, title, text = dialogs.messages[-1]
    assert (kind, title) == ("info", "Exporterat")
    assert (
        "2 kommentarer hålls kvar tills den andra parten har uppgraderat "
        "(dess senaste paket kom från version 0.1.0)"
    ) in text
    assert (tmp_path / "till-kommunen.loftesync").is_file()

    # once the other side has upgraded, nothing is held back
    with ui.services.ctx.db.write_connection() as conn:
        remember_writer(conn, peer, Writer("0.2.0", 2, 2))
    dialogs.file_answers = [str(tmp_path / "igen.loftesync")]
    page.export_button.click()
    assert "hålls kvar" not in dialogs.messages[-1][2]
