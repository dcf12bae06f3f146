"""What every service shares: the database, this device, the user, the clock, events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.periods import TermCalendar
from lofte_desktop.services.events import EventBus
from lofte_desktop.storage import agreements as agreement_store
from lofte_desktop.storage.database import Database
from lofte_desktop.storage.meta import ACTIVE_AGREEMENT, get_meta


@dataclass
class ServiceContext:
    db: Database
    device_id: str
    user: str = ""
    events: EventBus = field(default_factory=EventBus)
    today: Callable[[], date] = date.today
    #: Called with a reason ("sync-import", "restore", "bulk-import", …) before a
    #: large change is written, e.g. to take a backup first. Exceptions propagate:
    #: a hook that fails stops the change.
    before_bulk_change: list[Callable[[str], None]] = field(default_factory=list)
    _agreement: Agreement | None = None

    def run_hooks(self, reason: str) -> None:
        for hook in list(self.before_bulk_change):
            hook(reason)

    def agreement(self) -> Agreement:
        """The active agreement (cached; `invalidate()` after changing it)."""
        if self._agreement is None:
            with self.db.read() as s:
                code = get_meta(s, ACTIVE_AGREEMENT)
                self._agreement = agreement_store.load_agreement(s, code)
            if self._agreement is None:
                raise LofteError("err.no_agreement")
        return self._agreement

    def has_agreement(self) -> bool:
        try:
            self.agreement()
        except LofteError:
            return False
        return True

    def calendar(self) -> TermCalendar:
        return TermCalendar.for_agreement(self.agreement())

    def invalidate(self) -> None:
        self._agreement = None
