"""Inställningar: the user's name and party, term dates, language, database file."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6 import QtWidgets

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.model import SchoolTerm
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.pages.shared_store_box import SharedStoreBox
from lofte_desktop.ui.widgets.holidays_box import HolidaysBox
from lofte_desktop.ui.widgets.scroll import fill_with_scrolling

LANGUAGES = (("sv", "Svenska"), ("en", "English"))


class SettingsPage(QtWidgets.QWidget):
    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        # --- user
        self.user_box = QtWidgets.QGroupBox()
        self.name_edit = QtWidgets.QLineEdit()
        self.party_box = QtWidgets.QComboBox()
        self.user_save = QtWidgets.QPushButton()
        self.user_message = QtWidgets.QLabel()
        self.name_label, self.party_label = QtWidgets.QLabel(), QtWidgets.QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.party_label.setBuddy(self.party_box)
        user_form = QtWidgets.QFormLayout(self.user_box)
        user_form.addRow(self.name_label, self.name_edit)
        user_form.addRow(self.party_label, self.party_box)
        user_form.addRow(self.user_save, self.user_message)
        # --- language
        self.lang_box = QtWidgets.QGroupBox()
        self.lang_combo = QtWidgets.QComboBox()
        for code, name in LANGUAGES:
            self.lang_combo.addItem(name, code)
        self.lang_label = QtWidgets.QLabel()
        self.lang_label.setBuddy(self.lang_combo)
        lang_form = QtWidgets.QFormLayout(self.lang_box)
        lang_form.addRow(self.lang_label, self.lang_combo)
        # --- terms
        self.terms_box = QtWidgets.QGroupBox()
        self.terms_intro = QtWidgets.QLabel()
        self.terms_intro.setWordWrap(True)
        self.terms = QtWidgets.QTableWidget(0, 3)
        self.terms.setWordWrap(False)
        self.terms.verticalHeader().hide()
        self.terms.horizontalHeader().setStretchLastSection(True)
        self.terms.setMinimumHeight(150)
        self.add_term = QtWidgets.QPushButton()
        self.remove_term = QtWidgets.QPushButton()
        self.save_terms = QtWidgets.QPushButton()
        self.terms_message = QtWidgets.QLabel()
        self.terms_message.setWordWrap(True)
        term_buttons = QtWidgets.QHBoxLayout()
        for b in (self.add_term, self.remove_term, self.save_terms):
            term_buttons.addWidget(b)
        term_buttons.addWidget(self.terms_message, 1)
        terms_col = QtWidgets.QVBoxLayout(self.terms_box)
        terms_col.addWidget(self.terms_intro)
        terms_col.addWidget(self.terms)
        self.terms_empty = QtWidgets.QLabel()
        self.terms_empty.setWordWrap(True)
        terms_col.addWidget(self.terms_empty)
        terms_col.addLayout(term_buttons)
        # --- database
        self.db_box = QtWidgets.QGroupBox()
        self.db_path = QtWidgets.QLineEdit()
        self.db_path.setReadOnly(True)
        self.db_choose = QtWidgets.QPushButton()
        self.backups_button = QtWidgets.QPushButton()
        self.db_message = QtWidgets.QLabel()
        self.db_message.setWordWrap(True)
        db_row = QtWidgets.QHBoxLayout()
        db_row.addWidget(self.db_path, 1)
        db_row.addWidget(self.db_choose)
        db_row.addWidget(self.backups_button)
        db_col = QtWidgets.QVBoxLayout(self.db_box)
        db_col.addLayout(db_row)
        db_col.addWidget(self.db_message)
        self.shared_box = SharedStoreBox(ui)
        self.holidays_box = HolidaysBox(ui)

        inner = QtWidgets.QWidget()
        inner.setMaximumWidth(900)
        col = QtWidgets.QVBoxLayout(inner)
        for box in (
            self.user_box,
            self.lang_box,
            self.terms_box,
            self.holidays_box,
            self.db_box,
            self.shared_box,
        ):
            col.addWidget(box)
        col.addStretch(1)
        fill_with_scrolling(self, inner)

        self.user_save.clicked.connect(self.save_user)
        self.name_edit.returnPressed.connect(self.save_user)
        self.lang_combo.activated.connect(self._language_chosen)
        self.add_term.clicked.connect(self._add_term_row)
        self.remove_term.clicked.connect(self._remove_term_row)
        self.save_terms.clicked.connect(self.save_term_dates)
        self.db_choose.clicked.connect(self.choose_database)
        self.backups_button.clicked.connect(self.open_backups)
        ui.bridge.agreementChanged.connect(lambda _e: self.load())
        self.retranslate()
        self.load()

    # --- loading ---------------------------------------------------------------
    def load(self) -> None:
        svc = self.ui.services
        s = svc.settings
        self.name_edit.setText(s.user_name)
        self.party_box.clear()
        if svc.ctx.has_agreement():
            a = svc.agreement.agreement()
            self.party_box.addItems(list(a.parties))
            self.party_box.setCurrentText(s.user_party)
            self.terms.setRowCount(0)
            for st in a.school_terms:
                self._add_term_row(st.code, st.start.isoformat(), st.end.isoformat())
        self._terms_hint()
        i = self.lang_combo.findData(self.ui.language)
        self.lang_combo.setCurrentIndex(max(0, i))
        self.db_path.setText(
            svc.shared_store.display(svc.db_target.removeprefix("sqlite+pysqlite:///"))
        )
        if s.db_path:
            self.db_message.setText(
                self.tr("Vald databas vid nästa start: %1").replace("%1", s.db_path)
            )

    def activate(self, **kwargs: Any) -> None:
        self.name_edit.setFocus()

    # --- user ------------------------------------------------------------------
    def save_user(self) -> None:
        try:
            self.ui.services.settings_service.set_user(
                self.name_edit.text(), self.party_box.currentText()
            )
        except LofteError as exc:
            self.user_message.setText(exc.message())
            return
        self.user_message.setText(self.tr("Sparat."))

    # --- language --------------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        self.ui.set_language(str(self.lang_combo.itemData(index)))

    # --- terms -----------------------------------------------------------------
    def _add_term_row(self, code: str = "", start: str = "", end: str = "") -> None:
        row = self.terms.rowCount()
        self.terms.insertRow(row)
        for c, text in enumerate((code, start, end)):
            self.terms.setItem(row, c, QtWidgets.QTableWidgetItem(text))
        self._terms_hint()

    def _remove_term_row(self) -> None:
        row = self.terms.currentRow()
        if row >= 0:
            self.terms.removeRow(row)
        self._terms_hint()

    def _terms_hint(self) -> None:
        self.terms_empty.setVisible(self.terms.rowCount() == 0)

    def term_list(self) -> list[SchoolTerm]:
        """The table as SchoolTerms; raises ValueError naming the bad row."""
        result = []
        for r in range(self.terms.rowCount()):
            cells = [self.terms.item(r, c) for c in range(3)]
            code, start, end = (c.text().strip() if c else "" for c in cells)
            if not (code or start or end):
                continue
            try:
                result.append(
                    SchoolTerm(code, date.fromisoformat(start), date.fromisoformat(end))
                )
            except ValueError:
                raise ValueError(
                    self.tr("Rad %1: skriv datum som ÅÅÅÅ-MM-DD.").replace(
                        "%1", str(r + 1)
                    )
                ) from None
        return result

    def save_term_dates(self) -> None:
        try:
            terms = self.term_list()
        except ValueError as exc:
            self.terms_message.setText(str(exc))
            return
        self.ui.worker.run(
            lambda: self.ui.services.agreement.set_terms(school_terms=terms),
            on_done=lambda _a: self.terms_message.setText(
                self.tr("Terminerna är sparade.")
            ),
            on_error=self._terms_failed,
        )

    def _terms_failed(self, exc: BaseException) -> None:
        text = exc.message() if isinstance(exc, LofteError) else str(exc)
        self.terms_message.setText(self.tr("Inte sparat: %1").replace("%1", text))

    # --- database --------------------------------------------------------------
    def open_backups(self) -> None:
        from lofte_desktop.ui.dialogs.backup_dialog import BackupDialog

        BackupDialog(self.ui, self).open()

    def choose_database(self) -> None:
        path = self.ui.dialogs.save_file(
            self.tr("Välj databasfil"),
            self.db_path.text(),
            self.tr("Löfte-databas (*.sqlite *.db);;Alla filer (*)"),
        )
        if not path:
            return
        try:
            self.ui.services.settings_service.update(db_path=path)
        except LofteError as exc:
            self.db_message.setText(
                self.tr("Inte sparat: %1").replace("%1", exc.message())
            )
            return
        self.db_message.setText(
            self.tr(
                "Sparat. Programmet använder %1 från nästa start; starta om Löfte "
                "Desktop för att byta. Finns filen inte skapas en ny, tom databas."
            ).replace("%1", path)
        )

    def retranslate(self) -> None:
        self.holidays_box.retranslate()
        self.user_box.setTitle(self.tr("Användare"))
        self.name_label.setText(self.tr("&Namn:"))
        self.party_label.setText(self.tr("&Part:"))
        self.name_edit.setAccessibleName(self.tr("Ditt namn"))
        self.party_box.setAccessibleName(self.tr("Din part"))
        self.user_save.setText(self.tr("Spara &användare"))
        self.lang_box.setTitle(self.tr("Språk"))
        self.lang_label.setText(self.tr("&Språk:"))
        self.lang_combo.setAccessibleName(self.tr("Språk"))
        self.terms_box.setTitle(self.tr("Terminer"))
        self.terms_intro.setText(
            self.tr(
                "Skolans terminsdatum i kommunen. De avgör hur mycket tid som är kvar "
                "för skolbesök; rapportterminerna (VT/HT) delar alltid året."
            )
        )
        self.terms.setHorizontalHeaderLabels(
            [self.tr("Termin"), self.tr("Första dag"), self.tr("Sista dag")]
        )
        self.terms.setAccessibleName(self.tr("Terminsdatum"))
        self.terms_empty.setText(
            self.tr(
                "Inga terminsdatum är angivna ännu. Till dess räknas tiden som är "
                "kvar till rapportterminens slut. Lägg till en rad per termin, "
                "t.ex. HT2024, 2024-08-19, 2024-12-20."
            )
        )
        self.add_term.setText(self.tr("&Lägg till termin"))
        self.remove_term.setText(self.tr("Ta &bort termin"))
        self.save_terms.setText(self.tr("Spara &terminer"))
        self.db_box.setTitle(self.tr("Databas"))
        self.db_path.setAccessibleName(self.tr("Databasens sökväg"))
        self.db_choose.setText(self.tr("&Välj en annan…"))
        self.backups_button.setText(self.tr("Säkerhets&kopior…"))
        for b in (
            self.user_save,
            self.add_term,
            self.remove_term,
            self.save_terms,
            self.db_choose,
            self.backups_button,
        ):
            b.setAccessibleName(b.text().replace("&", ""))
        self.terms.resizeColumnsToContents()
        self.terms.setColumnWidth(0, max(self.terms.columnWidth(0), 100))
        self.terms.setColumnWidth(1, max(self.terms.columnWidth(1), 130))
