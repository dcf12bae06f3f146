"""Checking a plan draft and turning it into the values a plan series row holds.

Shared by creating plans (PlanningService) and editing series (SeriesEditor), so
both apply the same rules: the log form's validation, a start time, the agreement's
end as the default end of a rule, holidays skipped on request.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from lofte_desktop.domain.errors import NotFoundError, ValidationError, ValidationErrors
from lofte_desktop.domain.planning import PlanDraft, PlanError, plan_duration
from lofte_desktop.domain.recurrence import (
    RuleError,
    first_occurrence,
    occurrences,
    parse_rule,
)
from lofte_desktop.domain.types import PlaceKind, Status
from lofte_desktop.domain.validation import ActivityDraft, ValidActivity, parse_date
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.plan_occurrences import recurrence_of
from lofte_desktop.storage import planning as store
from lofte_desktop.storage.agreements import ensure_place
from lofte_desktop.storage.meta import Executor, Stamp


class PlanDrafts:
    """Validates plan drafts against the agreement; no writes."""

    def __init__(
        self,
        ctx: ServiceContext,
        agreement: AgreementService,
        activities: ActivityService,
    ) -> None:
        self.ctx = ctx
        self.agreement = agreement
        self.activities = activities

    def check(
        self, draft: PlanDraft, status: Status = Status.PLANNED
    ) -> tuple[ValidActivity, float]:
        """Checks every field of a plan at once (a form shows all refusals
        together); the valid activity and the planned hours."""
        party = draft.party or self._default_party(draft.promise_codes)
        errors: list[ValidationError] = []
        valid: ValidActivity | None = None
        try:
            valid = self.activities.validate(
                ActivityDraft(
                    activity_type=draft.activity_type,
                    promise_codes=draft.promise_codes,
                    date=draft.start,
                    party=party,
                    hours=draft.duration,
                    place=draft.place,
                    status=status,
                    note=draft.note,
                    start_time=draft.start_time,
                )
            )
        except ValidationErrors as exc:
            errors += exc.errors
        except ValidationError as exc:
            errors.append(exc)
        hours = 0.0
        if not any(e.field == "hours" for e in errors):
            try:
                hours = plan_duration(draft.duration)
            except ValidationError as exc:
                errors.append(exc)
        if not (draft.start_time or "").strip():
            errors.append(PlanError("plan.no_time", field="start_time"))
        if errors:
            raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
        assert valid is not None
        return valid, hours

    def _default_party(self, codes: Sequence[str]) -> str | None:
        for code in codes:
            try:
                promise = self.agreement.promise(code)
            except NotFoundError:
                continue
            if promise.parties:
                return promise.parties[0]
        return None

    def _until(self, value: str | date | None, start: date) -> date | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        until = parse_date(value, "date")
        if until < start:
            raise PlanError("plan.until_before", field="date", value=until.isoformat())
        a = self.agreement.agreement()
        if until > a.end:
            raise PlanError(
                "plan.outside",
                field="date",
                value=until.isoformat(),
                start=a.start.isoformat(),
                end=a.end.isoformat(),
            )
        return until

    def series_values(self, draft: PlanDraft) -> tuple[dict[str, Any], ValidActivity]:
        """Checks a series draft; returns the row values (place as a name)."""
        valid, hours = self.check(draft)
        rule = parse_rule(draft.rrule, valid.date)
        until = self._until(draft.until, valid.date) or rule.until
        if until is not None and until > self.agreement.agreement().end:
            until = self._until(until, valid.date)
        if until is None and rule.count is None:
            until = self.agreement.agreement().end  # a plan ends with the agreement
        hh, mm = (int(x) for x in (valid.start_time or "00:00").split(":"))
        first = first_occurrence(
            rule, datetime.combine(valid.date, time(hh, mm)), until
        )
        if first is None:
            raise RuleError(
                "rule.empty",
                start=valid.date.isoformat(),
                end=(until or valid.date).isoformat(),
            )
        rule = parse_rule(draft.rrule, first.date())
        exdates = {parse_date(d, "date") for d in draft.exdates}
        values: dict[str, Any] = {
            "activity_type": valid.activity_type,
            "party": valid.party,
            "place": valid.place,
            "promise_ids": [
                self.agreement.promise_ids()[c] for c in valid.promise_codes
            ],
            "start_date": first.date(),
            "start_time": valid.start_time,
            "duration_hours": hours,
            "rrule": rule.body,
            "until": until,
            "exdates": exdates,
            "note": valid.note,
            "logged_by": self.ctx.user,
        }
        if draft.skip_holidays:
            values["exdates"] = exdates | self._holiday_dates(values)
        values["expected_count"] = len(self._occurrences(values))
        return values, valid

    def _occurrences(self, values: Mapping[str, Any]) -> list[datetime]:
        rec = recurrence_of(self._record(values))
        end = rec.until or self.agreement.agreement().end
        return occurrences(rec, rec.start.date(), end)

    def _holiday_dates(self, values: Mapping[str, Any]) -> set[date]:
        cal = self.ctx.calendar()
        return {d.date() for d in self._occurrences(values) if cal.is_holiday(d.date())}

    def _record(self, values: Mapping[str, Any], series_id: str = "new") -> Any:
        return store.SeriesRecord(
            id=series_id,
            activity_type=values["activity_type"],
            party=values["party"],
            place_id=None,
            place=values.get("place"),
            promise_ids=tuple(values["promise_ids"]),
            start_date=values["start_date"],
            start_time=values["start_time"],
            duration_hours=values["duration_hours"],
            rrule=values["rrule"],
            until=values["until"],
            exdates=tuple(sorted(values["exdates"])),
            expected_count=values.get("expected_count"),
            note=values["note"],
            logged_by=values["logged_by"],
            version=1,
            hlc="",
            deleted=False,
        )

    def place_id(self, ex: Executor, name: str | None, kind: str, stamp: Stamp) -> Any:
        if not name:
            return None
        pk = self.agreement.all_types().info(kind).place_kind or PlaceKind.OTHER
        return ensure_place(ex, name, pk, stamp, self.ctx.user)
