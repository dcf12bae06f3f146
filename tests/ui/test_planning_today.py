""" "Idag" in Planering goes to today (the services' today, LOFTE_TODAY when pinned),
also when today is after the agreement has ended."""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.pages.planning_page import PlanningPage


def _page(ui: UiContext, qtbot: QtBot) -> PlanningPage:
    page = PlanningPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_idag_comes_back_to_today(ui: UiContext, qtbot: QtBot) -> None:
    page = _page(ui, qtbot)
    qtbot.mouseClick(page.next_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, QtCore.Qt.MouseButton.LeftButton)
    assert page.calendar.anchor.month == 12
    qtbot.mouseClick(page.today_button, QtCore.Qt.MouseButton.LeftButton)
    assert page.calendar.anchor == date(2024, 10, 15)
    assert page.title.text() == "Oktober 2024"


def test_idag_after_the_agreement_has_ended(ui: UiContext, qtbot: QtBot) -> None:
    ui.services.ctx.today = lambda: date(2026, 11, 29)
    page = _page(ui, qtbot)
    assert page.calendar.anchor == date(2024, 12, 31)  # first view: the agreement
    qtbot.mouseClick(page.today_button, QtCore.Qt.MouseButton.LeftButton)
    assert page.calendar.anchor == date(2026, 11, 29)
    assert page.calendar.today == date(2026, 11, 29)
    assert page.title.text() == "November 2026"
    qtbot.waitUntil(lambda: page.panel.term_title.text().endswith("HT2026"))
    assert page.panel.term_list.item(0).text() == "Inga löften med mål per termin."
