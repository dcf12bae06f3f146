"""Typed events: services publish what changed; the UI bridge re-emits them as signals.

Handlers run synchronously on the publishing thread. The Qt bridge queues them onto
the GUI thread, so a service may publish from a worker.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock
from typing import Any, TypeVar


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class ActivitiesChanged(Event):
    ids: tuple[str, ...]
    kind: str  # "created", "updated", "deleted", "restored", "bulk"


@dataclass(frozen=True)
class IndicatorValuesChanged(Event):
    indicator_code: str
    year: int


@dataclass(frozen=True)
class AgreementChanged(Event):
    agreement_code: str


@dataclass(frozen=True)
class SettingsChanged(Event):
    keys: tuple[str, ...]


@dataclass(frozen=True)
class PlansChanged(Event):
    series_ids: tuple[str, ...]


@dataclass(frozen=True)
class SyncFinished(Event):
    summary: dict[str, Any]


E = TypeVar("E", bound=Event)


class EventBus:
    def __init__(self) -> None:
        self._handlers: dict[type[Event], list[Callable[[Any], None]]] = defaultdict(
            list
        )
        self._lock = Lock()

    def subscribe(self, event_type: type[E], handler: Callable[[E], None]) -> None:
        with self._lock:
            self._handlers[event_type].append(handler)

    def unsubscribe(self, event_type: type[E], handler: Callable[[E], None]) -> None:
        with self._lock:
            if handler in self._handlers[event_type]:
                self._handlers[event_type].remove(handler)

    def publish(self, event: Event) -> None:
        with self._lock:
            handlers = [
                h
                for t, hs in self._handlers.items()
                if isinstance(event, t)
                for h in hs
            ]
        for handler in handlers:
            handler(event)


@dataclass(frozen=True)
class PeriodLocksChanged(Event):
    period_code: str
    locked: bool


@dataclass(frozen=True)
class DatabaseRestored(Event):
    """The whole database was replaced from a backup: every view must reload."""

    source: str
    backup_before_restore: str | None


@dataclass(frozen=True)
class DataChanged(Event):
    """The stored data may have changed in ways no other event told: a write made
    elsewhere (the CLI, a sync-folder import, another user of a shared store), or
    the user asked for a refresh (F5). Every view that shows data reloads."""

    source: str  # "elsewhere" or "refresh"


@dataclass(frozen=True)
class CommentsChanged(Event):
    """A comment, summary or approval line of a period's follow-up was written."""

    period_code: str
