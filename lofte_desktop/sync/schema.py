"""What a package may hold: the record fields of each synced table, and a strict check.

The validator here is hand written (fast enough for 100k records, no runtime
dependency); `sync.schema_json.json_schema()` renders the same rules as a JSON
Schema, shipped in resources/schemas/loftesync-v1.schema.json as documentation and
used by the tests as an oracle. `tests/sync/test_schema.py` checks that the specs match storage/models.py.
"""

from __future__ import annotations

import math
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lofte_desktop.domain.pii import is_text_key

FORMAT = "loftesync"
FORMAT_VERSION = 1
#: The record schema this release writes (see sync/compat.py for the history).
SCHEMA_VERSION = 2
#: The record schemas this release reads: 1 is release 0.1.0's.
READABLE_SCHEMAS = (1, 2)

MAX_TEXT = 100_000
MAX_INT = 2**53
MAX_FLOAT = 1e15
MAX_PROMISES = 200
MAX_DEPTH = 4

# Used with fullmatch: "$" alone also matches before a final newline ("…\n").
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HLC_RE = re.compile(r"^[0-9]{13}\.[0-9]{5}$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
DATETIME_RE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?$"
)


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # "str", "text", "int", "float", "bool", "date", "datetime", "uuid"
    max_len: int = 0
    nullable: bool = False


def _s(name: str, n: int, nullable: bool = False) -> Field:
    return Field(name, "str", n, nullable)


def _tx(name: str, nullable: bool = False) -> Field:
    return Field(name, "text", MAX_TEXT, nullable)


def _i(name: str, nullable: bool = False) -> Field:
    return Field(name, "int", 0, nullable)


def _f(name: str, nullable: bool = False) -> Field:
    return Field(name, "float", 0, nullable)


def _d(name: str, nullable: bool = False) -> Field:
    return Field(name, "date", 10, nullable)


def _u(name: str, nullable: bool = False) -> Field:
    return Field(name, "uuid", 36, nullable)


SYNC_FIELDS: tuple[Field, ...] = (
    Field("id", "uuid", 36),
    Field("hlc", "hlc", 19),
    Field("device_id", "uuid", 36),
    Field("deleted", "bool"),
    Field("created_at", "datetime", 40),
    Field("updated_at", "datetime", 40),
    Field("version", "int"),
)

#: Synced tables in dependency order (parents first), with their own fields.
TABLES: dict[str, tuple[Field, ...]] = {
    "agreements": (
        _s("code", 80),
        _s("name", 200),
        _s("municipality", 120),
        _s("police_area", 120),
        _tx("parties"),
        _d("start"),
        _d("end"),
        _s("follow_up_months", 64),
        _tx("terms"),
        _tx("source"),
    ),
    "activity_types": (
        _u("agreement_id"),
        _s("code", 40),
        _s("name_sv", 200),
        _s("name_en", 200),
        _s("fields", 200),
        _s("required", 200),
        _s("count_label_sv", 200),
        _s("count_label_en", 200),
        _s("place_kind", 20, True),
        Field("retired", "bool"),
        _i("position"),
    ),
    "focus_areas": (
        _u("agreement_id"),
        _s("code", 40),
        _s("name", 200),
        _tx("problem"),
        _i("position"),
    ),
    "promises": (
        _u("agreement_id"),
        _u("focus_area_id"),
        _s("code", 40),
        _tx("text"),
        _tx("parties"),
        _tx("activity_types"),
        _tx("target"),
        _i("position"),
        _u("continues_id", True),
    ),
    "indicators": (
        _u("agreement_id"),
        _u("focus_area_id", True),
        _s("code", 40),
        _s("name", 200),
        _s("unit", 40),
        _s("source", 200),
        _tx("description"),
        _f("baseline_value"),
        _i("baseline_year"),
        _s("target_comparison", 2, True),
        _f("target_value", True),
        _i("target_year", True),
        _i("position"),
    ),
    "indicator_values": (
        _u("indicator_id"),
        _i("year"),
        _f("value"),
        _tx("note"),
    ),
    "places": (_s("name", 120), _s("kind", 20), _tx("note")),
    "activities": (
        _s("activity_type", 32),
        _s("party", 80),
        _d("date"),
        _s("start_time", 5, True),
        _f("hours", True),
        _u("place_id", True),
        _i("count", True),
        _s("status", 16),
        _tx("note"),
        _s("logged_by", 120),
        _u("series_id", True),
        _s("recurrence_id", 32, True),
        _tx("cancel_reason", True),
    ),
    "plan_series": (
        _s("activity_type", 32),
        _s("party", 80),
        _u("place_id", True),
        _tx("promise_ids"),
        _d("start_date"),
        _s("start_time", 5),
        _f("duration_hours"),
        _tx("rrule"),
        _d("until", True),
        _tx("exdates"),
        _i("expected_count", True),
        _tx("note"),
        _s("logged_by", 120),
    ),
    "period_locks": (
        _u("agreement_id"),
        _s("period_code", 40),
        Field("locked", "bool"),
        _tx("reason"),
        _s("by_user", 120),
    ),
    "period_comments": (
        _u("agreement_id"),
        _s("period_code", 40),
        _s("kind", 16),
        _u("promise_id", True),
        _tx("text"),
        _s("approved_role", 120),
        _s("approved_name", 120),
        _d("approved_on", True),
        _s("by_user", 120),
    ),
}

#: Nullable fields newer than release 0.1.0: a record without them gets None.
ADDED_LATER: dict[str, tuple[str, ...]] = {"promises": ("continues_id",)}

#: Activities carry their promise links: a list of promise ids.
PROMISE_LINKS = "promise_ids"

AUDIT_FIELDS: tuple[Field, ...] = (
    Field("id", "uuid", 36),
    _s("table_name", 40),
    _u("record_id"),
    _s("action", 20),
    _tx("changes"),
    _s("user", 120),
    Field("device_id", "uuid", 36),
    Field("hlc", "hlc", 19),
    Field("at", "datetime", 40),
)
AUDIT = "audit_log"

#: The order lines appear in a payload, and are merged in.
TABLE_ORDER: tuple[str, ...] = (*TABLES, AUDIT)


def record_fields(table: str) -> tuple[Field, ...]:
    if table == AUDIT:
        return AUDIT_FIELDS
    return SYNC_FIELDS + TABLES[table]


def record_keys(table: str) -> frozenset[str]:
    keys = {f.name for f in record_fields(table)}
    if table == "activities":
        keys.add(PROMISE_LINKS)
    return frozenset(keys)


_KEYS = {t: record_keys(t) for t in TABLE_ORDER}
_FIELDS = {t: record_fields(t) for t in TABLE_ORDER}


#: Per table, the fields the PII guard scans on import: the free text (kinds str and
#: text) under keys it scans at all (`is_text_key`). The other values it would scan
#: are checked dates and timestamps, which cannot hold a personnummer.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    t: tuple(
        f.name for f in fields if f.kind in ("str", "text") and is_text_key(f.name)
    )
    for t, fields in _FIELDS.items()
}

_PATTERNS = {"uuid": UUID_RE, "hlc": HLC_RE, "date": DATE_RE, "datetime": DATETIME_RE}


def _quick_test(f: Field) -> str:
    """Python source of a test of `v` that implies `_check_value(f, v)` passes; a
    value failing it goes to `_check_value`, which decides (and says why)."""
    if f.kind == "bool":
        test = "v is True or v is False"
    elif f.kind == "int":
        test = "type(v) is int and -MAX_INT <= v <= MAX_INT"
    elif f.kind == "float":
        # NaN and the infinities fail the comparisons
        test = "(type(v) is float or type(v) is int) and -MAX_FLOAT <= v <= MAX_FLOAT"
    else:
        test = "type(v) is str"
        if f.max_len:
            test += f" and len(v) <= {f.max_len}"
        if f.kind in _PATTERNS:
            test += f" and match_{f.kind}(v) is not None"
    return f"v is None or ({test})" if f.nullable else test


def _compile_quick_check(table: str) -> Callable[[dict[str, Any]], int]:
    """A function of a record of `table` (with exactly its keys) that returns the
    position of the first field failing its quick test, or -1.

    Generated once per table as straight-line code, one `if` per field: a loop over
    field specs costs several times more for the 100k records of a large import.
    """
    body = [
        f"    v = r[{f.name!r}]\n    if not ({_quick_test(f)}):\n        return {i}\n"
        for i, f in enumerate(_FIELDS[table])
    ]
    source = "def check(r):\n" + "".join(body) + "    return -1\n"
    names: dict[str, Any] = {"MAX_INT": MAX_INT, "MAX_FLOAT": MAX_FLOAT}
    names.update({f"match_{k}": pattern.fullmatch for k, pattern in _PATTERNS.items()})
    exec(compile(source, f"<sync schema: {table}>", "exec"), names)
    return typing.cast(Callable[[dict[str, Any]], int], names["check"])


_QUICK = {t: _compile_quick_check(t) for t in TABLE_ORDER}


class SchemaError(ValueError):
    """A line or a manifest that breaks the format; the text says where."""


def depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of a parsed JSON value (stops counting past `limit`)."""
    if limit < 0:
        return 1
    if isinstance(value, dict):
        return 1 + max((depth(v, limit - 1) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v, limit - 1) for v in value), default=0)
    return 0


def _check_value(f: Field, value: Any, where: str) -> None:
    if value is None:
        if not f.nullable:
            raise SchemaError(f"{where}: {f.name} saknas (null)")
        return
    kind = f.kind
    if kind == "bool":
        if not isinstance(value, bool):
            raise SchemaError(f"{where}: {f.name} ska vara true/false")
        return
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise SchemaError(f"{where}: {f.name} ska vara ett heltal")
        if abs(value) > MAX_INT:
            raise SchemaError(f"{where}: {f.name} är ett för stort tal")
        return
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SchemaError(f"{where}: {f.name} ska vara ett tal")
        if not math.isfinite(value) or abs(value) > MAX_FLOAT:
            raise SchemaError(f"{where}: {f.name} är ett för stort tal")
        return
    if not isinstance(value, str):
        raise SchemaError(f"{where}: {f.name} ska vara text")
    if f.max_len and len(value) > f.max_len:
        raise SchemaError(f"{where}: {f.name} är för lång ({len(value)} tecken)")
    if kind == "uuid" and not UUID_RE.fullmatch(value):
        raise SchemaError(f"{where}: {f.name} är inget giltigt id")
    elif kind == "hlc" and not HLC_RE.fullmatch(value):
        raise SchemaError(f"{where}: {f.name} är ingen klockstämpel")
    elif kind == "date" and not DATE_RE.fullmatch(value):
        raise SchemaError(f"{where}: {f.name} är inget datum")
    elif kind == "datetime" and not DATETIME_RE.fullmatch(value):
        raise SchemaError(f"{where}: {f.name} är ingen tidpunkt")


def check_line(obj: Any, where: str) -> tuple[str, dict[str, Any]]:
    """Checks one payload line `{"t": table, "r": record}`; returns (table, record)."""
    if not isinstance(obj, dict) or set(obj) != {"t", "r"}:
        raise SchemaError(f"{where}: raden ska ha exakt fälten t och r")
    table = obj["t"]
    record = obj["r"]
    if not isinstance(table, str) or table not in _KEYS:
        raise SchemaError(f"{where}: okänd tabell {str(table)[:40]!r}")
    if not isinstance(record, dict):
        raise SchemaError(f"{where}: r ska vara ett objekt")
    keys = _KEYS[table]
    for key in ADDED_LATER.get(table, ()):  # a package from an older release
        record.setdefault(key, None)
    if record.keys() != keys:
        extra = sorted(set(record) - keys)
        missing = sorted(keys - set(record))
        if extra:
            raise SchemaError(f"{where}: okända fält {', '.join(extra)[:120]}")
        raise SchemaError(f"{where}: fält saknas: {', '.join(missing)}")
    bad = _QUICK[table](record)
    if bad >= 0:  # the strict check from there on raises with the reason
        for f in _FIELDS[table][bad:]:
            _check_value(f, record[f.name], where)
    if table == "activities":
        links = record[PROMISE_LINKS]
        if not isinstance(links, list) or len(links) > MAX_PROMISES:
            raise SchemaError(f"{where}: promise_ids ska vara en lista")
        for link in links:
            if not isinstance(link, str) or not UUID_RE.fullmatch(link):
                raise SchemaError(f"{where}: promise_ids ska vara id:n")
    if table != AUDIT and record["version"] < 1:
        raise SchemaError(f"{where}: version ska vara minst 1")
    return table, record


MANIFEST_KEYS = frozenset(
    {
        "format",
        "format_version",
        "schema_version",
        "package_id",
        "created_at",
        "device",
        "public_key",
        "peer",
        "full",
        "seen",
        "base",
        "payload",
    }
)
#: Manifest keys an older release does not know (so left out of a package for it).
OPTIONAL_MANIFEST_KEYS = frozenset({"app_version"})
DEVICE_KEYS = frozenset({"id", "name", "party"})
PAYLOAD_KEYS = frozenset({"name", "sha256", "size", "records"})
MAX_SEEN = 1000


def check_manifest(m: Any) -> dict[str, Any]:
    """Checks a parsed manifest (the version fields are checked by the caller first)."""
    if not isinstance(m, dict):
        raise SchemaError("manifestet ska vara ett objekt")
    if depth(m) > MAX_DEPTH:
        raise SchemaError("manifestet är nästlat för djupt")
    if set(m) - OPTIONAL_MANIFEST_KEYS != MANIFEST_KEYS:
        extra = sorted(set(m) - MANIFEST_KEYS - OPTIONAL_MANIFEST_KEYS)
        raise SchemaError(
            "manifestet har okända fält: " + ", ".join(extra)[:120]
            if extra
            else "fält saknas i manifestet: "
            + ", ".join(sorted(MANIFEST_KEYS - set(m)))
        )
    if m["format"] != FORMAT:
        raise SchemaError("inget Löfte-synkpaket")
    if not isinstance(m["package_id"], str) or not UUID_RE.fullmatch(m["package_id"]):
        raise SchemaError("package_id är inget giltigt id")
    _check_value(Field("created_at", "datetime", 40), m["created_at"], "manifest")
    dev = m["device"]
    if not isinstance(dev, dict) or set(dev) != DEVICE_KEYS:
        raise SchemaError("device ska ha fälten id, name och party")
    _check_value(Field("id", "uuid", 36), dev["id"], "device")
    _check_value(_s("name", 120), dev["name"], "device")
    _check_value(_s("party", 80), dev["party"], "device")
    _check_value(_s("public_key", 100), m["public_key"], "manifest")
    if "app_version" in m:
        _check_value(_s("app_version", 40), m["app_version"], "manifest")
    _check_value(_u("peer", True), m["peer"], "manifest")
    _check_value(Field("full", "bool"), m["full"], "manifest")
    for name in ("seen", "base"):
        vector = m[name]
        bad = f"{name} ska vara ett objekt med enhets-id och klockstämplar"
        if not isinstance(vector, dict) or len(vector) > MAX_SEEN:
            raise SchemaError(bad)
        for k, v in vector.items():
            if (
                not UUID_RE.fullmatch(k)
                or not isinstance(v, str)
                or not HLC_RE.fullmatch(v)
            ):
                raise SchemaError(bad)
    p = m["payload"]
    if not isinstance(p, dict) or set(p) != PAYLOAD_KEYS:
        raise SchemaError("payload ska ha fälten name, sha256, size och records")
    if p["name"] != "payload.jsonl":
        raise SchemaError("payload.name ska vara payload.jsonl")
    if not isinstance(p["sha256"], str) or not re.fullmatch(
        r"[0-9a-f]{64}", p["sha256"]
    ):
        raise SchemaError("payload.sha256 ska vara 64 hexadecimala tecken")
    _check_value(_i("size"), p["size"], "payload")
    _check_value(_i("records"), p["records"], "payload")
    if p["size"] < 0 or p["records"] < 0:
        raise SchemaError("payload.size och records ska vara positiva")
    return m
