"""Writes a Catalogue back as a catalogue file (format 2): the inverse of
`domain.catalogue.parse_catalogue`, so `lofte agreement export` and `lofte
agreement add` give the same agreement. Plain Python; TOML written by hand (the
standard library only reads it)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from lofte_desktop.domain.catalogue import FORMAT_VERSION, target_table
from lofte_desktop.domain.catalogue_types import types_table
from lofte_desktop.domain.model import Catalogue, Indicator, Promise
from lofte_desktop.domain.types import Cadence


def _promise(p: Promise, ref: Callable[[str], str]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": p.code,
        "text": p.text,
        "parties": list(p.parties),
        "activity_types": list(p.activity_types),
    }
    if p.continues:
        out["continues"] = ref(p.continues)
    out["target"] = target_table(p.target)
    return out


def _indicator(i: Indicator) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": i.code,
        "name": i.name,
        "unit": i.unit,
        "source": i.source,
    }
    if i.description:
        out["description"] = i.description
    out["baseline"] = {"value": i.baseline_value, "year": i.baseline_year}
    if i.target_comparison is not None and i.target_value is not None:
        target: dict[str, Any] = {
            "comparison": i.target_comparison,
            "value": i.target_value,
        }
        if i.target_year is not None:
            target["year"] = i.target_year
        out["target"] = target
    return out


def catalogue_data(cat: Catalogue, ref: Callable[[str], str]) -> dict[str, Any]:
    """The catalogue as the mapping `parse_catalogue` reads. `ref` names the promise
    a `continues` id points at (`AVTALSKOD/LÖFTESKOD`, or the id itself)."""
    a = cat.agreement
    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "code": a.code,
        "name": a.name,
        "municipality": a.municipality,
        "police_area": a.police_area,
        "parties": list(a.parties),
        "start": a.start,
        "end": a.end,
        "follow_up_months": list(a.follow_up_months),
    }
    if a.cadence is not Cadence.TERM:
        data["cadence"] = a.cadence.value
    if a.source:
        data["source"] = a.source
    data["terms"] = {
        "autumn_starts": "{:02d}-{:02d}".format(*a.term_split),
        "school": [
            {"code": s.code, "start": s.start, "end": s.end} for s in a.school_terms
        ],
        "holidays": [
            {"name": h.name, "start": h.start, "end": h.end} for h in a.holidays
        ],
    }
    if cat.activity_types:
        data["types"] = types_table(cat.activity_types)
    data["focus_areas"] = [
        {
            "code": fa.code,
            "name": fa.name,
            "problem": fa.problem,
            "promises": [
                _promise(p, ref) for p in cat.promises if p.focus_area_code == fa.code
            ],
            "indicators": [
                _indicator(i) for i in cat.indicators if i.focus_area_code == fa.code
            ],
        }
        for fa in cat.focus_areas
    ]
    data["places"] = [
        {"name": p.name, "kind": p.kind.value, **({"note": p.note} if p.note else {})}
        for p in cat.places
    ]
    return data


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    # A JSON string is a valid TOML basic string (same escapes, \uXXXX included).
    return json.dumps(str(v), ensure_ascii=False)


def _is_tables(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, Mapping) for x in v)


def _emit(table: Mapping[str, Any], path: str, out: list[str]) -> None:
    for key, v in table.items():
        if v is None or isinstance(v, Mapping) or _is_tables(v):
            continue
        out.append(f"{key} = {_value(v)}")
    for key, v in table.items():
        sub = f"{path}.{key}" if path else key
        if isinstance(v, Mapping):
            out.append(f"\n[{sub}]")
            _emit(v, sub, out)
        elif _is_tables(v):
            for item in v:
                out.append(f"\n[[{sub}]]")
                _emit(item, sub, out)


def to_toml(data: Mapping[str, Any], header: str = "") -> str:
    out: list[str] = [f"# {line}" for line in header.splitlines()]
    _emit(data, "", out)
    return "\n".join(out).lstrip("\n") + "\n"
