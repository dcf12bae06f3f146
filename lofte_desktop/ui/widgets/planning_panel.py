"""The side panel of Planering: term planner with warnings, overdue work, clashes."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from lofte_desktop.domain.planning import DoubleBooking, PlanItem, TermPlanLine

WARN = QtGui.QColor("#c0392b")
OK = QtGui.QColor("#2e8b57")


class PlanningPanel(QtWidgets.QWidget):
    """Shows what the page hands it; emits the key of an item the user picks."""

    itemPicked = QtCore.Signal(str, object)  # key, date

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.term_title = QtWidgets.QLabel()
        font = self.term_title.font()
        font.setBold(True)
        self.term_title.setFont(font)
        self.term_list = QtWidgets.QListWidget()
        self.term_list.setWordWrap(True)
        self.term_list.setAccessibleName(self.tr("Terminsplanering"))
        self.overdue_title = QtWidgets.QLabel()
        self.overdue_title.setFont(font)
        self.overdue_list = QtWidgets.QListWidget()
        self.overdue_list.setWordWrap(True)
        self.overdue_list.setAccessibleName(self.tr("Försenade tillfällen"))
        self.clash_title = QtWidgets.QLabel()
        self.clash_title.setFont(font)
        self.clash_list = QtWidgets.QListWidget()
        self.clash_list.setWordWrap(True)
        self.clash_list.setAccessibleName(self.tr("Dubbelbokningar"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.term_title)
        layout.addWidget(self.term_list, 3)
        layout.addWidget(self.overdue_title)
        layout.addWidget(self.overdue_list, 2)
        layout.addWidget(self.clash_title)
        layout.addWidget(self.clash_list, 2)
        self.overdue_list.itemActivated.connect(self._picked)
        self.clash_list.itemActivated.connect(self._picked)
        self.set_data("", [], [], [])

    def _picked(self, entry: QtWidgets.QListWidgetItem) -> None:
        data = entry.data(QtCore.Qt.ItemDataRole.UserRole)
        if data:
            self.itemPicked.emit(data[0], data[1])

    def set_data(
        self,
        term: str,
        lines: list[TermPlanLine],
        overdue: list[PlanItem],
        clashes: list[DoubleBooking],
    ) -> None:
        self.term_title.setText(self.tr("Terminsplanering %1").replace("%1", term))
        self.term_list.clear()
        for line in lines:
            warnings = line.warnings()
            entry = QtWidgets.QListWidgetItem(
                "\n".join([line.line(), *("⚠ " + w for w in warnings)])
            )
            entry.setForeground(WARN if warnings else OK)
            entry.setToolTip(line.promise_code)
            self.term_list.addItem(entry)
        if not lines:
            self.term_list.addItem(self.tr("Inga löften med mål per termin."))
        self.overdue_title.setText(self.tr("Försenade (%n)", "", len(overdue)))
        self.overdue_list.clear()
        for item in overdue[-200:]:
            place = f", {item.place}" if item.place else ""
            when = f"{item.start:%Y-%m-%d %H:%M}" if item.timed else f"{item.day}"
            entry = QtWidgets.QListWidgetItem(f"{when} {item.type_label()}{place}")
            entry.setData(QtCore.Qt.ItemDataRole.UserRole, (item.key, item.day))
            self.overdue_list.addItem(entry)
        self.clash_title.setText(self.tr("Dubbelbokningar (%n)", "", len(clashes)))
        self.clash_list.clear()
        for clash in clashes[:200]:
            entry = QtWidgets.QListWidgetItem(clash.message())
            entry.setForeground(WARN)
            entry.setData(
                QtCore.Qt.ItemDataRole.UserRole, (clash.second.key, clash.second.day)
            )
            self.clash_list.addItem(entry)
