"""Löften: the agreement chooser and "Nytt medborgarlöfte…" (renew or from file),
driven with real widgets on a real database."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.services.agreement_files import AgreementFiles
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.new_agreement_dialog import FIELDS, NewAgreementDialog
from lofte_desktop.ui.pages.promises_page import PromisesPage
from tests.ui.scripted_dialogs import ScriptedDialogs


def test_renew_with_inline_swedish_errors_then_create(
    ui: UiContext, qtbot: QtBot
) -> None:
    dialog = NewAgreementDialog(ui)
    qtbot.addWidget(dialog)
    edits = dialog.edits
    # Suggested from the previous agreement: the next two years.
    assert [edits[f].text() for f in FIELDS] == [
        "krokom-2025-2026",
        "Medborgarlöften Krokom 2025–2026",
        "2025-01-01",
        "2026-12-31",
    ]
    edits["agreement_code"].setText("krokom-2023-2024")
    edits["agreement_start"].setText("2025-02-30")
    qtbot.mouseClick(dialog.create_button, QtCore.Qt.MouseButton.LeftButton)
    assert "finns redan" in dialog.errors["agreement_code"].text()
    assert "2025-02-30" in dialog.errors["agreement_start"].text()
    assert not dialog.errors["agreement_name"].isVisibleTo(dialog)
    assert len(ui.services.agreement.agreements()) == 1  # nothing written
    edits["agreement_code"].setText("krokom-2025-2026")
    edits["agreement_start"].setText("2025-01-01")
    qtbot.mouseClick(dialog.create_button, QtCore.Qt.MouseButton.LeftButton)
    assert dialog.created is not None and dialog.created.code == "krokom-2025-2026"
    assert len(ui.services.agreement.agreements()) == 2


def test_every_control_is_named_and_reachable(ui: UiContext, qtbot: QtBot) -> None:
    dialog = NewAgreementDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    for w in dialog.findChildren(QtWidgets.QWidget):
        if isinstance(
            w, QtWidgets.QLineEdit | QtWidgets.QComboBox | QtWidgets.QAbstractButton
        ):
            assert w.accessibleName(), w
            assert w.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus, w


def test_from_a_catalogue_file(ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    files = AgreementFiles(ui.services.agreement)
    text = files.export_text("krokom-2023-2024").replace(
        'code = "krokom-2023-2024"', 'code = "ostby-2023-2024"'
    )
    path = tmp_path / "ostby.toml"
    path.write_text(text, encoding="utf-8")
    assert isinstance(ui.dialogs, ScriptedDialogs)
    ui.dialogs.file_answers.append(str(path))
    dialog = NewAgreementDialog(ui)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.browse, QtCore.Qt.MouseButton.LeftButton)
    assert dialog.from_file.isChecked()
    qtbot.mouseClick(dialog.create_button, QtCore.Qt.MouseButton.LeftButton)
    assert dialog.created is not None and dialog.created.code == "ostby-2023-2024"
    # The same file again: refused in Swedish, nothing written.
    again = NewAgreementDialog(ui)
    qtbot.addWidget(again)
    again.from_file.setChecked(True)
    again.file_edit.setText(str(path))
    qtbot.mouseClick(again.create_button, QtCore.Qt.MouseButton.LeftButton)
    assert again.created is None and "finns redan" in again.message.text()


def test_promises_page_views_any_agreement(ui: UiContext, qtbot: QtBot) -> None:
    from lofte_desktop.services.agreement_files import RenewDraft

    AgreementFiles(ui.services.agreement).renew(
        "krokom-2023-2024",
        RenewDraft(
            "krokom-2025-2026", "Krokom 2025–2026 (Exempel)", "2025-01-01", "2026-12-31"
        ),
    )
    page = PromisesPage(ui)
    qtbot.addWidget(page)
    page.reload()
    combo = page.agreement_combo
    assert combo.count() == 2
    assert combo.itemData(0) == "krokom-2025-2026"  # newest first
    assert combo.currentData() == "krokom-2023-2024"  # today (2024-10-15) decides
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert ui.services.agreement.agreement().code == "krokom-2025-2026"
    qtbot.waitUntil(lambda: "Krokom 2025–2026" in page.agreement_info.text())
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert ui.services.ctx.chosen is None  # back to the one today belongs to


def test_edit_dialog_checks_inline_then_saves(ui: UiContext, qtbot: QtBot) -> None:
    from lofte_desktop.ui.dialogs.edit_agreement_dialog import EditAgreementDialog

    a = ui.services.agreement.agreement()
    dialog = EditAgreementDialog(ui, a)
    qtbot.addWidget(dialog)
    dialog.parties_edit.setPlainText("Polisen")
    dialog.end_edit.setText("2024-13-01")
    qtbot.mouseClick(dialog.save_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Krokoms kommun" in dialog.errors["agreement_parties"].text()
    assert "2024-13-01" in dialog.errors["agreement_end"].text()
    assert ui.services.agreement.agreement() == a  # nothing written
    dialog.parties_edit.setPlainText("\n".join([*a.parties, "Räddningstjänsten"]))
    dialog.end_edit.setText("2024-12-31")
    dialog.name_edit.setText("Medborgarlöften Krokom 2023–2024 (reviderat)")
    qtbot.mouseClick(dialog.save_button, QtCore.Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    now = ui.services.agreement.agreement()
    assert now.name.endswith("(reviderat)") and now.parties[-1] == "Räddningstjänsten"
    for w in dialog.findChildren(QtWidgets.QWidget):
        if isinstance(
            w, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit | QtWidgets.QPushButton
        ):
            assert w.accessibleName(), w
