"""Turns loosely typed input (CLI strings, form fields) into a checked activity.

Every rule lives here so that the CLI, the quick-log form, the edit dialog and sync
import refuse the same things with the same words. All errors are collected so a
form can show each next to its field.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from lofte_desktop.domain.errors import PrivacyError, ValidationError, ValidationErrors
from lofte_desktop.domain.pii import find_personal_numbers
from lofte_desktop.domain.types import (
    DEFAULT_TYPES,
    NO_NAME,
    ActivityTypeInfo,
    ActivityTypes,
    PlaceKind,
    Status,
    TypeCode,
    Words,
)

MAX_NOTE = 2000
MAX_PLACE = 120
_TIME_RE = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
#: The typed date forms taken as they are: year first, so never ambiguous.
#: "2024-11-28" (also "2024-3-5") and "20241128".
_DATE_FORMS = (
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)


@dataclass(frozen=True)
class AgreementSpan:
    """An agreement's name and period, for messages about dates outside it."""

    name: str
    start: date
    end: date


@dataclass(frozen=True)
class Rules:
    """What the agreement allows: its promises, parties and dates.

    `name` and `known` only make messages better: `known` lists every agreement
    in the database (a date outside all of them names them all)."""

    promise_codes: frozenset[str]
    parties: tuple[str, ...]
    start: date
    end: date
    name: str = ""
    known: tuple[AgreementSpan, ...] = ()
    #: The agreement's activity types; a new activity may have one not retired.
    types: ActivityTypes = DEFAULT_TYPES

    def spans(self) -> tuple[AgreementSpan, ...]:
        return self.known or (AgreementSpan(self.name, self.start, self.end),)


@dataclass
class ActivityDraft:
    """Raw input for one activity; every field may still be wrong."""

    activity_type: str
    promise_codes: Sequence[str]
    date: str | date
    party: str | None = None
    hours: str | float | None = None
    count: str | int | None = None
    place: str | None = None
    status: str | Status = Status.DONE
    note: str = ""
    start_time: str | None = None
    extra: dict[str, object] = field(default_factory=dict)
    #: The type the activity has now, when an existing one is edited (it may keep
    #: a type since retired).
    existing_type: str | None = None


@dataclass(frozen=True)
class ValidActivity:
    activity_type: TypeCode
    promise_codes: tuple[str, ...]
    date: date
    party: str
    hours: float | None
    count: int | None
    place: str | None
    status: Status
    note: str
    start_time: str | None
    #: What kind of place a new place name becomes (the type says).
    place_kind: PlaceKind | None = None
    #: The type's name as the agreement gives it.
    type_name: Words = NO_NAME


def check_free_text(text: str | None, field_name: str) -> None:
    """Refuses text with a personnummer; the message masks the number."""
    matches = find_personal_numbers(text)
    if matches:
        raise PrivacyError(
            "err.personnummer", field=field_name, masked=matches[0].masked
        )


def parse_date(value: str | date, field_name: str = "date") -> date:
    """A typed date exactly as typed ("2024-11-28" or "20241128"), or a refusal.

    A date that does not exist (2024-02-30) is refused with why, never moved to a
    near one."""
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for form in _DATE_FORMS:
        m = form.fullmatch(text)
        if m is None:
            continue
        year, month, day = (int(g) for g in m.groups())
        try:
            return date(year, month, day)
        except ValueError:
            raise _no_such_date(text, year, month, field_name) from None
    if not text:
        raise ValidationError("err.required", field=field_name)
    raise ValidationError("err.bad_date", field=field_name, value=text)


def _no_such_date(text: str, year: int, month: int, field_name: str) -> ValidationError:
    if year < 1:
        return ValidationError("err.bad_date", field=field_name, value=text)
    if not 1 <= month <= 12:
        return ValidationError("err.no_such_month", field=field_name, value=text)
    days = calendar.monthrange(year, month)[1]
    return ValidationError(
        "err.no_such_day",
        field=field_name,
        value=text,
        month_key=f"month.{month}",
        year=year,
        days=days,
    )


def outside_agreements(when: date, rules: Rules, field_name: str) -> ValidationError:
    """The refusal for a date no agreement covers: names them and what to do."""
    spans = "; ".join(
        f"{s.name or '–'} ({s.start.isoformat()} – {s.end.isoformat()})"
        for s in rules.spans()
    )
    return ValidationError(
        "err.outside_agreement",
        field=field_name,
        value=when.isoformat(),
        agreements=spans,
        start=rules.start.isoformat(),
        end=rules.end.isoformat(),
    )


def required_fields(info: ActivityTypeInfo, status: Status) -> tuple[str, ...]:
    """The fields a logged activity of this type must have (the agreement's type
    says which). A planned or cancelled one has no figures yet."""
    if status is not Status.DONE:
        return ()
    return info.required


def parse_hours(value: str | float | None, field_name: str = "hours") -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        # numbers as they are (imports); text with a decimal comma as typed
        hours = (
            float(value)
            if type(value) in (float, int)
            else float(str(value).strip().replace(",", "."))
        )
    except (ValueError, OverflowError):
        raise ValidationError("err.bad_number", field=field_name, value=value) from None
    if hours != hours or hours in (float("inf"), float("-inf")):
        raise ValidationError("err.bad_number", field=field_name, value=value)
    if hours < 0:
        raise ValidationError("err.negative", field=field_name)
    if hours > 24:
        raise ValidationError("err.too_many_hours", field=field_name)
    return round(hours, 2)


def parse_count(value: str | int | None, field_name: str = "count") -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if type(value) is int and -(2**53) <= value <= 2**53:
        number = float(value)  # a number as it is (imports); checked below
    else:
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            raise ValidationError(
                "err.bad_number", field=field_name, value=value
            ) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValidationError("err.bad_number", field=field_name, value=value)
    if number < 0:
        raise ValidationError("err.negative", field=field_name)
    if not number.is_integer() or number > 10_000_000:
        raise ValidationError("err.count_not_whole", field=field_name)
    return int(number)


def parse_type(
    value: str, types: ActivityTypes = DEFAULT_TYPES, existing: str | None = None
) -> ActivityTypeInfo:
    """The agreement's type with this code. A retired type is refused, except for
    an activity that already has it (`existing`: an edit keeps its type)."""
    code = str(value).strip()
    info = types.get(code)
    if info is None or (info.retired and code != existing):
        raise ValidationError(
            "err.unknown_type" if info is None else "err.retired_type",
            field="type",
            value=value,
            valid=", ".join(i.code for i in types.offered()),
        )
    return info


def parse_status(value: str | Status) -> Status:
    try:
        return Status(str(value).strip())
    except ValueError:
        raise ValidationError(
            "err.unknown_status", field="status", value=value
        ) from None


def parse_time(value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    m = _TIME_RE.match(str(value).strip())
    if not m:
        raise ValidationError("err.bad_time", field="start_time", value=value)
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def match_party(value: str | None, parties: Iterable[str]) -> str:
    parties = tuple(parties)
    if value is None or not value.strip():
        raise ValidationError("err.required", field="party")
    wanted = value.strip().casefold()
    for party in parties:
        if party.casefold() == wanted:
            return party
    # Accept a unique prefix: "polis" → "Polisen", "kommun" → "Krokoms kommun".
    hits = [p for p in parties if wanted in p.casefold()]
    if len(hits) == 1:
        return hits[0]
    raise ValidationError(
        "err.unknown_party", field="party", value=value, valid=", ".join(parties)
    )


def parse_year(value: str | int, field_name: str = "year") -> int:
    """A year for an indicator value (1900–2999)."""
    try:
        year = int(str(value).strip())
    except ValueError:
        raise ValidationError("err.bad_year", field=field_name, value=value) from None
    if not 1900 <= year <= 2999:
        raise ValidationError("err.bad_year", field=field_name, value=value)
    return year


def parse_measurement(value: str | float, field_name: str = "value") -> float:
    """An indicator's measured value: a finite number, not negative ("12,5 %" ok)."""
    try:
        number = float(str(value).strip().replace(",", ".").replace("%", ""))
    except ValueError:
        raise ValidationError("err.bad_number", field=field_name, value=value) from None
    if number != number or number in (float("inf"), float("-inf")) or number < 0:
        raise ValidationError("err.bad_number", field=field_name, value=value)
    return number


def clean_place_name(name: str | None) -> str:
    """A place name as stored: inner whitespace collapsed, never empty, no
    personnummer."""
    clean = " ".join((name or "").split())
    if not clean:
        raise ValidationError("err.required", field="place")
    check_free_text(clean, "place")
    return clean


#: The order a form shows its fields in; errors come in this order, so the first
#: error is the first wrong field.
FIELD_ORDER = (
    "type",
    "date",
    "party",
    "place",
    "hours",
    "count",
    "status",
    "start_time",
    "promises",
    "note",
)


def _field_rank(error: ValidationError) -> int:
    field = error.field or ""
    return FIELD_ORDER.index(field) if field in FIELD_ORDER else len(FIELD_ORDER)


def _missing(name: str, info: ActivityTypeInfo) -> ValidationError:
    label = info.count_label if name == "count" and info.count_label.sv else None
    return ValidationError(
        "err.required_for",
        field=name,
        type_key=info.name,
        **({"field_key": label} if label else {}),
    )


def validate_activity(
    draft: ActivityDraft, rules: Rules, *, figures_required: bool = True
) -> ValidActivity:
    """Checks every field; raises ValidationErrors listing all problems found.

    `figures_required=False` (sync import) lets a done activity lack the figures its
    type uses: release 0.1.0 did not ask for them, and its records travel on."""
    errors: list[ValidationError] = []
    # Each field is parsed on its own, so that every problem is listed at once
    # (a failed field stays None). Written out, not looped: an import checks
    # 100k records with this one function.
    kind: ActivityTypeInfo | None = None
    status: Status | None = None
    when: date | None = None
    hours: float | None = None
    count: int | None = None
    start_time: str | None = None
    party: str | None = None
    try:
        kind = parse_type(draft.activity_type, rules.types, draft.existing_type)
    except ValidationError as exc:
        errors.append(exc)
    try:
        status = parse_status(draft.status)
    except ValidationError as exc:
        errors.append(exc)
    try:
        when = parse_date(draft.date)
    except ValidationError as exc:
        errors.append(exc)
    try:
        hours = parse_hours(draft.hours)
    except ValidationError as exc:
        errors.append(exc)
    try:
        count = parse_count(draft.count)
    except ValidationError as exc:
        errors.append(exc)
    try:
        start_time = parse_time(draft.start_time)
    except ValidationError as exc:
        errors.append(exc)
    try:
        party = match_party(draft.party, rules.parties)
    except ValidationError as exc:
        errors.append(exc)

    codes: list[str] = []
    for raw in draft.promise_codes:
        code = raw.strip()
        match = (
            code
            if code in rules.promise_codes
            else next(
                (c for c in rules.promise_codes if c.casefold() == code.casefold()),
                None,
            )
        )
        if match is None:
            errors.append(
                ValidationError("err.unknown_promise", field="promises", value=raw)
            )
        elif match not in codes:
            codes.append(match)
    if not draft.promise_codes:
        errors.append(ValidationError("err.no_promise", field="promises"))

    if when is not None and not rules.start <= when <= rules.end:
        errors.append(outside_agreements(when, rules, "date"))

    note = (draft.note or "").strip()
    if len(note) > MAX_NOTE:
        errors.append(
            ValidationError(
                "err.note_too_long", field="note", n=len(note), max=MAX_NOTE
            )
        )
    try:
        check_free_text(note, "note")
    except ValidationError as exc:
        errors.append(exc)

    place = (draft.place or "").strip() or None
    if place is not None:
        if len(place) > MAX_PLACE:
            errors.append(
                ValidationError(
                    "err.note_too_long", field="place", n=len(place), max=MAX_PLACE
                )
            )
        try:
            check_free_text(place, "place")
        except ValidationError as exc:
            errors.append(exc)

    required = (
        required_fields(kind, status)
        if figures_required and kind is not None and status is not None
        else ()
    )
    if required:
        assert kind is not None
        present = {
            "hours": hours,
            "count": count,
            "place": place,
            "start_time": start_time,
        }
        failed = {e.field for e in errors}
        for name in required:
            if present[name] is None and name not in failed:
                errors.append(_missing(name, kind))

    if errors:
        errors.sort(key=_field_rank)
        raise ValidationErrors(errors)
    assert kind is not None and status is not None
    assert when is not None and party is not None
    return ValidActivity(
        activity_type=kind.code,
        promise_codes=tuple(codes),
        date=when,
        party=party,
        hours=hours,
        count=count,
        place=place,
        status=status,
        note=note,
        start_time=start_time,
        place_kind=kind.place_kind,
        type_name=kind.name,
    )
