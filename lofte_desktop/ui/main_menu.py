"""The main window's menu bar: Arkiv, Visa, Hjälp, each listing its shortcut.

Ctrl+N (Logga), Ctrl+1–9 (the pages in side-bar order), F5 (Uppdatera: the
window's `refresh()`), Ctrl+Q (Avsluta). Hjälp has the shortcut list and the
"Om Löfte Desktop" box with the installed version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6 import QtCore, QtGui, QtWidgets

import lofte_desktop

if TYPE_CHECKING:
    from lofte_desktop.ui.context import UiContext
    from lofte_desktop.ui.pages import PageSpec


class MenuWindow(Protocol):
    """What the menus need of the main window (ui/main_window.py)."""

    @property
    def specs(self) -> Sequence[PageSpec]: ...

    @property
    def ui(self) -> UiContext: ...

    def menuBar(self) -> QtWidgets.QMenuBar: ...

    def navigate(self, key: str, **kwargs: Any) -> None: ...

    def refresh(self) -> None: ...

    def close(self) -> bool: ...


def app_version() -> str:
    """The installed package's version (the bundle has no metadata: the module's).
    importlib.metadata is imported here, when Om is opened, not at start-up."""
    from importlib import metadata

    try:
        return metadata.version("lofte-desktop")
    except metadata.PackageNotFoundError:
        return lofte_desktop.__version__


class MainMenu(QtCore.QObject):
    """Builds the menus on `window` and renames them after a language switch."""

    def __init__(self, window: MenuWindow) -> None:
        super().__init__()  # the window keeps it (`window.menu`)
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.new_action = self._action(
            self.file_menu, "Ctrl+N", lambda: window.navigate("log")
        )
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, "Ctrl+Q", window.close)
        self.page_actions: list[QtGui.QAction] = []
        for i, spec in enumerate(window.specs):
            keys = f"Ctrl+{i + 1}" if i < 9 else ""
            self.page_actions.append(
                self._action(self.view_menu, keys, self._go(spec.key))
            )
        self.view_menu.addSeparator()
        self.refresh_action = self._action(self.view_menu, "F5", self._refresh)
        self.keys_action = self._action(self.help_menu, "", self.show_shortcuts)
        self.about_action = self._action(self.help_menu, "", self.show_about)
        self.retranslate()

    def _action(
        self, menu: QtWidgets.QMenu, keys: str, slot: Callable[[], object]
    ) -> QtGui.QAction:
        action = menu.addAction("")
        if keys:
            action.setShortcut(QtGui.QKeySequence(keys))
            # As the former QShortcuts: they work wherever focus is in the app.
            action.setShortcutContext(QtCore.Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _go(self, key: str) -> Callable[[], None]:
        return lambda: self.window.navigate(key)

    def _refresh(self) -> None:
        self.window.refresh()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Arkiv"))
        self.view_menu.setTitle(self.tr("&Visa"))
        self.help_menu.setTitle(self.tr("&Hjälp"))
        self.new_action.setText(self.tr("&Ny aktivitet"))
        self.quit_action.setText(self.tr("&Avsluta"))
        for action, spec in zip(self.page_actions, self.window.specs, strict=True):
            action.setText(spec.title())
        self.refresh_action.setText(self.tr("&Uppdatera"))
        self.keys_action.setText(self.tr("&Kortkommandon"))
        self.about_action.setText(self.tr("&Om Löfte Desktop"))

    def shortcuts_text(self) -> str:
        last = min(9, len(self.window.specs))
        lines = [
            self.tr("Ctrl+N: logga en aktivitet (var du än är)"),
            self.tr(
                "Ctrl+1–%1: gå till sidan med det numret i listan till vänster"
            ).replace("%1", str(last)),
            self.tr("F5: uppdatera sidan"),
            self.tr("Ctrl+Q: avsluta"),
            self.tr("I Logga: Tab och Enter går till nästa fält, Ctrl+Enter sparar"),
        ]
        return "\n".join(lines)

    def show_shortcuts(self) -> None:
        self.window.ui.dialogs.info(self.tr("Kortkommandon"), self.shortcuts_text())

    def about_text(self) -> str:
        return self.tr(
            "Löfte Desktop %1\n\nFör arbetet med medborgarlöften: logga, planera, "
            "synka och följ upp. Fungerar utan nätverk."
        ).replace("%1", app_version())

    def show_about(self) -> None:
        self.window.ui.dialogs.info(self.tr("Om Löfte Desktop"), self.about_text())
