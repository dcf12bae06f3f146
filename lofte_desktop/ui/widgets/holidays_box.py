"""Inställningar → Lov: the school holidays "Hoppa över lov" skips.

A table of name, first day and last day. Saving hands the rows, as typed, to
`AgreementService.set_holidays`, which checks them all (domain/holidays.py) and
either stores them (audited, carried by sync packages) or names every bad row.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import LofteError, ValidationErrors
from lofte_desktop.domain.holidays import HolidayDraft
from lofte_desktop.ui.context import UiContext


class HolidaysBox(QtWidgets.QGroupBox):
    #: The holidays were stored.
    saved = QtCore.Signal()

    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("holidaysBox")
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        self.table = QtWidgets.QTableWidget(0, 3)
        self.table.setObjectName("holidays")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(190)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move
        self.add_button = QtWidgets.QPushButton()
        self.remove_button = QtWidgets.QPushButton()
        self.save_button = QtWidgets.QPushButton()
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("holidaysMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        buttons = QtWidgets.QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        col = QtWidgets.QVBoxLayout(self)
        col.addWidget(self.intro)
        col.addWidget(self.table)
        col.addLayout(buttons)
        col.addWidget(self.message)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        self.save_button.clicked.connect(self.save)
        ui.bridge.agreementChanged.connect(lambda _e: self.load())
        self.retranslate()
        self.load()

    # --- rows --------------------------------------------------------------
    def load(self) -> None:
        svc = self.ui.services
        self.table.setRowCount(0)
        if not svc.ctx.has_agreement():
            return
        for h in svc.agreement.agreement().holidays:
            self.add_row(h.name, h.start.isoformat(), h.end.isoformat())

    def add_row(self, name: str = "", start: str = "", end: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for c, text in enumerate((name, start, end)):
            self.table.setItem(row, c, QtWidgets.QTableWidgetItem(text))
        if not (name or start or end):
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def drafts(self) -> list[HolidayDraft]:
        """The table's rows as typed; wholly empty rows are left out."""
        result = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(3)]
            name, start, end = (c.text() if c else "" for c in cells)
            if name.strip() or start.strip() or end.strip():
                result.append(HolidayDraft(name, start, end))
        return result

    # --- saving ------------------------------------------------------------
    def save(self) -> None:
        drafts = self.drafts()
        agreement = self.ui.services.agreement
        self.ui.worker.run(
            lambda: agreement.set_holidays(drafts),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, _agreement: object) -> None:
        self.message.setText(self.tr("Loven är sparade."))
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationErrors):
            lines = [e.message() for e in exc.errors]
        elif isinstance(exc, LofteError):
            lines = [exc.message()]
        else:
            lines = [str(exc)]
        self.message.setText(
            self.tr("Inte sparat:") + "\n" + "\n".join("• " + x for x in lines)
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Lov"))
        self.intro.setText(
            self.tr(
                'Skolans lov i kommunen. "Hoppa över lov" i Planering lägger inga '
                "tillfällen på dem, och varnar för en termin utan lov. Skriv datum "
                "som ÅÅÅÅ-MM-DD; ett lov får gå över nyår."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Lov"), self.tr("Första dag"), self.tr("Sista dag")]
        )
        self.table.setAccessibleName(self.tr("Lov"))
        self.add_button.setText(self.tr("Nytt l&ov"))
        self.remove_button.setText(self.tr("Ta bort &markerat lov"))
        self.save_button.setText(self.tr("Spa&ra lov"))
        for b in (self.add_button, self.remove_button, self.save_button):
            b.setAccessibleName(b.text().replace("&", ""))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 200))
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 130))
