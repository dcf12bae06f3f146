"""Backups: automatic and rotating, by hand, and restore.

Automatic backups are taken on the first start of each day, before every migration
(`before_upgrade`, passed to open_database) and before every bulk change such as a
sync import (a `ctx.before_bulk_change` hook). The last `keep` are kept (settings:
`backup_keep`, 14 by default). They live in a `backups` folder (0700) next to the
database, one self-contained 0600 SQLite file each, named
`<stem>-YYYYMMDD-HHMMSS-ffffff-<reason>.sqlite` so that names sort by time.

Restore first backs up the current database, then swaps the content in one
transaction (storage.backup.copy_into). A damaged current database is moved aside
instead. Only SQLite files are handled here: a server database is backed up by its
server.
"""

from __future__ import annotations

import builtins
import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lofte_desktop.domain.refusals import RefusedError
from lofte_desktop.storage import backup as files
from lofte_desktop.storage.location import make_private_dir, network_warning
from lofte_desktop.storage.migrate import (
    SCHEMA_HEAD,
    OpenError,
    check_revision,
    check_sqlite_file,
    sqlite_revision,
)

if TYPE_CHECKING:
    from lofte_desktop.services.context import ServiceContext

DEFAULT_KEEP = 14
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<ts>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite$"
)
_TS = "%Y%m%d-%H%M%S-%f"

REASON_LABELS = {
    "daily": ("Daglig", "Daily"),
    "upgrade": ("Före uppgradering", "Before upgrade"),
    "sync-import": ("Före synkimport", "Before sync import"),
    "before-restore": ("Före återställning", "Before restore"),
    "manual": ("Manuell", "Manual"),
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, from the file name
    reason: str
    size: int

    def reason_label(self, lang: str = "sv") -> str:
        key = "upgrade" if self.reason.startswith("upgrade") else self.reason
        sv, en = REASON_LABELS.get(key, (self.reason, self.reason))
        return en if lang == "en" else sv


def _reason_slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")
    return slug[:40] or "manual"


class BackupService:
    """Backups of one SQLite database file.

    Works without a ServiceContext (`ctx=None`) so that the CLI and the GUI can list
    and restore backups of a database that cannot be opened (damaged). With a
    context, `start()` registers the sync-import hook and a restore refreshes it.
    """

    def __init__(
        self,
        db_path: str | None,
        *,
        keep: int = DEFAULT_KEEP,
        directory: Path | None = None,
        now: Callable[[], datetime] = datetime.now,
        ctx: ServiceContext | None = None,
    ) -> None:
        self.db_path = Path(db_path) if db_path else None
        self.keep = max(1, int(keep or DEFAULT_KEEP))
        self._directory = directory
        self.now = now
        self.ctx = ctx

    # --- where ------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """False for a server database (no file to back up)."""
        return self.db_path is not None

    @property
    def directory(self) -> Path:
        if self._directory is not None:
            return self._directory
        return self._path().parent / "backups"

    def _path(self) -> Path:
        if self.db_path is None:
            raise RefusedError(
                "Säkerhetskopior görs bara av databasfiler. En serverdatabas "
                "säkerhetskopieras av databasservern, eller med pg_dump: "
                "`lofte db backup FIL`.",
                "Backups are made of database files only. A server database is "
                "backed up by its server, or with pg_dump: `lofte db backup FILE`.",
            )
        return self.db_path

    def location_warning(self) -> str | None:
        """A warning when the database lies on a network share (see storage.location)."""
        return network_warning(str(self.db_path)) if self.db_path else None

    # --- automatic ----------------------------------------------------------------

    def start(self, *, fresh: bool = False) -> BackupInfo | None:
        """At start-up: register the bulk-change hook, take today's backup if due."""
        if self.ctx is not None and self._before_bulk_change not in (
            self.ctx.before_bulk_change
        ):
            self.ctx.before_bulk_change.append(self._before_bulk_change)
        if fresh or not self.available:
            return None
        return self.daily()

    def daily(self) -> BackupInfo | None:
        """Takes the day's backup unless one was already made today. Cheap when not
        due: one directory listing."""
        if not self.available or not self._path().exists():
            return None
        today = self.now().date()
        if any(b.created.date() == today for b in self.list()):
            return None
        return self._auto("daily")

    def before_upgrade(self, path: str, old_revision: str | None) -> None:
        """open_database's hook: a backup of the old schema before migrating it."""
        if self.available and Path(path).exists():
            self._auto(f"upgrade-{old_revision or 'none'}")

    def _before_bulk_change(self, reason: str) -> None:
        if self.available and self._path().exists():
            self._auto(reason)

    def _auto(self, reason: str) -> BackupInfo:
        info = self._backup_to_dir(reason)
        self.prune()
        return info

    # --- by hand ------------------------------------------------------------------

    def backup(self, out: str | Path | None = None, *, reason: str = "manual") -> Path:
        """Backs up now: to `out` (a file the user picked), or into the folder."""
        src = self._path()
        if not src.exists():
            raise RefusedError(
                f"Det finns ingen databas att säkerhetskopiera: {src}.",
                f"There is no database to back up: {src}.",
            )
        if out is None:
            path = self._backup_to_dir(reason).path
            self.prune()
            return path
        dest = Path(out).expanduser().resolve()
        if dest == src.resolve():
            raise RefusedError(
                "Säkerhetskopian kan inte skrivas över själva databasen.",
                "The backup cannot overwrite the database itself.",
            )
        if dest.is_dir():
            raise RefusedError(
                f"{dest} är en mapp. Ange ett filnamn.",
                f"{dest} is a folder. Give a file name.",
            )
        self._wrap(lambda: files.backup_sqlite(src, dest))
        return dest

    def _backup_to_dir(self, reason: str) -> BackupInfo:
        src = self._path()
        make_private_dir(self.directory)
        stamp = self.now()
        name = f"{src.stem}-{stamp.strftime(_TS)}-{_reason_slug(reason)}.sqlite"
        dest = self.directory / name
        self._wrap(lambda: files.backup_sqlite(src, dest))
        return BackupInfo(dest, stamp, _reason_slug(reason), dest.stat().st_size)

    @staticmethod
    def _wrap(fn: Callable[[], object]) -> None:
        import sqlite3

        try:
            fn()
        except (OSError, sqlite3.Error) as exc:
            raise RefusedError(
                f"Säkerhetskopian kunde inte skrivas ({exc}). Databasen har inte "
                "ändrats. Kontrollera att det finns ledigt utrymme.",
                f"The backup could not be written ({exc}). The database was not "
                "changed. Check that there is free disk space.",
            ) from exc

    # --- listing ------------------------------------------------------------------

    def list(self) -> list[BackupInfo]:
        """This database's backups in the folder, newest first."""
        if not self.available or not self.directory.is_dir():
            return []
        stem = self._path().stem
        found: list[BackupInfo] = []
        for entry in self.directory.iterdir():
            m = _NAME.match(entry.name)
            if not m or m.group("stem") != stem:
                continue
            try:
                created = datetime.strptime(m.group("ts"), _TS)
                size = entry.stat().st_size
            except (ValueError, OSError):
                continue
            found.append(BackupInfo(entry, created, m.group("reason"), size))
        return sorted(found, key=lambda b: b.path.name, reverse=True)

    def latest(self) -> BackupInfo | None:
        backups = self.list()
        return backups[0] if backups else None

    def prune(self) -> builtins.list[Path]:
        """Deletes all but the newest `keep` backups; returns what was deleted.

        Also clears half-written copies left by a crash (`.*.part`, `.restore-*`)
        once they are an hour old, so a copy another process is writing now stays.
        """
        import time

        removed = []
        if self.directory.is_dir():
            for left in self.directory.glob(".*"):
                with contextlib.suppress(OSError):
                    if time.time() - left.stat().st_mtime > 3600:
                        left.unlink()
        for old in self.list()[self.keep :]:
            try:
                old.path.unlink()
            except OSError:
                continue
            removed.append(old.path)
        return removed

    # --- restore ------------------------------------------------------------------

    def check_backup(self, file: str | Path) -> str:
        """Checks that `file` is a healthy Löfte database this version can open.
        Returns its schema revision; raises RefusedError or OpenError otherwise."""
        src = Path(file).expanduser()
        if not src.is_file():
            raise RefusedError(f"Filen finns inte: {src}.", f"No such file: {src}.")
        check_sqlite_file(str(src))
        rev = sqlite_revision(str(src))
        if rev is None:
            raise RefusedError(
                f"{src} är tom och ingen Löfte-databas. Inget har ändrats.",
                f"{src} is empty and not a Löfte database. Nothing was changed.",
            )
        check_revision(rev, str(src))
        problems = files.check_database(src)
        if problems:
            raise RefusedError(
                f"Säkerhetskopian {src.name} är skadad ({problems[0][:120]}) och "
                "återställs inte. Välj en annan.",
                f"The backup {src.name} is damaged ({problems[0][:120]}) and is "
                "not restored. Choose another one.",
            )
        return rev

    def restore(self, file: str | Path) -> BackupInfo | None:
        """Replaces the database with `file`. Returns the backup taken of the
        database as it was (None when there was none, or it was damaged and moved
        aside). Nothing changes if any check fails."""
        live = self._path()
        src = Path(file).expanduser().resolve()
        if live.exists() and src == live.resolve():
            raise RefusedError(
                "Det är den öppna databasen själv. Välj en säkerhetskopia.",
                "That is the open database itself. Choose a backup.",
            )
        rev = self.check_backup(src)
        make_private_dir(self.directory)
        staged = self.directory / f".restore-{self.now().strftime(_TS)}.sqlite"
        try:
            self._wrap(lambda: files.backup_sqlite(src, staged))
            if rev != SCHEMA_HEAD:
                from lofte_desktop.storage.migrate import open_database

                open_database(str(staged)).dispose()  # upgrade the copy, not src
            healthy = live.exists() and not files.check_database(live)
            before_restore: BackupInfo | None = None
            if healthy:
                before_restore = self._backup_to_dir("before-restore")
                self._wrap(lambda: files.copy_into(staged, live))
            else:
                aside = live.with_name(f"{live.name}.skadad-{self.now().strftime(_TS)}")
                self._wrap(lambda: files.replace_damaged(staged, live, aside))
        finally:
            for leftover in (staged, Path(f"{staged}-journal")):
                if leftover.exists():
                    leftover.unlink()
        self.prune()
        self._after_restore(src, before_restore)
        return before_restore

    def _after_restore(self, src: Path, before_restore: BackupInfo | None) -> None:
        if self.ctx is None:
            return
        from lofte_desktop.services.events import (
            ActivitiesChanged,
            AgreementChanged,
            DatabaseRestored,
        )
        from lofte_desktop.storage.meta import ACTIVE_AGREEMENT, ensure_device, get_meta

        ctx = self.ctx
        ctx.invalidate()
        with ctx.db.write() as s:
            ctx.device_id = ensure_device(s)
            code = get_meta(s, ACTIVE_AGREEMENT) or ""
        ctx.events.publish(
            DatabaseRestored(str(src), str(before_restore.path) if before_restore else None)
        )
        ctx.events.publish(AgreementChanged(code))
        ctx.events.publish(ActivitiesChanged((), "bulk"))


def backups_for(db_path: str | None, keep: int = DEFAULT_KEEP) -> BackupService:
    """A BackupService for a path alone (CLI, damaged-database dialog)."""
    if db_path is not None and "://" in db_path:
        db_path = None
    return BackupService(db_path, keep=keep)


__all__ = ["BackupInfo", "BackupService", "OpenError", "backups_for"]
