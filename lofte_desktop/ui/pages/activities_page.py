"""Aktiviteter: every activity in a lazily fetched table, with filters, edit, delete
with undo (Ctrl+Z), CSV and .xlsx export for Swedish Excel (services.export,
services.excel_export), and import of an existing log (dialogs.import_dialog)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.query import ActivityFilter
from lofte_desktop.domain.texts import count_text, t
from lofte_desktop.domain.types import Status
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.models.activity_table import ID_ROLE, ActivityTableModel


class ActivitiesPage(QtWidgets.QWidget):
    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        #: ("delete", activity id) or ("import", import id), newest last
        self.undo_stack: list[tuple[str, str]] = []
        self.editor: QtWidgets.QDialog | None = None
        self._dirty = True
        self._periods: list[Period] = []
        self.model = ActivityTableModel(
            ui.services,
            self,
            count=lambda fn, done: ui.worker.run(fn, on_done=done),
        )

        self.period_box = QtWidgets.QComboBox()
        self.type_box = QtWidgets.QComboBox()
        self.promise_box = QtWidgets.QComboBox()
        self.party_box = QtWidgets.QComboBox()
        self.place_box = QtWidgets.QComboBox()
        self.status_box = QtWidgets.QComboBox()
        self.search = QtWidgets.QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._boxes = (
            self.period_box,
            self.type_box,
            self.promise_box,
            self.party_box,
            self.place_box,
            self.status_box,
        )
        for box in self._boxes:
            box.setSizeAdjustPolicy(
                QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents
            )
        self.filter_labels = [QtWidgets.QLabel() for _ in range(7)]
        filters = QtWidgets.QGridLayout()
        for i, (label, w) in enumerate(
            zip(self.filter_labels, [*self._boxes, self.search], strict=True)
        ):
            label.setBuddy(w)
            filters.addWidget(label, 0, i)
            filters.addWidget(w, 1, i)
        filters.setColumnStretch(6, 1)

        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)  # wrapped rows clip the rings on Å, Ä, Ö
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, QtCore.Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.table.setSelectionMode(
            QtWidgets.QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        row_height = int(self.table.fontMetrics().height() * 1.7)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(
            QtWidgets.QHeaderView.ResizeMode.Fixed
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((95, 150, 80, 130, 190, 70, 70, 100, 260)):
            self.table.setColumnWidth(col, width)

        self.new_button = QtWidgets.QPushButton()
        self.edit_button = QtWidgets.QPushButton()
        self.delete_button = QtWidgets.QPushButton()
        self.undo_button = QtWidgets.QPushButton()
        self.export_button = QtWidgets.QPushButton()
        self.xlsx_button = QtWidgets.QPushButton()
        self.import_button = QtWidgets.QPushButton()
        self.importer: QtWidgets.QDialog | None = None
        self.count_label = QtWidgets.QLabel()
        self.message = QtWidgets.QLabel()
        bar = QtWidgets.QHBoxLayout()
        for b in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
            self.export_button,
            self.xlsx_button,
            self.import_button,
        ):
            bar.addWidget(b)
        bar.addSpacing(12)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.count_label)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)

        for box in self._boxes:
            box.currentIndexChanged.connect(self.apply_filter)
        self._search_timer = QtCore.QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.new_button.clicked.connect(lambda: ui.navigate("log"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)
        self.export_button.clicked.connect(self.export_csv)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.import_button.clicked.connect(self.open_import)
        self.model.idsChanged.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self._shortcut(QtGui.QKeySequence.StandardKey.Undo, self.undo)
        self._shortcut(QtGui.QKeySequence.StandardKey.Delete, self.delete_selected)
        ui.bridge.activitiesChanged.connect(self._changed)
        ui.bridge.dataChanged.connect(self._changed)
        ui.bridge.agreementChanged.connect(lambda _e: self._fill_filters())
        self.retranslate()  # also fills the filter lists

    def _shortcut(self, keys: QtGui.QKeySequence.StandardKey, slot: Any) -> None:
        sc = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
        sc.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)

    # --- filters -------------------------------------------------------------
    def _fill_filters(self) -> None:
        svc = self.ui.services
        if not svc.ctx.has_agreement():
            return
        chosen = [box.currentData() for box in self._boxes]
        for box in self._boxes:
            box.blockSignals(True)
            box.clear()
            box.addItem("", None)
        items = svc.progress.all_periods(self.ui.language)
        self._periods = [p for p, _ in items]
        for i, (_p, caption) in enumerate(items):
            self.period_box.addItem(caption, i)
        for info in svc.agreement.all_types():
            self.type_box.addItem(info.label(self.ui.language), info.code)
        for pr in svc.agreement.promises():
            self.promise_box.addItem(pr.code, pr.code)
            self.promise_box.setItemData(
                self.promise_box.count() - 1,
                pr.text,
                QtCore.Qt.ItemDataRole.ToolTipRole,
            )
        for party in svc.agreement.agreement().parties:
            self.party_box.addItem(party, party)
        for name in sorted({p.name for p in svc.agreement.places()}):
            self.place_box.addItem(name, name)
        for st in Status:
            self.status_box.addItem(t(f"status.{st.value}"), st.value)
        for box, value in zip(self._boxes, chosen, strict=True):
            box.setItemText(0, self.tr("Alla"))
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)

    def current_filter(self) -> ActivityFilter:
        start: date | None = None
        end: date | None = None
        index = self.period_box.currentData()
        if isinstance(index, int) and 0 <= index < len(self._periods):
            start, end = self._periods[index].start, self._periods[index].end

        def one(box: QtWidgets.QComboBox) -> frozenset[str]:
            value = box.currentData()
            return frozenset([value]) if value else frozenset()

        return ActivityFilter(
            start=start,
            end=end,
            types=one(self.type_box),
            promise_codes=one(self.promise_box),
            parties=one(self.party_box),
            places=one(self.place_box),
            statuses=one(self.status_box),
            text=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if not self.ui.services.ctx.has_agreement():
            # Nothing to list yet; the banner above the page says what to do.
            self.count_label.setText(self.tr("Inget medborgarlöfte inläst."))
            return
        self.model.set_query(self.current_filter())
        self._dirty = False

    def _select(self, box: QtWidgets.QComboBox, value: object) -> None:
        i = box.findData(value)
        box.setCurrentIndex(max(i, 0))

    def activate(self, **kwargs: Any) -> None:
        """kwargs: promise (code), period (code), activity_type, place, status."""
        if kwargs:
            for box in self._boxes:
                box.blockSignals(True)
            if "promise" in kwargs:
                self._select(self.promise_box, kwargs["promise"])
            if "activity_type" in kwargs:
                self._select(self.type_box, kwargs["activity_type"])
            if "place" in kwargs:
                self._select(self.place_box, kwargs["place"])
            if "status" in kwargs:
                self._select(self.status_box, kwargs["status"])
            if "period" in kwargs:
                codes = [p.code for p in self._periods]
                code = kwargs["period"]
                self._select(
                    self.period_box, codes.index(code) if code in codes else None
                )
            for box in self._boxes:
                box.blockSignals(False)
            self._dirty = True
        if self._dirty:
            self.apply_filter()
        self.table.setFocus()

    def _changed(self, _event: object) -> None:
        if self.isVisible():
            self.model.refresh()
        else:
            self._dirty = True

    def _update_count(self, *_: object) -> None:
        total = self.model.total()
        self.count_label.setText(
            self.tr("Räknar …") if total is None else count_text(total, "activities")
        )

    # --- actions -------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, ID_ROLE)
        return str(value) if value else None

    def edit_selected(self) -> None:
        from lofte_desktop.ui.dialogs.edit_activity_dialog import EditActivityDialog

        aid = self.selected_id()
        if aid is None:
            return
        dialog = EditActivityDialog(self.ui, self.ui.services.activities.get(aid), self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._edited)
        self.editor = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _edited(self) -> None:
        self.message.setText(self.tr("Ändringen är sparad."))
        self.model.refresh()

    def delete_selected(self) -> None:
        aid = self.selected_id()
        if aid is None:
            return
        row = self.table.currentIndex().row()
        self.ui.worker.run(
            lambda: self.ui.services.activities.delete(aid),
            on_done=lambda _a: self._deleted(aid, row),
        )

    def _deleted(self, aid: str, row: int) -> None:
        self.undo_stack.append(("delete", aid))
        self.message.setText(self.tr("Aktiviteten togs bort. Ångra med Ctrl+Z."))
        self.undo_button.setEnabled(True)
        self.model.refresh()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def undo(self) -> None:
        if not self.undo_stack:
            return
        kind, key = self.undo_stack.pop()
        if kind == "import":
            imports = self.ui.services.imports
            self.ui.worker.run(
                lambda: imports.undo(key),
                on_done=self._import_undone,
                on_error=self._undo_failed,
            )
            return
        self.ui.worker.run(
            lambda: self.ui.services.activities.restore(key),
            on_done=lambda _a: self._restored(key),
        )

    def _undo_failed(self, exc: BaseException) -> None:
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.ui.dialogs.show_exception(exc)

    def _import_undone(self, n: int) -> None:
        self.message.setText(
            self.tr("Importen är ångrad: %1 aktiviteter togs bort.").replace(
                "%1", str(n)
            )
        )
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.model.refresh()

    def open_import(self) -> None:
        from lofte_desktop.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.ui, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        self.importer = dialog
        dialog.open()

    def _imported(self, result: Any) -> None:
        if result.import_id:
            self.undo_stack.append(("import", result.import_id))
            self.undo_button.setEnabled(True)
        self.message.setText(
            self.tr(
                "%1 aktiviteter importerades. Ångra hela importen med Ctrl+Z."
            ).replace("%1", str(result.new))
        )
        self.model.refresh()

    def export_xlsx(self) -> None:
        path = self.ui.dialogs.save_file(
            self.tr("Exportera aktiviteter till Excel"),
            "aktiviteter.xlsx",
            self.tr("Excel-arbetsböcker (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        f, lang = self.current_filter(), self.ui.language
        self.ui.worker.run(
            lambda: self.ui.services.excel.activities_xlsx(path, f, lang=lang),
            on_done=lambda n: self.message.setText(
                self.tr("%1 aktiviteter exporterades till %2.")
                .replace("%1", str(n))
                .replace("%2", path)
            ),
        )

    def _restored(self, aid: str) -> None:
        self.message.setText(self.tr("Borttagningen är ångrad."))
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.model.refresh()
        row = self.model.row_of(aid)
        if row >= 0:
            self.table.selectRow(row)

    def export_csv(self) -> None:
        path = self.ui.dialogs.save_file(
            self.tr("Exportera aktiviteter"),
            "aktiviteter.csv",
            self.tr("CSV-filer (*.csv)"),
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        f, lang = self.current_filter(), self.ui.language
        self.ui.worker.run(
            lambda: self.ui.services.export.activities_csv(path, f, lang=lang),
            on_done=lambda n: self.message.setText(
                self.tr("Exporterade %1 till %2.")
                .replace("%1", count_text(n, "activities"))
                .replace("%2", path)
            ),
        )

    def retranslate(self) -> None:
        texts = [
            self.tr("&Period"),
            self.tr("T&yp"),
            self.tr("Lö&fte"),
            self.tr("P&art"),
            self.tr("P&lats"),
            self.tr("&Status"),
            self.tr("Sö&k i anteckningar"),
        ]
        for label, w, text in zip(
            self.filter_labels, [*self._boxes, self.search], texts, strict=True
        ):
            label.setText(text)
            w.setAccessibleName(text.replace("&", ""))
        self.table.setAccessibleName(self.tr("Aktiviteter"))
        self.new_button.setText(self.tr("&Ny (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Redigera"))
        self.delete_button.setText(self.tr("&Ta bort"))
        self.undo_button.setText(self.tr("Å&ngra"))
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.export_button.setText(self.tr("&Exportera CSV"))
        self.xlsx_button.setText(self.tr("E&xportera Excel"))
        self.import_button.setText(self.tr("&Importera från Excel…"))
        for b in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
            self.export_button,
            self.xlsx_button,
            self.import_button,
        ):
            b.setAccessibleName(b.text().replace("&", ""))
        self._fill_filters()
        self._update_count()
        self.model.headerDataChanged.emit(
            QtCore.Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
