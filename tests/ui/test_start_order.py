"""The start-up's order: the window is painted first, then the database layer
loads on the worker (ui/painted.py, the gated opening in ui/services_opening.py).

Python threads share one interpreter lock and Qt's painting holds it, so a build
that began before the first paint would slow it down. These tests hold the app to
the order, and to the two ways out of it: a page that asks for the services
early, and a window that is never painted.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.app import Services, build_services
from lofte_desktop.services.settings_file import AppSettings
from lofte_desktop.ui.context import UiContext, build_opening_context
from lofte_desktop.ui.painted import FirstPaintHook
from lofte_desktop.ui.single_instance import server_name
from tests.conftest import TODAY
from tests.ui.scripted_dialogs import ScriptedDialogs


class Counted(QtWidgets.QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_callbacks_run_in_order_once_the_window_has_been_painted(
    qtbot: QtBot,
) -> None:
    window = Counted()
    qtbot.addWidget(window)
    hook = FirstPaintHook(window, fallback_ms=60_000)
    seen: list[tuple[str, int]] = []
    hook.then(lambda: seen.append(("first", window.paints)))
    hook.then(lambda: seen.append(("second", window.paints)))
    qtbot.wait(50)
    assert seen == []  # nothing before the window is shown and painted
    window.show()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    assert [name for name, _ in seen] == ["first", "second"]
    assert all(paints >= 1 for _, paints in seen)  # after the paint, not before
    window.update()
    qtbot.wait(50)
    assert len(seen) == 2  # once only, not at every paint

    late: list[bool] = []
    hook.then(lambda: late.append(True))  # added after: runs on the next turn
    qtbot.waitUntil(lambda: late == [True], timeout=5_000)


def test_a_window_never_painted_still_runs_them_after_the_fallback(
    qtbot: QtBot,
) -> None:
    window = Counted()  # never shown, as a window started minimised
    qtbot.addWidget(window)
    hook = FirstPaintHook(window, fallback_ms=100)
    ran: list[bool] = []
    hook.then(lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True], timeout=5_000)
    assert window.paints == 0 and hook.done


class Build:
    """Real services, recording when the build began."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.began = threading.Event()

    def __call__(self) -> Services:
        self.began.set()
        return build_services(str(self.path), today=lambda: TODAY)


@pytest.fixture
def opening_ui(db_path: Path) -> Iterator[UiContext]:
    ui = build_opening_context(
        AppSettings(user_name="Test"), None, dialogs=ScriptedDialogs()
    )
    yield ui
    ui.worker.shutdown()
    ui.close()


def test_a_gated_build_waits_for_the_release_and_stays_the_first_job(
    opening_ui: UiContext, db_path: Path, qtbot: QtBot
) -> None:
    build = Build(db_path)
    order: list[str] = []
    opening_ui.open_in_background(build, lambda _e: None, gated=True)
    # A job asked for meanwhile still runs behind the build.
    opening_ui.worker.run(
        lambda: order.append("job, built" if build.began.is_set() else "job, unbuilt")
    )
    qtbot.wait(200)
    assert not build.began.is_set() and not opening_ui.ready and order == []
    opening_ui.release_opening()
    with qtbot.waitSignal(opening_ui.bridge.servicesReady, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: order == ["job, built"], timeout=5_000)
    assert opening_ui.ready


def test_asking_for_the_services_before_the_release_opens_them(
    opening_ui: UiContext, db_path: Path
) -> None:
    build = Build(db_path)
    opening_ui.open_in_background(build, lambda _e: None, gated=True)
    # A page opened before the first paint: it waits for the services, it does
    # not wait for ever.
    services = opening_ui.services
    assert build.began.is_set() and opening_ui.ready
    assert services.ctx.db.path == str(db_path)


def test_the_instance_name_is_the_same_digest_as_before(tmp_path: Path) -> None:
    """Qt's SHA-256 replaced hashlib's: the same name, so a running older
    version still answers a newer one on the same database."""
    import getpass
    import os

    target = str(tmp_path / "a.sqlite")
    key = f"{getpass.getuser()}\n{os.path.realpath(target)}".encode()
    assert server_name(target) == (
        "lofte-desktop-" + hashlib.sha256(key).hexdigest()[:24]
    )
    assert server_name(target) != server_name(str(tmp_path / "b.sqlite"))
