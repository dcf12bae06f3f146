"""Editing and removing plan series: all occurrences, this and following (a split),
one skipped occurrence, or the whole series.

SeriesEditor works through the public faces of its collaborators: PlanDrafts checks
the changed draft, PlanKeys finds the series, PlanReader the occurrences.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from lofte_desktop.domain.ids import new_id
from lofte_desktop.domain.planning import PlanDraft
from lofte_desktop.domain.recurrence import occurrences, parse_rule
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import PlansChanged
from lofte_desktop.services.plan_drafts import PlanDrafts
from lofte_desktop.services.plan_keys import PlanKeys
from lofte_desktop.services.plan_occurrences import recurrence_of
from lofte_desktop.services.planning_queries import PlanReader
from lofte_desktop.storage import activities as activity_store
from lofte_desktop.storage import planning as store
from lofte_desktop.storage.meta import next_stamp


class SeriesEditor:
    """Edits, skips and deletes plan series; every change is one transaction."""

    def __init__(
        self,
        ctx: ServiceContext,
        agreement: AgreementService,
        activities: ActivityService,
        reader: PlanReader,
        drafts: PlanDrafts,
        keys: PlanKeys,
    ) -> None:
        self.ctx = ctx
        self.agreement = agreement
        self.activities = activities
        self.reader = reader
        self.drafts = drafts
        self.keys = keys

    def edit_series(
        self,
        series_id: str,
        changes: Mapping[str, Any],
        *,
        scope: str = "all",
        from_day: date | None = None,
    ) -> str:
        """Edits all occurrences, or "this and following" from `from_day` (a split:
        the old series ends the day before, a new one carries on). Returns the id of
        the series that holds the changed occurrences."""
        if scope not in ("all", "following"):
            raise ValueError(scope)
        record = self.keys.series(self.keys.unique(series_id.lower(), "series"))
        codes = self.agreement.promise_codes()
        current = PlanDraft(
            activity_type=record.activity_type,
            promise_codes=[codes.get(p, p) for p in record.promise_ids],
            start=record.start_date,
            start_time=record.start_time,
            duration=record.duration_hours,
            place=record.place,
            party=record.party,
            rrule=record.rrule,
            until=record.until,
            exdates=record.exdates,
            note=record.note,
        )
        split = scope == "following" and from_day and from_day > record.start_date
        if split:
            assert from_day is not None
            current = replace(
                current,
                start=from_day,
                exdates=[d for d in record.exdates if d >= from_day],
            )
        old_rule = record.rrule
        if split and "COUNT=" in record.rrule:
            assert from_day is not None
            before = len(
                occurrences(
                    recurrence_of(record),
                    record.start_date,
                    from_day - timedelta(days=1),
                )
            )
            left = max(
                1, (parse_rule(record.rrule, record.start_date).count or 1) - before
            )
            old_rule = _without_count(record.rrule)
            current = replace(
                current, rrule=_without_count(record.rrule) + f";COUNT={left}"
            )
        merged = replace(current, **dict(changes))
        values, _ = self.drafts.series_values(merged)
        with self.ctx.db.write() as s:
            stamp = next_stamp(s, self.ctx.device_id)
            row = dict(values)
            row["place_id"] = self.drafts.place_id(
                s, row.pop("place"), row["activity_type"], stamp
            )
            row["logged_by"] = record.logged_by
            if not split:
                store.update_series(s, record.id, row, stamp, self.ctx.user)
                target = record.id
            else:
                assert from_day is not None
                target = new_id()
                store.update_series(
                    s,
                    record.id,
                    {
                        "rrule": old_rule,
                        "until": from_day - timedelta(days=1),
                        "exdates": [d for d in record.exdates if d < from_day],
                    },
                    stamp,
                    self.ctx.user,
                    action="split",
                )
                store.insert_series(s, target, row, stamp, self.ctx.user)
                for aid in store.series_activity_ids(s, record.id, from_day):
                    activity_store.update_activity(
                        s, aid, {"series_id": target}, None, stamp, self.ctx.user
                    )
        self.ctx.events.publish(PlansChanged((record.id, target)))
        return target

    def skip(self, key: str) -> None:
        """Skips one occurrence (an EXDATE), e.g. a day in a school holiday."""
        item = self.keys.planned(key)
        if item.series_id is None or item.recurrence_id is None:
            self.activities.delete(item.key)
            return
        record = self.keys.series(item.series_id)
        day = date.fromisoformat(item.recurrence_id[:10])
        with self.ctx.db.write() as s:
            stamp = next_stamp(s, self.ctx.device_id)
            store.update_series(
                s,
                record.id,
                {"exdates": {*record.exdates, day}},
                stamp,
                self.ctx.user,
                action="skip",
            )
            if item.activity_id is not None:
                activity_store.update_activity(
                    s, item.activity_id, {}, None, stamp, self.ctx.user, deleted=True
                )
        self.ctx.events.publish(PlansChanged((record.id,)))

    def delete_series(self, series_id: str) -> None:
        """Removes a series (a tombstone). Done and cancelled occurrences stay logged;
        moved occurrences that were still planned go with it."""
        record = self.keys.series(self.keys.unique(series_id.lower(), "series"))
        moved = [
            i.activity_id
            for i in self.reader.planned(
                record.start_date, self.agreement.agreement().end
            )
            if i.series_id == record.id and i.activity_id
        ]
        with self.ctx.db.write() as s:
            stamp = next_stamp(s, self.ctx.device_id)
            store.update_series(
                s, record.id, {}, stamp, self.ctx.user, action="delete", deleted=True
            )
            for aid in moved:
                activity_store.update_activity(
                    s,
                    aid,
                    {},
                    None,
                    stamp,
                    self.ctx.user,
                    action="delete",
                    deleted=True,
                )
        self.ctx.events.publish(PlansChanged((record.id,)))


def _without_count(body: str) -> str:
    return ";".join(p for p in body.split(";") if not p.upper().startswith("COUNT="))
