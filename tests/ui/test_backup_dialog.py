"""Backups from the GUI: list, back up now, restore after a confirmation; the start-up
checks (damaged database, network share) and one GUI per database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6 import QtCore
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from lofte_desktop.app import build_services
from lofte_desktop.domain.model import Activity
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.backup_dialog import BackupDialog
from lofte_desktop.ui.dialogs.edit_activity_dialog import EditActivityDialog
from lofte_desktop.ui.main_window import MainWindow
from lofte_desktop.ui.single_instance import SingleInstance
from lofte_desktop.ui.start_checks import open_or_recover
from tests.conftest import draft
from tests.safety.test_backup import _damage
from tests.ui.scripted_dialogs import ScriptedDialogs
from tests.ui.test_log_page import log_page


def _dialogs(ui: UiContext) -> ScriptedDialogs:
    assert isinstance(ui.dialogs, ScriptedDialogs)
    return ui.dialogs


def _ids(ui: UiContext) -> set[str]:
    return {a.id for a in ui.services.activities.query()}


def test_restore_from_the_gui_after_confirmation(ui: UiContext, qtbot: QtBot) -> None:
    first = ui.services.activities.log(draft(note="Före kopian"))
    dialog = BackupDialog(ui)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_now, _LEFT)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Manuell"
    later = ui.services.activities.log(draft(note="Efter kopian"))

    # Declined: nothing happens.
    _dialogs(ui).confirm_answers = [False]
    qtbot.mouseClick(dialog.restore_button, _LEFT)
    assert _ids(ui) == {first.id, later.id}

    changed: list[object] = []
    ui.bridge.activitiesChanged.connect(lambda *a: changed.append(a))
    _dialogs(ui).confirm_answers = [True]
    qtbot.mouseClick(dialog.restore_button, _LEFT)
    kind, _title, text = _dialogs(ui).messages[-2]
    assert kind == "confirm" and "sparas först" in text
    assert _ids(ui) == {first.id}
    assert _dialogs(ui).messages[-1][0] == "info"
    assert "återställd" in dialog.message.text()
    qtbot.waitUntil(lambda: bool(changed))  # the pages are told to reload
    # The replaced database is listed as a backup of its own: restore it to undo.
    reasons = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert reasons == ["Före återställning", "Manuell"]
    dialog.table.selectRow(0)
    _dialogs(ui).confirm_answers = [True]
    dialog.restore_selected()
    assert _ids(ui) == {first.id, later.id}


def test_save_a_copy_and_refuse_a_foreign_file(
    ui: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    ui.services.activities.log(draft())
    dialog = BackupDialog(ui)
    qtbot.addWidget(dialog)
    out = tmp_path / "usb" / "kopia.sqlite"
    out.parent.mkdir()
    _dialogs(ui).file_answers = [str(out)]
    qtbot.mouseClick(dialog.save_copy, _LEFT)
    assert out.exists() and str(out) in dialog.message.text()

    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    _dialogs(ui).file_answers = [str(pdf)]
    _dialogs(ui).confirm_answers = [True]
    qtbot.mouseClick(dialog.restore_file, _LEFT)
    kind, _title, text = _dialogs(ui).messages[-1]
    assert kind == "error" and "ingen Löfte-databas" in text
    assert "Inget återställdes" in dialog.message.text()
    assert ui.services.activities.count() == 1


def test_settings_page_opens_the_backup_dialog(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.ui.services.activities.log(draft())
    window.ui.services.backups.backup()
    window.navigate("settings")
    page = window.pages["settings"]
    qtbot.mouseClick(page.backups_button, _LEFT)  # type: ignore[attr-defined]
    dialog = page.findChild(BackupDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1 and dialog.restore_button.isEnabled()
    dialog.close()


def test_damaged_database_at_start_offers_the_latest_backup(tmp_path: Path) -> None:
    db = tmp_path / "lofte.sqlite"
    svc = build_services(str(db))
    svc.agreement.load_catalogue()
    kept = svc.activities.log(draft())
    svc.backups.backup()
    svc.close()
    _damage(db)

    declined = ScriptedDialogs()
    declined.confirm_answers = [False]
    assert open_or_recover(lambda: build_services(str(db)), str(db), declined) is None
    assert declined.messages[0][0] == "confirm"
    assert "senaste säkerhetskopian" in declined.messages[0][2]

    accepted = ScriptedDialogs()
    services = open_or_recover(lambda: build_services(str(db)), str(db), accepted)
    assert services is not None
    assert [a.id for a in services.activities.query()] == [kept.id]
    assert [m[0] for m in accepted.messages] == ["confirm", "info"]
    services.close()


def test_damaged_database_without_backup_is_not_opened(tmp_path: Path) -> None:
    db = tmp_path / "lofte.sqlite"
    svc = build_services(str(db))
    svc.agreement.load_catalogue()
    svc.activities.log(draft())
    svc.close()
    _damage(db)
    dialogs = ScriptedDialogs()
    assert open_or_recover(lambda: build_services(str(db)), str(db), dialogs) is None
    assert (
        dialogs.messages[0][0] == "error"
        and "ingen säkerhetskopia" in (dialogs.messages[0][2])
    )


def test_a_second_instance_raises_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(str(tmp_path / "lofte.sqlite"))
    assert first.claim()
    second = SingleInstance(str(tmp_path / "." / "lofte.sqlite"))  # same file
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not second.claim()
    other = SingleInstance(str(tmp_path / "annan.sqlite"))
    assert other.claim()  # another database: its own GUI
    other.close()
    first.close()
    again = SingleInstance(str(tmp_path / "lofte.sqlite"))
    assert again.claim()  # the first one has gone: the next start may take over
    again.close()


def test_edit_dialog_warns_while_typing_and_blocks_save(
    ui: UiContext, qtbot: QtBot
) -> None:
    act: Activity = ui.services.activities.log(draft(note="Föräldrakväll"))
    dialog = EditActivityDialog(ui, act)
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.form.note_edit
    note.setFocus()
    qtbot.keyClicks(note, " samordningsnr 811288-9871")  # day 28 + 60
    assert dialog.form.pii_label.isVisible()
    assert "9871" not in dialog.form.pii_label.text()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert save is not None and not save.isEnabled()
    dialog.save()
    assert ui.services.activities.get(act.id).note == "Föräldrakväll"
    note.setPlainText("Föräldrakväll, 40 föräldrar. Rektor nås på 070-123 45 67.")
    assert not dialog.form.pii_label.isVisible() and save.isEnabled()


def test_full_disk_keeps_the_typed_form_and_says_why(
    window: MainWindow, qtbot: QtBot
) -> None:
    svc = window.ui.services
    page = log_page(window)
    page.form.set_type("presence")
    page.form.hours_edit.setText("2")
    page.form.note_edit.setPlainText("Kvällspass i centrum. " * 80)
    engine = svc.ctx.db.engine

    def cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    for _ in range(40):  # fill the free space inside pages first
        svc.activities.log(draft(note="Fyllnad. " * 200))
    before = svc.activities.count()
    engine.dispose()
    event.listen(engine, "connect", cap)
    try:
        page.save()
        if svc.activities.count() != before:  # the page still had room; once more
            page.form.set_type("presence")
            page.form.hours_edit.setText("2")
            page.form.note_edit.setPlainText("Kvällspass i centrum. " * 80)
            before = svc.activities.count()
            page.save()
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()
    assert svc.activities.count() == before
    assert "disken är full" in page.message.text()
    assert page.form.hours_edit.text() == "2"
    assert page.form.note_edit.toPlainText().startswith("Kvällspass i centrum.")


_LEFT = QtCore.Qt.MouseButton.LeftButton
