"""Composition root: the one place that builds the services, for the UI and the CLI.

`build_services` opens the database and wires every service to it; the GUI's and
the CLI's start-up call it (or the helpers below, which call it), and nothing else
composes services. This module imports no Qt, no `ui` and no `cli`: the entry
points (`lofte_desktop/entry/`) call the UI or the CLI, which call this.

Importing it is cheap (no SQLAlchemy): the GUI's quick start imports it before
the database layer is loaded, which happens inside `build_services`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lofte_desktop.runtime.clock import today_from_env
from lofte_desktop.runtime.paths import resolve_db
from lofte_desktop.services.settings_file import AppSettings, SettingsStore

if TYPE_CHECKING:
    from lofte_desktop.domain.model import Activity
    from lofte_desktop.domain.validation import ActivityDraft
    from lofte_desktop.services.container import Services
    from lofte_desktop.services.shared_store import SharedStoreService
    from lofte_desktop.storage.migrate import DamageCheck

__all__ = [
    "Services",
    "build_gui_services",
    "build_services",
    "build_shared_store",
    "database_target",
    "log_activity",
]


def __getattr__(name: str) -> object:
    """`Services` is imported on first use: the GUI imports this module before its
    first paint, which needs only `database_target`."""
    if name == "Services":
        from lofte_desktop.services.container import Services

        return Services
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def database_target(db: str | None, settings: AppSettings) -> str:
    """The database a start-up opens: `--db`, else the settings' path, else the
    default file (a PostgreSQL URL passes through unchanged)."""
    return resolve_db(db or settings.db_path or None)


def build_services(
    db: str | None = None,
    *,
    today: Callable[[], date] | None = None,
    settings_store: SettingsStore | None = None,
    damage_check: DamageCheck | None = None,
    agreement: str | None = None,
) -> Services:
    """Opens (creating/upgrading) the database and wires every service to it.
    `damage_check`: the file's quick_check, already under way (the GUI)."""
    from lofte_desktop.services.activities import ActivityService
    from lofte_desktop.services.agreement import AgreementService
    from lofte_desktop.services.backup import backups_for
    from lofte_desktop.services.context import ServiceContext
    from lofte_desktop.services.progress import ProgressService
    from lofte_desktop.storage.meta import DEVICE_ID, ensure_device, get_meta
    from lofte_desktop.storage.migrate import open_database

    store = settings_store or SettingsStore()
    settings = store.load()
    target = database_target(db, settings)
    pre = backups_for(target, settings.backup_keep)  # backs up before a migration
    fresh = not (pre.available and os.path.exists(target) and os.path.getsize(target))
    database = open_database(
        target, before_upgrade=pre.before_upgrade, damage_check=damage_check
    )
    # Read first: a write transaction at every start would queue behind any other
    # writer (another window, the CLI) just to learn what is already stored.
    with database.read() as s:
        device_id = get_meta(s, DEVICE_ID)
    if device_id is None:
        with database.write() as s:
            device_id = ensure_device(s)
    ctx = ServiceContext(
        db=database,
        device_id=device_id,
        user=settings.display_user(),
        today=today or today_from_env() or date.today,
        chosen=agreement or None,
        own=settings.own_agreement or None,
    )
    agreements = AgreementService(ctx)
    from lofte_desktop.services.container import Services

    services = Services(
        ctx=ctx,
        agreement=agreements,
        activities=ActivityService(ctx, agreements),
        progress=ProgressService(ctx, agreements),
        settings_store=store,
        settings=settings,
    )
    services.backups.start(fresh=fresh)  # sync-import hook; the day's first backup
    return services


def build_gui_services(
    db: str | None, settings_store: SettingsStore, *, check_first: str | None = None
) -> Services:
    """The desktop app's services ("today" pinned by LOFTE_TODAY, as the app says).

    `check_first`: a database file whose quick_check starts before the database
    layer is imported, so both run at once (the quick start opens the services on
    its worker this way); a damaged file then raises DamagedDatabaseError."""
    check: DamageCheck | None = None
    if check_first:
        from lofte_desktop.storage.migrate import DamageCheck

        check = DamageCheck(check_first)
    return build_services(
        db,
        today=today_from_env("lofte-desktop"),
        settings_store=settings_store,
        damage_check=check,
    )


def build_shared_store(
    settings_store: SettingsStore | None = None,
) -> SharedStoreService:
    """The shared-store service without opening a database (`lofte db`): it
    checks a store and changes the settings' database through the settings
    service."""
    from lofte_desktop.services.settings import SettingsService
    from lofte_desktop.services.shared_store import SharedStoreService

    store = settings_store or SettingsStore()
    return SharedStoreService(SettingsService(store, store.load()))


def log_activity(
    draft: ActivityDraft,
    *,
    db: str | None = None,
    agreement: str | None = None,
    settings_store: SettingsStore | None = None,
) -> Activity:
    """`lofte log`: stores one activity, composing the lighter of two lanes.

    Without a chosen `agreement`, a ready SQLite file is written without SQLAlchemy
    (services/fast_log.py); otherwise, or when that lane declines, through the services
    (which create places, migrate, reach PostgreSQL, …). Promises and party left
    out are filled in the same way in both lanes (`fill_log_defaults`)."""
    settings = (settings_store or SettingsStore()).load()
    own_party = settings.user_party or None
    if not agreement:
        from lofte_desktop.services import fast_log

        done = fast_log.log_activity(
            database_target(db, settings),
            draft,
            user=settings.display_user(),
            user_party=own_party,
            own=settings.own_agreement or None,
        )
        if done is not None:
            return done
    from lofte_desktop.domain.log_defaults import fill_log_defaults

    svc = build_services(db, settings_store=settings_store, agreement=agreement)
    try:
        scoped = svc.activities.agreement_for(draft)
        draft = fill_log_defaults(
            draft,
            scoped.promises(),
            parties=scoped.agreement().parties,
            user_party=own_party,
        )
        return svc.activities.log(draft)
    finally:
        svc.close()
