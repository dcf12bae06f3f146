"""Enter goes to the next field, as Tab does; Enter in the last field saves.

One rule for Logga, the edit dialog and the planning dialogs: Enter in a field
moves to the next shown and enabled field, Enter in the last one (or Ctrl+Enter
anywhere) calls `submit`. Shift+Enter is left to the field (a new line in a note).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6 import QtCore, QtGui, QtWidgets

_ENTER = (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)


class EnterMovesOn(QtCore.QObject):
    def __init__(
        self,
        fields: Sequence[QtWidgets.QWidget],
        submit: Callable[[], object],
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.submit = submit
        for field in self.fields:
            for part in self._parts(field):
                part.installEventFilter(self)

    @staticmethod
    def _parts(field: QtWidgets.QWidget) -> list[QtWidgets.QWidget]:
        """The field and whatever inside it takes the keys (a combo's line edit, a
        date field's text)."""
        parts = [field]
        proxy = field.focusProxy()
        if proxy is not None:
            parts.append(proxy)
        edit = field.lineEdit() if isinstance(field, QtWidgets.QComboBox) else None
        if edit is not None:
            parts.append(edit)
        return parts

    def _field_of(self, widget: QtCore.QObject) -> QtWidgets.QWidget | None:
        for field in self.fields:
            if widget in self._parts(field):
                return field
        return None

    def next_field(self, current: QtWidgets.QWidget) -> QtWidgets.QWidget | None:
        """The next shown, enabled field after `current`; None after the last."""
        i = self.fields.index(current)
        for field in self.fields[i + 1 :]:
            if field.isVisibleTo(field.window()) and field.isEnabled():
                return field
        return None

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            event.type() == QtCore.QEvent.Type.KeyPress
            and isinstance(event, QtGui.QKeyEvent)
            and event.key() in _ENTER
            and not event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier
        ):
            field = self._field_of(watched)
            if field is None:
                return False
            after = self.next_field(field)
            ctrl = event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
            if ctrl or after is None:
                self.submit()
            else:
                after.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)
