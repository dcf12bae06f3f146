"""The import dialog driven like a user: open a file, fix a column, confirm the type
rules, read the preview, import, and undo the whole import from Aktiviteter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.domain.types import ActivityType
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.import_dialog import SETTINGS_KEY, ImportDialog
from lofte_desktop.ui.models.import_preview import ImportPreviewModel
from lofte_desktop.ui.pages.activities_page import ActivitiesPage
from tests.excel.conftest import HEADERS, ROWS, write_csv, write_xlsx
from tests.ui.scripted_dialogs import ScriptedDialogs


def _column(model: ImportPreviewModel, name: str) -> list[str]:
    from lofte_desktop.ui.models.import_preview import COLUMNS

    col = [k for k, _ in COLUMNS].index(name)
    return [model.index(r, col).data() for r in range(model.rowCount())]


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    rows = [*ROWS, ("2024-02-30", "Närvaro", "Torget", 2, None, "")]
    headers = [*HEADERS[:2], "Var", *HEADERS[3:]]  # "Var" is not recognised
    return write_xlsx(tmp_path / "logg.xlsx", headers, rows)


def test_import_dialog_from_file_to_undo(
    ui: UiContext, qtbot: QtBot, sheet: Path, qtmodeltester: object
) -> None:
    page = ActivitiesPage(ui)
    qtbot.addWidget(page)
    page.activate()
    assert page.import_button.text().replace("&", "") == "Importera från Excel…"
    page.open_import()
    dialog = page.importer
    assert isinstance(dialog, ImportDialog)
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.file_answers.append(str(sheet))
    dialog.choose_button.click()
    assert "6 rader" in dialog.file_label.text()
    assert dialog.party_box.currentText() == "Polisen"  # the user's own party

    # the unknown column: the place is not mapped until the user says so
    assert dialog.column_boxes["Var"].currentData() is None
    assert set(_column(dialog.model, "place")) == {""}
    dialog.column_boxes["Var"].setCurrentIndex(
        dialog.column_boxes["Var"].findData("place")
    )
    assert _column(dialog.model, "place")[3] == "Nälden skola"

    # proposals wait for the user's confirmation
    box, check = dialog.type_rows["Skolbesök Ås"]
    assert box.currentData() == ActivityType.SCHOOL_VISIT.value
    assert not check.isChecked()
    assert dialog.type_rows["Närvaro"][1].isChecked()  # an exact type name
    assert _column(dialog.model, "outcome") == ["Fel", "Fel", "Ny", "Ny", "Fel", "Fel"]
    assert not dialog.import_button.isEnabled()
    check.click()  # confirms "Skolbesök" for every name that starts with it
    assert dialog.type_rows["Skolbesök Ås"][1].isChecked()
    dialog.confirm_all.click()
    assert _column(dialog.model, "outcome") == ["Ny", "Ny", "Ny", "Ny", "Ny", "Fel"]
    errors = _column(dialog.model, "errors")
    assert errors[5].startswith("Datum: Ogiltigt datum: 2024-02-30")
    assert (
        dialog.model.index(5, 0).data(QtCore.Qt.ItemDataRole.BackgroundRole) is not None
    )
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]

    # nothing is written while a row has an error …
    assert not dialog.import_button.isEnabled()
    assert "Inget importeras så länge en rad har fel" in dialog.summary.text()
    # … unless the user leaves the bad rows out
    dialog.skip_bad.click()
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text().startswith("5 nya, 0 finns redan, 1 med fel.")
    dialog.import_button.click()
    assert dialog.outcome is not None and dialog.outcome.new == 5
    assert ui.services.activities.count() == 5
    assert dialogs.messages[-1][1] == "Importen är klar"
    # the confirmed mapping is remembered for next time
    saved = ui.settings.extra[SETTINGS_KEY]
    assert saved["columns"]["Var"] == "place"
    assert {"text": "Skolbesök", "match": "prefix", "type": "school_visit"} in saved[
        "types"
    ]
    assert "Ångra hela importen med Ctrl+Z" in page.message.text()

    # one action undoes the whole import
    page.undo()
    assert ui.services.activities.count() == 0
    assert "Importen är ångrad: 5 aktiviteter" in page.message.text()


def test_a_second_import_uses_the_saved_mapping_and_adds_nothing(
    ui: UiContext, qtbot: QtBot, sheet: Path, tmp_path: Path
) -> None:
    first = ImportDialog(ui)
    qtbot.addWidget(first)
    first.open_file(str(sheet))
    first.column_boxes["Var"].setCurrentIndex(
        first.column_boxes["Var"].findData("place")
    )
    first.confirm_all.click()
    first.skip_bad.click()
    first.import_button.click()
    assert ui.services.activities.count() == 5

    again = ImportDialog(ui)
    qtbot.addWidget(again)
    # the same log, saved again as a Swedish CSV
    csv_path = write_csv(
        tmp_path / "logg.csv", [*HEADERS[:2], "Var", *HEADERS[3:]], ROWS
    )
    again.open_file(str(csv_path))
    assert again.column_boxes["Var"].currentData() == "place"
    assert _column(again.model, "outcome") == ["Finns redan"] * 5
    assert again.summary.text().startswith("0 nya, 5 finns redan, 0 med fel.")
    assert not again.import_button.isEnabled()


def test_a_file_that_cannot_be_read_gives_a_swedish_message(
    ui: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    bad = tmp_path / "bild.xlsx"
    bad.write_bytes(b"not a workbook")
    dialog = ImportDialog(ui)
    qtbot.addWidget(dialog)
    dialog.open_file(str(bad))
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error" and "ingen Excel-arbetsbok" in text
    assert dialog.model.rowCount() == 0


def test_every_control_has_a_name_and_takes_keyboard_focus(
    ui: UiContext, qtbot: QtBot, sheet: Path
) -> None:
    dialog = ImportDialog(ui)
    qtbot.addWidget(dialog)
    dialog.open_file(str(sheet))
    controls = (
        dialog.findChildren(QtWidgets.QAbstractButton)
        + dialog.findChildren(QtWidgets.QComboBox)
        + [dialog.table]
    )
    for w in controls:
        if w.objectName().startswith("qt_"):
            continue  # Qt's own parts (the table's corner button)
        assert w.accessibleName(), w
        assert w.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus, w


def test_excel_exports_next_to_csv(ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    """Aktiviteter writes the filtered list, Uppföljning the figures per promise."""
    from openpyxl import load_workbook

    from lofte_desktop.ui.pages.report_page import ReportPage
    from tests.conftest import draft

    ui.services.activities.log(draft())
    ui.services.activities.log(draft(date="2023-09-12"))
    page = ActivitiesPage(ui)
    qtbot.addWidget(page)
    page.activate(period="HT2024")
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.file_answers.append(str(tmp_path / "akt"))
    page.xlsx_button.click()
    ws = load_workbook(tmp_path / "akt.xlsx").active
    assert ws is not None and ws.max_row == 2 and ws["A2"].is_date
    assert "1 aktiviteter exporterades" in page.message.text()

    report = ReportPage(ui)
    qtbot.addWidget(report)
    report.activate(period="HT2024")
    dialogs.file_answers.append(str(tmp_path / "siffror.xlsx"))
    report.xlsx_button.click()
    ws = load_workbook(tmp_path / "siffror.xlsx").active
    assert ws is not None and ws.title == "Uppföljning HT2024"
    n1 = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "N1")
    assert n1[5] == 1


def test_an_earlier_import_is_undone_from_the_dialog(
    ui: UiContext, qtbot: QtBot, sheet: Path
) -> None:
    first = ImportDialog(ui)
    qtbot.addWidget(first)
    assert not first.undo_button.isEnabled()  # nothing imported yet
    first.open_file(str(sheet))
    first.column_boxes["Var"].setCurrentIndex(
        first.column_boxes["Var"].findData("place")
    )
    first.confirm_all.click()
    first.skip_bad.click()
    first.import_button.click()
    assert ui.services.activities.count() == 5

    later = ImportDialog(ui)  # another day
    qtbot.addWidget(later)
    assert later.undo_button.isEnabled()
    assert "logg.xlsx: 5 aktiviteter" in later.earlier_box.currentText()
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.confirm_answers.append(False)
    later.undo_button.click()
    assert ui.services.activities.count() == 5  # the user said no
    dialogs.confirm_answers.append(True)
    later.undo_button.click()
    assert ui.services.activities.count() == 0
    assert later.summary.text() == "Importen är ångrad: 5 aktiviteter togs bort."
    assert not later.undo_button.isEnabled()
