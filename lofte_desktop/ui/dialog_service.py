"""Every message box and file dialog goes through the DialogService."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from lofte_desktop.domain.errors import LofteError


class DialogService:
    """Every message box and file dialog goes through here, so tests can answer them.

    Tests use `ScriptedDialogs` (tests/ui/scripted_dialogs.py), which records
    messages instead of showing them and returns pre-set answers.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.information(self.parent, title, text)

    def warning(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.warning(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.critical(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QtWidgets.QMessageBox.question(self.parent, title, text)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def open_file(
        self, title: str, directory: str = "", filter: str = ""
    ) -> str | None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.parent, title, directory, filter
        )
        return path or None

    def save_file(
        self, title: str, directory: str = "", filter: str = ""
    ) -> str | None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.parent, title, directory, filter
        )
        return path or None

    def open_dir(self, title: str, directory: str = "") -> str | None:
        path = QtWidgets.QFileDialog.getExistingDirectory(self.parent, title, directory)
        return path or None

    def open_path(self, path: str) -> None:
        """Opens a folder or file with the system's program (the web page in the
        browser, a folder in the file manager)."""
        QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(path))

    def show_exception(self, exc: BaseException) -> None:
        """The default `on_error`: a Swedish message, never a traceback."""
        if isinstance(exc, LofteError):
            self.error(
                QtCore.QCoreApplication.translate("DialogService", "Det gick inte"),
                exc.message(),
            )
        else:
            self.error(
                QtCore.QCoreApplication.translate("DialogService", "Ett fel uppstod"),
                QtCore.QCoreApplication.translate(
                    "DialogService", "Åtgärden kunde inte slutföras: %1"
                ).replace("%1", str(exc)),
            )
