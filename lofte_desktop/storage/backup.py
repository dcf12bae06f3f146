"""File-level backups for SQLite databases: copies through the backup API, and restores.

Standard library only. A copy made through SQLite's online backup API is consistent
even while another process (the GUI, the CLI) writes: it sees one committed state,
the WAL included, which a plain file copy of a WAL database does not.

Copies are written to a hidden temporary file next to the destination, synced, made
0600 and renamed into place, so a crash never leaves half a backup under a real name.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing, suppress
from pathlib import Path

from lofte_desktop.storage.location import make_private_file, secure_file

TIMEOUT_S = 15.0


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # pragma: no cover - directories cannot be opened on Windows
        return
    with suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _connect_ro(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=TIMEOUT_S
    )
    conn.execute(f"PRAGMA busy_timeout={int(TIMEOUT_S * 1000)}")
    return conn


def backup_sqlite(source: str | Path, dest: Path) -> Path:
    """Copies a live database to `dest` (a single file, journal_mode=DELETE).

    The source is opened read-only and never changed. `dest` is replaced atomically.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.part")
    with suppress(FileNotFoundError):
        tmp.unlink()
    make_private_file(tmp)
    try:
        with closing(_connect_ro(source)) as src, closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
            # A self-contained file: no -wal to forget when the backup is copied.
            dst.execute("PRAGMA journal_mode=DELETE")
        secure_file(tmp)
        _fsync_file(tmp)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with suppress(OSError):
                leftover.unlink()
        raise
    return dest


def check_database(path: str | Path, *, full: bool = False) -> list[str]:
    """Problems `PRAGMA quick_check` (or integrity_check) finds; [] when healthy.

    Unreadable files count as damaged: the error text is the one problem.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        with closing(_connect_ro(path)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [str(r[0]) for r in rows]
    return [] if problems == ["ok"] else problems


def copy_into(source: Path, live: str | Path) -> None:
    """Writes `source` over the live database in ONE write transaction.

    Why not rename files: the live database is in WAL mode and may be open in
    another process (the GUI while the CLI restores). A rename would leave those
    connections writing to the old, unlinked file, and an old -wal could even be
    replayed onto the new one. Through the backup API, the change is one atomic
    commit that every connection sees; a crash half-way leaves the old database.
    """
    with (
        closing(_connect_ro(source)) as src,
        closing(sqlite3.connect(live, timeout=TIMEOUT_S)) as dst,
    ):
        dst.execute(f"PRAGMA busy_timeout={int(TIMEOUT_S * 1000)}")
        src.backup(dst)  # pages=-1: every page in one step, one transaction
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    secure_file(live)


def replace_damaged(staged: Path, live: Path, aside: Path) -> None:
    """Moves a damaged database (and its -wal/-shm) to `aside`, then renames `staged`
    into its place. Only for a database nothing has open (the app refused it)."""
    for suffix in ("", "-wal", "-shm"):
        old = Path(f"{live}{suffix}")
        if old.exists():
            os.replace(old, Path(f"{aside}{suffix}"))
    os.replace(staged, live)
    secure_file(live)
    _fsync_dir(live.parent)
