"""Row ↔ domain conversions that need only the standard library.

Shared by the SQLAlchemy repositories and the lanes without SQLAlchemy
(storage/fast_log.py, storage/first_paint.py), so
both read agreements and write audit entries in exactly the same form.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from lofte_desktop.domain.ids import stable_id
from lofte_desktop.domain.model import (
    Agreement,
    FocusArea,
    Holiday,
    Indicator,
    IndicatorMeasurement,
    Promise,
    SchoolTerm,
    Target,
)
from lofte_desktop.domain.types import (
    DEFAULT_TYPES,
    ActivityTypeInfo,
    ActivityTypes,
    Cadence,
    PlaceKind,
    TargetPer,
    TargetUnit,
    Words,
)


def terms_json(agreement: Agreement) -> str:
    """The agreement's `terms` column: term split, teaching dates, holidays, and
    the follow-up cadence (left out when it is the default, per term, so rows of
    earlier versions read and write the same)."""
    cadence = (
        {} if agreement.cadence is Cadence.TERM else {"cadence": agreement.cadence}
    )
    return json.dumps(
        {
            "autumn_starts": "{:02d}-{:02d}".format(*agreement.term_split),
            "school": [
                {"code": s.code, "start": s.start.isoformat(), "end": s.end.isoformat()}
                for s in agreement.school_terms
            ],
            "holidays": [
                {"name": h.name, "start": h.start.isoformat(), "end": h.end.isoformat()}
                for h in agreement.holidays
            ],
            **cadence,
        },
        ensure_ascii=False,
    )


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def agreement_from_mapping(row: Mapping[str, Any]) -> Agreement:
    """An Agreement from an `agreements` row (ORM object attributes or a dict)."""
    terms = json.loads(row["terms"] or "{}")
    month, day = (int(x) for x in terms.get("autumn_starts", "07-01").split("-"))
    return Agreement(
        id=row["id"],
        code=row["code"],
        name=row["name"],
        municipality=row["municipality"],
        police_area=row["police_area"],
        parties=tuple(json.loads(row["parties"])),
        start=_day(row["start"]),
        end=_day(row["end"]),
        follow_up_months=tuple(json.loads(row["follow_up_months"])),
        source=row["source"],
        term_split=(month, day),
        school_terms=tuple(
            SchoolTerm(
                s["code"], date.fromisoformat(s["start"]), date.fromisoformat(s["end"])
            )
            for s in terms.get("school", [])
        ),
        holidays=tuple(
            Holiday(
                h["name"], date.fromisoformat(h["start"]), date.fromisoformat(h["end"])
            )
            for h in terms.get("holidays", [])
        ),
        cadence=Cadence(terms.get("cadence", Cadence.TERM.value)),
    )


# The converters below take a row with attribute access: an ORM object, or a
# stdlib row wrapped as a namespace (storage/first_paint.py).


def focus_area_from_row(r: Any) -> FocusArea:
    return FocusArea(r.id, r.code, r.name, r.problem, r.position)


def target_json(target: Target) -> str:
    """A promise's `target` column. The window and weekdays are written only when
    set, so a target without them is stored as earlier versions stored it."""
    data: dict[str, Any] = {
        "unit": target.unit.value,
        "per": target.per.value,
        "min": target.min,
        "max": target.max,
        "compare_previous": target.compare_previous,
        "description": target.description,
    }
    if target.window is not None:
        data["window"] = list(target.window)
    if target.weekdays:
        data["weekdays"] = list(target.weekdays)
    return json.dumps(data, ensure_ascii=False)


def target_from_json(text: str) -> Target:
    d = json.loads(text)
    window = d.get("window")
    return Target(
        unit=TargetUnit(d.get("unit", "occasions")),
        per=TargetPer(d.get("per", "term")),
        min=d.get("min"),
        max=d.get("max"),
        compare_previous=bool(d.get("compare_previous")),
        description=d.get("description", ""),
        window=(int(window[0]), int(window[1])) if window else None,
        weekdays=tuple(int(x) for x in d.get("weekdays", ())),
    )


def promise_from_row(r: Any, focus_area_code: str) -> Promise:
    return Promise(
        id=r.id,
        code=r.code,
        focus_area_code=focus_area_code,
        text=r.text,
        parties=tuple(json.loads(r.parties)),
        activity_types=tuple(str(t) for t in json.loads(r.activity_types)),
        target=target_from_json(r.target),
        position=r.position,
        continues=r.continues_id,
    )


def indicator_from_row(r: Any, focus_area_code: str | None) -> Indicator:
    return Indicator(
        id=r.id,
        code=r.code,
        name=r.name,
        unit=r.unit,
        source=r.source,
        baseline_value=r.baseline_value,
        baseline_year=r.baseline_year,
        target_comparison=r.target_comparison,
        target_value=r.target_value,
        target_year=r.target_year,
        focus_area_code=focus_area_code,
        description=r.description,
        position=r.position,
    )


def indicator_value_from_row(r: Any) -> IndicatorMeasurement:
    return IndicatorMeasurement(r.id, r.indicator_id, r.year, r.value, r.note)


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | Mapping):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    return value


def diff(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> dict[str, Any]:
    """{field: [old, new]} for the fields that differ (all fields when old is None)."""
    changes: dict[str, Any] = {}
    for key, value in new.items():
        before = None if old is None else old.get(key)
        if old is None or before != value:
            changes[key] = [jsonable(before), jsonable(value)]
    return changes


#: The `activity_types` columns read by both lanes, in this order.
ACTIVITY_TYPE_COLUMNS = (
    "code",
    "name_sv",
    "name_en",
    "fields",
    "required",
    "count_label_sv",
    "count_label_en",
    "place_kind",
    "retired",
    "position",
)


def activity_type_id(agreement_id: str, code: str) -> str:
    """An agreement's type's id: derived, so two devices make the same row."""
    return stable_id("activity_type", agreement_id, code)


def activity_type_values(agreement_id: str, info: ActivityTypeInfo) -> dict[str, Any]:
    """The `activity_types` row of one of an agreement's types (sync columns aside)."""
    return {
        "id": activity_type_id(agreement_id, info.code),
        "agreement_id": agreement_id,
        "code": info.code,
        "name_sv": info.name.sv,
        "name_en": info.name.en,
        "fields": json.dumps(list(info.fields)),
        "required": json.dumps(list(info.required)),
        "count_label_sv": info.count_label.sv,
        "count_label_en": info.count_label.en,
        "place_kind": info.place_kind.value if info.place_kind else None,
        "retired": bool(info.retired),
        "position": info.position,
    }


def activity_type_from_mapping(row: Mapping[str, Any]) -> ActivityTypeInfo:
    kind = row["place_kind"]
    return ActivityTypeInfo(
        code=str(row["code"]),
        name=Words(str(row["name_sv"]), str(row["name_en"] or "")),
        fields=tuple(json.loads(row["fields"])),
        required=tuple(json.loads(row["required"])),
        count_label=Words(str(row["count_label_sv"]), str(row["count_label_en"] or "")),
        place_kind=PlaceKind(kind) if kind else None,
        retired=bool(row["retired"]),
        position=int(row["position"]),
    )


def activity_types_from_rows(rows: list[Mapping[str, Any]]) -> ActivityTypes:
    """An agreement's types from its rows; none stored (an agreement synced from
    a version without types): the defaults."""
    if not rows:
        return DEFAULT_TYPES
    return ActivityTypes(tuple(activity_type_from_mapping(r) for r in rows))
