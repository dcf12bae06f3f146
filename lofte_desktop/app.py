"""Composition root: builds the services once and hands them to the UI or the CLI.

Importing this module imports no Qt; `main()` does, for the GUI.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date

from lofte_desktop.clock import today_from_env
from lofte_desktop.paths import resolve_db
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.container import Services
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.progress import ProgressService
from lofte_desktop.services.settings import SettingsStore
from lofte_desktop.storage.meta import DEVICE_ID, ensure_device, get_meta
from lofte_desktop.storage.migrate import DamageCheck, open_database

__all__ = ["Services", "build_services", "main"]


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
    store = settings_store or SettingsStore()
    settings = store.load()
    target = resolve_db(db or settings.db_path or None)
    from lofte_desktop.services.backup import backups_for

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


def main(argv: list[str] | None = None) -> int:
    """The `lofte-desktop` entry point."""
    args = sys.argv if argv is None else argv
    if "--self-test" in args[1:]:  # before the UI, so no Qt and no display needed
        from lofte_desktop.selftest import run as self_test

        return self_test()
    from lofte_desktop.ui.main import run

    return run(args)
