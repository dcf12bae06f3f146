"""The JSON Schema of a package (one payload line, the manifest under $defs),
rendered from the rules in sync/schema.py: shipped as
resources/schemas/loftesync-v1.schema.json (documentation) and used by the tests as
an oracle for the hand-written check."""

from __future__ import annotations

from typing import Any

from lofte_desktop.sync.schema import (
    ADDED_LATER,
    AUDIT,
    DATE_RE,
    DATETIME_RE,
    FORMAT,
    FORMAT_VERSION,
    HLC_RE,
    MANIFEST_KEYS,
    MAX_FLOAT,
    MAX_INT,
    MAX_PROMISES,
    MAX_SEEN,
    MAX_TEXT,
    PROMISE_LINKS,
    READABLE_SCHEMAS,
    TABLE_ORDER,
    UUID_RE,
    Field,
    record_fields,
)


def _field_schema(f: Field) -> dict[str, Any]:
    s: dict[str, Any]
    if f.kind == "bool":
        s = {"type": "boolean"}
    elif f.kind == "int":
        s = {"type": "integer", "minimum": -MAX_INT, "maximum": MAX_INT}
    elif f.kind == "float":
        s = {"type": "number", "minimum": -MAX_FLOAT, "maximum": MAX_FLOAT}
    else:
        s = {"type": "string", "maxLength": f.max_len or MAX_TEXT}
        pattern = {
            "uuid": UUID_RE.pattern,
            "hlc": HLC_RE.pattern,
            "date": DATE_RE.pattern,
            "datetime": DATETIME_RE.pattern,
        }.get(f.kind)
        if pattern:
            s["pattern"] = pattern
    if f.nullable:
        s = {"anyOf": [s, {"type": "null"}]}
    return s


def _record_schema(table: str) -> dict[str, Any]:
    props = {f.name: _field_schema(f) for f in record_fields(table)}
    if table != AUDIT:
        props["version"] = {**props["version"], "minimum": 1}
    if table == "activities":
        props[PROMISE_LINKS] = {
            "type": "array",
            "maxItems": MAX_PROMISES,
            "items": {"type": "string", "pattern": UUID_RE.pattern},
        }
    later = set(ADDED_LATER.get(table, ()))  # absent in a 0.1.0 package
    return {
        "type": "object",
        "additionalProperties": False,
        "required": sorted(set(props) - later),
        "properties": props,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one payload line, with the manifest under $defs."""
    lines = [
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["t", "r"],
            "properties": {
                "t": {"const": table},
                "r": {"$ref": f"#/$defs/{table}"},
            },
        }
        for table in TABLE_ORDER
    ]
    defs = {table: _record_schema(table) for table in TABLE_ORDER}
    hlc = {"type": "string", "pattern": HLC_RE.pattern}
    uuid = {"type": "string", "pattern": UUID_RE.pattern}
    vector = {
        "type": "object",
        "maxProperties": MAX_SEEN,
        "propertyNames": uuid,
        "additionalProperties": hlc,
    }
    defs["manifest"] = {
        "type": "object",
        "additionalProperties": False,
        "required": sorted(MANIFEST_KEYS),
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"const": FORMAT_VERSION},
            "schema_version": {"enum": list(READABLE_SCHEMAS)},
            "app_version": {"type": "string", "maxLength": 40},
            "package_id": uuid,
            "created_at": {"type": "string", "pattern": DATETIME_RE.pattern},
            "device": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "name", "party"],
                "properties": {
                    "id": uuid,
                    "name": {"type": "string", "maxLength": 120},
                    "party": {"type": "string", "maxLength": 80},
                },
            },
            "public_key": {"type": "string", "maxLength": 100},
            "peer": {"anyOf": [uuid, {"type": "null"}]},
            "full": {"type": "boolean"},
            "seen": vector,
            "base": vector,
            "payload": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "sha256", "size", "records"],
                "properties": {
                    "name": {"const": "payload.jsonl"},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    "size": {"type": "integer", "minimum": 0},
                    "records": {"type": "integer", "minimum": 0},
                },
            },
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://lofte.invalid/schemas/loftesync-v1.schema.json",
        "title": "Löfte Desktop sync package, format version 1: one payload line",
        "description": (
            "Each line of payload.jsonl is one object {t, r}. The manifest "
            "(manifest.json) follows $defs/manifest. See docs/sync-format.md."
        ),
        "oneOf": lines,
        "$defs": defs,
    }
