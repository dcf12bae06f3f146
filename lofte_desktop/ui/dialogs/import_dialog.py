"""Importera från Excel…: read an activity log (.xlsx or .csv), correct the column
mapping, confirm the activity-type rules, look at every row, then import.

Reading, previewing and writing run on the worker thread (a 50,000-row sheet takes
seconds); the dialog only shows results. The mapping is remembered in the settings
after an import, for next month's sheet.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.import_rules import FIELDS, ImportMapping, cell_text
from lofte_desktop.domain.texts import field_name
from lofte_desktop.services.excel_import import ImportResult, Preview, TypeChoice
from lofte_desktop.services.import_files import SheetData
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.models.import_preview import ImportPreviewModel

#: Where the last confirmed mapping is kept (AppSettings.extra).
SETTINGS_KEY = "import_mapping"


class ImportDialog(QtWidgets.QDialog):
    #: An import was written: its result.
    imported = QtCore.Signal(object)

    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.sheet: SheetData | None = None
        self.mapping = ImportMapping()
        self.preview: Preview | None = None
        self.outcome: ImportResult | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Importera från Excel"))
        self.resize(1200, 780)

        self.file_label = QtWidgets.QLabel(self.tr("Ingen fil vald."))
        self.file_label.setWordWrap(True)
        self.choose_button = QtWidgets.QPushButton(self.tr("&Välj fil…"))
        self.party_box = QtWidgets.QComboBox()
        party_label = QtWidgets.QLabel(self.tr("&Part för rader utan partkolumn:"))
        party_label.setBuddy(self.party_box)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(party_label)
        top.addWidget(self.party_box)
        # earlier imports, each undone as a whole (also `lofte import --undo ID`)
        self.earlier_box = QtWidgets.QComboBox()
        self.earlier_box.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents
        )
        earlier_label = QtWidgets.QLabel(self.tr("&Tidigare importer:"))
        earlier_label.setBuddy(self.earlier_box)
        self.undo_button = QtWidgets.QPushButton(self.tr("Å&ngra importen…"))
        earlier = QtWidgets.QHBoxLayout()
        earlier.addWidget(earlier_label)
        earlier.addWidget(self.earlier_box)
        earlier.addWidget(self.undo_button)
        earlier.addStretch(1)

        self.columns_box = QtWidgets.QGroupBox(self.tr("Kolumner"))
        self.columns_form = QtWidgets.QFormLayout(self.columns_box)
        self.column_boxes: dict[str, QtWidgets.QComboBox] = {}
        self.types_box = QtWidgets.QGroupBox(self.tr("Aktivitetstyper"))
        types_layout = QtWidgets.QVBoxLayout(self.types_box)
        self.types_form = QtWidgets.QGridLayout()
        types_layout.addLayout(self.types_form)
        self.confirm_all = QtWidgets.QPushButton(self.tr("&Godkänn alla förslag"))
        types_layout.addWidget(self.confirm_all)
        types_layout.addStretch(1)
        self.type_rows: dict[str, tuple[QtWidgets.QComboBox, QtWidgets.QCheckBox]] = {}
        self._choices: dict[str, TypeChoice] = {}
        upper = QtWidgets.QHBoxLayout()
        for box in (self.columns_box, self.types_box):
            scroll = QtWidgets.QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(box)
            upper.addWidget(scroll, 1)

        self.model = ImportPreviewModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Förhandsgranskning"))
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((50, 90, 95, 130, 70, 90, 150, 60, 60)):
            self.table.setColumnWidth(col, width)
        preview_label = QtWidgets.QLabel(self.tr("För&handsgranskning:"))
        preview_label.setBuddy(self.table)
        self.details = QtWidgets.QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )

        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.skip_bad = QtWidgets.QCheckBox(self.tr("Hoppa &över rader med fel"))
        self.import_button = QtWidgets.QPushButton(self.tr("&Importera"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.close_button = QtWidgets.QPushButton(self.tr("&Stäng"))
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.skip_bad)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)

        # Every row is checked against one agreement: the one in use.
        target = ui.services.agreement.agreement()
        self.agreement_note = QtWidgets.QLabel(
            self.tr(
                "Raderna kontrolleras mot %1 (%2 – %3): dess löften, parter, period "
                "och låsta perioder. Ett annat medborgarlöfte väljs på sidan Löften."
            )
            .replace("%1", target.name)
            .replace("%2", target.start.isoformat())
            .replace("%3", target.end.isoformat())
        )
        self.agreement_note.setWordWrap(True)
        self.agreement_note.setAccessibleName(self.tr("Medborgarlöftet som gäller"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.agreement_note)
        layout.addLayout(earlier)
        layout.addLayout(upper, 2)
        layout.addWidget(preview_label)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details)
        layout.addLayout(bottom)

        self.choose_button.setAccessibleName(self.tr("Välj fil"))
        self.party_box.setAccessibleName(self.tr("Part för rader utan partkolumn"))
        self.confirm_all.setAccessibleName(self.tr("Godkänn alla förslag"))
        self.skip_bad.setAccessibleName(self.tr("Hoppa över rader med fel"))
        self.import_button.setAccessibleName(self.tr("Importera"))
        self.close_button.setAccessibleName(self.tr("Stäng"))
        self.earlier_box.setAccessibleName(self.tr("Tidigare importer"))
        self.undo_button.setAccessibleName(self.tr("Ångra importen"))
        self.undo_button.clicked.connect(self.undo_earlier)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.choose_button.clicked.connect(self.choose_file)
        self.confirm_all.clicked.connect(self.confirm_suggestions)
        self.skip_bad.toggled.connect(lambda _on: self._update_summary())
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        self.party_box.currentIndexChanged.connect(self._party_changed)
        self._fill_parties()
        self._fill_earlier()

    # --- reading -----------------------------------------------------------------
    def _fill_parties(self) -> None:
        self.party_box.blockSignals(True)
        self.party_box.addItem(self.tr("(ingen)"), None)
        for party in self.ui.services.agreement.agreement().parties:
            self.party_box.addItem(party, party)
        mine = self.ui.settings.user_party
        self.party_box.setCurrentIndex(max(0, self.party_box.findData(mine)))
        self.party_box.blockSignals(False)

    def _fill_earlier(self) -> None:
        self.earlier_box.clear()
        for rec in self.ui.services.imports.imports():
            if rec.undone_at is not None or not rec.live:
                continue
            when = rec.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.earlier_box.addItem(
                self.tr("%1 %2: %3 aktiviteter")
                .replace("%1", when)
                .replace("%2", rec.file_name)
                .replace("%3", str(rec.live)),
                rec.id,
            )
        has = self.earlier_box.count() > 0
        if not has:
            self.earlier_box.addItem(self.tr("(inga)"), None)
        self.earlier_box.setEnabled(has)
        self.undo_button.setEnabled(has)

    def undo_earlier(self) -> None:
        """Deletes every activity the chosen import wrote (one action; sync carries
        the deletions), after a yes from the user."""
        import_id = self.earlier_box.currentData()
        if not import_id:
            return
        if not self.ui.dialogs.confirm(
            self.tr("Ångra importen"),
            self.tr("Ta bort alla aktiviteter från importen %1?").replace(
                "%1", self.earlier_box.currentText()
            ),
        ):
            return
        imports = self.ui.services.imports
        self.ui.worker.run(
            lambda: imports.undo(import_id),
            on_done=self._undone,
            on_error=self.ui.dialogs.show_exception,
        )

    def _undone(self, n: int) -> None:
        self._fill_earlier()
        self.summary.setText(
            self.tr("Importen är ångrad: %1 aktiviteter togs bort.").replace(
                "%1", str(n)
            )
        )
        if self.sheet is not None:
            self.refresh()

    def choose_file(self) -> None:
        path = self.ui.dialogs.open_file(
            self.tr("Importera aktivitetslogg"),
            "",
            self.tr("Excel och CSV (*.xlsx *.csv);;Alla filer (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Reads the file on the worker, then shows its mapping and preview."""
        self.file_label.setText(self.tr("Läser %1 …").replace("%1", path))
        svc = self.ui.services
        saved = self.ui.settings.extra.get(SETTINGS_KEY)

        def work() -> tuple[SheetData, ImportMapping]:
            sheet = svc.imports.read(path)
            base = ImportMapping()
            if isinstance(saved, dict):
                try:
                    base = ImportMapping.from_json(saved)
                except ValueError:
                    base = ImportMapping()
            return sheet, base.merged_with(sheet.headers)

        self.ui.worker.run(work, on_done=self._opened, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.file_label.setText(self.tr("Ingen fil vald."))
        self.ui.dialogs.show_exception(exc)

    def _opened(self, value: tuple[SheetData, ImportMapping]) -> None:
        self.sheet, self.mapping = value
        self.file_label.setText(
            self.tr("%1: %2 rader")
            .replace("%1", str(self.sheet.path))
            .replace("%2", str(len(self.sheet.rows)))
        )
        self._set_party_default()
        self._build_columns()
        self.refresh()

    # --- the mapping -------------------------------------------------------------
    def _build_columns(self) -> None:
        assert self.sheet is not None
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.column_boxes.clear()
        lang = self.ui.language
        for i, header in enumerate(self.sheet.headers):
            box = QtWidgets.QComboBox()
            box.addItem(self.tr("– importeras inte –"), None)
            for name in FIELDS:
                box.addItem(field_name(name, lang), name)
            box.setCurrentIndex(max(0, box.findData(self.mapping.columns.get(header))))
            sample = next(
                (
                    cell_text(r[i])
                    for _n, r in self.sheet.rows
                    if r[i] not in (None, "")
                ),
                "",
            )
            label = QtWidgets.QLabel(f"{header}  ({sample[:24]})" if sample else header)
            label.setBuddy(box)
            box.setAccessibleName(self.tr("Kolumnen %1").replace("%1", header))
            box.currentIndexChanged.connect(
                lambda _i, h=header, b=box: self._column_changed(h, b)
            )
            self.columns_form.addRow(label, box)
            self.column_boxes[header] = box

    def _column_changed(self, header: str, box: QtWidgets.QComboBox) -> None:
        chosen = box.currentData()
        if chosen is not None:  # one column per field: the other one lets go
            for h, f in list(self.mapping.columns.items()):
                if f == chosen and h != header:
                    self.mapping.columns[h] = None
                    other = self.column_boxes.get(h)
                    if other is not None:
                        other.blockSignals(True)
                        other.setCurrentIndex(0)
                        other.blockSignals(False)
        self.mapping.columns[header] = chosen
        self.refresh()

    def _set_party_default(self) -> None:
        party = self.party_box.currentData()
        if party:
            self.mapping.defaults["party"] = party
        else:
            self.mapping.defaults.pop("party", None)

    def _party_changed(self, _index: int) -> None:
        self._set_party_default()
        self.refresh()

    def _build_types(self, choices: list[TypeChoice]) -> None:
        """One row per activity name. Rebuilt only when the names change, so the
        control the user is on keeps its focus; otherwise the values update."""
        if [c.text for c in choices] == list(self.type_rows):
            for c in choices:
                box, check = self.type_rows[c.text]
                with QtCore.QSignalBlocker(box), QtCore.QSignalBlocker(check):
                    box.setCurrentIndex(
                        max(
                            0,
                            box.findData(c.activity_type if c.activity_type else None),
                        )
                    )
                    check.setChecked(c.confirmed)
                    check.setEnabled(c.activity_type is not None)
                self._choices[c.text] = c
            return
        while self.types_form.count():
            item = self.types_form.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        self.type_rows.clear()
        self._choices = {c.text: c for c in choices}
        lang = self.ui.language
        for row, c in enumerate(choices):
            rows = (
                self.tr("%1 (1 rad)")
                if c.rows == 1
                else self.tr("%1 (%2 rader)").replace("%2", str(c.rows))
            )
            label = QtWidgets.QLabel(rows.replace("%1", c.text))
            box = QtWidgets.QComboBox()
            box.addItem(self.tr("– välj typ –"), None)
            for info in self.ui.services.agreement.all_types().offered():
                box.addItem(info.label(lang), info.code)
            label.setBuddy(box)
            box.setAccessibleName(self.tr("Typ för %1").replace("%1", c.text))
            check = QtWidgets.QCheckBox(self.tr("Godkänd"))
            check.setAccessibleName(
                self.tr("Godkänn typen för %1").replace("%1", c.text)
            )
            box.setCurrentIndex(
                max(0, box.findData(c.activity_type if c.activity_type else None))
            )
            check.setChecked(c.confirmed)
            check.setEnabled(c.activity_type is not None)
            box.currentIndexChanged.connect(
                lambda _i, text=c.text, b=box: self._type_chosen(text, b)
            )
            check.toggled.connect(
                lambda on, text=c.text: self._type_confirmed(self._choices[text], on)
            )
            self.types_form.addWidget(label, row, 0)
            self.types_form.addWidget(box, row, 1)
            self.types_form.addWidget(check, row, 2)
            self.type_rows[c.text] = (box, check)

    def _type_chosen(self, text: str, box: QtWidgets.QComboBox) -> None:
        code = box.currentData()
        self.mapping.set_type(text, str(code) if code else None)
        self.refresh()

    def _type_confirmed(self, choice: TypeChoice, on: bool) -> None:
        if on and choice.rule is not None:
            self.mapping.confirm(choice.rule)
        elif on and choice.activity_type is not None:
            self.mapping.set_type(choice.text, choice.activity_type)
        elif not on:
            self.mapping.withdraw(choice.text)
        self.refresh()

    def confirm_suggestions(self) -> None:
        if self.sheet is None:
            return
        for c in self.ui.services.imports.type_choices(self.sheet, self.mapping):
            if not c.confirmed and c.rule is not None:
                self.mapping.confirm(c.rule)
        self.refresh()

    # --- preview and import ------------------------------------------------------
    def refresh(self) -> None:
        """Recomputes the type choices and the preview on the worker."""
        if self.sheet is None:
            return
        self._generation += 1
        generation = self._generation
        sheet, svc, lang = self.sheet, self.ui.services, self.ui.language
        mapping = ImportMapping(
            dict(self.mapping.columns),
            list(self.mapping.rules),
            dict(self.mapping.defaults),
        )
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Kontrollerar raderna …"))

        def work() -> tuple[list[TypeChoice], Preview | None, str]:
            choices = svc.imports.type_choices(sheet, mapping)
            try:
                return choices, svc.imports.preview(sheet, mapping, lang=lang), ""
            except LofteError as exc:  # a missing column: say which
                return choices, None, exc.message(lang)

        self.ui.worker.run(work, on_done=lambda v: self._show(generation, v))

    def _show(
        self, generation: int, value: tuple[list[TypeChoice], Preview | None, str]
    ) -> None:
        if generation != self._generation:
            return  # a newer mapping is on its way
        choices, preview, problem = value
        self._build_types(choices)
        self.preview = preview
        self.model.set_preview(preview)
        if preview is None:
            self.summary.setText(problem)
            return
        self._update_summary()

    def _row_selected(self, current: QtCore.QModelIndex, _old: object) -> None:
        """The chosen row's errors in full (the table cuts long messages)."""
        if not current.isValid():
            self.details.clear()
            return
        r = self.model.preview_row(current.row())
        lang = self.ui.language
        self.details.setText(
            self.tr("Rad %1: ").replace("%1", str(r.row))
            + (
                " ".join(f"{field_name(e.field, lang)}: {e.message}" for e in r.errors)
                if r.errors
                else self.tr("inga fel.")
            )
        )

    def _update_summary(self) -> None:
        p = self.preview
        if p is None:
            return
        new, dup, bad = len(p.new), len(p.duplicates), len(p.bad)
        text = (
            self.tr("%1 nya, %2 finns redan, %3 med fel.")
            .replace("%1", str(new))
            .replace("%2", str(dup))
            .replace("%3", str(bad))
        )
        if bad and not self.skip_bad.isChecked():
            text += " " + self.tr(
                "Inget importeras så länge en rad har fel: rätta filen eller "
                "mappningen, eller hoppa över raderna med fel."
            )
        self.summary.setText(text)
        self.import_button.setEnabled(
            new > 0 and (not bad or self.skip_bad.isChecked())
        )

    def run_import(self) -> None:
        p = self.preview
        if p is None:
            return
        skip = self.skip_bad.isChecked()
        self.import_button.setEnabled(False)
        svc = self.ui.services
        self.ui.worker.run(
            lambda: svc.imports.commit(p, skip_bad=skip),
            on_done=self._done,
            on_error=self._import_failed,
        )

    def _import_failed(self, exc: BaseException) -> None:
        self.ui.dialogs.show_exception(exc)
        self._update_summary()

    def _done(self, result: ImportResult) -> None:
        self.outcome = result
        self.ui.services.settings_service.set_extra(
            SETTINGS_KEY, self.mapping.as_json()
        )
        self.imported.emit(result)
        self.ui.dialogs.info(
            self.tr("Importen är klar"),
            self.tr(
                "%1 nya aktiviteter, %2 fanns redan, %3 rader med fel hoppades över. "
                "Hela importen kan ångras från Aktiviteter."
            )
            .replace("%1", str(result.new))
            .replace("%2", str(result.skipped_duplicates))
            .replace("%3", str(result.skipped_bad)),
        )
        self.accept()
