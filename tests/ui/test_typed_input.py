"""Forms take exactly what was typed (issue 15): real keys into the real Logga form.

Dates with and without dashes, an impossible date, a date outside every agreement,
Tab and Enter through the fields in order, every error at once with focus left
where the user puts it, and an empty database that says what to do.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.app import Services
from lofte_desktop.domain.query import ActivityFilter
from lofte_desktop.ui.context import UiContext, build_context
from lofte_desktop.ui.main_window import MainWindow
from lofte_desktop.ui.pages.log_page import LogPage
from tests.ui.scripted_dialogs import ScriptedDialogs

ENTER = QtCore.Qt.Key.Key_Return
TAB = QtCore.Qt.Key.Key_Tab


def log_page(window: MainWindow, qtbot: QtBot) -> LogPage:
    window.navigate("log")
    page = window.pages["log"]
    assert isinstance(page, LogPage)
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is not None)
    return page


def type_date(qtbot: QtBot, page: LogPage, text: str) -> None:
    edit = page.form.date_field.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def fill_presence(qtbot: QtBot, page: LogPage) -> None:
    page.form.set_type("presence")
    page.form.place_box.setCurrentText("Centrumparken")
    page.form.hours_edit.clear()
    qtbot.keyClicks(page.form.hours_edit, "2,5")


def stored_dates(svc: Services) -> list[date]:
    return [a.date for a in svc.activities.query(ActivityFilter())]


@pytest.mark.parametrize("typed", ["2024-11-28", "20241128"])
def test_a_typed_date_is_stored_exactly(
    window: MainWindow, qtbot: QtBot, typed: str
) -> None:
    page = log_page(window, qtbot)
    fill_presence(qtbot, page)
    type_date(qtbot, page, typed)
    assert page.form.date_field.text() == typed  # no section jumps while typing
    page.save()
    assert "Sparat" in page.message.text()
    assert stored_dates(window.ui.services) == [date(2024, 11, 28)]


def test_an_impossible_date_is_refused_and_left_as_typed(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = log_page(window, qtbot)
    fill_presence(qtbot, page)
    type_date(qtbot, page, "2024-02-30")
    page.save()
    assert stored_dates(window.ui.services) == []
    error = page.form.errors["date"]
    assert error.isVisibleTo(page)
    assert "2024-02-30 finns inte" in error.text()
    assert "februari 2024 har 29 dagar" in error.text()
    assert page.form.date_field.text() == "2024-02-30"  # never clamped or changed
    assert QtWidgets.QApplication.focusWidget() is page.form.date_field.edit


def test_a_date_outside_every_agreement_names_them_and_what_to_do(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = log_page(window, qtbot)
    fill_presence(qtbot, page)
    type_date(qtbot, page, "2026-11-29")
    page.save()
    assert stored_dates(window.ui.services) == []
    text = page.form.errors["date"].text()
    assert "2026-11-29" in text
    assert "Medborgarlöften Krokom 2023–2024 (2023-01-01 – 2024-12-31)" in text
    assert "Nytt medborgarlöfte…" in text and "lofte agreement renew" in text
    # The offer that leads to renewal, next to the Save button.
    assert page.new_agreement_button.isVisibleTo(page)
    assert page.new_agreement_button.accessibleName()
    type_date(qtbot, page, "2024-11-29")
    page.save()
    assert not page.new_agreement_button.isVisibleTo(page)


def test_the_date_starts_at_today_even_outside_the_agreement(
    services: Services, qtbot: QtBot
) -> None:
    """Today (2026-11-29 here) is shown as it is, and said to be outside at once."""
    services.ctx.today = lambda: date(2026, 11, 29)
    ui = build_context(services, dialogs=ScriptedDialogs(), synchronous=True)
    page = LogPage(ui)
    qtbot.addWidget(page)
    page.show()
    assert page.form.date_field.text() == "2026-11-29"
    assert page.form.errors["date"].isVisibleTo(page)
    assert "Krokom 2023–2024" in page.form.errors["date"].text()
    page.form.date_field.setText("2024-11-28")  # a day inside: the mark goes
    assert not page.form.errors["date"].isVisibleTo(page)
    ui.bridge.detach()


def test_tab_walks_the_whole_form_in_order(window: MainWindow, qtbot: QtBot) -> None:
    page = log_page(window, qtbot)
    form = page.form
    form.set_type("traffic_check")  # a type with both hours and a count
    form.type_box.setFocus()
    expected: list[QtWidgets.QWidget] = [
        form.type_box,
        form.date_field.edit,
        form.date_field.button,
        form.party_box,
        form.place_box,
        form.hours_edit,
        form.count_edit,
        form.status_box,
        form.promise_list,
        form.note_edit,
        page.save_button,
        page.clear_button,
    ]
    seen: list[QtWidgets.QWidget] = []
    for _ in expected:
        now = QtWidgets.QApplication.focusWidget()
        assert now is not None
        # An editable combo box's line edit stands for the combo box.
        if isinstance(now.parent(), QtWidgets.QComboBox):
            now = now.parent()
        seen.append(now)
        qtbot.keyClick(now, TAB)
    names = [w.accessibleName() or w.objectName() for w in seen]
    assert seen == expected, names


def test_enter_moves_to_the_next_field_and_saves_from_the_last(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = log_page(window, qtbot)
    form = page.form
    form.set_type("traffic_check")
    type_date(qtbot, page, "2024-10-10")
    qtbot.keyClick(form.date_field.edit, ENTER)
    assert QtWidgets.QApplication.focusWidget() is form.party_box
    form.place_box.setFocus()
    qtbot.keyClicks(form.place_box.lineEdit(), "Rondellen")
    qtbot.keyClick(form.place_box.lineEdit(), ENTER)
    assert QtWidgets.QApplication.focusWidget() is form.hours_edit
    qtbot.keyClicks(form.hours_edit, "1.5")
    qtbot.keyClick(form.hours_edit, ENTER)
    assert QtWidgets.QApplication.focusWidget() is form.count_edit
    qtbot.keyClicks(form.count_edit, "40")
    qtbot.keyClick(form.count_edit, ENTER)
    assert window.ui.services.activities.count() == 0  # not saved half-way
    form.note_edit.setFocus()
    qtbot.keyClick(form.note_edit, ENTER)  # the last field saves
    [saved] = window.ui.services.activities.query(ActivityFilter())
    assert (saved.date, saved.place, saved.hours, saved.count) == (
        date(2024, 10, 10),
        "Rondellen",
        1.5,
        40,
    )


def test_a_refused_save_shows_every_error_and_focus_stays_with_the_user(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The reported case: 30 hours and a personnummer; after the refusal the
    user's typing in the note landed in Timmar ("30ugnt vid kiosken")."""
    page = log_page(window, qtbot)
    form = page.form
    form.set_type("traffic_check")
    qtbot.keyClicks(form.hours_edit, "30")
    form.note_edit.setFocus()
    qtbot.keyClicks(form.note_edit, "Pratade med 811228-9874")
    qtbot.keyClick(form.note_edit, ENTER)
    assert window.ui.services.activities.count() == 0
    shown = {n for n, label in form.errors.items() if label.isVisibleTo(page)}
    assert {"hours", "count", "note"} <= shown  # every error at once
    assert "24 timmar" in form.errors["hours"].text()
    assert "Kontrollerade fordon måste anges" in form.errors["count"].text()
    assert "personnummer" in form.errors["note"].text()
    assert QtWidgets.QApplication.focusWidget() is form.hours_edit  # the first
    # The user goes back to the note and goes on typing: it stays there.
    form.note_edit.setFocus()
    form.note_edit.moveCursor(form.note_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.note_edit, " lugnt vid kiosken")
    assert QtWidgets.QApplication.focusWidget() is form.note_edit
    assert form.hours_edit.text() == "30"
    assert form.note_edit.toPlainText().endswith("9874 lugnt vid kiosken")
    assert form.errors["hours"].isVisibleTo(page)  # the marks still follow


@pytest.fixture
def empty_window(empty_services: Services, qtbot: QtBot) -> Iterator[MainWindow]:
    ui: UiContext = build_context(
        empty_services, dialogs=ScriptedDialogs(), synchronous=True
    )
    win = MainWindow(ui)
    qtbot.addWidget(win)
    win.show()
    yield win
    ui.bridge.detach()


def test_an_empty_database_says_what_to_do_and_never_prints_a_traceback(
    empty_window: MainWindow, qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    win = empty_window
    assert win.banner.isVisibleTo(win)
    assert "lofte init --catalogue" in win.banner.text.text()
    for spec in win.specs:
        win.navigate(spec.key)
    page = log_page(win, qtbot)
    qtbot.mouseClick(page.save_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Inte sparat" in page.message.text()
    assert "medborgarlöfte" in page.message.text()
    qtbot.keyClick(page.form.note_edit, ENTER)
    assert "Inte sparat" in page.message.text()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error" not in err, err
    # Loading the built-in agreement from the banner makes the pages work.
    qtbot.mouseClick(win.banner.load_button, QtCore.Qt.MouseButton.LeftButton)
    assert not win.banner.isVisibleTo(win)
    page = log_page(win, qtbot)
    assert page.form.party_box.count() > 0
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",  # the offscreen platform and popups
    "This plugin does not support grabbing",
)
def test_the_calendar_is_reached_by_keyboard_and_only_fills_the_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = log_page(window, qtbot)
    field = page.form.date_field
    field.edit.setFocus()
    qtbot.keyClick(field.edit, QtCore.Qt.Key.Key_F4)
    assert field.calendar.isVisible()
    field.calendar.activated.emit(QtCore.QDate(2024, 10, 3))
    assert not field.calendar.isVisible()
    assert field.text() == "2024-10-03"
    assert QtWidgets.QApplication.focusWidget() is field.edit
    assert field.button.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
    assert field.button.accessibleName() == "Datum: välj i kalendern"
