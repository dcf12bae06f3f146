"""What every page and dialog receives: services, the event bridge, the worker, dialogs.

See docs/ui-contract (notes) and docs/architecture.md, section "UI". Nothing here is a
global: the main window builds one UiContext and passes it to each page.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.services import events as ev

if TYPE_CHECKING:
    from lofte_desktop.app import Services
    from lofte_desktop.services.first_paint import FirstPaint
    from lofte_desktop.services.settings import AppSettings

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Bridge(QtCore.QObject):
    """Re-emits service events as Qt signals on the GUI thread.

    Services publish on whatever thread did the work (often the worker). On the GUI
    thread the signals fire at once; from another thread the event is queued and
    the signals fire from the GUI thread's event loop.
    """

    event = QtCore.Signal(object)  # type: ignore[assignment]  # contract name
    activitiesChanged = QtCore.Signal(object)
    indicatorsChanged = QtCore.Signal(object)
    agreementChanged = QtCore.Signal(object)
    settingsChanged = QtCore.Signal(object)
    plansChanged = QtCore.Signal(object)
    syncFinished = QtCore.Signal(object)
    #: Written elsewhere, or F5: every page that shows data reloads.
    dataChanged = QtCore.Signal(object)
    #: Emitted by the main window after a language switch (no service event).
    languageChanged = QtCore.Signal(str)
    #: The services are open (after a quick start's first paint).
    servicesReady = QtCore.Signal()

    def __init__(
        self, bus: ev.EventBus | None = None, parent: QtCore.QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._delivery = _Delivery()
        self.gui_thread = threading.get_ident()
        self._bus: ev.EventBus | None = None
        if bus is not None:
            self.attach(bus)

    def attach(self, bus: ev.EventBus) -> None:
        """Re-emits `bus`'s events from now on."""
        self.detach()
        self._bus = bus
        bus.subscribe(ev.Event, self._on_event)

    def detach(self) -> None:
        if self._bus is not None:
            self._bus.unsubscribe(ev.Event, self._on_event)
            self._bus = None

    def _on_event(self, event: ev.Event) -> None:
        if threading.get_ident() == self.gui_thread:
            self._dispatch(event)
        else:
            self._delivery.post(self._dispatch, event)

    def _dispatch(self, event: object) -> None:
        self.event.emit(event)
        named = {
            ev.ActivitiesChanged: self.activitiesChanged,
            ev.IndicatorValuesChanged: self.indicatorsChanged,
            ev.AgreementChanged: self.agreementChanged,
            ev.SettingsChanged: self.settingsChanged,
            ev.PlansChanged: self.plansChanged,
            ev.SyncFinished: self.syncFinished,
            ev.DataChanged: self.dataChanged,
        }
        for kind, signal in named.items():
            if isinstance(event, kind):
                signal.emit(event)


class _Delivery(QtCore.QObject):
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
        self._delivery = _Delivery()
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


class DialogService:
    """Every message box and file dialog goes through here, so tests can answer them.

    Tests use `ScriptedDialogs` (below), which records messages instead of showing
    them and returns pre-set answers.
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


class ScriptedDialogs(DialogService):
    """A DialogService for tests: records every message and returns set answers.

    `confirm_answers`, `file_answers` and `dir_answers` are queues; when one is
    empty, `confirm` answers `default_confirm` and the file dialogs answer None.
    """

    def __init__(self) -> None:
        super().__init__(None)
        self.messages: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.default_confirm = True
        self.file_answers: list[str | None] = []
        self.dir_answers: list[str | None] = []

    def info(self, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def warning(self, title: str, text: str) -> None:
        self.messages.append(("warning", title, text))

    def error(self, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.messages.append(("confirm", title, text))
        if self.confirm_answers:
            return self.confirm_answers.pop(0)
        return self.default_confirm

    def open_file(
        self, title: str, directory: str = "", filter: str = ""
    ) -> str | None:
        self.messages.append(("open_file", title, directory))
        return self.file_answers.pop(0) if self.file_answers else None

    def save_file(
        self, title: str, directory: str = "", filter: str = ""
    ) -> str | None:
        self.messages.append(("save_file", title, directory))
        return self.file_answers.pop(0) if self.file_answers else None

    def open_dir(self, title: str, directory: str = "") -> str | None:
        self.messages.append(("open_dir", title, directory))
        return self.dir_answers.pop(0) if self.dir_answers else None

    def open_path(self, path: str) -> None:
        self.messages.append(("open_path", "", path))


class ServicesUnavailable(RuntimeError):
    """The database could not be opened after the first paint (the user was told)."""


class _Opening:
    """The services while they open on the worker (see UiContext.open_in_background).

    `attempted` is set when the build has finished, well or not; `resolved` when
    the outcome is final: services, or none after a failed recovery.
    """

    def __init__(self) -> None:
        self.attempted = threading.Event()
        self.resolved = threading.Event()
        self.services: Services | None = None
        self.error: BaseException | None = None
        #: The recovery dialogs are open (GUI thread; they run a nested loop).
        self.recovering = False


class UiContext:
    """Handed to every page and dialog: `services`, `bridge`, `worker`, `dialogs`.

    At a quick start (ui/main.py) the window is painted before the services exist:
    `quick` holds what Översikt needs, and the services open on the worker. Until
    they are `ready`, reading `services` waits for them (a fraction of a second);
    pages that can paint without them check `ready` first and wait for
    `bridge.servicesReady`.
    """

    def __init__(
        self,
        services: Services | None,
        bridge: Bridge,
        worker: Worker,
        dialogs: DialogService,
        *,
        settings: AppSettings | None = None,
        quick: FirstPaint | None = None,
    ) -> None:
        if services is None and settings is None:
            raise ValueError("a UiContext without services needs the settings")
        self._services = services
        self._settings = settings
        self._opening: _Opening | None = None
        self._recover: Callable[[BaseException], Services | None] | None = None
        self.bridge = bridge
        self.worker = worker
        self.dialogs = dialogs
        self.quick = quick
        #: Set by the main window; `navigate(key, **kwargs)` calls it.
        self.navigator: Callable[..., None] | None = None
        #: Set by the main window; switches the UI language ("sv" or "en").
        self.language_switcher: Callable[[str], None] | None = None
        self.extras: dict[str, Any] = {}

    # --- services ----------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self._services is not None

    @property
    def services(self) -> Services:
        if self._services is None:
            self._await_services()
        assert self._services is not None
        return self._services

    def open_in_background(
        self,
        build: Callable[[], Services],
        recover: Callable[[BaseException], Services | None],
    ) -> None:
        """Builds the services on the worker, ahead of any other job. If that fails,
        `recover(error)` runs on the GUI thread (dialogs allowed) and returns the
        services or None; None means the app cannot go on, and it quits."""
        opening = self._opening = _Opening()
        self._recover = recover

        def job() -> Services:
            try:
                services = build()
            except BaseException as exc:
                opening.error = exc
                opening.attempted.set()
                raise
            opening.services = services
            opening.attempted.set()
            opening.resolved.set()
            return services

        self.worker.run(
            job, on_done=lambda _s: self._settle(), on_error=lambda _e: self._settle()
        )

    def _settle(self) -> None:
        """GUI thread, once the build is done: take the services, or recover."""
        with suppress(ServicesUnavailable):
            self._await_services()

    def _await_services(self) -> None:
        opening = self._opening
        if opening is None:
            raise ServicesUnavailable("no services")
        on_gui = threading.get_ident() == self.bridge.gui_thread
        if not on_gui:
            opening.resolved.wait()
        else:
            opening.attempted.wait()
            if not opening.resolved.is_set():
                if opening.recovering:  # asked again from inside the dialogs' loop
                    raise ServicesUnavailable("the database is being recovered")
                self._run_recovery(opening)
        if opening.services is None:
            raise ServicesUnavailable("no services")
        if on_gui and self._services is None:
            self._services = opening.services
            self.bridge.attach(opening.services.events)
            self.bridge.servicesReady.emit()
            if opening.error is not None:
                # Recovered, e.g. from a backup: what was painted first may be gone.
                self.bridge.agreementChanged.emit(None)

    def _run_recovery(self, opening: _Opening) -> None:
        """GUI thread, after a failed build: the recovery dialogs, then the end."""
        assert opening.error is not None and self._recover is not None
        opening.recovering = True
        try:
            opening.services = self._recover(opening.error)
        finally:
            opening.recovering = False
            opening.resolved.set()
        if opening.services is None:
            QtWidgets.QApplication.exit(1)

    def close(self) -> None:
        """At the end of the app: stop re-emitting events, close the database."""
        self.bridge.detach()
        services = self._services
        if services is None and self._opening is not None:
            services = self._opening.services  # opened, but never taken
        if services is not None:
            services.close()

    # --- settings and language ----------------------------------------------
    @property
    def settings(self) -> AppSettings:
        if self._services is not None:
            return self._services.settings
        assert self._settings is not None
        return self._settings

    def agreement_name(self) -> str | None:
        """The active agreement's name, without waiting for the services."""
        if self._services is None and self.quick is not None:
            return self.quick.agreement.name
        svc = self.services
        return svc.agreement.agreement().name if svc.ctx.has_agreement() else None

    def navigate(self, key: str, **kwargs: Any) -> None:
        """Shows the page `key`; the page gets `kwargs` in `activate(**kwargs)`."""
        if self.navigator is not None:
            self.navigator(key, **kwargs)

    @property
    def language(self) -> str:
        return self.settings.language or "sv"

    def set_language(self, lang: str) -> None:
        if self.language_switcher is not None:
            self.language_switcher(lang)


def build_context(
    services: Services,
    *,
    dialogs: DialogService | None = None,
    synchronous: bool = False,
) -> UiContext:
    """A UiContext wired to `services`; the worker reports errors through `dialogs`."""
    dlg = dialogs or DialogService()
    bridge = Bridge(services.events)
    worker = Worker(dlg.show_exception, synchronous=synchronous)
    return UiContext(services, bridge, worker, dlg)


def build_quick_context(
    settings: AppSettings,
    quick: FirstPaint,
    *,
    dialogs: DialogService | None = None,
) -> UiContext:
    """A UiContext for a quick start: no services yet (see `open_in_background`)."""
    dlg = dialogs or DialogService()
    worker = Worker(dlg.show_exception)
    return UiContext(None, Bridge(None), worker, dlg, settings=settings, quick=quick)
