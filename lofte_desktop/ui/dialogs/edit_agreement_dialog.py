"""Ändra medborgarlöftet: its name, parties (one a line) and period. Checked
inline in Swedish; saved as one audited change that sync packages carry."""

from __future__ import annotations

from PySide6 import QtWidgets

from lofte_desktop.domain.errors import LofteError, ValidationErrors
from lofte_desktop.domain.model import Agreement
from lofte_desktop.services.agreement_files import AgreementEdit, AgreementFiles
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.new_agreement_dialog import checked_rows, show_inline


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
        self.parties_edit = QtWidgets.QPlainTextEdit("\n".join(agreement.parties))
        self.parties_edit.setTabChangesFocus(True)
        self.parties_edit.setFixedHeight(96)
        self.start_edit = QtWidgets.QLineEdit(agreement.start.isoformat())
        self.end_edit = QtWidgets.QLineEdit(agreement.end.isoformat())
        self.widgets: dict[str, QtWidgets.QWidget] = {
            "agreement_name": self.name_edit,
            "agreement_parties": self.parties_edit,
            "agreement_start": self.start_edit,
            "agreement_end": self.end_edit,
        }
        form = QtWidgets.QFormLayout()
        self.errors = checked_rows(
            form,
            {
                "agreement_name": self.tr("&Namn"),
                "agreement_parties": self.tr("&Parter (en per rad)"),
                "agreement_start": self.tr("S&tartdatum (ÅÅÅÅ-MM-DD)"),
                "agreement_end": self.tr("Sl&utdatum (ÅÅÅÅ-MM-DD)"),
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
                "loggade aktiviteterna."
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
