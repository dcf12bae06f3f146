"""The one background thread that runs every database write started from the GUI."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from lofte_desktop.ui.delivery import Delivery

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Worker:
    """Runs `fn()` on ONE background thread; callbacks come back on the GUI thread.

    That one thread owns every database write started from the GUI, so writes never
    interleave. The worker never touches widgets: only the callbacks do. With
    `synchronous=True` (tests, benchmarks) `run` does the work inline.
    """

    def __init__(
        self,
        default_on_error: ErrorCallback | None = None,
        *,
        synchronous: bool = False,
    ) -> None:
        self.synchronous = synchronous
        self.default_on_error = default_on_error
        self._delivery = Delivery()
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._pending = 0
        self._lock = threading.Lock()

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        fail = on_error or self.default_on_error or _reraise
        if self.synchronous:
            try:
                result = fn()
            except Exception as exc:
                fail(exc)
                return
            if on_done is not None:
                on_done(result)
            return
        with self._lock:
            self._pending += 1

        def job() -> None:
            try:
                result = fn()
            except Exception as exc:
                self._finish(fail, exc)
            else:
                self._finish(on_done, result)

        self._ensure_thread()
        self._jobs.put(job)

    def _finish(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        with self._lock:
            self._pending -= 1
        if callback is not None:
            self._delivery.post(callback, value)

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(
                target=self._loop, name="lofte-worker", daemon=True
            )
            self._thread.start()

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            job()

    def shutdown(self, timeout: float = 5.0) -> None:
        """Lets queued jobs finish, then stops the thread (called on close)."""
        if self._thread is not None and self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join(timeout)
        self._thread = None


def _reraise(exc: BaseException) -> None:
    raise exc
