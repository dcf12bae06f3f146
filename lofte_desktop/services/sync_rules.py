"""The domain rules for the records of a sync package: the same rules as the forms.

A package from a trusted device is still only data. Every record is checked, as it
is merged (inside the import's one transaction, which any refusal rolls back), by
the rule that guards the same kind of record when it is typed: `validate_activity`
for activities and plans, the indicator value and place rules of
`domain/validation.py`, the plan duration and recurrence rules, period parsing, and
the row readers the app itself uses to read a record back. A record that breaks one
refuses the whole package with `InvalidRecordError`, which names the record and the
fields.

Each record kind is one entry of `KINDS`: a name for messages, a short human
description of a record, and its check. A new kind joins there; kinds without an
entry get the checks every record gets (real dates and timestamps).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection

from lofte_desktop.domain.agreement_periods import parse_period
from lofte_desktop.domain.errors import LofteError, ValidationError, ValidationErrors
from lofte_desktop.domain.planning import plan_duration
from lofte_desktop.domain.recurrence import parse_rule
from lofte_desktop.domain.texts import column_name, language
from lofte_desktop.domain.types import DEFAULT_TYPES, PlaceKind, Status
from lofte_desktop.domain.validation import (
    ActivityDraft,
    clean_place_name,
    parse_count,
    parse_date,
    parse_measurement,
    parse_year,
    validate_activity,
)
from lofte_desktop.services.sync_lookups import RuleContext
from lofte_desktop.storage import rows as row_readers
from lofte_desktop.sync.compat import TYPES_0_1_0
from lofte_desktop.sync.errors import SyncError
from lofte_desktop.sync.schema import TABLE_ORDER, record_fields

Record = dict[str, Any]


class InvalidRecordError(SyncError):
    """A record in a package breaks a domain rule; nothing was imported."""

    def __init__(self, kind: Kind, record: Mapping[str, Any], errors: list[LofteError]):
        self.kind = kind
        self.record_id = str(record.get("id", ""))
        self.description = _safe(kind.describe, record)
        self.errors = errors
        super().__init__("sync.bad_record", id=self.record_id)

    def message(self, lang: str | None = None) -> str:
        lang = lang or language()
        en = lang == "en"
        what = f"{self.kind.en if en else self.kind.sv} {self.record_id}"
        if self.description:
            what += f" ({self.description})"
        problems = " ".join(_problem(e, lang) for e in self.errors)
        if en:
            return (
                f"The package was not imported: the {what} breaks the rules. "
                f"{problems} Nothing was imported; ask the sender to correct the "
                "record and send a new package."
            )
        return (
            f"Paketet importerades inte: {what} följer inte reglerna. {problems} "
            "Inget importerades. Be avsändaren rätta posten och skicka ett nytt paket."
        )


def _problem(e: LofteError, lang: str) -> str:
    """A field's error, led by the field's name unless the message says it."""
    text = e.message(lang)
    label = column_name(e.field, lang) if e.field else ""
    return f"{label}: {text}" if label and label not in text else text


Check = Callable[[RuleContext, Record], None]


@dataclass(frozen=True)
class Kind:
    sv: str
    en: str
    check: Check | None = None
    describe: Callable[[Record], str] = lambda r: ""


def _type_text(value: Any) -> str:
    info = DEFAULT_TYPES.get(str(value))
    return info.label() if info is not None else str(value)[:40]


# -- the checks ------------------------------------------------------------------


def _same(field: str, got: Any, want: Any, key: str, **params: Any) -> None:
    """A value the rule accepts only in another spelling ("polis" for "Polisen",
    "9:05" for "09:05") is not what the app stores: refused, as it would be
    stored differently from how the rest of the data spells it."""
    if got != want:
        raise ValidationError(key, field=field, value=got, **params)


def _activity_like(
    ctx: RuleContext,
    r: Record,
    *,
    promise_ids: Iterable[str],
    day: Any,
    hours: Any,
    count: Any,
    status: Any,
) -> None:
    """`validate_activity` on a record, under the rules of its promises' agreement."""
    agreement_id, codes = ctx.agreement_for(promise_ids, day)
    rules = ctx.rules(agreement_id)
    place_id = r["place_id"]
    place = ctx.places.get(place_id) if place_id else None
    valid = validate_activity(
        ActivityDraft(
            activity_type=r["activity_type"],
            promise_codes=codes,
            date=_read_day(day),
            party=r["party"],
            hours=hours,
            count=count,
            place=place,
            status=status,
            note=r["note"],
            start_time=r["start_time"],
            # a record may be older than the type's retirement here
            existing_type=r["activity_type"],
        ),
        rules,
        # 0.1.0 let its types be saved without their figures; its records travel on
        figures_required=r["activity_type"] not in TYPES_0_1_0,
    )
    if r["activity_type"] != valid.activity_type:
        _same(
            "type",
            r["activity_type"],
            valid.activity_type,
            "err.unknown_type",
            valid=", ".join(rules.types.codes()),
        )
    if r["party"] != valid.party:
        _same(
            "party",
            r["party"],
            valid.party,
            "err.unknown_party",
            valid=", ".join(rules.parties),
        )
    if status != valid.status.value:
        _same("status", status, valid.status.value, "err.unknown_status")
    if r["start_time"] != valid.start_time:
        _same("start_time", r["start_time"], valid.start_time, "err.bad_time")


def _read_day(day: Any) -> Any:
    """A record's day as a date, read once: every date field has passed
    `_real_dates` before a check runs, and `validate_activity` takes a date as it
    is (parsing the same ISO text again would give the same date)."""
    try:
        return date.fromisoformat(day)
    except (TypeError, ValueError):
        return day  # validate_activity says what is wrong with it


def _activity(ctx: RuleContext, r: Record) -> None:
    _activity_like(
        ctx,
        r,
        promise_ids=r["promise_ids"],
        day=r["date"],
        hours=r["hours"],
        count=r["count"],
        status=r["status"],
    )


def _plan_series(ctx: RuleContext, r: Record) -> None:
    errors: list[LofteError] = []
    ids = _json_list(r, "promise_ids", errors)
    exdates = _json_list(r, "exdates", errors)
    for d in exdates:
        _collect(errors, partial(parse_date, str(d), "exdates"))
    _collect(errors, lambda: plan_duration(r["duration_hours"]))
    _collect(errors, lambda: parse_count(r["expected_count"], "expected_count"))
    _collect(
        errors,
        lambda: _activity_like(
            ctx,
            r,
            promise_ids=[str(i) for i in ids],
            day=r["start_date"],
            hours=None,
            count=None,
            status=Status.PLANNED.value,
        ),
    )
    try:
        start = date.fromisoformat(r["start_date"])
    except ValueError:
        pass  # refused above
    else:
        _collect(errors, lambda: parse_rule(r["rrule"], start))
        if r["until"] and r["until"] < r["start_date"]:
            errors.append(
                ValidationError("err.bad_date", field="until", value=r["until"])
            )
    _raise(errors)


def _indicator_value(ctx: RuleContext, r: Record) -> None:
    errors: list[LofteError] = []
    _collect(errors, lambda: parse_year(r["year"]))
    _collect(errors, lambda: parse_measurement(r["value"]))
    _raise(errors)


def _place(ctx: RuleContext, r: Record) -> None:
    errors: list[LofteError] = []
    _collect(
        errors,
        lambda: _same("place", r["name"], clean_place_name(r["name"]), "err.bad_value"),
    )
    _collect(errors, lambda: _enum(PlaceKind, r, "kind"))
    _raise(errors)


def _period_lock(ctx: RuleContext, r: Record) -> None:
    agreement = ctx.agreements.get(r["agreement_id"])
    if agreement is None:
        raise ValidationError(
            "err.bad_value", field="agreement_id", value=r["agreement_id"]
        )
    parse_period(r["period_code"], agreement, check_inside=False)


def _readable(reader: Callable[[Record], object]) -> Check:
    """The row reader the app uses must read the record back."""

    def check(ctx: RuleContext, r: Record) -> None:
        try:
            reader(r)
        except LofteError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ValidationError("err.unreadable", value=str(exc)[:80]) from None

    return check


def _agreement(r: Record) -> None:
    a = row_readers.agreement_from_mapping(r)
    if a.end < a.start:
        raise ValidationError("err.bad_date", field="end", value=r["end"])


def _promise(r: Record) -> None:
    row_readers.promise_from_row(SimpleNamespace(**r), "")
    for name in ("parties", "activity_types"):
        values = json.loads(r[name])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"{name}: {r[name][:40]}")


def _promise_record(ctx: RuleContext, r: Record) -> None:
    """A promise the app can read, naming only its agreement's activity types (as
    a catalogue's promise must; the package's own `activity_types` records are
    merged before its promises)."""
    _readable(_promise)(ctx, r)
    if r["agreement_id"] not in ctx.agreements:
        return  # the unknown agreement is refused on its own
    types = ctx.types(r["agreement_id"])
    for code in json.loads(r["activity_types"]):
        if code not in types:
            raise ValidationError(
                "err.unknown_type",
                field="activity_types",
                value=str(code)[:40],
                valid=", ".join(types.codes()),
            )


def _field(name: str) -> Callable[[Record], str]:
    return lambda r: str(r[name])[:60]


def _typed(day: str) -> Callable[[Record], str]:
    return lambda r: f"{_type_text(r['activity_type'])} {r[day]}"


KINDS: dict[str, Kind] = {
    "agreements": Kind(
        "överenskommelsen", "agreement", _readable(_agreement), _field("code")
    ),
    "activity_types": Kind(
        "aktivitetstypen",
        "activity type",
        _readable(row_readers.activity_type_from_mapping),
        _field("code"),
    ),
    "focus_areas": Kind("fokusområdet", "focus area", None, _field("code")),
    "promises": Kind("löftet", "promise", _promise_record, _field("code")),
    "indicators": Kind("indikatorn", "indicator", None, _field("code")),
    "indicator_values": Kind(
        "indikatorvärdet", "indicator value", _indicator_value, _field("year")
    ),
    "places": Kind("platsen", "place", _place, _field("name")),
    "activities": Kind("aktiviteten", "activity", _activity, _typed("date")),
    "plan_series": Kind("planeringen", "plan", _plan_series, _typed("start_date")),
    "period_locks": Kind(
        "periodlåset", "period lock", _period_lock, _field("period_code")
    ),
    "audit_log": Kind("historikposten", "history entry"),
}


# -- every record: real dates and timestamps ------------------------------------------


def _date_fields(table: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    fields = record_fields(table)
    return (
        tuple(f.name for f in fields if f.kind == "date"),
        tuple(f.name for f in fields if f.kind == "datetime"),
    )


_DATES = {table: _date_fields(table) for table in TABLE_ORDER}


def _real_dates(
    dates: tuple[str, ...], stamps: tuple[str, ...], r: Record
) -> list[LofteError] | None:
    """The format allows 2024-02-30; no calendar does. None when all are real."""
    errors: list[LofteError] | None = None
    for name in dates:
        v = r[name]
        if v is not None:
            try:
                date.fromisoformat(v)
            except ValueError:
                errors = [
                    *(errors or []),
                    ValidationError("err.bad_date", field=name, value=v),
                ]
    for name in stamps:
        v = r[name]
        if v is not None:
            try:
                datetime.fromisoformat(v.replace("Z", "+00:00"))
            except ValueError:
                errors = [
                    *(errors or []),
                    ValidationError("err.bad_date", field=name, value=v),
                ]
    return errors


# -- helpers ------------------------------------------------------------------------


def _collect(errors: list[LofteError], fn: Callable[[], object]) -> None:
    try:
        fn()
    except ValidationErrors as exc:
        errors.extend(exc.errors)
    except LofteError as exc:
        errors.append(exc)


def _raise(errors: list[LofteError]) -> None:
    if errors:
        raise ValidationErrors(list(errors))  # type: ignore[arg-type]


def _json_list(r: Record, name: str, errors: list[LofteError]) -> list[Any]:
    try:
        value = json.loads(r[name] or "[]")
    except ValueError:
        value = None
    if not isinstance(value, list):
        errors.append(ValidationError("err.bad_value", field=name, value=r[name][:40]))
        return []
    return value


def _enum(enum: Any, r: Record, name: str) -> None:
    try:
        enum(r[name])
    except ValueError:
        raise ValidationError("err.bad_value", field=name, value=r[name]) from None


def _safe(fn: Callable[[Record], str], r: Mapping[str, Any]) -> str:
    try:
        return fn(dict(r))
    except Exception:
        return ""


class RecordRules:
    """Checks a merge's records, table by table; see the module docstring."""

    def __init__(self, conn: Connection) -> None:
        self.ctx = RuleContext(conn)

    def check(self, table: str, records: Iterable[Record]) -> None:
        """Raises InvalidRecordError for the first record that breaks a rule."""
        kind = KINDS.get(table) or Kind(table, table)
        check = kind.check
        ctx = self.ctx
        dates, stamps = _DATES.get(table) or _date_fields(table)
        for r in records:
            errors = _real_dates(dates, stamps, r)
            if errors is None and check is not None:
                try:
                    check(ctx, r)
                except ValidationErrors as exc:
                    errors = list(exc.errors)
                except LofteError as exc:
                    errors = [exc]
            if errors:
                raise InvalidRecordError(kind, r, errors)
        ctx.forget(table)
