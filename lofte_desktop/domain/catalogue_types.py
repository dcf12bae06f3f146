"""A catalogue's `types` section (format 2): the agreement's own activity types.

Kept apart from catalogue.py, which reads everything else. A problem raises
`TypeTableError(path, problem)`; the catalogue reader turns it into its own error
naming the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from lofte_desktop.domain.types import (
    DEFAULT_TYPES,
    TYPE_CODE_RE,
    TYPE_FIELDS,
    ActivityTypeInfo,
    PlaceKind,
    Words,
)

_KEYS = {
    "code",
    "name",
    "name_en",
    "fields",
    "required",
    "count_label",
    "count_label_en",
    "place_kind",
    "retired",
}


class TypeTableError(ValueError):
    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def _text(item: Mapping[str, Any], key: str, path: str, default: str | None) -> str:
    value = item.get(key, default)
    if value is None:
        raise TypeTableError(f"{path}.{key}", "saknas")
    if not isinstance(value, str) or (not value.strip() and default is None):
        raise TypeTableError(f"{path}.{key}", "ska vara en text som inte är tom")
    return value.strip()


def _fields(item: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
    value = item.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeTableError(f"{path}.{key}", "ska vara en lista med texter")
    for i, name in enumerate(value):
        if name not in TYPE_FIELDS:
            raise TypeTableError(
                f"{path}.{key}[{i}]",
                f"okänt fält {name!r}; giltiga: {', '.join(TYPE_FIELDS)}",
            )
    return tuple(f for f in TYPE_FIELDS if f in value)


def _one(item: Mapping[str, Any], path: str, position: int) -> ActivityTypeInfo:
    if not isinstance(item, Mapping):
        raise TypeTableError(path, "ska vara en tabell")
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        raise TypeTableError(f"{path}.{unknown[0]}", "okänt fält")
    code = _text(item, "code", path, None)
    if not TYPE_CODE_RE.fullmatch(code):
        raise TypeTableError(
            f"{path}.code",
            f"{code!r}: en kod har små bokstäver a–z, siffror och _ och börjar "
            "med en bokstav (högst 32 tecken)",
        )
    retired = item.get("retired", False)
    if not isinstance(retired, bool):
        raise TypeTableError(f"{path}.retired", "ska vara true eller false")
    builtin = DEFAULT_TYPES.get(code)
    if builtin is not None and set(item) <= {"code", "retired"}:
        # a built-in type named by its code alone: as it is by default
        return replace(builtin, retired=retired, position=position)
    fields = _fields(item, "fields", path)
    required = _fields(item, "required", path)
    missing = [f for f in required if f not in fields]
    if missing:
        raise TypeTableError(
            f"{path}.required", f"{missing[0]!r} finns inte bland fields"
        )
    name = _text(item, "name", path, None)
    label = _text(item, "count_label", path, "" if "count" not in fields else None)
    kind = item.get("place_kind")
    try:
        place_kind = PlaceKind(kind) if kind is not None else None
    except ValueError:
        raise TypeTableError(
            f"{path}.place_kind",
            f"okänt värde {kind!r}; giltiga: {', '.join(k.value for k in PlaceKind)}",
        ) from None
    return ActivityTypeInfo(
        code=code,
        name=Words(name, _text(item, "name_en", path, "")),
        fields=fields,
        required=required,
        count_label=Words(label, _text(item, "count_label_en", path, "")),
        place_kind=place_kind,
        retired=retired,
        position=position,
    )


def parse_types(value: object, path: str = "types") -> tuple[ActivityTypeInfo, ...]:
    """The `types` list of a catalogue; a missing one gives () (the defaults)."""
    if value is None:
        return ()
    if not isinstance(value, list) or not value:
        raise TypeTableError(path, "ska vara en lista med tabeller som inte är tom")
    out: list[ActivityTypeInfo] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        info = _one(item, f"{path}[{i}]", i)
        if info.code in seen:
            raise TypeTableError(
                f"{path}[{i}].code", f"koden {info.code!r} finns redan"
            )
        seen.add(info.code)
        out.append(info)
    return tuple(out)


def types_table(types: Sequence[ActivityTypeInfo]) -> list[dict[str, Any]]:
    """The `types` list as a catalogue file writes it (every field spelled out, so
    the file reads the same in a version with other defaults)."""
    out: list[dict[str, Any]] = []
    for info in sorted(types, key=lambda i: i.position):
        row: dict[str, Any] = {
            "code": info.code,
            "name": info.name.sv,
            "name_en": info.name.en,
            "fields": list(info.fields),
            "required": list(info.required),
            "count_label": info.count_label.sv,
            "count_label_en": info.count_label.en,
        }
        if info.place_kind is not None:
            row["place_kind"] = info.place_kind.value
        if info.retired:
            row["retired"] = True
        out.append(row)
    return out
