"""Follows the system's light or dark colour scheme (Qt 6.5+ style hints)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtGui, QtWidgets


def _dark_palette() -> QtGui.QPalette:
    p = QtGui.QPalette()
    c = QtGui.QColor
    role = QtGui.QPalette.ColorRole
    p.setColor(role.Window, c(45, 45, 48))
    p.setColor(role.WindowText, c(230, 230, 230))
    p.setColor(role.Base, c(30, 30, 32))
    p.setColor(role.AlternateBase, c(50, 50, 54))
    p.setColor(role.ToolTipBase, c(60, 60, 64))
    p.setColor(role.ToolTipText, c(230, 230, 230))
    p.setColor(role.Text, c(230, 230, 230))
    p.setColor(role.Button, c(55, 55, 60))
    p.setColor(role.ButtonText, c(230, 230, 230))
    p.setColor(role.Highlight, c(42, 130, 218))
    p.setColor(role.HighlightedText, c(255, 255, 255))
    p.setColor(role.Link, c(100, 170, 255))
    p.setColor(role.PlaceholderText, c(150, 150, 150))
    disabled = QtGui.QPalette.ColorGroup.Disabled
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(disabled, r, c(130, 130, 130))
    return p


def apply_theme(
    app: QtWidgets.QApplication,
) -> Callable[[QtCore.Qt.ColorScheme | None], None]:
    """Uses Fusion with a palette matching the system scheme, and follows changes.

    Returns the updater, which the style hints' `colorSchemeChanged` also calls.
    """
    if app.style().name().casefold() != "fusion":  # often already the default
        app.setStyle("Fusion")
    light = app.style().standardPalette()
    dark = _dark_palette()

    def update(scheme: QtCore.Qt.ColorScheme | None = None) -> None:
        current = app.styleHints().colorScheme() if scheme is None else scheme
        app.setPalette(dark if current == QtCore.Qt.ColorScheme.Dark else light)

    update()
    app.styleHints().colorSchemeChanged.connect(update)
    return update
