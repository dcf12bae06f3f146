"""Noticing writes made elsewhere: the CLI, a sync-folder import, another user.

Every data-changing transaction renews the data generation in `meta`
(storage/generation.py). The GUI asks `poll()` every few seconds; it reads that one
value on a read connection and publishes `DataChanged` when someone else wrote.
The app's own writes publish their own events and are not reported again
(`GenerationWatch`). Thread rule: call from the worker (a read may wait on a
remote PostgreSQL server); events reach the GUI through the bridge.
"""

from __future__ import annotations

from sqlalchemy import text

from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import DataChanged
from lofte_desktop.storage.generation import SELECT_GENERATION

_SELECT = text(SELECT_GENERATION)


class ChangeWatch:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def generation(self) -> str | None:
        """The stored data generation (one indexed read)."""
        with self.ctx.db.read_connection() as conn:
            value = conn.execute(_SELECT).scalar()
        return None if value is None else str(value)

    def poll(self) -> bool:
        """True (and DataChanged published) when something else wrote since the
        last poll or own write. The first poll only learns the current value."""
        changed = self.ctx.db.generations.seen(self.generation())
        if changed:
            self._publish("elsewhere")
        return changed

    def refresh(self) -> None:
        """The user asked for fresh figures (F5): every view reloads."""
        self.ctx.db.generations.seen(self.generation())
        self._publish("refresh")

    def _publish(self, source: str) -> None:
        # AgreementService drops its cached promises, terms and holidays on it.
        self.ctx.events.publish(DataChanged(source))
