"""Figures stay current: a CLI write made while the app runs reaches the pages
with no user action, F5 refreshes by hand, and own writes are not counted twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from lofte_desktop.app import build_services
from lofte_desktop.ui.main_window import MainWindow
from lofte_desktop.ui.pages.overview_page import OverviewPage
from tests.conftest import TODAY, draft


def _t2(window: MainWindow) -> str:
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    label = page.summary_labels.get("T2")
    return label.text() if label is not None else ""


def _lofte(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("lofte")
    return subprocess.run(
        [str(exe), "--db", db, *args], capture_output=True, text=True, check=False
    )


def test_a_cli_log_reaches_oversikt_by_itself(window: MainWindow, qtbot: QtBot) -> None:
    window.poller.timer.setInterval(100)
    qtbot.waitUntil(lambda: _t2(window).startswith("0 "))
    db = window.ui.services.ctx.db.path
    assert db is not None
    done = _lofte(
        db,
        "log", "--type", "presence", "--promise", "T2", "--date", "2024-10-01",
        "--hours", "7,5", "--place", "Centrumparken", "--party", "Polisen",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: _t2(window).startswith("7,5 "), timeout=20_000)


def test_every_data_page_follows_a_write_elsewhere(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Aktiviteter and Planering (built, then hidden) reload too."""
    window.poller.timer.stop()
    window.ui.navigate("activities")
    activities = window.pages["activities"]
    before = activities.model.total()  # type: ignore[attr-defined]
    window.ui.navigate("planning")
    planning = window.pages["planning"]
    window.ui.navigate("activities")
    other = build_services(window.ui.services.db_target, today=lambda: TODAY)
    try:
        window.poller.poll()  # learns the current value
        other.activities.log(draft())
    finally:
        other.close()
    window.poller.poll()
    qtbot.waitUntil(lambda: activities.model.total() == (before or 0) + 1)  # type: ignore[attr-defined]
    assert planning._dirty  # type: ignore[attr-defined]  # reloads when shown


def test_f5_refreshes_by_hand(window: MainWindow, qtbot: QtBot) -> None:
    window.poller.timer.stop()
    qtbot.waitUntil(lambda: _t2(window).startswith("0 "))
    other = build_services(window.ui.services.db_target, today=lambda: TODAY)
    try:
        other.activities.log(
            draft(
                activity_type="presence",
                promise_codes=["T2"],
                hours="3",
                count=None,
                place="Centrumparken",
            )
        )
    finally:
        other.close()
    assert _t2(window).startswith("0 ")  # nothing polled: still the old figure
    window.activateWindow()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: _t2(window).startswith("3 "))


def test_own_writes_refresh_once(window: MainWindow, qtbot: QtBot) -> None:
    window.poller.timer.stop()
    window.poller.poll()
    shown: list[None] = []
    page = window.pages["overview"]
    page.figuresShown.connect(lambda: shown.append(None))  # type: ignore[attr-defined]
    window.ui.services.activities.log(draft())
    qtbot.waitUntil(lambda: len(shown) == 1)
    window.poller.poll()
    qtbot.wait(50)
    assert len(shown) == 1


def test_uppfoljning_makes_its_preview_again(window: MainWindow, qtbot: QtBot) -> None:
    """A preview on screen is rebuilt when the data changes elsewhere, so what is
    saved or printed is what is stored now."""
    window.poller.timer.stop()
    window.ui.navigate("report")
    page = window.pages["report"]
    qtbot.mouseClick(page.generate_button, QtCore.Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.pdf is not None)  # type: ignore[attr-defined]
    first = page.pdf  # type: ignore[attr-defined]
    window.poller.poll()
    other = build_services(window.ui.services.db_target, today=lambda: TODAY)
    try:
        other.activities.log(draft())
    finally:
        other.close()
    window.poller.poll()
    qtbot.waitUntil(lambda: page.pdf is not first)  # type: ignore[attr-defined]
    assert page.save_button.isEnabled()  # type: ignore[attr-defined]
