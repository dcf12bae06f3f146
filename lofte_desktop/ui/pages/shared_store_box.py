"""Inställningar → Gemensam databas: connect to a shared store (PostgreSQL) by URL.

The slot gathers the address and password, and the service checks the connection
on the worker (it may take a few seconds) before anything is saved. The password
goes to the OS keyring, never to the settings file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.texts import count_text
from lofte_desktop.services.shared_store import StoreInfo
from lofte_desktop.ui.context import UiContext

if TYPE_CHECKING:
    from lofte_desktop.services.container import Services


class SharedStoreBox(QtWidgets.QGroupBox):
    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        self.url_edit = QtWidgets.QLineEdit()
        self.url_edit.setPlaceholderText("postgresql://namn@server.kommun.se/lofte")
        self.password_edit = QtWidgets.QLineEdit()
        self.password_edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.url_label, self.password_label = QtWidgets.QLabel(), QtWidgets.QLabel()
        self.url_label.setBuddy(self.url_edit)
        self.password_label.setBuddy(self.password_edit)
        self.connect_button = QtWidgets.QPushButton()
        self.local_button = QtWidgets.QPushButton()
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.url_label, self.url_edit)
        form.addRow(self.password_label, self.password_edit)
        form.addRow(buttons)
        form.addRow(self.message)
        self.connect_button.clicked.connect(self.connect_store)
        self.local_button.clicked.connect(self.use_local)
        self.retranslate()
        self.load()

    def load(self) -> None:
        store = self.ui.services.shared_store
        chosen = self.ui.services.settings.db_path
        self.url_edit.setText(chosen if store.is_shared(chosen) else "")

    def connect_store(self) -> None:
        url = self.url_edit.text().strip()
        password = self.password_edit.text() or None
        if not url:
            self.message.setText(self.tr("Skriv den gemensamma databasens adress."))
            return
        self.password_edit.clear()
        self.message.setText(self.tr("Ansluter …"))
        self.ui.worker.run(
            lambda: self.ui.services.shared_store.connect(url, password),
            on_done=self._connected,
            on_error=self._failed,
        )

    def _connected(self, info: StoreInfo) -> None:
        self.url_edit.setText(self.ui.services.settings.db_path)
        self.message.setText(
            self.tr(
                "Ansluten till %1 (%2). Programmet använder den gemensamma "
                "databasen från nästa start."
            )
            .replace("%1", info.target)
            .replace("%2", count_text(info.activities, "activities"))
        )

    def _failed(self, exc: BaseException) -> None:
        text = exc.message() if isinstance(exc, LofteError) else str(exc)
        self.message.setText(self.tr("Inte ansluten: %1").replace("%1", text))

    def use_local(self) -> None:
        self.ui.services.shared_store.use_local()
        self.url_edit.clear()
        self.message.setText(
            self.tr("Programmet använder den lokala databasfilen från nästa start.")
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Gemensam databas (PostgreSQL)"))
        self.intro.setText(
            self.tr(
                "För ett team som delar en databas på en server. Lösenordet sparas i "
                "datorns nyckelring, aldrig i inställningarna. Fältdatorer fortsätter "
                "med sin lokala fil och synkpaket."
            )
        )
        self.url_label.setText(self.tr("&Adress:"))
        self.password_label.setText(self.tr("&Lösenord:"))
        self.url_edit.setAccessibleName(self.tr("Den gemensamma databasens adress"))
        self.password_edit.setAccessibleName(self.tr("Lösenord"))
        self.connect_button.setText(self.tr("A&nslut"))
        self.local_button.setText(self.tr("Använd &lokal fil"))
        for b in (self.connect_button, self.local_button):
            b.setAccessibleName(b.text().replace("&", ""))


def open_local_when_offline(
    exc: Exception, build: Callable[[str], Services], ask: Callable[[str, str], bool]
) -> Services | None:
    """At start-up, when the shared store cannot be reached: offer the local file.

    Being offline from the shared store must never keep anyone from logging. Returns
    the services on the local database if the user takes that offer, else None
    (then the caller shows the error). `ask(title, text)` is a yes/no question.
    """
    from lofte_desktop.runtime.paths import default_db_path
    from lofte_desktop.services.errors import ConnectionFailedError

    if not isinstance(exc, ConnectionFailedError):
        return None
    local = str(default_db_path())
    text = QtCore.QCoreApplication.translate(
        "SharedStoreBox",
        "%1\n\nÖppna den lokala databasen (%2) i stället? Det du loggar där skickar "
        "du till den gemensamma databasen med synkpaket när den går att nå igen.",
    )
    title = QtCore.QCoreApplication.translate(
        "SharedStoreBox", "Den gemensamma databasen går inte att nå"
    )
    if not ask(title, text.replace("%1", str(exc)).replace("%2", local)):
        return None
    return build(local)
