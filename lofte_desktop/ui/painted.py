"""Work that waits until a window has been painted once.

The start-up paints Översikt first and then opens the database layer on the
worker (ui/main.py). Python threads share one interpreter lock, and Qt's painting
holds it, so a worker started before the first paint would slow the paint down;
started after it, the two never meet. `FirstPaintHook` runs its callbacks, in the
order they were added, in the event-loop turn after the window's first paint
event, or after `fallback_ms` when no paint comes (a window started minimised).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtWidgets


class FirstPaintHook(QtCore.QObject):
    """Runs callbacks once, just after `window` has first been painted."""

    def __init__(self, window: QtWidgets.QWidget, *, fallback_ms: int = 500) -> None:
        super().__init__(window)
        self._window = window
        self._callbacks: list[Callable[[], object]] = []
        self._scheduled = False
        self.done = False
        window.installEventFilter(self)
        QtCore.QTimer.singleShot(fallback_ms, self, self._schedule)

    def then(self, callback: Callable[[], object]) -> None:
        """Adds a callback; after the first paint it is called on the next turn."""
        if self.done:
            QtCore.QTimer.singleShot(0, self, callback)
        else:
            self._callbacks.append(callback)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if watched is self._window and event.type() == QtCore.QEvent.Type.Paint:
            self._schedule()
        return False

    def _schedule(self) -> None:
        """The paint is under way (or never came): run the callbacks once it is
        done, that is on the next turn of the event loop."""
        if self._scheduled:
            return
        self._scheduled = True
        self._window.removeEventFilter(self)
        QtCore.QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        self.done = True
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
