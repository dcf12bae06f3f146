"""Planning: one-off plans, recurring series, marking done, cancelling, moving.

A one-off plan is an activity with status `planned` (hours = planned duration).
A recurring plan is a `plan_series` row; its occurrences are virtual until one is
done, moved or cancelled, and then an activity with `series_id` and `recurrence_id`
(the original local start, "YYYY-MM-DDTHH:MM") stands in for it, as iCalendar does.

Occurrence keys: "SERIESID@YYYY-MM-DD" (a prefix of at least 6 characters of the
series id will do), or the id of the activity that stands in for an occurrence.
Every write is one transaction; series rows are stamped and audited like activities.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from lofte_desktop.domain.holidays import terms_without_holidays
from lofte_desktop.domain.ids import new_id
from lofte_desktop.domain.model import Activity
from lofte_desktop.domain.planning import (
    DoubleBooking,
    PlanDraft,
    PlanError,
    PlanItem,
    PlanResult,
    clashes_with,
    plan_duration,
)
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import Status
from lofte_desktop.domain.validation import (
    ActivityDraft,
    check_free_text,
    parse_date,
)
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import ActivitiesChanged, PlansChanged
from lofte_desktop.services.plan_drafts import PlanDrafts
from lofte_desktop.services.plan_keys import PlanKeys
from lofte_desktop.services.planning_queries import PlanReader
from lofte_desktop.services.planning_series import SeriesEditor
from lofte_desktop.storage import activities as activity_store
from lofte_desktop.storage.meta import next_stamp
from lofte_desktop.storage.planning import SeriesRecord, insert_series

SCOPES = ("this", "following", "all")


_hours = plan_duration


class PlanningService:
    """Planning's use cases. Drafts are checked by PlanDrafts, keys resolved by
    PlanKeys, series edited by SeriesEditor; this class composes them."""

    def __init__(
        self,
        ctx: ServiceContext,
        agreement: AgreementService,
        activities: ActivityService,
    ) -> None:
        self.ctx = ctx
        self.agreement = agreement
        self.activities = activities
        self.reader = PlanReader(ctx, agreement, activities)
        self.drafts = PlanDrafts(ctx, agreement, activities)
        self.keys = PlanKeys(ctx, agreement, activities, self.reader)
        self.series_editor = SeriesEditor(
            ctx, agreement, activities, self.reader, self.drafts, self.keys
        )

    # --- reading (delegated) ----------------------------------------------------
    def items(self, start: date, end: date) -> list[PlanItem]:
        return self.reader.items(start, end)

    def overdue(self, today: date | None = None) -> list[PlanItem]:
        return self.reader.overdue(today)

    def double_bookings(self, start: date, end: date) -> list[DoubleBooking]:
        return self.reader.double_bookings(start, end)

    def series(self, series_id: str) -> SeriesRecord:
        return self.keys.series(series_id)

    def resolve(self, key: str) -> PlanItem:
        """The calendar item for an activity id or "SERIES@DATE" (prefixes allowed)."""
        return self.keys.resolve(key)

    def resolve_series(self, prefix: str) -> str:
        """A series id from its id or a unique prefix of 6+ characters."""
        return self.keys.resolve_series(prefix)

    # --- creating -----------------------------------------------------------------
    def add(self, draft: PlanDraft) -> PlanResult:
        """Plans a one-off (no rule) or a series; reports double bookings it makes."""
        if not (draft.rrule or "").strip():
            return self._add_one_off(draft)
        values, _ = self.drafts.series_values(draft)
        series_id = new_id()
        with self.ctx.db.write() as s:
            stamp = next_stamp(s, self.ctx.device_id)
            row = dict(values)
            row["place_id"] = self.drafts.place_id(
                s, row.pop("place"), row["activity_type"], stamp
            )
            insert_series(s, series_id, row, stamp, self.ctx.user)
        self.ctx.events.publish(PlansChanged((series_id,)))
        record = self.series(series_id)
        end = record.until or self.agreement.agreement().end
        items = self.reader.series_items([record], record.start_date, end, set())
        warnings: tuple[str, ...] = ()
        if draft.skip_holidays:
            bare = terms_without_holidays(
                self.ctx.calendar(), [i.day for i in items] or [record.start_date]
            )
            if bare:
                terms = ", ".join(p.code for p in bare)
                warnings = (t("plan.no_holidays", terms=terms),)
        return PlanResult(
            series_id, True, tuple(items), tuple(self._clashes(items)), warnings
        )

    def _add_one_off(self, draft: PlanDraft) -> PlanResult:
        valid, hours = self.drafts.check(draft)
        activity = self.activities.log(
            ActivityDraft(
                activity_type=valid.activity_type,
                promise_codes=valid.promise_codes,
                date=valid.date,
                party=valid.party,
                hours=hours,
                place=valid.place,
                status=Status.PLANNED,
                note=valid.note,
                start_time=valid.start_time,
            )
        )
        areas = {p.code: p.focus_area_code for p in self.agreement.promises()}
        item = self.reader.activity_item(activity, areas)
        return PlanResult(activity.id, False, (item,), tuple(self._clashes([item])))

    def _clashes(self, items: Sequence[PlanItem]) -> list[DoubleBooking]:
        if not items:
            return []
        start = min(i.day for i in items)
        end = max(i.day for i in items)
        keys = {i.key for i in items}
        others = [i for i in self.reader.planned(start, end) if i.key not in keys]
        return clashes_with(items, others)

    # --- doing, cancelling, moving -------------------------------------------------
    def done(
        self,
        key: str,
        *,
        hours: str | float | None = None,
        count: str | int | None = None,
        note: str | None = None,
    ) -> Activity:
        """Marks a planned occurrence done, with the actual hours and count."""
        item = self.keys.planned(key)
        if item.activity_id is not None:
            changes: dict[str, Any] = {"status": Status.DONE.value}
            if hours is not None:
                changes["hours"] = hours
            if count is not None:
                changes["count"] = count
            if note is not None:
                changes["note"] = note
            activity = self.activities.edit(item.activity_id, changes)
            self._plans_changed(item)
            return activity
        return self._materialise(
            item,
            status=Status.DONE,
            hours=item.hours if hours is None else hours,
            count=count,
            note=item.note if note is None else note,
        )

    def cancel(self, key: str, reason: str) -> Activity:
        """Cancels a planned occurrence, recording why."""
        text = " ".join((reason or "").split())
        if not text:
            raise PlanError("plan.no_reason", field="note")
        check_free_text(text, "note")
        item = self.keys.planned(key)
        if item.activity_id is None:
            return self._materialise(
                item, status=Status.CANCELLED, hours=item.hours, cancel_reason=text
            )
        with self.ctx.db.write() as s:
            stamp = next_stamp(s, self.ctx.device_id)
            activity_store.update_activity(
                s,
                item.activity_id,
                {"status": Status.CANCELLED.value, "cancel_reason": text},
                None,
                stamp,
                self.ctx.user,
                action="cancel",
            )
        self.ctx.events.publish(ActivitiesChanged((item.activity_id,), "updated"))
        self._plans_changed(item)
        return self.activities.get(item.activity_id)

    def move(
        self,
        key: str,
        day: str | date,
        start_time: str | None = None,
        *,
        hours: str | float | None = None,
        place: str | None = None,
    ) -> Activity:
        """Moves this one occurrence (a drag in the calendar), keeping the series."""
        item = self.keys.planned(key)
        new_day = parse_date(day)
        new_time = start_time or item.start.strftime("%H:%M")
        if item.activity_id is not None:
            changes: dict[str, Any] = {"date": new_day, "start_time": new_time}
            if hours is not None:
                changes["hours"] = _hours(hours)
            if place is not None:
                changes["place"] = place
            activity = self.activities.edit(item.activity_id, changes)
            self._plans_changed(item)
            return activity
        return self._materialise(
            item,
            status=Status.PLANNED,
            hours=item.hours if hours is None else _hours(hours),
            day=new_day,
            start_time=new_time,
            place=item.place if place is None else place,
        )

    def _materialise(
        self,
        item: PlanItem,
        *,
        status: Status,
        hours: str | float | None,
        count: str | int | None = None,
        note: str | None = None,
        cancel_reason: str | None = None,
        day: date | None = None,
        start_time: str | None = None,
        place: str | None = None,
    ) -> Activity:
        """Writes the activity that stands in for a virtual occurrence."""
        assert item.series_id is not None and item.recurrence_id is not None
        valid = self.activities.validate(
            ActivityDraft(
                activity_type=item.activity_type,
                promise_codes=item.promise_codes,
                date=day or item.day,
                party=item.party,
                hours=hours,
                count=count,
                place=item.place if place is None else place,
                status=status,
                note=item.note if note is None else note,
                start_time=start_time or item.start.strftime("%H:%M"),
            )
        )
        ids = self.agreement.promise_ids()
        activity_id = new_id()
        with self.ctx.db.write() as s:
            stamp = next_stamp(s, self.ctx.device_id)
            values = {
                "activity_type": valid.activity_type,
                "party": valid.party,
                "date": valid.date,
                "start_time": valid.start_time,
                "hours": valid.hours,
                "place_id": self.drafts.place_id(
                    s, valid.place, valid.activity_type, stamp
                ),
                "count": valid.count,
                "status": valid.status.value,
                "note": valid.note,
                "logged_by": self.ctx.user,
                "series_id": item.series_id,
                "recurrence_id": item.recurrence_id,
                "cancel_reason": cancel_reason,
            }
            activity_store.insert_activity(
                s,
                activity_id,
                values,
                [ids[c] for c in valid.promise_codes],
                stamp,
                self.ctx.user,
            )
        self.ctx.events.publish(ActivitiesChanged((activity_id,), "created"))
        self._plans_changed(item)
        return self.activities.get(activity_id)

    def _plans_changed(self, item: PlanItem) -> None:
        self.ctx.events.publish(
            PlansChanged((item.series_id,) if item.series_id else ())
        )

    # --- editing and deleting series (SeriesEditor) ------------------------------
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
        return self.series_editor.edit_series(
            series_id, changes, scope=scope, from_day=from_day
        )

    def skip(self, key: str) -> None:
        """Skips one occurrence (an EXDATE), e.g. a day in a school holiday."""
        self.series_editor.skip(key)

    def delete_series(self, series_id: str) -> None:
        """Removes a series; done and cancelled occurrences stay logged."""
        self.series_editor.delete_series(series_id)
