"""`lofte check`: the health of a SQLite database file, read from the file alone
(so it also works when the app refuses to open a damaged database).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileCheck:
    path: Path
    schema: str | None  # the Alembic revision the file is at
    schema_current: bool
    problems: list[str]  # what SQLite's integrity check found; [] when none
    readable_by_others: list[str]  # the file, -wal, -shm open to other users


def check_file(path: Path) -> FileCheck:
    """Checks an existing database file. Raises OpenError (Swedish message) for a
    file that is not SQLite, or is at a schema newer than this version knows."""
    from lofte_desktop.storage.backup import check_database
    from lofte_desktop.storage.migrate import (
        SCHEMA_HEAD,
        check_revision,
        check_sqlite_file,
        sqlite_revision,
    )

    check_sqlite_file(str(path))
    rev = sqlite_revision(str(path))
    check_revision(rev, str(path))
    problems = check_database(path, full=True)
    modes = {
        p: stat.S_IMODE(os.stat(p).st_mode)
        for p in (str(path), f"{path}-wal", f"{path}-shm")
        if os.path.exists(p)
    }
    return FileCheck(
        path=path,
        schema=rev,
        schema_current=rev == SCHEMA_HEAD,
        problems=problems,
        readable_by_others=[p for p, m in modes.items() if m & 0o077],
    )
