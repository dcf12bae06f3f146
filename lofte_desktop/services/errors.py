"""The errors from behind the services that the UI and the CLI tell apart by type.

They are raised in `storage` (opening a database, keeping a shared store's
password, pg_dump/pg_restore) and `sync` (a package from a device not yet
trusted); callers above the services import them from here, never from those
layers. Importing this module loads no database framework.
"""

from __future__ import annotations

from lofte_desktop.storage.migrate import (
    ConnectionFailedError,
    DamagedDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    OpenError,
)
from lofte_desktop.storage.pg_backup import PgBackupError
from lofte_desktop.storage.postgres import CredentialError
from lofte_desktop.sync.errors import SyncError, UntrustedSignerError

__all__ = [
    "ConnectionFailedError",
    "CredentialError",
    "DamagedDatabaseError",
    "NewerSchemaError",
    "NotADatabaseError",
    "OpenError",
    "PgBackupError",
    "SyncError",
    "UntrustedSignerError",
    "is_write_failure",
]


def is_write_failure(exc: BaseException) -> bool:
    """The database or a file could not be written (locked, disk full, read-only);
    the transaction was rolled back, so nothing changed."""
    if isinstance(exc, OSError):
        return True
    from sqlalchemy.exc import OperationalError

    return isinstance(exc, OperationalError)
