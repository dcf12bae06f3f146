"""The pages of the main window, in side-bar order.

Each factory imports its page module only when the page is first shown, so start-up
pays for the first page alone. Add a page with ONE line in `page_specs()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6 import QtCore

if TYPE_CHECKING:
    from PySide6 import QtWidgets

    from lofte_desktop.ui.context import UiContext


@dataclass(frozen=True)
class PageSpec:
    """`title()` returns the translated title; `factory(ui)` builds the page."""

    key: str
    title: Callable[[], str]
    icon: str  # file name under resources/icons/pages/
    factory: Callable[[UiContext], QtWidgets.QWidget]


def _overview(ui: UiContext) -> QtWidgets.QWidget:
    from lofte_desktop.ui.pages.overview_page import OverviewPage

    return OverviewPage(ui)


def _log(ui: UiContext) -> QtWidgets.QWidget:
    from lofte_desktop.ui.pages.log_page import LogPage

    return LogPage(ui)


def _activities(ui: UiContext) -> QtWidgets.QWidget:
    from lofte_desktop.ui.pages.activities_page import ActivitiesPage

    return ActivitiesPage(ui)


def _planning(ui: UiContext) -> QtWidgets.QWidget:
    from lofte_desktop.ui.pages.planning_page import PlanningPage

    return PlanningPage(ui)


def _promises(ui: UiContext) -> QtWidgets.QWidget:
    from lofte_desktop.ui.pages.promises_page import PromisesPage

    return PromisesPage(ui)


def _report(ui: UiContext) -> QtWidgets.QWidget:
    from lofte_desktop.ui.pages.report_page import ReportPage

    return ReportPage(ui)


def _sync(ui: UiContext) -> QtWidgets.QWidget:
    from lofte_desktop.ui.pages.sync_page import SyncPage

    return SyncPage(ui)


def _settings(ui: UiContext) -> QtWidgets.QWidget:
    from lofte_desktop.ui.pages.settings_page import SettingsPage

    return SettingsPage(ui)


def page_specs() -> list[PageSpec]:
    """The side bar, top to bottom."""
    return [
        PageSpec(
            "overview",
            lambda: QtCore.QCoreApplication.translate("Pages", "Översikt"),
            "overview.svg",
            _overview,
        ),
        PageSpec(
            "log",
            lambda: QtCore.QCoreApplication.translate("Pages", "Logga"),
            "log.svg",
            _log,
        ),
        PageSpec(
            "activities",
            lambda: QtCore.QCoreApplication.translate("Pages", "Aktiviteter"),
            "activities.svg",
            _activities,
        ),
        PageSpec(
            "planning",
            lambda: QtCore.QCoreApplication.translate("Pages", "Planering"),
            "planning.svg",
            _planning,
        ),
        PageSpec(
            "promises",
            lambda: QtCore.QCoreApplication.translate(
                "Pages", "Löften och indikatorer"
            ),
            "promises.svg",
            _promises,
        ),
        PageSpec(
            "report",
            lambda: QtCore.QCoreApplication.translate("Pages", "Uppföljning"),
            "report.svg",
            _report,
        ),
        PageSpec(
            "sync",
            lambda: QtCore.QCoreApplication.translate("Pages", "Synk"),
            "sync.svg",
            _sync,
        ),
        PageSpec(
            "settings",
            lambda: QtCore.QCoreApplication.translate("Pages", "Inställningar"),
            "settings.svg",
            _settings,
        ),
    ]
