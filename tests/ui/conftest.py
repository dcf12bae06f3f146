"""The `ui` fixture: a real UiContext on a real database with the Krokom catalogue.

The worker runs synchronously, so a slot's service call has finished when the slot
returns; dialogs are ScriptedDialogs (pre-answered, messages recorded).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from lofte_desktop.app import Services
from lofte_desktop.ui.context import UiContext, build_context
from tests.ui.scripted_dialogs import ScriptedDialogs


@pytest.fixture
def ui(services: Services, qtbot: QtBot) -> Iterator[UiContext]:
    services.settings.user_name = "Test Testsson"
    services.settings.user_party = "Polisen"
    context = build_context(services, dialogs=ScriptedDialogs(), synchronous=True)
    yield context
    context.bridge.detach()


@pytest.fixture
def window(ui: UiContext, qtbot: QtBot) -> Iterator[object]:
    """The real main window on `ui` (Swedish)."""
    from PySide6 import QtWidgets

    from lofte_desktop.ui.i18n import Translations
    from lofte_desktop.ui.main_window import MainWindow

    app = QtWidgets.QApplication.instance()
    assert app is not None
    translations = Translations(app)
    translations.apply("sv")
    win = MainWindow(ui, translations)
    qtbot.addWidget(win)
    win.show()
    yield win
    translations.apply("sv")  # translators are process-wide: leave Swedish behind


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns about size hints it cannot pass on; harmless."""
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "This plugin does not support propagateSizeHints"
                )
            )
