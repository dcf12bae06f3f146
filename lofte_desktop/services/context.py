"""What every service shares: the database, this device, the user, the clock, events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from lofte_desktop.domain.agreements import agreement_on
from lofte_desktop.domain.errors import LofteError, NotFoundError
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.terms import TermCalendar
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
    #: An agreement chosen by code (`--agreement`, the Löften page's chooser); None:
    #: the one today belongs to (see `domain.agreements.agreement_on`).
    chosen: str | None = None
    #: The user's own agreement from the settings (None: the database's choice).
    own: str | None = None
    _agreement: Agreement | None = None

    def run_hooks(self, reason: str) -> None:
        for hook in list(self.before_bulk_change):
            hook(reason)

    def agreement(self) -> Agreement:
        """The agreement in use: the chosen one, or the one today belongs to for
        this user (cached; `invalidate()` after changing either)."""
        if self._agreement is None:
            with self.db.read() as s:
                if self.chosen:
                    self._agreement = agreement_store.load_agreement(s, self.chosen)
                    if self._agreement is None:
                        raise NotFoundError(
                            "err.unknown_agreement",
                            field="agreement",
                            value=self.chosen,
                        )
                else:
                    self._agreement = agreement_on(
                        agreement_store.list_agreements(s),
                        self.today(),
                        self.own or get_meta(s, ACTIVE_AGREEMENT),
                    )
            if self._agreement is None:
                raise LofteError("err.no_agreement")
        return self._agreement

    def choose(self, code: str | None) -> None:
        """Uses the agreement `code` from now on (None: the one today belongs to)."""
        self.chosen = code or None
        self.invalidate()

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
