"""Which storage failures a front end shows as a message rather than a crash.

`ui` and `cli` import no storage, so they ask here. The checks import storage only
when called (on the error path), so importing this module stays light.
"""

from __future__ import annotations


def is_refusal(exc: BaseException) -> bool:
    """A database that cannot be opened, a password that cannot be kept, or a
    pg_dump/pg_restore that failed: the exception's text is a Swedish message."""
    from lofte_desktop.storage.migrate import OpenError
    from lofte_desktop.storage.pg_backup import PgBackupError
    from lofte_desktop.storage.postgres import CredentialError

    return isinstance(exc, OpenError | PgBackupError | CredentialError)


def is_write_failure(exc: BaseException) -> bool:
    """The database or a file could not be written (locked, disk full, read-only);
    the transaction was rolled back, so nothing changed."""
    if isinstance(exc, OSError):
        return True
    from sqlalchemy.exc import OperationalError

    return isinstance(exc, OperationalError)
