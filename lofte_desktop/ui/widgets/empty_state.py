"""What every page says when the database holds no agreement yet: what to do next.

The main window shows `NoAgreementBanner` above every page; actions that need an
agreement (Spara, Ny planering) say it again when tried.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lofte_desktop.ui.context import UiContext


def no_agreement_text() -> str:
    return QtCore.QCoreApplication.translate(
        "EmptyState",
        "Databasen har inget medborgarlöfte ännu, så det finns inget att logga, "
        "planera eller följa upp. Läs in Krokoms medborgarlöfte 2023–2024 med "
        "knappen överst i fönstret, eller ett eget från en katalogfil med kommandot "
        "lofte init --catalogue FIL (se resources/catalogues/README.md).",
    )


class NoAgreementBanner(QtWidgets.QFrame):
    """Shown above every page while there is no agreement; a button loads the
    built-in one (the only catalogue the app itself can load)."""

    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("noAgreement")
        self.setStyleSheet(
            "QFrame#noAgreement { background: #fff4d6;"
            " border-bottom: 1px solid #e0b84c; }"
        )
        self.text = QtWidgets.QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #3d2e00;")
        self.load_button = QtWidgets.QPushButton()
        self.load_button.clicked.connect(self.load)
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.load_button)
        self.retranslate()
        self.update_shown()

    def update_shown(self) -> None:
        # agreement_name() does not wait for services at a quick start (which only
        # happens with an agreement).
        self.setVisible(self.ui.agreement_name() is None)

    def load(self) -> None:
        self.load_button.setEnabled(False)
        self.ui.worker.run(
            self.ui.services.agreement.load_catalogue,
            on_done=lambda _r: self._loaded(),
            on_error=self._failed,
        )

    def _loaded(self) -> None:
        self.load_button.setEnabled(True)
        self.update_shown()

    def _failed(self, exc: BaseException) -> None:
        self.load_button.setEnabled(True)
        self.ui.dialogs.show_exception(exc)

    def retranslate(self) -> None:
        self.text.setText(no_agreement_text())
        self.load_button.setText(self.tr("Läs in &Krokom 2023–2024"))
        self.load_button.setAccessibleName(
            self.tr("Läs in Krokoms medborgarlöfte 2023–2024")
        )
