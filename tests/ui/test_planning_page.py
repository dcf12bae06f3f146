"""Planering: plan a series in the calendar, mark one occurrence done, drag, cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from icalendar import Calendar
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.domain.types import Status
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.planning_done import CancelDialog, DoneDialog
from lofte_desktop.ui.dialogs.planning_edit import PlanDialog
from lofte_desktop.ui.pages.planning_page import PlanningPage
from tests.ui.scripted_dialogs import ScriptedDialogs


def make_page(ui: UiContext, qtbot: QtBot) -> PlanningPage:
    page = PlanningPage(ui)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    return page


def plan_series(page: PlanningPage, qtbot: QtBot) -> None:
    dlg = page.new_plan(date(2024, 10, 1))
    assert isinstance(dlg, PlanDialog)
    dlg.type_box.setCurrentIndex(dlg.type_box.findData("parent_meeting"))
    dlg.promise_box.setCurrentIndex(dlg.promise_box.findData("N1"))
    dlg.time_edit.setText("18:00")
    dlg.duration.setText("2")
    dlg.place_box.setCurrentText("Skolan i Ås")
    dlg.repeat_box.setCurrentIndex(dlg.repeat_box.findData("biweekly"))
    dlg.until_field.setText("2024-12-20")
    qtbot.mouseClick(
        dlg.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save),
        QtCore.Qt.MouseButton.LeftButton,
    )
    assert dlg.result() == QtWidgets.QDialog.DialogCode.Accepted, dlg.message.text()


def click_item(page: PlanningPage, qtbot: QtBot, key: str) -> None:
    rect = page.calendar.item_rect(key)
    assert rect is not None, key
    qtbot.mouseClick(
        page.calendar,
        QtCore.Qt.MouseButton.LeftButton,
        pos=rect.center().toPoint(),
    )


def test_plan_a_series_and_mark_one_occurrence_done(
    ui: UiContext, qtbot: QtBot
) -> None:
    page = make_page(ui, qtbot)
    assert page.calendar.anchor == date(2024, 10, 15)  # the fixture's today
    assert page.title.text() == "Oktober 2024"
    plan_series(page, qtbot)

    series = [i for i in page.calendar.items if i.series_id]
    # The grid runs Monday 30 Sep – Sunday 3 Nov.
    assert [i.day for i in series] == [
        date(2024, 10, 1),
        date(2024, 10, 15),
        date(2024, 10, 29),
    ]
    oct1 = next(i for i in series if i.day == date(2024, 10, 1))
    assert oct1.virtual and oct1.start.hour == 18

    click_item(page, qtbot, oct1.key)
    assert page.selected_item() == oct1
    assert page.done_button.isEnabled()
    qtbot.mouseClick(page.done_button, QtCore.Qt.MouseButton.LeftButton)
    dlg = page.dialog
    assert isinstance(dlg, DoneDialog)
    assert dlg.hours.text() == "2,00"  # the planned figures, ready to confirm
    dlg.hours.clear()
    qtbot.keyClicks(dlg.hours, "1.5")  # a decimal point is taken as a comma
    dlg.count.setText("27")
    qtbot.mouseClick(
        dlg.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok),
        QtCore.Qt.MouseButton.LeftButton,
    )
    done = [
        a
        for a in ui.services.activities.query()
        if a.series_id == oct1.series_id and a.status is Status.DONE
    ]
    assert len(done) == 1
    assert (done[0].date, done[0].hours, done[0].count) == (date(2024, 10, 1), 1.5, 27)
    shown = [
        i for i in page.calendar.items if i.day == date(2024, 10, 1) and i.series_id
    ]
    assert [(i.status, i.virtual) for i in shown] == [(Status.DONE, False)]
    assert not page.done_button.isEnabled() or page.selected_item() is None
    # The term planner counts it.
    lines = [
        page.panel.term_list.item(i).text() for i in range(page.panel.term_list.count())
    ]
    assert any(line.startswith("Skolbesök HT2024: 1 genomförd") for line in lines)


def test_drag_moves_one_occurrence(ui: UiContext, qtbot: QtBot) -> None:
    page = make_page(ui, qtbot)
    plan_series(page, qtbot)
    item = next(i for i in page.calendar.items if i.day == date(2024, 10, 15))
    rect = page.calendar.item_rect(item.key)
    assert rect is not None
    start = rect.center().toPoint()
    target = page.calendar.point_for(date(2024, 10, 17)).toPoint()
    cal = page.calendar
    qtbot.mousePress(cal, QtCore.Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        mid = start + (target - start) * step / 5
        cal.mouseMoveEvent(
            _move_event(mid, QtCore.Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
        )
    qtbot.mouseRelease(cal, QtCore.Qt.MouseButton.LeftButton, pos=target)
    days = sorted(i.day for i in page.calendar.items if i.series_id)
    assert date(2024, 10, 17) in days and date(2024, 10, 15) not in days
    moved = next(i for i in page.calendar.items if i.day == date(2024, 10, 17))
    assert moved.moved and moved.start.hour == 18 and moved.status is Status.PLANNED


def _move_event(pos: QtCore.QPoint, button: QtCore.Qt.MouseButton) -> object:
    from PySide6 import QtGui

    return QtGui.QMouseEvent(
        QtCore.QEvent.Type.MouseMove,
        QtCore.QPointF(pos),
        QtCore.QPointF(pos),
        QtCore.Qt.MouseButton.NoButton,
        button,
        QtCore.Qt.KeyboardModifier.NoModifier,
    )


def test_cancel_needs_a_reason_and_export_writes_ics(
    ui: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = make_page(ui, qtbot)
    plan_series(page, qtbot)
    item = next(i for i in page.calendar.items if i.day == date(2024, 10, 29))
    click_item(page, qtbot, item.key)
    dlg = page.cancel_selected()
    assert isinstance(dlg, CancelDialog)
    ok = dlg.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, QtCore.Qt.MouseButton.LeftButton)
    assert "Ange varför" in dlg.message.text() and dlg.isVisible()
    dlg.reason.setText("Höstlov")
    qtbot.mouseClick(ok, QtCore.Qt.MouseButton.LeftButton)
    got = next(
        i for i in page.calendar.items if i.day == date(2024, 10, 29) and i.series_id
    )
    assert got.status is Status.CANCELLED and got.cancel_reason == "Höstlov"

    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    target = tmp_path / "plan"
    dialogs.file_answers.append(str(target))
    qtbot.mouseClick(page.ics_button, QtCore.Qt.MouseButton.LeftButton)
    export = page.dialog
    assert export is not None and export.isVisible()
    qtbot.mouseClick(
        export.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save),  # type: ignore[attr-defined]
        QtCore.Qt.MouseButton.LeftButton,
    )
    cal = Calendar.from_ical((tmp_path / "plan.ics").read_bytes())
    (series,) = [e for e in cal.walk("VEVENT") if "RRULE" in e]
    assert series["DTSTART"].dt.hour == 18
    assert dialogs.messages[-1][0] == "info"


def test_week_view_and_a_bad_plan(ui: UiContext, qtbot: QtBot) -> None:
    page = make_page(ui, qtbot)
    qtbot.mouseClick(page.week_button, QtCore.Qt.MouseButton.LeftButton)
    assert page.calendar.mode == "week" and page.title.text().startswith("Vecka 42")
    dlg = page.new_plan(date(2024, 10, 16))
    dlg.place_box.setCurrentText("Ring 19811218-9876")
    qtbot.mouseClick(
        dlg.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save),
        QtCore.Qt.MouseButton.LeftButton,
    )
    assert "personnummer" in dlg.errors["place"].text() and dlg.isVisible()
    assert not [i for i in page.calendar.items if i.status is Status.PLANNED]


def test_edit_all_occurrences_from_the_calendar(ui: UiContext, qtbot: QtBot) -> None:
    page = make_page(ui, qtbot)
    plan_series(page, qtbot)
    item = next(i for i in page.calendar.items if i.day == date(2024, 10, 15))
    click_item(page, qtbot, item.key)
    dlg = page.edit_selected()
    assert isinstance(dlg, PlanDialog)
    assert not dlg.type_box.isEnabled()  # what is planned stays; when and where change
    assert dlg.repeat_box.currentData() == "biweekly"
    dlg.scope_box.setCurrentIndex(dlg.scope_box.findData("all"))
    dlg.time_edit.setText("17:00")
    qtbot.mouseClick(
        dlg.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save),
        QtCore.Qt.MouseButton.LeftButton,
    )
    assert dlg.result() == QtWidgets.QDialog.DialogCode.Accepted, dlg.message.text()
    times = {i.start.strftime("%H:%M") for i in page.calendar.items if i.series_id}
    assert times == {"17:00"}
    rec = ui.services.planning.series(item.series_id or "")
    assert rec.start_time == "17:00" and rec.version == 2
