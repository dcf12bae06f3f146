"""The errors from behind the services that the UI and the CLI tell apart by type.

They are raised in `storage` (opening a database) and `sync` (a package from a
device not yet trusted); callers above the services import them from here, never
from those layers. Importing this module loads no database framework.
"""

from __future__ import annotations

from lofte_desktop.storage.migrate import (
    ConnectionFailedError,
    DamagedDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    OpenError,
)
from lofte_desktop.sync.errors import SyncError, UntrustedSignerError

__all__ = [
    "ConnectionFailedError",
    "DamagedDatabaseError",
    "NewerSchemaError",
    "NotADatabaseError",
    "OpenError",
    "SyncError",
    "UntrustedSignerError",
]
