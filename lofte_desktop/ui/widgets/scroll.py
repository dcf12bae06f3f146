"""A page's content in a frameless scroll area: long forms stay usable on small
laptop screens."""

from __future__ import annotations

from PySide6 import QtWidgets


def scrolling(content: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
    """`content` in a resizable, frameless scroll area."""
    scroll = QtWidgets.QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def fill_with_scrolling(page: QtWidgets.QWidget, content: QtWidgets.QWidget) -> None:
    """Makes `content`, scrollable, the whole of `page`."""
    layout = QtWidgets.QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scrolling(content))
