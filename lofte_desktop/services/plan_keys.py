"""Finding plans by key: an activity id or "SERIESID@YYYY-MM-DD", where a prefix of
at least 6 characters of an id will do."""

from __future__ import annotations

from lofte_desktop.domain.planning import PlanError, PlanItem, PlanNotFound
from lofte_desktop.domain.recurrence import split_key
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import Status
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.planning_queries import PlanReader
from lofte_desktop.storage import planning as store


class PlanKeys:
    """Resolves keys and series ids to calendar items and stored series."""

    def __init__(
        self,
        ctx: ServiceContext,
        agreement: AgreementService,
        activities: ActivityService,
        reader: PlanReader,
    ) -> None:
        self.ctx = ctx
        self.agreement = agreement
        self.activities = activities
        self.reader = reader

    def series(self, series_id: str) -> store.SeriesRecord:
        """The stored series with exactly this id (PlanNotFound otherwise)."""
        with self.ctx.db.read() as s:
            found = store.load_series(s, ids=[series_id])
        if not found:
            raise PlanNotFound(series_id)
        return found[0]

    def resolve(self, key: str) -> PlanItem:
        """The calendar item for an activity id or "SERIES@DATE" (prefixes allowed)."""
        head, day = split_key(key)
        head = head.lower()
        if day is None:
            aid = self.unique(head, "activity")
            acts = self.activities.by_ids([aid])
            if not acts:
                raise PlanNotFound(key)
            areas = {p.code: p.focus_area_code for p in self.agreement.promises()}
            return self.reader.activity_item(acts[0], areas)
        record = self.series(self.unique(head, "series"))
        for item in self.reader.items(day, day):
            if item.series_id == record.id and (item.recurrence_id or "")[:10] == str(
                day
            ):
                return item
        raise PlanError("plan.not_occurrence", field="id", value=key)

    def resolve_series(self, prefix: str) -> str:
        """A series id from its id or a unique prefix of 6+ characters."""
        return self.unique(prefix.strip().lower(), "series")

    def unique(self, prefix: str, kind: str) -> str:
        """The one series (kind "series") or activity id starting with `prefix`."""
        if len(prefix) < 6:
            raise PlanNotFound(prefix)
        with self.ctx.db.read() as s:
            hits = (
                store.series_ids_like(s, prefix)
                if kind == "series"
                else store.activity_ids_like(s, prefix)
            )
        if len(hits) > 1:
            raise PlanError("plan.ambiguous", field="id", value=prefix)
        if not hits:
            raise PlanNotFound(prefix)
        return hits[0]

    def planned(self, key: str) -> PlanItem:
        """The item for `key`, refused unless it is still planned."""
        item = self.resolve(key)
        if item.status is not Status.PLANNED:
            raise PlanError(
                "plan.not_planned",
                field="status",
                value=key,
                status=t(f"status.{item.status.value}").lower(),
            )
        return item
