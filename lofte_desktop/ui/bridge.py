"""The event bridge: service events re-emitted as Qt signals on the GUI thread."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6 import QtCore

from lofte_desktop.ui.delivery import Delivery

if TYPE_CHECKING:
    from lofte_desktop.services import events as ev


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
        self._delivery = Delivery()
        self.gui_thread = threading.get_ident()
        self._bus: ev.EventBus | None = None
        if bus is not None:
            self.attach(bus)

    def attach(self, bus: ev.EventBus) -> None:
        """Re-emits `bus`'s events from now on."""
        from lofte_desktop.services import events as ev  # after the first paint

        self.detach()
        self._bus = bus
        bus.subscribe(ev.Event, self._on_event)

    def detach(self) -> None:
        if self._bus is not None:
            from lofte_desktop.services import events as ev

            self._bus.unsubscribe(ev.Event, self._on_event)
            self._bus = None

    @property
    def on_gui_thread(self) -> bool:
        return threading.get_ident() == self.gui_thread

    def _on_event(self, event: ev.Event) -> None:
        if self.on_gui_thread:
            self._dispatch(event)
        else:
            self._delivery.post(self._dispatch, event)

    def _dispatch(self, event: object) -> None:
        from lofte_desktop.services import events as ev

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
