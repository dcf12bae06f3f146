"""OverviewPage (being built)."""

from __future__ import annotations

from typing import Any

from PySide6 import QtWidgets

from lofte_desktop.ui.context import UiContext


class OverviewPage(QtWidgets.QWidget):
    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        QtWidgets.QVBoxLayout(self)

    def activate(self, **kwargs: Any) -> None:
        pass

    def retranslate(self) -> None:
        pass
