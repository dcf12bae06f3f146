"""Hands callbacks from any thread to the GUI thread (used by the bridge and the worker)."""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore


class Delivery(QtCore.QObject):
    """Lives on the GUI thread; runs callbacks handed over from other threads.

    The items travel through a thread-safe queue and the cross-thread signal
    carries no arguments: PySide6 6.12 has been seen to crash (none_dealloc)
    when Python objects ride on queued signals under load.
    """

    _wake = QtCore.Signal()

    def __init__(self) -> None:
        super().__init__()
        self._items: queue.SimpleQueue[tuple[Callable[[Any], None], Any]] = (
            queue.SimpleQueue()
        )
        self._wake.connect(self._drain, QtCore.Qt.ConnectionType.QueuedConnection)

    def post(self, callback: Callable[[Any], None], value: Any) -> None:
        """Thread-safe: `callback(value)` runs later on the GUI thread."""
        self._items.put((callback, value))
        self._wake.emit()

    @QtCore.Slot()
    def _drain(self) -> None:
        while True:
            try:
                callback, value = self._items.get_nowait()
            except queue.Empty:
                return
            callback(value)
