"""One GUI per database: a second start raises the first window instead of opening
a second writer.

The first instance listens on a local socket (QLocalServer) named after a hash of
the user and the database path; a later start on the same database connects, asks
it to come to the front, and exits. The CLI is not affected: it may write while
the GUI runs (busy_timeout and short transactions keep that safe).
"""

from __future__ import annotations

import getpass
import os

from PySide6 import QtCore, QtNetwork, QtWidgets

TIMEOUT_MS = 500


def server_name(db_target: str) -> str:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    key = db_target if "://" in db_target else os.path.realpath(db_target)
    # SHA-256 through Qt: the same digest as hashlib's, without loading OpenSSL's
    # bindings before the first paint.
    digest = QtCore.QCryptographicHash.hash(
        f"{user}\n{key}".encode(), QtCore.QCryptographicHash.Algorithm.Sha256
    )
    hexdigest = bytes(digest.toHex().data()).decode()[:24]
    return f"lofte-desktop-{hexdigest}"


class SingleInstance(QtCore.QObject):
    """`claim()` is True for the first instance; a later one is told to step aside."""

    activated = QtCore.Signal()

    def __init__(self, db_target: str, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_target)
        self.server: QtNetwork.QLocalServer | None = None

    def notify_running(self) -> bool:
        """True when another instance answered (and was asked to come forward)."""
        socket = QtNetwork.QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(QtCore.QByteArray(b"raise\n"))
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def claim(self) -> bool:
        """Listens as the one instance; False if another instance is running."""
        if self.notify_running():
            return False
        server = QtNetwork.QLocalServer(self)
        server.setSocketOptions(QtNetwork.QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a crashed instance: nobody answered above.
            if self.notify_running():
                return False
            QtNetwork.QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return True  # cannot guard; run anyway rather than refuse to start
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            self.activated.emit()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


def bring_to_front(window: QtWidgets.QWidget) -> None:
    """Shows a window that may be minimised or behind others."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
