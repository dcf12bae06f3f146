"""The shell: side bar, lazy pages, navigation, Ctrl+N, saved geometry, bridge."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.services.events import ActivitiesChanged
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.main_window import MainWindow, window_settings
from lofte_desktop.ui.pages import page_specs


def test_side_bar_lists_pages_in_order(window: MainWindow) -> None:
    keys = [s.key for s in page_specs()]
    assert keys[:3] == ["overview", "log", "activities"]
    assert keys[-1] == "settings"
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[0] == "Översikt"
    assert "Inställningar" in titles
    assert window.current_key() == "overview"
    # Only the shown page was built: the others import lazily.
    assert set(window.pages) == {"overview"}


def test_navigate_and_ctrl_n(window: MainWindow, qtbot: QtBot) -> None:
    seen: list[str] = []
    window.pageChanged.connect(seen.append)
    window.ui.navigate("activities")
    assert window.stack.currentWidget() is window.pages["activities"]
    qtbot.keyClick(
        window, QtCore.Qt.Key.Key_N, QtCore.Qt.KeyboardModifier.ControlModifier
    )
    assert window.current_key() == "log"
    assert seen == ["activities", "log"]


def test_geometry_is_saved_and_restored(ui: UiContext, qtbot: QtBot) -> None:
    first = MainWindow(ui)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.close()
    assert window_settings().value("geometry") is not None
    second = MainWindow(ui)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_bridge_delivers_service_events(ui: UiContext, qtbot: QtBot) -> None:
    with qtbot.waitSignal(ui.bridge.activitiesChanged) as blocker:
        ui.services.events.publish(ActivitiesChanged(("x",), "created"))
    assert blocker.args[0].ids == ("x",)


def test_worker_thread_delivers_on_gui_thread(ui: UiContext, qtbot: QtBot) -> None:
    from lofte_desktop.ui.worker import Worker

    worker = Worker()
    results: list[tuple[object, bool]] = []
    gui = QtCore.QThread.currentThread()
    worker.run(
        lambda: 6 * 7,
        on_done=lambda v: results.append((v, QtCore.QThread.currentThread() is gui)),
    )
    errors: list[BaseException] = []
    worker.run(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: len(results) == 1 and len(errors) == 1)
    assert results == [(42, True)]
    assert isinstance(errors[0], ZeroDivisionError)
    worker.shutdown()
    assert QtWidgets.QApplication.instance() is not None


def test_bridge_queues_events_from_other_threads(ui: UiContext, qtbot: QtBot) -> None:
    import threading

    seen: list[bool] = []
    gui = QtCore.QThread.currentThread()
    ui.bridge.activitiesChanged.connect(
        lambda e: seen.append(QtCore.QThread.currentThread() is gui)
    )
    t = threading.Thread(
        target=lambda: ui.services.events.publish(ActivitiesChanged((), "bulk"))
    )
    t.start()
    t.join()
    qtbot.waitUntil(lambda: seen == [True])


def test_theme_follows_the_system_colour_scheme(qtbot: QtBot) -> None:
    """The offscreen platform cannot switch its scheme, so the test emits the
    style hints' change signal as the platform would."""
    from lofte_desktop.ui.theme import apply_theme

    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    hints = app.styleHints()
    window_role = QtGui.QPalette.ColorRole.Window
    update = apply_theme(app)
    try:
        hints.colorSchemeChanged.emit(QtCore.Qt.ColorScheme.Dark)
        assert app.palette().color(window_role).lightness() < 100
        hints.colorSchemeChanged.emit(QtCore.Qt.ColorScheme.Light)
        assert app.palette().color(window_role).lightness() > 150
    finally:
        hints.colorSchemeChanged.disconnect(update)
        update(QtCore.Qt.ColorScheme.Light)


def test_worker_errors_reach_the_user_in_swedish(ui: UiContext) -> None:
    from lofte_desktop.domain.errors import ValidationError

    def refuse() -> None:
        raise ValidationError("err.bad_year", field="year", value="tjugo")

    ui.worker.run(refuse)
    kind, title, text = ui.dialogs.messages[-1]  # type: ignore[attr-defined]
    assert kind == "error"
    assert title == "Det gick inte"
    assert text == "Ogiltigt år: tjugo."


def test_the_application_icon_carries_every_shipped_size(qtbot: object) -> None:
    from lofte_desktop.ui.main import _app_icon

    sizes = {s.width() for s in _app_icon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_the_gui_module_starts_and_shows_the_dashboard(tmp_path: Path) -> None:
    """`python -m lofte_desktop.entry.gui` on a real database, to the dashboard."""
    import json
    import os
    import subprocess
    import sys

    db = tmp_path / "gui.sqlite"
    subprocess.run(
        [sys.executable, "-m", "lofte_desktop.entry.cli", "--db", str(db), "init"],
        check=True,
        capture_output=True,
        env={**os.environ},
    )
    cfg = tmp_path / "cfg"
    cfg.mkdir()
    (cfg / "settings.json").write_text(
        json.dumps({"user_name": "Test", "user_party": "Polisen"}), encoding="utf-8"
    )
    env = {
        **os.environ,
        "LOFTE_CONFIG_DIR": str(cfg),
        "LOFTE_EXIT_WHEN_READY": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "LOFTE_T0": "0",
    }

    def start() -> list[str]:
        out = subprocess.run(
            [sys.executable, "-m", "lofte_desktop.entry.gui", "--db", str(db)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr[-2000:]
        lines = out.stdout.splitlines()
        assert any(line.startswith("dashboard ") for line in lines), out.stdout
        return lines

    # Every start paints the figures (from the activity totals) before the
    # database layer is even imported: its build waits for the paint, and what
    # the paint does not need is imported after it.
    assert "first-paint totals sqlalchemy=False early=-" in start()
    assert "first-paint totals sqlalchemy=False early=-" in start()
