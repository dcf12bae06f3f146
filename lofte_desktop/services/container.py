"""The `Services` container: every service of one open database, built once by the
composition root (`app.build_services`) and handed to the UI or the CLI, which
type against it here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lofte_desktop.domain.errors import LofteError

if TYPE_CHECKING:  # importing the container loads no database layer (the quick start)
    from lofte_desktop.services.activities import ActivityService
    from lofte_desktop.services.agreement import AgreementService
    from lofte_desktop.services.backup import BackupService
    from lofte_desktop.services.changes import ChangeWatch
    from lofte_desktop.services.comments import CommentService
    from lofte_desktop.services.context import ServiceContext
    from lofte_desktop.services.events import EventBus
    from lofte_desktop.services.excel_export import ExcelExportService
    from lofte_desktop.services.excel_import import ImportService
    from lofte_desktop.services.export import ExportService
    from lofte_desktop.services.locks import LockService
    from lofte_desktop.services.planning import PlanningService
    from lofte_desktop.services.progress import ProgressService
    from lofte_desktop.services.publish import PublishService
    from lofte_desktop.services.reports import ReportService
    from lofte_desktop.services.settings import SettingsService
    from lofte_desktop.services.settings_file import AppSettings, SettingsStore
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

        return SharedStoreService(self.settings_service)

    @functools.cached_property
    def settings_service(self) -> SettingsService:
        """Every change to `settings` goes through here (validated, saved,
        published as SettingsChanged)."""
        from lofte_desktop.services.settings import SettingsService

        def user_changed(name: str) -> None:
            self.ctx.user = name

        return SettingsService(
            self.settings_store, self.settings, self.events, on_user=user_changed
        )

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
        self.settings_service.update(own_agreement=code)

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
