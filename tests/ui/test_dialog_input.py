"""The edit and planning dialogs take what was typed, with decimal commas, and the
menu bar lists and runs the shortcuts."""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.domain.query import ActivityFilter
from lofte_desktop.domain.validation import ActivityDraft
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.edit_activity_dialog import EditActivityDialog
from lofte_desktop.ui.dialogs.planning_edit import PlanDialog
from lofte_desktop.ui.main_menu import app_version
from lofte_desktop.ui.main_window import MainWindow

SAVE = QtWidgets.QDialogButtonBox.StandardButton.Save


def test_edit_dialog_shows_commas_and_takes_a_point_or_a_comma(
    ui: UiContext, qtbot: QtBot
) -> None:
    svc = ui.services
    act = svc.activities.log(
        ActivityDraft(
            activity_type="presence",
            promise_codes=["T2"],
            date="2024-10-01",
            party="Polisen",
            hours="2,5",
            place="Centrumparken",
        )
    )
    dlg = EditActivityDialog(ui, act)
    qtbot.addWidget(dlg)
    assert dlg.form.hours_edit.text() == "2,5"
    assert dlg.form.date_field.text() == "2024-10-01"
    dlg.form.hours_edit.setText("3.25")
    dlg.form.date_field.setText("20241002")
    dlg.save()
    assert dlg.result_activity is not None
    got = svc.activities.get(act.id)
    assert (got.hours, got.date) == (3.25, date(2024, 10, 2))


def test_edit_dialog_shows_every_error_next_to_its_field(
    ui: UiContext, qtbot: QtBot
) -> None:
    svc = ui.services
    act = svc.activities.log(
        ActivityDraft(
            activity_type="traffic_check",
            promise_codes=["T3"],
            date="2024-10-01",
            party="Polisen",
            hours="1",
            count="12",
            place="Rondellen",
        )
    )
    dlg = EditActivityDialog(ui, act)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.form.date_field.setText("2024-02-30")
    dlg.form.hours_edit.setText("")
    dlg.form.count_edit.setText("")
    dlg.save()
    shown = {n for n, label in dlg.form.errors.items() if label.isVisibleTo(dlg)}
    assert shown == {"date", "hours", "count"}
    assert "Timmar måste anges för Trafikkontroll" in dlg.form.errors["hours"].text()
    assert svc.activities.get(act.id).version == act.version  # nothing written


def test_plan_dialog_shows_length_with_a_comma_and_takes_a_point(
    ui: UiContext, qtbot: QtBot
) -> None:
    dlg = PlanDialog(ui, day=date(2024, 10, 8))
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.duration.text() == "2,00"  # "Längd 2,00 h"
    assert dlg.date_field.text() == "2024-10-08"
    dlg.duration.clear()
    qtbot.keyClicks(dlg.duration, "2.5")
    qtbot.mouseClick(dlg.buttons.button(SAVE), QtCore.Qt.MouseButton.LeftButton)
    assert dlg.result() == QtWidgets.QDialog.DialogCode.Accepted, dlg.message.text()
    [planned] = ui.services.activities.query(ActivityFilter())
    assert (planned.date, planned.hours) == (date(2024, 10, 8), 2.5)


def test_plan_dialog_refuses_typed_mistakes_all_at_once(
    ui: UiContext, qtbot: QtBot
) -> None:
    dlg = PlanDialog(ui, day=date(2024, 10, 8))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.date_field.setText("2024-02-30")
    dlg.time_edit.setText("25:00")
    dlg.duration.setText("tre")
    qtbot.mouseClick(dlg.buttons.button(SAVE), QtCore.Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    shown = {n for n, label in dlg.errors.items() if label.isVisibleTo(dlg)}
    assert shown == {"date", "start_time", "hours"}
    assert "finns inte" in dlg.errors["date"].text()
    assert dlg.date_field.text() == "2024-02-30"
    assert ui.services.activities.count() == 0


def test_the_menu_bar_lists_the_shortcuts_and_ctrl_q_quits(
    window: MainWindow, qtbot: QtBot
) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["Arkiv", "Visa", "Hjälp"]
    keys = {
        a.shortcut().toString()
        for menu in (window.menu.file_menu, window.menu.view_menu)
        for a in menu.actions()
    }
    assert {"Ctrl+N", "Ctrl+1", "Ctrl+8", "F5", "Ctrl+Q"} <= keys
    window.menu.keys_action.trigger()
    _kind, title, text = window.ui.dialogs.messages[-1]  # type: ignore[attr-defined]
    assert title == "Kortkommandon"
    for key in ("Ctrl+N", "Ctrl+1–8", "F5", "Ctrl+Q"):
        assert key in text
    window.menu.about_action.trigger()
    _kind, title, text = window.ui.dialogs.messages[-1]  # type: ignore[attr-defined]
    assert title == "Om Löfte Desktop" and app_version() in text
    window.menu.refresh_action.trigger()  # F5 on Översikt: no error
    qtbot.keyClick(
        window.stack.currentWidget(),
        QtCore.Qt.Key.Key_3,
        QtCore.Qt.KeyboardModifier.ControlModifier,
    )
    assert window.current_key() == "activities"
    qtbot.keyClick(
        window.stack.currentWidget(),
        QtCore.Qt.Key.Key_Q,
        QtCore.Qt.KeyboardModifier.ControlModifier,
    )
    assert not window.isVisible()


def test_indicator_values_carry_their_unit_as_a_word(window: MainWindow) -> None:
    overview = window.pages["overview"]
    shown = [label.text() for label in overview.findChildren(QtWidgets.QLabel)]
    assert "163 anmälda brott (2022)" in shown
    assert not [text for text in shown if " antal (" in text]
    window.navigate("promises")
    tree = window.pages["promises"].findChildren(QtWidgets.QTreeWidget)
    cells = [
        item.text(c)
        for t in tree
        for item in t.findItems(
            "", QtCore.Qt.MatchFlag.MatchContains | QtCore.Qt.MatchFlag.MatchRecursive
        )
        for c in range(t.columnCount())
    ]
    assert "163 anmälda brott (2022)" in cells


def test_enter_walks_the_plan_dialog_and_saves_from_the_note(
    ui: UiContext, qtbot: QtBot
) -> None:
    dlg = PlanDialog(ui, day=date(2024, 10, 8))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    dlg.date_field.setFocus()
    qtbot.waitUntil(lambda: dlg.date_field.edit.hasFocus())
    qtbot.keyClick(dlg.date_field.edit, QtCore.Qt.Key.Key_Return)
    assert QtWidgets.QApplication.focusWidget() is dlg.time_edit
    qtbot.keyClick(dlg.time_edit, QtCore.Qt.Key.Key_Return)
    assert QtWidgets.QApplication.focusWidget() is dlg.duration
    assert dlg.isVisible() and ui.services.activities.count() == 0
    dlg.note.setFocus()
    qtbot.keyClicks(dlg.note, "Kvallsmote")  # QTest aborts on non-ASCII
    qtbot.keyClick(dlg.note, QtCore.Qt.Key.Key_Return)
    assert dlg.result() == QtWidgets.QDialog.DialogCode.Accepted, dlg.message.text()
    assert ui.services.activities.count() == 1
