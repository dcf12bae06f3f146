"""Asks for the user's name and party on first start (stored in AppSettings)."""

from __future__ import annotations

from PySide6 import QtWidgets

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.ui.context import UiContext


class FirstStartDialog(QtWidgets.QDialog):
    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setWindowTitle(self.tr("Välkommen till Löfte Desktop"))
        self.name = QtWidgets.QLineEdit(ui.services.settings.user_name)
        self.name.setAccessibleName(self.tr("Ditt namn"))
        self.party = QtWidgets.QComboBox()
        self.party.setAccessibleName(self.tr("Din part"))
        parties = (
            ui.services.agreement.agreement().parties
            if ui.services.ctx.has_agreement()
            else ()
        )
        self.party.addItems(list(parties))
        if ui.services.settings.user_party in parties:
            self.party.setCurrentText(ui.services.settings.user_party)
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        intro = QtWidgets.QLabel(
            self.tr(
                "Ange ditt namn och vilken part du arbetar för. Namnet visas som den "
                "som loggat en aktivitet; parten föreslås när du loggar."
            )
        )
        intro.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Namn:"), self.name)
        form.addRow(self.tr("&Part:"), self.party)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            self.ui.services.settings_service.set_user(
                self.name.text(), self.party.currentText()
            )
        except LofteError as exc:
            self.message.setText(exc.message())
            self.name.setFocus()
            return
        super().accept()
