"""Lov: edited in Inställningar with real widgets; "Hoppa över lov" skips the ones
that are set and warns for a term that has none."""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.domain.holidays import HolidayDraft
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.planning_edit import PlanDialog
from lofte_desktop.ui.pages.planning_page import PlanningPage
from lofte_desktop.ui.pages.settings_page import SettingsPage
from tests.ui.scripted_dialogs import ScriptedDialogs


def _settings(ui: UiContext, qtbot: QtBot) -> SettingsPage:
    page = SettingsPage(ui)
    qtbot.addWidget(page)
    page.show()
    return page


def _type_row(page: SettingsPage, qtbot: QtBot, *cells: str) -> None:
    """A new row by the button, then the cells' text (as an in-place edit does)."""
    box = page.holidays_box
    qtbot.mouseClick(box.add_button, QtCore.Qt.MouseButton.LeftButton)
    row = box.table.rowCount() - 1
    assert box.table.currentRow() == row  # the new row is ready to be typed in
    for col, text in enumerate(cells):
        box.table.item(row, col).setText(text)


def test_holidays_are_edited_in_installningar(ui: UiContext, qtbot: QtBot) -> None:
    page = _settings(ui, qtbot)
    box = page.holidays_box
    shipped = ui.services.agreement.agreement().holidays
    assert box.table.rowCount() == len(shipped) > 0  # the catalogue's
    assert box.table.item(0, 0).text() == shipped[0].name
    box.table.setRowCount(0)
    _type_row(page, qtbot, "Höstlov", "2024-10-28", "2024-11-01")
    _type_row(page, qtbot, "", "2024-12-20", "2025-01-06")
    _type_row(page, qtbot, "Sportlov", "2024-03-08", "2024-03-04")
    qtbot.mouseClick(box.save_button, QtCore.Qt.MouseButton.LeftButton)
    text = box.message.text()
    assert "Lov 2" in text and "Lov 3" in text  # every error at once
    assert ui.services.agreement.agreement().holidays == shipped  # nothing written

    box.table.item(1, 0).setText("Jullov")
    box.table.setCurrentCell(2, 0)
    qtbot.mouseClick(box.remove_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.save_button, QtCore.Qt.MouseButton.LeftButton)
    assert box.message.text() == "Loven är sparade."
    got = ui.services.agreement.agreement().holidays
    assert [(h.name, h.start, h.end) for h in got] == [
        ("Höstlov", date(2024, 10, 28), date(2024, 11, 1)),
        ("Jullov", date(2024, 12, 20), date(2025, 1, 6)),
    ]
    assert box.table.rowCount() == 2  # reloaded from what was stored


def _parent_meetings(ui: UiContext, qtbot: QtBot) -> PlanDialog:
    page = PlanningPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    dlg = page.new_plan(date(2024, 10, 1))  # a Tuesday
    dlg.type_box.setCurrentIndex(dlg.type_box.findData("parent_meeting"))
    dlg.promise_box.setCurrentIndex(dlg.promise_box.findData("N1"))
    dlg.time_edit.setText("18:00")
    dlg.repeat_box.setCurrentIndex(dlg.repeat_box.findData("biweekly"))
    dlg.until_field.setText("2024-12-31")
    dlg.skip_lov.setChecked(True)
    return dlg


def _save(dlg: PlanDialog, qtbot: QtBot) -> list[date]:
    results: list[object] = []
    dlg.saved.connect(results.append)
    qtbot.mouseClick(
        dlg.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save),
        QtCore.Qt.MouseButton.LeftButton,
    )
    assert dlg.result() == QtWidgets.QDialog.DialogCode.Accepted, dlg.message.text()
    (result,) = results
    return [i.day for i in result.items]  # type: ignore[attr-defined]


def test_a_series_skips_the_holidays_that_are_set(ui: UiContext, qtbot: QtBot) -> None:
    ui.services.agreement.set_holidays(
        [
            HolidayDraft("Höstlov", "2024-10-28", "2024-11-01"),
            HolidayDraft("Jullov", "2024-12-20", "2025-01-06"),
        ]
    )
    days = _save(_parent_meetings(ui, qtbot), qtbot)
    assert date(2024, 10, 29) not in days  # höstlov
    assert date(2024, 12, 24) not in days  # julafton
    assert days == [
        date(2024, 10, 1),
        date(2024, 10, 15),
        date(2024, 11, 12),
        date(2024, 11, 26),
        date(2024, 12, 10),
    ]
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert not [m for m in dialogs.messages if m[0] == "warning"]


def test_no_holidays_for_the_term_warns(ui: UiContext, qtbot: QtBot) -> None:
    ui.services.agreement.set_holidays([])
    days = _save(_parent_meetings(ui, qtbot), qtbot)
    assert date(2024, 10, 29) in days and date(2024, 12, 24) in days
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    (warning,) = [m for m in dialogs.messages if m[0] == "warning"]
    assert "Inga lov är angivna för HT2024" in warning[2]
