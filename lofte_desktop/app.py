"""Composition root: builds the services once and hands them to the UI or the CLI.

Importing this module imports no Qt; `main()` does, for the GUI.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.runtime.clock import today_from_env
from lofte_desktop.runtime.paths import resolve_db
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import EventBus
from lofte_desktop.services.progress import ProgressService
from lofte_desktop.services.settings import AppSettings, SettingsStore
from lofte_desktop.storage.meta import DEVICE_ID, ensure_device, get_meta
from lofte_desktop.storage.migrate import DamageCheck, open_database

if TYPE_CHECKING:
    from lofte_desktop.services.backup import BackupService
    from lofte_desktop.services.changes import ChangeWatch
    from lofte_desktop.services.comments import CommentService
    from lofte_desktop.services.excel_export import ExcelExportService
    from lofte_desktop.services.excel_import import ImportService
    from lofte_desktop.services.export import ExportService
    from lofte_desktop.services.locks import LockService
    from lofte_desktop.services.planning import PlanningService
    from lofte_desktop.services.publish import PublishService
    from lofte_desktop.services.reports import ReportService
    from lofte_desktop.services.shared_store import SharedStoreService
    from lofte_desktop.services.sync import SyncService


@dataclass
class Services:
    ctx: ServiceContext
    agreement: AgreementService
    activities: ActivityService
    progress: ProgressService
    settings_store: SettingsStore
    settings: AppSettings

    # Feature services (planning, sync, reports, backups, …) are added below as
    # functools.cached_property members that build themselves from `ctx` on first
    # use, so start-up pays only for what a screen or command actually uses.

    @functools.cached_property
    def export(self) -> ExportService:
        from lofte_desktop.services.export import ExportService

        return ExportService(self.activities)

    @functools.cached_property
    def excel(self) -> ExcelExportService:
        from lofte_desktop.services.excel_export import ExcelExportService

        return ExcelExportService(self.export, self.progress)

    @functools.cached_property
    def imports(self) -> ImportService:
        from lofte_desktop.services.excel_import import ImportService

        return ImportService(self.ctx, self.activities)

    @functools.cached_property
    def reports(self) -> ReportService:
        from lofte_desktop.services.reports import ReportService

        return ReportService(
            self.ctx,
            self.agreement,
            self.activities,
            self.progress,
            comments=self.comments,
        )

    @functools.cached_property
    def publish(self) -> PublishService:
        from lofte_desktop.services.publish import PublishService

        return PublishService(self.reports)

    @functools.cached_property
    def backups(self) -> BackupService:
        from lofte_desktop.services.backup import BackupService

        path = self.ctx.db.path if self.ctx.db.is_sqlite else None
        return BackupService(path, keep=self.settings.backup_keep, ctx=self.ctx)

    @functools.cached_property
    def comments(self) -> CommentService:
        from lofte_desktop.services.comments import CommentService

        return CommentService(self.ctx, self.agreement, self.progress)

    @functools.cached_property
    def locks(self) -> LockService:
        from lofte_desktop.services.locks import LockService

        return LockService(self.ctx)

    @functools.cached_property
    def planning(self) -> PlanningService:
        from lofte_desktop.services.planning import PlanningService

        return PlanningService(self.ctx, self.agreement, self.activities)

    @functools.cached_property
    def sync(self) -> SyncService:
        from lofte_desktop.services.sync import SyncService

        return SyncService(self.ctx)

    @functools.cached_property
    def changes(self) -> ChangeWatch:
        from lofte_desktop.services.changes import ChangeWatch

        return ChangeWatch(self.ctx)

    @functools.cached_property
    def shared_store(self) -> SharedStoreService:
        from lofte_desktop.services.shared_store import SharedStoreService

        return SharedStoreService(self.settings_store, self.settings)

    @property
    def events(self) -> EventBus:
        return self.ctx.events

    @property
    def db_target(self) -> str:
        return self.ctx.db.url

    def close(self) -> None:
        self.ctx.db.dispose()

    def set_own_agreement(self, code: str) -> None:
        """The user's own agreement, kept in their settings (Löften's chooser)."""
        self.agreement.set_own(code)
        self.settings.own_agreement = code
        self.settings_store.save(self.settings)

    def follow_period(self, text: str | None) -> None:
        """Uses the agreement a period belongs to (a command's `--period` decides
        which agreement is meant, unless `--agreement` chose one)."""
        if not text or self.ctx.chosen or not self.ctx.has_agreement():
            return
        try:
            p = self.progress.period(text)
        except LofteError:
            return  # the command reports the bad period itself
        scoped = self.agreement.for_span(p.start, p.end)
        if scoped is not self.agreement:
            self.ctx.choose(scoped.agreement().code)


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
