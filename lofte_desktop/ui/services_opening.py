"""Start-up: the services open on the worker.

The app's one start route (ui/main.py) uses this: the window is painted (with
the first paint's figures when the file allows one) before the services exist,
the database opens on the worker, and the first page or job that asks for the
services waits for them here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from lofte_desktop.ui.bridge import Bridge
from lofte_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from lofte_desktop.services.container import Services


class ServicesUnavailable(RuntimeError):
    """The database could not be opened after the first paint (the user was told)."""


class BackgroundOpening:
    """The services while they open on the worker (see `UiContext.open_in_background`).

    `attempted` is set when the build has finished, well or not; `resolved` when
    the outcome is final: services, or none after a failed recovery. `adopt` runs
    once, on the GUI thread, when the services are taken into use.
    """

    def __init__(
        self,
        bridge: Bridge,
        worker: Worker,
        build: Callable[[], Services],
        recover: Callable[[BaseException], Services | None],
        adopt: Callable[[Services], None],
        *,
        gated: bool = False,
    ) -> None:
        self.attempted = threading.Event()
        #: The build waits for this before it begins (`release`): the GUI paints
        #: first, without the build competing for the interpreter lock.
        self.gate = threading.Event()
        if not gated:
            self.gate.set()
        self.resolved = threading.Event()
        self.services: Services | None = None
        self.error: BaseException | None = None
        #: The recovery dialogs are open (GUI thread; they run a nested loop).
        self.recovering = False
        self.adopted = False
        self._bridge = bridge
        self._worker = worker
        self._build = build
        self._recover = recover
        self._adopt = adopt

    def start(self) -> None:
        """Builds the services on the worker, ahead of any other job. If that fails,
        `recover(error)` runs on the GUI thread (dialogs allowed) and returns the
        services or None; None means the app cannot go on, and it quits.
        The build is the worker's first job; a gated one begins at `release()`."""

        def job() -> Services:
            self.gate.wait()
            try:
                services = self._build()
            except BaseException as exc:
                self.error = exc
                self.attempted.set()
                raise
            self.services = services
            self.attempted.set()
            self.resolved.set()
            return services

        self._worker.run(
            job, on_done=lambda _s: self._settle(), on_error=lambda _e: self._settle()
        )

    def release(self) -> None:
        """Lets a gated build begin (the window has been painted)."""
        self.gate.set()

    def _settle(self) -> None:
        """GUI thread, once the build is done: take the services, or recover."""
        with suppress(ServicesUnavailable):
            self.wait()

    def wait(self) -> None:
        """Waits for the outcome; on the GUI thread the services are taken into use
        (or recovered). Raises ServicesUnavailable when there are none."""
        on_gui = self._bridge.on_gui_thread
        if on_gui:
            self.release()  # asked for before the first paint let the build begin
        if not on_gui:
            self.resolved.wait()
        else:
            self.attempted.wait()
            if not self.resolved.is_set():
                if self.recovering:  # asked again from inside the dialogs' loop
                    raise ServicesUnavailable("the database is being recovered")
                self._run_recovery()
        if self.services is None:
            raise ServicesUnavailable("no services")
        if on_gui and not self.adopted:
            self.adopted = True
            self._adopt(self.services)
            self._bridge.attach(self.services.events)
            self._bridge.servicesReady.emit()
            if self.error is not None:
                # Recovered, e.g. from a backup: what was painted first may be gone.
                self._bridge.agreementChanged.emit(None)

    def _run_recovery(self) -> None:
        """GUI thread, after a failed build: the recovery dialogs, then the end."""
        assert self.error is not None
        self.recovering = True
        try:
            self.services = self._recover(self.error)
        finally:
            self.recovering = False
            self.resolved.set()
        if self.services is None:
            QtWidgets.QApplication.exit(1)
