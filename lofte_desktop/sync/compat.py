"""Packages for a peer on an older release: what it can read, and what waits.

Each package says which app version and record schema wrote it (see
`sync.package.Writer`). When this release exports to a device whose last package
came from an older schema, it writes only what that schema can read and represent:
a record that an older release does not know, or would read wrongly, is *held back*:
left out of the package and not marked as sent, so it goes in a later package once
the other side's packages say it has upgraded.

The rules are data, one line per record kind or field (`TABLES_SINCE`,
`FIELDS_SINCE`, `RULES`); a new record kind or field that release 0.1.0 lacks is
held back even without a line (`KINDS_0_1_0`, frozen), the line only names it.

Schema versions (the manifest's `schema_version`):
 1  release 0.1.0
 2  release 0.2.0: period comments, `promises.continues_id`, many agreements,
    tertial/quarter targets, target windows and weekdays, agreement-owned types.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

#: The record schema release 0.1.0 reads and writes.
LEGACY_SCHEMA = 1
#: The schema this release writes (sync.schema.SCHEMA_VERSION).
CURRENT_SCHEMA = 2
#: The release that last wrote each schema, for messages and the docs.
APP_OF_SCHEMA = {1: "0.1.0", 2: "0.2.0"}

# What release 0.1.0 knew: facts about that release, frozen here (tests compare
# them with the 0.1.0 code taken from git history).
TYPES_0_1_0 = frozenset(
    {
        "school_visit",
        "parent_meeting",
        "parent_support",
        "theatre",
        "presence",
        "traffic_check",
        "traffic_review",
        "est_meeting",
        "information_effort",
        "risk_group_meeting",
        "social_media_warning",
        "other",
    }
)
TARGET_KEYS_0_1_0 = frozenset(
    {"unit", "per", "min", "max", "compare_previous", "description"}
)
TARGET_PER_0_1_0 = frozenset({"term", "year", "period"})
TARGET_UNITS_0_1_0 = frozenset({"occasions", "hours", "people"})
#: Release 0.1.0's record kinds and their fields. A kind or field outside these is
#: newer, whether or not a line below names it: a kind is held back, a field left
#: out when empty and its record held back when set.
_KINDS_0_1_0 = {
    "agreements": "code end follow_up_months municipality name parties police_area "
    "source start terms",
    "focus_areas": "agreement_id code name position problem",
    "promises": "activity_types agreement_id code focus_area_id parties position "
    "target text",
    "indicators": "agreement_id baseline_value baseline_year code description "
    "focus_area_id name position source target_comparison target_value target_year "
    "unit",
    "indicator_values": "indicator_id note value year",
    "places": "kind name note",
    "activities": "activity_type cancel_reason count date hours logged_by note party "
    "place_id promise_ids recurrence_id series_id start_time status",
    "plan_series": "activity_type duration_hours exdates expected_count logged_by "
    "note party place_id promise_ids rrule start_date start_time until",
    "period_locks": "agreement_id by_user locked period_code reason",
    "audit_log": "action at changes device_id hlc id record_id table_name user",
}
_SYNC_COLUMNS = "id hlc device_id deleted created_at updated_at version"
KINDS_0_1_0: dict[str, frozenset[str]] = {
    t: frozenset((fields if t == "audit_log" else f"{fields} {_SYNC_COLUMNS}").split())
    for t, fields in _KINDS_0_1_0.items()
}

# The groups held-back records are counted in (texts: domain.texts "held.<group>").
NEW_TYPES = "new_types"
AGREEMENT = "agreement"
COMMENTS = "comments"
ACTIVITIES = "activities"
PLANS = "plans"
#: Held back without a word: 0.1.0 already has the same (its 12 types, built in).
QUIET = "quiet"
#: The order the groups are told in.
GROUPS = (NEW_TYPES, ACTIVITIES, PLANS, AGREEMENT, COMMENTS)

#: Record kinds newer than a schema: kind → (first schema that reads it, group).
#: A kind 0.1.0 lacks and not named here is held as an agreement change.
TABLES_SINCE: dict[str, tuple[int, str]] = {
    "period_comments": (2, COMMENTS),
    "activity_types": (2, AGREEMENT),  # an agreement's own types (issue 14)
}
#: Held records not worth telling: kind → test.
QUIET_WHEN: dict[str, Callable[[dict[str, Any]], bool]] = {
    "activity_types": lambda r: r.get("code") in TYPES_0_1_0,
}
#: Fields newer than a schema: (kind, field) → (first schema, group). A record with
#: a value there is held back; without one (null) the field is left out.
FIELDS_SINCE: dict[tuple[str, str], tuple[int, str]] = {
    ("promises", "continues_id"): (2, AGREEMENT),
}


@dataclass
class Held:
    """Ids held back so far in this export, per kind: a record that refers to one
    is held back too (an older release refuses a reference it cannot resolve)."""

    ids: dict[str, set[str]] = field(default_factory=dict)

    def has(self, table: str, record_id: Any) -> bool:
        return record_id in self.ids.get(table, ())

    def any(self, table: str, record_ids: Iterable[Any]) -> bool:
        held = self.ids.get(table, set())
        return any(i in held for i in record_ids)


def _json(text: Any, default: Any) -> Any:
    try:
        return json.loads(text) if isinstance(text, str) else default
    except ValueError:
        return default


def _target_unreadable(text: Any) -> bool:
    """A target 0.1.0 cannot read, or would count differently: tertial/quarter
    targets, windows, weekdays, new units or keys."""
    d = _json(text, None)
    if not isinstance(d, dict):
        return True
    return bool(
        set(d) - TARGET_KEYS_0_1_0
        or d.get("per", "term") not in TARGET_PER_0_1_0
        or d.get("unit", "occasions") not in TARGET_UNITS_0_1_0
    )


def _new_types(codes: Iterable[Any]) -> bool:
    return any(c not in TYPES_0_1_0 for c in codes)


def _promise_ids(rec: dict[str, Any]) -> list[Any]:
    links = rec.get("promise_ids")
    if isinstance(links, str):  # plan_series keeps them as JSON text
        links = _json(links, [])
    return list(links or [])


@dataclass(frozen=True)
class Rule:
    """Hold back a record of `table` from a peer reading a schema below `since`
    when `holds(record, held)` is true; it is counted under `group`."""

    table: str
    since: int
    group: str
    holds: Callable[[dict[str, Any], Held], bool]


def _in_agreement(r: dict[str, Any], h: Held) -> bool:
    return h.has("agreements", r.get("agreement_id"))


#: One line per rule. `Filter.agreements_beyond_first` feeds the first one.
RULES: tuple[Rule, ...] = (
    # 0.1.0 shows one agreement per database (the latest start): a second one
    # would replace it there. All of a held agreement stays with it.
    Rule("agreements", 2, AGREEMENT, lambda r, h: h.has("agreements", r["id"])),
    Rule("focus_areas", 2, AGREEMENT, _in_agreement),
    Rule("promises", 2, AGREEMENT, _in_agreement),
    Rule("promises", 2, AGREEMENT, lambda r, h: _target_unreadable(r["target"])),
    Rule(
        "promises",
        2,
        AGREEMENT,
        lambda r, h: _new_types(_json(r["activity_types"], [])),
    ),
    Rule("indicators", 2, AGREEMENT, _in_agreement),
    Rule(
        "indicator_values",
        2,
        AGREEMENT,
        lambda r, h: h.has("indicators", r["indicator_id"]),
    ),
    Rule("period_locks", 2, AGREEMENT, _in_agreement),
    Rule("activities", 2, NEW_TYPES, lambda r, h: _new_types([r["activity_type"]])),
    Rule("activities", 2, ACTIVITIES, lambda r, h: h.any("promises", _promise_ids(r))),
    Rule("plan_series", 2, PLANS, lambda r, h: _new_types([r["activity_type"]])),
    Rule("plan_series", 2, PLANS, lambda r, h: h.any("promises", _promise_ids(r))),
)

#: Kinds other records refer to: their held ids are worked out over the whole
#: database before a package is written (`Filter.prepare`).
PARENTS = ("agreements", "promises", "indicators")


def just_before(stamp: str) -> str:
    """The greatest clock stamp below `stamp` ("WWWWWWWWWWWWW.CCCCC")."""
    wall, _, counter = stamp.partition(".")
    if int(counter) > 0:
        return f"{wall}.{int(counter) - 1:05d}"
    if int(wall) == 0:
        return stamp
    return f"{int(wall) - 1:013d}.99999"


class Filter:
    """Decides, record by record, what a package for a reader of `schema` holds.

    `admit` returns the record as the reader takes it (newer empty fields left out)
    or None when it is held back. Held-back records are counted per group, and the
    earliest held stamp per origin device is kept: the package's `seen` stays below
    it, so the receiver never confirms a record it did not get."""

    def __init__(self, schema: int) -> None:
        self.schema = schema
        self.held = Held()
        self.counts: Counter[str] = Counter()
        self.earliest: dict[str, str] = {}
        self._rules: dict[str, list[Rule]] = {}
        for rule in RULES:
            if rule.since > schema:
                self._rules.setdefault(rule.table, []).append(rule)
        self._fields: dict[str, list[tuple[str, str]]] = {}
        for (table, name), (since, group) in FIELDS_SINCE.items():
            if since > schema:
                self._fields.setdefault(table, []).append((name, group))
        self._tables = {t for t, (since, _g) in TABLES_SINCE.items() if since > schema}

    @property
    def active(self) -> bool:
        return self.schema < CURRENT_SCHEMA

    def hold_agreements(self, agreement_ids: Iterable[str]) -> None:
        self.held.ids.setdefault("agreements", set()).update(agreement_ids)

    def prepare(self, table: str, records: Iterable[dict[str, Any]]) -> None:
        """Runs the rules over every record of a parent kind (not counted), so the
        records that refer to a held one are held even when it is not in this
        package."""
        for rec in records:
            if self._reason(table, rec) is not None:
                self.held.ids.setdefault(table, set()).add(rec["id"])

    def _newer_fields(self, table: str, rec: dict[str, Any]) -> list[tuple[str, str]]:
        """(field, group) of the record's fields the reader does not know."""
        fields = list(self._fields.get(table, ()))
        if self.schema == LEGACY_SCHEMA:
            known = KINDS_0_1_0[table]
            named = {n for n, _g in fields}
            fields += [
                (k, FIELDS_SINCE.get((table, k), (0, AGREEMENT))[1])
                for k in rec
                if k not in known and k not in named
            ]
        return fields

    def _reason(self, table: str, rec: dict[str, Any]) -> str | None:
        if table in self._tables or (
            self.schema == LEGACY_SCHEMA and table not in KINDS_0_1_0
        ):
            return TABLES_SINCE.get(table, (0, AGREEMENT))[1]
        for name, group in self._newer_fields(table, rec):
            if rec.get(name) is not None:
                return group
        for rule in self._rules.get(table, ()):
            if rule.holds(rec, self.held):
                return rule.group
        return None

    def admit(self, table: str, rec: dict[str, Any]) -> dict[str, Any] | None:
        if not self.active:
            return rec
        group = self._reason(table, rec)
        if group is not None:
            quiet = QUIET_WHEN.get(table)
            self.counts[QUIET if quiet and quiet(rec) else group] += 1
            self.held.ids.setdefault(table, set()).add(rec["id"])
            origin, stamp = rec["device_id"], rec["hlc"]
            if stamp < self.earliest.get(origin, "~"):
                self.earliest[origin] = stamp
            return None
        fields = self._newer_fields(table, rec)
        if fields:
            newer = {n for n, _g in fields}
            rec = {k: v for k, v in rec.items() if k not in newer}
        return rec

    def cap(self, vector: dict[str, str]) -> dict[str, str]:
        """`vector` (what the sender has seen) lowered below every held record."""
        out = dict(vector)
        for origin, stamp in self.earliest.items():
            below = just_before(stamp)
            if origin in out and out[origin] > below:
                out[origin] = below
        return out

    def told(self) -> list[tuple[str, int]]:
        """(group, count) of what was held back, in the order they are told."""
        return [(g, self.counts[g]) for g in GROUPS if self.counts[g]]
