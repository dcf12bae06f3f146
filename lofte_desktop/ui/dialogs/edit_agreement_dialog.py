"""Ändra medborgarlöftet: its name, parties (one a line), period and follow-up
cadence. Checked inline in Swedish; saved as one audited change that sync
packages carry."""

from __future__ import annotations

from PySide6 import QtWidgets

from lofte_desktop.domain.errors import LofteError, ValidationErrors
from lofte_desktop.domain.model import Agreement
from lofte_desktop.services.agreement_files import AgreementEdit, AgreementFiles
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.new_agreement_dialog import (
    cadence_combo,
    checked_rows,
    parties_edit,
    show_inline,
)
from lofte_desktop.ui.widgets.date_field import DateField


class EditAgreementDialog(QtWidgets.QDialog):
    def __init__(
        self,
        ui: UiContext,
        agreement: Agreement,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.code = agreement.code
        self.saved: Agreement | None = None
        self.setWindowTitle(self.tr("Ändra medborgarlöftet"))
        self.setAccessibleName(self.tr("Ändra medborgarlöftet"))
        self.name_edit = QtWidgets.QLineEdit(agreement.name)
        self.parties_edit = parties_edit(agreement.parties)
        self.start_edit = DateField()
        self.start_edit.set_date(agreement.start)
        self.end_edit = DateField()
        self.end_edit.set_date(agreement.end)
        self.cadence = cadence_combo(agreement.cadence)
        self.widgets: dict[str, QtWidgets.QWidget] = {
            "agreement_name": self.name_edit,
            "agreement_parties": self.parties_edit,
            "agreement_start": self.start_edit,
            "agreement_end": self.end_edit,
            "agreement_cadence": self.cadence,
        }
        form = QtWidgets.QFormLayout()
        self.errors = checked_rows(
            form,
            {
                "agreement_name": self.tr("&Namn"),
                "agreement_parties": self.tr("&Parter (en per rad)"),
                "agreement_start": self.tr("S&tartdatum (ÅÅÅÅ-MM-DD)"),
                "agreement_end": self.tr("Sl&utdatum (ÅÅÅÅ-MM-DD)"),
                "agreement_cadence": self.tr("Uppföl&jning"),
            },
            self.widgets,
        )
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Meddelande"))
        self.save_button = QtWidgets.QPushButton(self.tr("&Spara"))
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Spara ändringen"))
        self.cancel_button = QtWidgets.QPushButton(self.tr("Avbryt"))
        self.cancel_button.setAccessibleName(self.tr("Avbryt"))
        intro = QtWidgets.QLabel(
            self.tr(
                "Ändringen sparas i historiken och följer med synkpaketen. En part "
                "som ett löfte har kan inte tas bort, och perioden måste rymma de "
                "loggade aktiviteterna. Uppföljningen avgör vilka perioder Översikt "
                "och Uppföljning visar först."
            )
        )
        intro.setWordWrap(True)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(600)

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.clear()
        edit = AgreementEdit(
            self.name_edit.text(),
            self.parties_edit.toPlainText().splitlines(),
            self.start_edit.text(),
            self.end_edit.text(),
            str(self.cadence.currentData()),
        )
        try:
            self.saved = AgreementFiles(self.ui.services.agreement).edit(
                self.code, edit
            )
        except ValidationErrors as exc:
            show_inline(self, exc.errors, self.errors, self.widgets, self.message)
            return
        except LofteError as exc:
            show_inline(self, [exc], {}, {}, self.message)
            return
        self.accept()
