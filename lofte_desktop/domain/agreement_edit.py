"""The rules for editing an agreement's parts in the app: focus areas, promises
and their targets, indicators, the follow-up cadence.

What the user typed is taken exactly or refused field by field (every error at
once, each naming its field, in Swedish first), as `domain.validation` does for
an activity. The numbers and years reuse its parsers; a catalogue file obeys the
same limits (`domain.catalogue`), so an edited agreement exports and loads back.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any

from lofte_desktop.domain.errors import ValidationError, ValidationErrors
from lofte_desktop.domain.model import Indicator, Promise, Target
from lofte_desktop.domain.texts import add_texts
from lofte_desktop.domain.types import Cadence, TargetPer, TargetUnit
from lofte_desktop.domain.validation import (
    check_free_text,
    parse_measurement,
    parse_year,
)

#: The kinds of target a promise can have, as the editor offers them.
TARGET_KINDS = ("min", "range", "max", "previous", "none")
#: An indicator's target comparisons ("" = no target).
COMPARISONS = ("<", "<=", ">", ">=", "=")
_PART_CODE = re.compile(r"[0-9A-Za-zÅÄÖåäöÉé][0-9A-Za-zÅÄÖåäöÉé._-]{0,39}")


def target_kind(target: Target) -> str:
    """Which of TARGET_KINDS a stored target is."""
    if target.min is not None and target.max is not None:
        return "range"
    if target.min is not None:
        return "min"
    if target.max is not None:
        return "max"
    return "previous" if target.compare_previous else "none"


@dataclass(frozen=True)
class TargetDraft:
    """A target as typed: `low` is N ("at least N", "N–M", "at most N"), `high`
    is M of "N–M"."""

    kind: str
    low: str | float | None = None
    high: str | float | None = None
    unit: str = TargetUnit.OCCASIONS.value
    per: str = TargetPer.TERM.value
    window: tuple[int, int] | None = None
    weekdays: Sequence[int] = ()
    description: str = ""


def _choice(value: str, enum_type: Any, field: str) -> Any:
    try:
        return enum_type(str(value).strip())
    except ValueError:
        raise ValidationError("err.unknown_choice", field=field, value=value) from None


def _number(raw: str | float | None, field: str) -> float:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise ValidationError("err.required", field=field)
    return parse_measurement(raw, field)


def check_target(d: TargetDraft) -> Target:
    """The Target the draft describes, or ValidationErrors naming each bad field."""
    errors: list[ValidationError] = []
    values: dict[str, Any] = {}

    def attempt(name: str, fn: Any, *args: Any) -> None:
        try:
            values[name] = fn(*args)
        except ValidationError as exc:
            errors.append(exc)

    kind = d.kind if d.kind in TARGET_KINDS else None
    if kind is None:
        errors.append(
            ValidationError("err.unknown_choice", field="target_kind", value=d.kind)
        )
    attempt("unit", _choice, d.unit, TargetUnit, "target_unit")
    attempt("per", _choice, d.per, TargetPer, "target_per")
    if kind in ("min", "range", "max"):
        attempt("low", _number, d.low, "target_low")
    if kind == "range":
        attempt("high", _number, d.high, "target_high")
        low, high = values.get("low"), values.get("high")
        if low is not None and high is not None and high < low:
            errors.append(
                ValidationError("err.range_order", field="target_high", low=d.low)
            )
    if d.window is not None and not all(
        isinstance(m, int) and 1 <= m <= 12 for m in d.window
    ):
        errors.append(
            ValidationError("err.unknown_choice", field="target_window", value=d.window)
        )
    days = list(d.weekdays)
    if not all(isinstance(x, int) and 1 <= x <= 7 for x in days) or len(
        set(days)
    ) != len(days):
        errors.append(
            ValidationError("err.unknown_choice", field="target_weekdays", value=days)
        )
    attempt("description", check_free_text, d.description, "target_description")
    if errors:
        raise ValidationErrors(errors)
    low, high = values.get("low"), values.get("high")
    return Target(
        unit=values["unit"],
        per=values["per"],
        min=low if kind in ("min", "range") else None,
        max=high if kind == "range" else (low if kind == "max" else None),
        compare_previous=kind == "previous",
        description=d.description.strip(),
        window=d.window,
        weekdays=tuple(sorted(days)),
    )


def _code(
    raw: str, field: str, taken: Collection[str], what_key: str
) -> tuple[str | None, ValidationError | None]:
    code = raw.strip()
    if not code:
        return None, ValidationError("err.required", field=field)
    if not _PART_CODE.fullmatch(code):
        return None, ValidationError("err.bad_part_code", field=field, value=code)
    if code.casefold() in {c.casefold() for c in taken}:
        return None, ValidationError(
            "err.code_taken", field=field, value=code, what_key=what_key
        )
    return code, None


def _text(raw: str, field: str, errors: list[ValidationError], required: bool) -> str:
    text = raw.strip()
    if required and not text:
        errors.append(ValidationError("err.required", field=field))
        return text
    try:
        check_free_text(text, field)
    except ValidationError as exc:
        errors.append(exc)
    return text


@dataclass(frozen=True)
class FocusAreaDraft:
    code: str
    name: str
    problem: str  # the lägesbild


def check_focus_area(d: FocusAreaDraft, taken: Collection[str]) -> tuple[str, str, str]:
    """(code, name, problem). `taken`: the other focus areas' codes."""
    errors: list[ValidationError] = []
    code, err = _code(d.code, "area_code", taken, "what.area")
    if err is not None:
        errors.append(err)
    name = _text(d.name, "area_name", errors, True)
    problem = _text(d.problem, "area_problem", errors, False)
    if errors:
        raise ValidationErrors(errors)
    assert code is not None
    return code, name, problem


@dataclass(frozen=True)
class PromiseDraft:
    code: str
    focus_area: str
    text: str
    parties: Sequence[str]
    activity_types: Sequence[str]
    target: TargetDraft


@dataclass(frozen=True)
class CheckedPromise:
    code: str
    focus_area: str
    text: str
    parties: tuple[str, ...]
    activity_types: tuple[str, ...]
    target: Target


def check_promise(
    d: PromiseDraft,
    *,
    parties: Sequence[str],
    areas: Collection[str],
    types: Collection[str],
    taken: Collection[str],
) -> CheckedPromise:
    """A promise as typed, against the agreement: its `parties`, focus `areas`,
    activity `types`, and the codes `taken` by its other promises."""
    errors: list[ValidationError] = []
    code, err = _code(d.code, "promise_code", taken, "what.promise")
    if err is not None:
        errors.append(err)
    if d.focus_area not in areas:
        errors.append(
            ValidationError("err.required", field="promise_area")
            if not d.focus_area
            else ValidationError(
                "err.unknown_choice", field="promise_area", value=d.focus_area
            )
        )
    text = _text(d.text, "promise_text", errors, True)
    chosen = tuple(dict.fromkeys(p.strip() for p in d.parties if p.strip()))
    unknown = [p for p in chosen if p not in parties]
    if not chosen:
        errors.append(ValidationError("err.required", field="promise_parties"))
    elif unknown:
        errors.append(
            ValidationError(
                "err.party_not_in_agreement",
                field="promise_parties",
                value=unknown[0],
                valid=", ".join(parties),
            )
        )
    kinds = tuple(dict.fromkeys(d.activity_types))
    strange = [k for k in kinds if k not in types]
    if not kinds:
        errors.append(ValidationError("err.required", field="promise_types"))
    elif strange:
        errors.append(
            ValidationError(
                "err.unknown_choice", field="promise_types", value=strange[0]
            )
        )
    target: Target | None = None
    try:
        target = check_target(d.target)
    except ValidationErrors as exc:
        errors.extend(exc.errors)
    if errors:
        raise ValidationErrors(errors)
    assert code is not None and target is not None
    return CheckedPromise(code, d.focus_area, text, chosen, kinds, target)


def counting_changed(old: Promise, new: CheckedPromise) -> bool:
    """Whether the edit changes what the promise's figures are: its target or the
    activity types that count towards it."""
    return old.target != new.target or tuple(old.activity_types) != tuple(
        new.activity_types
    )


def target_locked(promise_code: str, period_code: str) -> ValidationError:
    """The refusal for changing a target (or what counts) under a locked period."""
    return ValidationError(
        "err.target_locked",
        field="target_kind",
        promise=promise_code,
        value=period_code,
    )


@dataclass(frozen=True)
class IndicatorDraft:
    baseline_value: str | float
    baseline_year: str | int
    comparison: str  # "" = no target
    target_value: str | float | None = None
    target_year: str | int | None = None


def check_indicator(d: IndicatorDraft, old: Indicator) -> Indicator:
    """`old` with the typed baseline and target, or ValidationErrors."""
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}

    def attempt(name: str, fn: Any, *args: Any) -> None:
        try:
            out[name] = fn(*args)
        except ValidationError as exc:
            errors.append(exc)

    attempt("baseline_value", _number, d.baseline_value, "indicator_baseline")
    attempt("baseline_year", parse_year, d.baseline_year, "indicator_baseline_year")
    comparison = d.comparison.strip()
    if comparison and comparison not in COMPARISONS:
        errors.append(
            ValidationError(
                "err.unknown_choice", field="indicator_comparison", value=comparison
            )
        )
    if comparison:
        attempt("target_value", _number, d.target_value, "indicator_target")
        if d.target_year is not None and str(d.target_year).strip():
            attempt("target_year", parse_year, d.target_year, "indicator_target_year")
    if errors:
        raise ValidationErrors(errors)
    return replace(
        old,
        baseline_value=out["baseline_value"],
        baseline_year=out["baseline_year"],
        target_comparison=comparison or None,
        target_value=out.get("target_value"),
        target_year=out.get("target_year"),
    )


def parse_cadence(value: str | Cadence, field: str = "agreement_cadence") -> Cadence:
    return _choice(str(value), Cadence, field)


def in_use(what: str, uses: Sequence[str], key: str) -> ValidationError:
    """The refusal to remove a focus area or promise that something refers to."""
    return ValidationError(key, value=what, uses="; ".join(uses))


add_texts(
    {
        "sv": {
            "err.unknown_choice": "{field}: okänt val {value}.",
            "err.range_order": "{field} måste vara minst lika stor som {low}.",
            "err.bad_part_code": (
                "{field} får bara innehålla bokstäver, siffror, punkt, bindestreck "
                "och understreck (t.ex. T2), högst 40 tecken, inte {value}."
            ),
            "err.code_taken": "Det finns redan {what} med koden {value}.",
            "what.area": "ett fokusområde",
            "what.promise": "ett löfte",
            "err.party_not_in_agreement": (
                "{value} är inte en av medborgarlöftets parter ({valid})."
            ),
            "err.target_locked": (
                "Målet för {promise} kan inte ändras, och inte heller vilka "
                "aktivitetstyper som räknas: perioden {value} är låst efter "
                "uppföljning. Lås upp perioden under Uppföljning först."
            ),
            "err.promise_in_use": (
                "Löftet {value} kan inte tas bort: {uses}. Ett löfte tas bara "
                "bort när inget hänvisar till det."
            ),
            "err.area_in_use": (
                "Fokusområdet {value} kan inte tas bort: {uses}. Ett fokusområde "
                "tas bara bort när inget hänvisar till det."
            ),
            "use.activities": "{n} aktiviteter är loggade eller planerade mot det",
            "use.series": "{n} planerade serier hör till det",
            "use.comments": "{n} uppföljningskommentarer gäller det",
            "use.continued": "löftet {value} fortsätter det",
            "use.promises": "löftena {value} hör till det",
            "use.indicators": "indikatorerna {value} hör till det",
            "cadence.year": "Per år",
            "cadence.term": "Per termin (HT/VT)",
            "cadence.tertial": "Per tertial (T1–T3)",
            "cadence.quarter": "Per kvartal (K1–K4)",
        },
        "en": {
            "err.unknown_choice": "{field}: unknown choice {value}.",
            "err.range_order": "{field} must be at least {low}.",
            "err.bad_part_code": (
                "{field} may hold only letters, digits, full stops, hyphens and "
                "underscores (e.g. T2), at most 40 characters, not {value}."
            ),
            "err.code_taken": "There is already {what} with the code {value}.",
            "what.area": "a focus area",
            "what.promise": "a promise",
            "err.party_not_in_agreement": (
                "{value} is not one of the agreement's parties ({valid})."
            ),
            "err.target_locked": (
                "The target of {promise} cannot be changed, nor which activity "
                "types count: the period {value} is locked after follow-up. "
                "Unlock the period under Follow-up first."
            ),
            "err.promise_in_use": (
                "The promise {value} cannot be removed: {uses}. A promise is "
                "removed only when nothing refers to it."
            ),
            "err.area_in_use": (
                "The focus area {value} cannot be removed: {uses}. A focus area is "
                "removed only when nothing refers to it."
            ),
            "use.activities": "{n} activities are logged or planned against it",
            "use.series": "{n} planned series belong to it",
            "use.comments": "{n} follow-up comments concern it",
            "use.continued": "the promise {value} continues it",
            "use.promises": "the promises {value} belong to it",
            "use.indicators": "the indicators {value} belong to it",
            "cadence.year": "Yearly",
            "cadence.term": "Per term (autumn/spring)",
            "cadence.tertial": "Per tertial (T1–T3)",
            "cadence.quarter": "Per quarter (Q1–Q4)",
        },
    },
    {
        "sv": {
            "target_kind": "Målet",
            "target_low": "Antalet",
            "target_high": "Övre gränsen",
            "target_unit": "Enheten",
            "target_per": "Perioden målet gäller",
            "target_window": "Månaderna",
            "target_weekdays": "Veckodagarna",
            "target_description": "Beskrivningen",
            "promise_code": "Koden",
            "promise_area": "Fokusområdet",
            "promise_text": "Löftestexten",
            "promise_parties": "Parterna",
            "promise_types": "Aktivitetstyperna som räknas",
            "area_code": "Koden",
            "area_name": "Namnet",
            "area_problem": "Lägesbilden",
            "indicator_baseline": "Utgångsvärdet",
            "indicator_baseline_year": "Utgångsåret",
            "indicator_comparison": "Jämförelsen",
            "indicator_target": "Målvärdet",
            "indicator_target_year": "Målåret",
            "agreement_cadence": "Uppföljningen",
            "agreement_municipality": "Kommunen",
            "agreement_police_area": "Polisområdet",
        },
        "en": {
            "target_kind": "The target",
            "target_low": "The number",
            "target_high": "The upper limit",
            "target_unit": "The unit",
            "target_per": "The period the target applies per",
            "target_window": "The months",
            "target_weekdays": "The weekdays",
            "target_description": "The description",
            "promise_code": "The code",
            "promise_area": "The focus area",
            "promise_text": "The promise's text",
            "promise_parties": "The parties",
            "promise_types": "The activity types that count",
            "area_code": "The code",
            "area_name": "The name",
            "area_problem": "The situation",
            "indicator_baseline": "The baseline",
            "indicator_baseline_year": "The baseline year",
            "indicator_comparison": "The comparison",
            "indicator_target": "The target value",
            "indicator_target_year": "The target year",
            "agreement_cadence": "The follow-up",
            "agreement_municipality": "The municipality",
            "agreement_police_area": "The police area",
        },
    },
)
