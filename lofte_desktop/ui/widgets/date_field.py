"""A date typed as text, taken exactly as typed, with a calendar to pick from.

QDateEdit jumps between its sections while one types "2024-11-28" (and stores
2024-11-11), Tab walks its sections, and it clamps a date to its range. This field
is a line edit: what was typed is what the form hands on, and the domain rule
(`domain.validation.parse_date`) takes it or refuses it with a message. The
calendar button (also Alt+Down or F4 in the field) only fills the text in.
"""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore, QtGui, QtWidgets

from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.validation import parse_date
from lofte_desktop.runtime.paths import resources_dir


def _qdate(d: date) -> QtCore.QDate:
    return QtCore.QDate(d.year, d.month, d.day)


class DateField(QtWidgets.QWidget):
    """`text()` is what was typed; `typed_date()` is it as a date, or None if invalid."""

    textChanged = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QtWidgets.QLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.setMaxLength(20)
        self.button = QtWidgets.QToolButton()
        self.button.setObjectName("dateCalendar")
        self.button.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.button.setIcon(
            QtGui.QIcon(str(resources_dir() / "icons" / "pages" / "planning.svg"))
        )
        self.calendar = QtWidgets.QCalendarWidget()
        self.calendar.setWindowFlags(QtCore.Qt.WindowType.Popup)
        self.calendar.setFirstDayOfWeek(QtCore.Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.textChanged)
        self.button.clicked.connect(self.open_calendar)
        self.edit.installEventFilter(self)
        self.retranslate()

    # --- value -------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def set_date(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")

    def typed_date(self) -> date | None:
        try:
            return parse_date(self.edit.text())
        except ValidationError:
            return None

    def set_range(self, start: date, end: date) -> None:
        """Limits what the calendar offers; typed text is never changed."""
        self.calendar.setDateRange(_qdate(start), _qdate(end))

    # --- calendar ----------------------------------------------------------
    def open_calendar(self) -> None:
        shown = self.typed_date()
        if shown is not None:
            self.calendar.setSelectedDate(_qdate(shown))
        self.calendar.adjustSize()
        below = self.edit.mapToGlobal(QtCore.QPoint(0, self.edit.height()))
        self.calendar.move(below)
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, q: QtCore.QDate) -> None:
        self.calendar.hide()
        self.set_date(date(q.year(), q.month(), q.day()))
        self.edit.setFocus()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QtCore.QEvent.Type.KeyPress
            and isinstance(event, QtGui.QKeyEvent)
        ):
            alt_down = event.key() == QtCore.Qt.Key.Key_Down and bool(
                event.modifiers() & QtCore.Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == QtCore.Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # --- words -------------------------------------------------------------
    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(
            self.tr("%1: välj i kalendern").replace("%1", name)
        )

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        tip = self.tr(
            "Skriv datumet som 2024-11-28 eller 20241128. Alt+Nedåtpil eller F4 "
            "öppnar kalendern."
        )
        self.edit.setToolTip(tip)
        self.edit.setAccessibleDescription(tip)
        self.button.setToolTip(self.tr("Välj i kalendern (Alt+Nedåtpil)"))
        self.calendar.setAccessibleName(self.tr("Kalender"))
