"""The first paint in the real main window: Översikt painted from the activity
totals while the services open on the worker; then everything works as usual.

The build is held on a gate, so the tests see the window before the services
exist, as a user on a large database does for a fraction of a second.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.app import Services, build_services
from lofte_desktop.services.first_paint import FirstPaint, first_paint
from lofte_desktop.services.settings_file import SettingsStore
from lofte_desktop.storage.migrate import DamagedDatabaseError
from lofte_desktop.ui.context import UiContext, build_opening_context
from lofte_desktop.ui.main_window import MainWindow
from lofte_desktop.ui.pages.overview_page import OverviewPage
from lofte_desktop.ui.services_opening import ServicesUnavailable
from tests.conftest import TODAY, draft
from tests.ui.scripted_dialogs import ScriptedDialogs


@pytest.fixture
def filled(db_path: Path) -> Path:
    """A database with one school visit this term."""
    svc = build_services(str(db_path), today=lambda: TODAY)
    svc.agreement.load_catalogue()
    svc.activities.log(draft(date="2024-09-10"))
    svc.close()
    return db_path


class Opening:
    """Builds real services on the worker, but only once the test opens the gate."""

    def __init__(self, path: Path, fail_first: bool = False) -> None:
        self.path, self.fail_first = path, fail_first
        self.gate = threading.Event()
        self.calls = 0

    def build(self) -> Services:
        self.gate.wait(30)
        self.calls += 1
        if self.fail_first and self.calls == 1:
            raise DamagedDatabaseError(f"{self.path} är skadad och öppnas inte.")
        return build_services(str(self.path), today=lambda: TODAY)


@pytest.fixture
def start(qtbot: QtBot) -> Iterator[Callable[[Path], tuple[UiContext, MainWindow]]]:
    made: list[UiContext] = []

    def make(path: Path) -> tuple[UiContext, MainWindow]:
        quick = first_paint(str(path), TODAY)
        assert isinstance(quick, FirstPaint)
        ui = build_opening_context(
            SettingsStore().load(), quick, dialogs=ScriptedDialogs()
        )
        made.append(ui)
        window = MainWindow(ui)
        qtbot.addWidget(window)
        window.show()
        return ui, window

    yield make
    for ui in made:
        ui.worker.shutdown()
        ui.close()


def summary(window: MainWindow, code: str) -> str:
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    return page.summary_labels[code].text()


def test_figures_are_painted_before_the_services_open(
    filled: Path, start: Callable[[Path], tuple[UiContext, MainWindow]], qtbot: QtBot
) -> None:
    ui, window = start(filled)
    opening = Opening(filled)
    ui.open_in_background(opening.build, lambda _e: None)
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    assert not ui.ready and overview.figures_on_screen
    assert summary(window, "N1").startswith("1 av 2–3 tillfälle; 11 veckor kvar")
    assert window.windowTitle().startswith("Löfte Desktop – Medborgarlöfte")
    assert overview.period_box.currentText() == "Hösttermin 2024"

    # The window answers meanwhile: another period is picked, and counted once
    # the services are open.
    overview.set_period("VT2024")
    assert not ui.ready
    opening.gate.set()
    with qtbot.waitSignal(overview.figuresShown, timeout=20_000):
        pass
    assert ui.ready and summary(window, "N1").startswith("0 av 2–3")

    # From now on it is the usual app: a logged visit shows on the dashboard.
    overview.set_period("HT2024")
    qtbot.waitUntil(lambda: summary(window, "N1").startswith("1 av"), timeout=20_000)
    with qtbot.waitSignal(overview.figuresShown, timeout=20_000):
        ui.services.activities.log(draft(date="2024-10-01"))
    assert summary(window, "N1").startswith("2 av 2–3")


def test_a_page_opened_early_waits_for_the_services(
    filled: Path, start: Callable[[Path], tuple[UiContext, MainWindow]]
) -> None:
    ui, window = start(filled)
    opening = Opening(filled)
    ui.open_in_background(opening.build, lambda _e: None)
    threading.Timer(0.2, opening.gate.set).start()
    window.navigate("log")  # waits for the services, then builds the page
    assert ui.ready and window.current_key() == "log"
    assert "log" in window.pages


def test_with_a_plan_series_the_figures_are_counted_once_open(
    db_path: Path, start: Callable[[Path], tuple[UiContext, MainWindow]], qtbot: QtBot
) -> None:
    from tests.planning.test_service import series_draft

    svc = build_services(str(db_path), today=lambda: TODAY)
    svc.agreement.load_catalogue()
    svc.activities.log(draft(date="2024-09-10"))
    svc.planning.add(series_draft(start="2024-10-22"))  # virtual occurrences
    svc.close()
    ui, window = start(db_path)
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    waiting = overview.findChild(QtWidgets.QLabel, "waiting")
    assert waiting is not None and waiting.text() == "Räknar fram läget …"
    assert not overview.figures_on_screen
    opening = Opening(db_path)
    opening.gate.set()
    with qtbot.waitSignal(overview.figuresShown, timeout=20_000):
        ui.open_in_background(opening.build, lambda _e: None)
    assert summary(window, "N1").startswith("1 av 2–3")


def test_a_failed_open_is_recovered_and_the_figures_are_counted_again(
    filled: Path, start: Callable[[Path], tuple[UiContext, MainWindow]], qtbot: QtBot
) -> None:
    ui, window = start(filled)
    opening = Opening(filled, fail_first=True)
    seen: list[BaseException] = []

    def recover(error: BaseException) -> Services | None:
        seen.append(error)
        return opening.build()  # e.g. after restoring the latest backup

    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    opening.gate.set()
    with qtbot.waitSignal(overview.figuresShown, timeout=20_000):
        ui.open_in_background(opening.build, recover)
    assert ui.ready and isinstance(seen[0], DamagedDatabaseError)
    assert summary(window, "N1").startswith("1 av 2–3")


def test_when_the_database_cannot_be_opened_the_app_ends(
    filled: Path,
    start: Callable[[Path], tuple[UiContext, MainWindow]],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ui, _window = start(filled)
    opening = Opening(filled, fail_first=True)
    exits: list[int] = []
    monkeypatch.setattr(QtWidgets.QApplication, "exit", exits.append)
    opening.gate.set()
    ui.open_in_background(opening.build, lambda _e: None)
    qtbot.waitUntil(lambda: exits == [1], timeout=20_000)
    assert not ui.ready
    with pytest.raises(ServicesUnavailable):
        ui.services  # noqa: B018


def test_a_change_is_on_the_next_first_paint_at_once(
    window: MainWindow, qtbot: QtBot
) -> None:
    from tests.services.test_first_paint import counted

    ui = window.ui
    path = ui.services.ctx.db.path
    assert path is not None
    window.navigate("log")
    ui.services.activities.log(draft(date="2024-10-01"))
    assert first_paint(path, TODAY).figures == counted(ui.services)  # type: ignore[union-attr]
    window.close()  # nothing is left to count before the app ends
    assert first_paint(path, TODAY).figures == counted(ui.services)  # type: ignore[union-attr]


def test_asking_for_the_services_inside_the_recovery_dialogs_does_not_hang(
    filled: Path, start: Callable[[Path], tuple[UiContext, MainWindow]], qtbot: QtBot
) -> None:
    """The recovery's dialogs run a nested event loop, where a page (or the queued
    end of the build) may ask for the services again: it is told they are not
    there yet, instead of waiting on itself."""
    ui, _window = start(filled)
    opening = Opening(filled, fail_first=True)
    inner: list[BaseException] = []

    def recover(_error: BaseException) -> Services | None:
        try:
            ui.services  # noqa: B018
        except ServicesUnavailable as exc:
            inner.append(exc)
        return opening.build()

    opening.gate.set()
    ui.open_in_background(opening.build, recover)
    qtbot.waitUntil(lambda: ui.ready, timeout=20_000)
    assert len(inner) == 1
