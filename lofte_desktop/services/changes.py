"""Noticing writes made elsewhere: the CLI, a sync-folder import, another user.

Every data-changing transaction renews the data version in `meta`
(storage/activity_core.py). The GUI asks `poll()` every few seconds; it reads that one
value on a read connection and publishes `DataChanged` when someone else wrote.
The app's own writes publish their own events and are not reported again
(`DataVersionWatch`). Thread rule: call from the worker (a read may wait on a
remote PostgreSQL server); events reach the GUI through the bridge.
"""

from __future__ import annotations

from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import DataChanged
from lofte_desktop.storage.meta import data_version


class ChangeWatch:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def generation(self) -> str | None:
        """The stored data version (one indexed read)."""
        with self.ctx.db.read_connection() as conn:
            return data_version(conn)

    def poll(self) -> bool:
        """True (and DataChanged published) when something else wrote since the
        last poll or own write. The first poll only learns the current value."""
        changed = self.ctx.db.versions.seen(self.generation())
        if changed:
            self._publish("elsewhere")
        return changed

    def refresh(self) -> None:
        """The user asked for fresh figures (F5): every view reloads."""
        self.ctx.db.versions.seen(self.generation())
        self._publish("refresh")

    def _publish(self, source: str) -> None:
        # AgreementService drops its cached promises, terms and holidays on it.
        self.ctx.events.publish(DataChanged(source))
