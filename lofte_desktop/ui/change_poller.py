"""Polls the database for writes made elsewhere, so every page stays current.

Every POLL_MS the worker asks `services.changes.poll()` (one small read); when the
CLI, a sync-folder import or another user of a shared store wrote, the service
publishes DataChanged and the bridge tells the pages. The read never runs on the
GUI thread (a remote server may be slow), and a poll is never queued twice.
"""

from __future__ import annotations

from PySide6 import QtCore

from lofte_desktop.ui.context import UiContext

#: How often the stored data generation is read.
POLL_MS = 2000


class ChangePoller(QtCore.QObject):
    def __init__(self, ui: UiContext, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._in_flight = False
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        """Starts one poll on the worker, unless one is under way or the services
        are still opening (a quick start)."""
        if self._in_flight or not self.ui.ready:
            return
        self._in_flight = True
        changes = self.ui.services.changes
        self.ui.worker.run(changes.poll, on_done=self._done, on_error=self._failed)

    def _done(self, _changed: object) -> None:
        self._in_flight = False

    def _failed(self, _exc: BaseException) -> None:
        # A failed read (a server gone for a moment) is tried again next time;
        # the user sees the problem when they next act, not every two seconds.
        self._in_flight = False

    def stop(self) -> None:
        self.timer.stop()
