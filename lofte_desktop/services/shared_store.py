"""Connecting to a shared store (PostgreSQL), checking it, and backing it up.

The settings file keeps the store's URL without a password. A password the user
types goes to the OS keyring (storage.postgres), or the user keeps it in a
PGPASSFILE; it is never written to the settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lofte_desktop.services.settings import SettingsService
from lofte_desktop.storage import postgres


@dataclass(frozen=True)
class StoreInfo:
    """What `check()` found: where, which server, which schema, how much data."""

    target: str  # for display: a path, or a URL without its password
    backend: str  # "sqlite" or "postgresql"
    server_version: str
    revision: str | None
    activities: int
    password_in_keyring: bool = False


class SharedStoreService:
    def __init__(self, settings: SettingsService) -> None:
        self.settings = settings

    @staticmethod
    def is_shared(target: str | None) -> bool:
        """Whether `target` names a shared store (a PostgreSQL URL)."""
        return postgres.is_postgres_url(target)

    @staticmethod
    def display(target: str) -> str:
        """A path or URL fit to show: never a password."""
        return postgres.display_url(target)

    def check(self, target: str, password: str | None = None) -> StoreInfo:
        """Connects (creating or upgrading the schema as needed) and reports.

        Raises OpenError (ConnectionFailedError for the shared store) with a Swedish
        message when it cannot.
        """
        from sqlalchemy import func, select, text

        from lofte_desktop.storage.migrate import database_revision, open_database
        from lofte_desktop.storage.models import ActivityRow

        url = target
        if password and postgres.is_postgres_url(target):
            from sqlalchemy.engine import make_url

            url = (
                make_url(postgres.normalise_url(target))
                .set(password=password)
                .render_as_string(hide_password=False)
            )
        db = open_database(url)
        try:
            with db.read_connection() as conn:
                if db.is_postgres:
                    version = str(conn.execute(text("SHOW server_version")).scalar())
                else:
                    version = str(
                        conn.execute(text("SELECT sqlite_version()")).scalar()
                    )
                n = conn.execute(
                    select(func.count())
                    .select_from(ActivityRow)
                    .where(ActivityRow.deleted.is_(False))
                ).scalar()
            rev = database_revision(db)
        finally:
            db.dispose()
        return StoreInfo(
            target=postgres.display_url(target),
            backend="postgresql" if db.is_postgres else "sqlite",
            server_version=version,
            revision=rev,
            activities=int(n or 0),
            password_in_keyring=db.is_postgres
            and postgres.password_from_keyring(target) is not None,
        )

    def connect(self, target: str, password: str | None = None) -> StoreInfo:
        """Makes `target` this user's database, after checking that it works.

        A password (given, or inside the URL) goes to the keyring; the settings keep
        the URL without it. Nothing is saved when the check fails.
        """
        if postgres.is_postgres_url(target):
            target, in_url = postgres.strip_password(postgres.normalise_url(target))
            password = password or in_url
        info = self.check(target, password)
        if password and postgres.is_postgres_url(target):
            postgres.store_password(target, password)
            info = StoreInfo(**{**info.__dict__, "password_in_keyring": True})
        self.settings.update(db_path=target)
        return info

    def use_local(self) -> None:
        """Back to the local database file (the default path)."""
        self.settings.update(db_path="")

    def forget_password(self, target: str) -> bool:
        return postgres.forget_password(target)

    def backup(self, target: str, dest: str | Path) -> Path:
        """A pg_dump of the shared store into `dest` (see storage.pg_backup)."""
        from lofte_desktop.storage import pg_backup

        return pg_backup.dump(target, Path(dest))

    def restore(self, target: str, src: str | Path) -> None:
        from lofte_desktop.storage import pg_backup

        pg_backup.restore(target, Path(src))
