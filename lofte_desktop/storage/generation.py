"""The data generation: a random token that every data-changing transaction renews.

Why: the GUI's first paint (services/quick_start.py) reuses the dashboard sums it
stored at the last computation, but only while no write has happened since. A
counter would not do: a restored backup could bring back an old count that later
writes reach again with different data. A fresh uuid4 per transaction cannot
repeat, and a restore brings back its own token together with its own snapshot.

Every SQLite write path renews it inside its transaction: `Database.write()`,
`Database.write_connection()` and the CLI's stdlib fast path (lite.py). Standard
library only: the quick start imports this before SQLAlchemy is loaded.
"""

from __future__ import annotations

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
