"""Every error of a refused form at once, each next to its field.

A form registers its fields in the order the user meets them; `show()` puts each
domain error under its field and, only when asked (a save the user just tried),
moves focus to the first wrong one. Re-showing errors while the user types never
moves focus: the next keystroke goes where the user put it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtWidgets

from lofte_desktop.domain.errors import ValidationError, ValidationErrors

ERROR_STYLE = "color: #c0392b;"


def error_label(name: str) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Error labels keyed by field name; `fallback` takes errors of other fields."""

    def __init__(self, fallback: str | QtWidgets.QLabel) -> None:
        self.labels: dict[str, QtWidgets.QLabel] = {}
        self.widgets: dict[str, QtWidgets.QWidget] = {}
        self._fallback = fallback
        self.route: Callable[[ValidationError], str | None] = lambda e: e.field

    def box(
        self,
        name: str,
        widget: QtWidgets.QWidget,
        *extra: QtWidgets.QWidget,
    ) -> QtWidgets.QWidget:
        """`widget` (and `extra` below it) with the field's error label beneath."""
        box = QtWidgets.QWidget()
        col = QtWidgets.QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        for w in extra:
            col.addWidget(w)
        label = error_label(name)
        col.addWidget(label)
        self.labels[name] = label
        self.widgets[name] = widget
        return box

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()
        if isinstance(self._fallback, QtWidgets.QLabel):
            self._fallback.clear()

    def _label_for(self, err: ValidationError) -> tuple[str | None, QtWidgets.QLabel]:
        name = self.route(err)
        if name in self.labels and self.widgets[name].isVisibleTo(
            self.widgets[name].window()
        ):
            return name, self.labels[name]
        if isinstance(self._fallback, QtWidgets.QLabel):
            return None, self._fallback
        return self._fallback, self.labels[self._fallback]

    def show(self, exc: ValidationError, *, focus: bool) -> None:
        """Puts every error next to its field; `focus`: the first wrong field gets
        the keyboard (only right after a save the user tried)."""
        self.clear()
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        order = list(self.labels)
        wrong: list[str] = []
        for err in errors:
            name, label = self._label_for(err)
            label.setText(f"{label.text()}\n{err.message()}".strip())
            label.show()
            if name is not None:
                wrong.append(name)
        if focus and wrong:
            first = min(wrong, key=order.index)
            self.widgets[first].setFocus()
