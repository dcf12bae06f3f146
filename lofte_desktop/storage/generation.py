"""The data generation: a random token that every data-changing transaction renews.

Why: the GUI's first paint (services/quick_start.py) reuses the dashboard sums it
stored at the last computation, but only while no write has happened since. A
counter would not do: a restored backup could bring back an old count that later
writes reach again with different data. A fresh uuid4 per transaction cannot
repeat, and a restore brings back its own token together with its own snapshot.

Every write path renews it inside its transaction: `Database.write()`,
`Database.write_connection()` (SQLite and PostgreSQL) and the CLI's stdlib fast
path (lite.py). The GUI polls it to notice writes made elsewhere
(`GenerationWatch`, services/changes.py). Standard
library only: the quick start imports this before SQLAlchemy is loaded.
"""

from __future__ import annotations

import threading
import uuid

#: meta key: the token of the last data-changing transaction.
GENERATION = "data_generation"
#: meta key: the dashboard sums of the current term, with the token they were
#: computed at (storage/snapshot.py encodes them).
DASHBOARD_SNAPSHOT = "dashboard_snapshot"

#: Sets a meta key, inserting it when missing (SQLite and PostgreSQL syntax).
UPSERT_META = (
    "INSERT INTO meta (key, value) VALUES (:key, :value) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def new_generation() -> str:
    return uuid.uuid4().hex


def renewal() -> dict[str, str]:
    """Parameters for UPSERT_META that renew the generation."""
    return {"key": GENERATION, "value": new_generation()}


#: Reads the current generation (SQLite and PostgreSQL syntax).
SELECT_GENERATION = "SELECT value FROM meta WHERE key = 'data_generation'"


class GenerationWatch:
    """Tells this process's own writes from writes made elsewhere.

    Why: the GUI polls the generation to notice the CLI, a sync-folder import or
    another user of a shared store. Its own writes already publish their events,
    so they must not be reported a second time. Each own write tells the watch the
    generation it found and the one it wrote (`wrote`); a poll (`seen`) reports a
    change when the stored value is not the last one known here, or when an own
    write found a value it did not know (someone wrote in between). Thread-safe.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._known: str | None = None
        self._started = False
        self._missed = False

    def wrote(self, found: str | None, written: str) -> None:
        """After an own write committed: it found `found` and wrote `written`."""
        with self._lock:
            if self._started and found != self._known:
                self._missed = True
            self._known = written
            self._started = True

    def seen(self, current: str | None) -> bool:
        """After a poll read `current`: True when something else wrote since the
        last poll or own write (the first poll only learns the value)."""
        with self._lock:
            changed = self._started and (current != self._known or self._missed)
            self._known = current
            self._started = True
            self._missed = False
            return changed
