"""The merge rules: pure decisions on record versions, no database.

`plan` takes a batch of incoming records and the local versions of their ids and
returns what to write (`MergePlan`); `peer_state` says what to record about what
each side has seen. Storage reads the local state and applies the plan; services
orchestrate (see `services/sync_merge.py`).

A version is identified by (hlc, device_id); the greatest wins, so the result does
not depend on import order or duplicates (a join semilattice). A losing version is
kept as a conflict when it carried information the winner's author had not seen:

- the sender had not seen our version (`sender_seen[local.device] < local.hlc`), and
- we had not seen theirs (`our_seen[incoming.device] < incoming.hlc`), and
- their content differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from lofte_desktop.domain.comments import locked_by
from lofte_desktop.domain.hlc import ZERO
from lofte_desktop.domain.ids import new_id

Key = tuple[str, str]
#: policy(incoming, local) -> True when the incoming version wins.
Policy = Callable[[Key, Key], bool]

SYNC_ONLY = frozenset({"hlc", "device_id", "created_at", "updated_at", "version"})


def greatest_wins(incoming: Key, local: Key) -> bool:
    """The real rule: the greater (clock, device) wins; ties cannot happen."""
    return incoming > local


def clock_only(incoming: Key, local: Key) -> bool:
    """A broken rule kept for the tests: equal clocks keep whatever is local."""
    return incoming[0] > local[0]


class Outcome(Enum):
    NEW = "new"
    UPDATED = "updated"
    DELETED = "deleted"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Decision:
    apply: bool
    outcome: Outcome
    #: "mine" (our old version lost) or "theirs" (incoming lost), or None.
    conflict: str | None = None


def key(record: Mapping[str, Any]) -> Key:
    return (record["hlc"], record["device_id"])


def same_content(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return all(a.get(k) == v for k, v in b.items() if k not in SYNC_ONLY)


def _seen(vector: Mapping[str, str], record: Mapping[str, Any]) -> bool:
    return vector.get(record["device_id"], ZERO) >= record["hlc"]


def decide(
    local: Mapping[str, Any] | None,
    incoming: Mapping[str, Any],
    *,
    sender_seen: Mapping[str, str],
    our_seen: Mapping[str, str],
    policy: Policy = greatest_wins,
) -> Decision:
    """What to do with one incoming version of a record we may already have."""
    if local is None:
        return Decision(True, Outcome.DELETED if incoming["deleted"] else Outcome.NEW)
    lk, ik = key(local), key(incoming)
    if lk == ik:
        return Decision(False, Outcome.UNCHANGED)
    equal = same_content(local, incoming)
    concurrent = (
        not equal and not _seen(sender_seen, local) and not _seen(our_seen, incoming)
    )
    if policy(ik, lk):
        if equal:
            outcome = Outcome.UNCHANGED
        elif incoming["deleted"] and not local["deleted"]:
            outcome = Outcome.DELETED
        else:
            outcome = Outcome.UPDATED
        return Decision(True, outcome, "mine" if concurrent else None)
    return Decision(False, Outcome.UNCHANGED, "theirs" if concurrent else None)


def merge_vector(into: dict[str, str], other: Mapping[str, str]) -> dict[str, str]:
    """Element-wise maximum of two version vectors (device id -> greatest stamp)."""
    for device, stamp in other.items():
        if stamp > into.get(device, ZERO):
            into[device] = stamp
    return into


def learned(
    ours: Mapping[str, str], base: Mapping[str, str], seen: Mapping[str, str]
) -> dict[str, str]:
    """Our knowledge after importing a package built on `base` by a sender who had
    seen `seen`: per origin device, only if we already had what the package assumed
    (a package made for another peer may rest on things we never got)."""
    result = dict(ours)
    for device, stamp in seen.items():
        if ours.get(device, ZERO) >= base.get(device, ZERO) and stamp > result.get(
            device, ZERO
        ):
            result[device] = stamp
    return result


def peer_state(
    ours: Mapping[str, str],
    *,
    self_id: str,
    base: Mapping[str, str],
    seen: Mapping[str, str],
) -> tuple[dict[str, str], dict[str, str]]:
    """What to record after importing a package built on `base` by a sender who had
    seen `seen`: (our knowledge, the sender's). Our own device's entry never goes
    back; the sender has seen what its package says it had seen."""
    result = learned(ours, base, seen)
    result[self_id] = max(ours.get(self_id, ZERO), result.get(self_id, ZERO))
    return result, dict(seen)


# -- a batch ------------------------------------------------------------------------

Record = dict[str, Any]
#: Tables whose records lie in a period, so a period lock holds them.
LOCKABLE = frozenset({"activities", "period_comments"})
LINKS = "promise_ids"


@dataclass(frozen=True)
class LockedPeriods:
    """The locked date ranges, and the dates of the periods comments are about."""

    ranges: Sequence[tuple[date, date]] = ()
    #: (agreement id, period code) -> the period's dates
    comment_spans: Mapping[tuple[str, str], tuple[date, date]] = field(
        default_factory=dict
    )

    def hold(self, rec: Mapping[str, Any] | None) -> bool:
        """Does a lock hold this activity (by its date) or period comment?"""
        if rec is None or not self.ranges:
            return False
        if "period_code" in rec:  # a period comment: locked with its period
            span = self.comment_spans.get((rec["agreement_id"], rec["period_code"]))
            return span is not None and locked_by(*span, list(self.ranges)) is not None
        d = date.fromisoformat(rec["date"])
        return any(start <= d <= end for start, end in self.ranges)


NO_LOCKS = LockedPeriods()


@dataclass
class MergePlan:
    """What one batch's merge writes. Records are in their JSON form."""

    inserts: list[Record] = field(default_factory=list)
    updates: list[Record] = field(default_factory=list)
    #: sync_conflicts rows: concurrent edits and changes in locked periods
    conflicts: list[Record] = field(default_factory=list)
    #: ids of open conflicts that a newer version settles
    settled: list[str] = field(default_factory=list)
    #: an activity's promise links written and dropped: (activity id, promise id)
    links_added: list[tuple[str, str]] = field(default_factory=list)
    links_removed: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[Outcome, int] = field(
        default_factory=lambda: dict.fromkeys(Outcome, 0)
    )

    @property
    def tombstones(self) -> list[Record]:
        """The written versions that delete their record."""
        return [r for r in (*self.inserts, *self.updates) if r.get("deleted")]


def latest(table: str, records: Iterable[Record]) -> dict[str, Record]:
    """One version per id, the greatest (a package never needs more); an activity's
    promise links as a sorted set, as they are stored."""
    links = table == "activities"
    best: dict[str, Record] = {}
    for r in records:
        if links and len(r[LINKS]) > 1:  # (one link is already a sorted set)
            r = {**r, LINKS: sorted(set(r[LINKS]))}
        cur = best.get(r["id"])
        if cur is None or key(r) > key(cur):
            best[r["id"]] = r
    return best


def plan(
    table: str,
    incoming: Mapping[str, Record],
    local: Mapping[str, Record],
    *,
    sender_seen: Mapping[str, str],
    our_seen: Mapping[str, str],
    policy: Policy = greatest_wins,
    locks: LockedPeriods = NO_LOCKS,
    open_conflicts: Mapping[str, str] | None = None,
    now: Any = None,
) -> MergePlan:
    """The writes that merge `incoming` (one version per id, see `latest`) into
    `local` (our stored versions of those ids, absent when we have none).

    A change that a lock holds (in its old or new version) is not applied but kept
    for review; a version that loses to a concurrent one is kept as a conflict; an
    applied version settles the open conflict (`open_conflicts`: record id ->
    conflict id) of its record. `now` stamps the conflicts."""
    out = MergePlan()
    counts = out.counts
    check_locks = table in LOCKABLE and bool(locks.ranges)
    links = table == "activities"
    open_ = open_conflicts or {}
    for rid, rec in incoming.items():
        cur = local.get(rid)
        d = decide(cur, rec, sender_seen=sender_seen, our_seen=our_seen, policy=policy)
        if (
            check_locks
            and d.apply
            and (locks.hold(cur) or locks.hold(rec))
            and (cur is None or not same_content(cur, rec))
        ):
            out.conflicts.append(conflict_row(table, rid, cur, rec, "locked", now))
            continue
        if d.conflict:
            keep = "theirs" if d.conflict == "mine" else "mine"
            out.conflicts.append(
                conflict_row(table, rid, cur, rec, "concurrent", now, keep)
            )
        elif d.apply and rid in open_:
            out.settled.append(open_[rid])
        if d.apply:
            (out.inserts if cur is None else out.updates).append(rec)
            if links:
                _relink(out, rid, cur[LINKS] if cur else [], rec[LINKS])
        counts[d.outcome] += 1
    return out


def _relink(out: MergePlan, rid: str, old: list[str], new: list[str]) -> None:
    if old != new:  # loops: a generator per record costs more (100k in an import)
        for p in new:
            if p not in old:
                out.links_added.append((rid, p))
        for p in old:
            if p not in new:
                out.links_removed.append((rid, p))


def fresh_audit(records: Iterable[Record], stored: Iterable[str]) -> list[Record]:
    """The audit log is a union: the entries not stored yet."""
    have = set(stored)
    return [r for r in records if r["id"] not in have]


def conflict_row(
    table: str,
    rid: str,
    mine: Mapping[str, Any] | None,
    theirs: Mapping[str, Any],
    reason: str,
    now: Any,
    keep: str = "mine",
) -> Record:
    """A sync_conflicts row: `local` holds the kept version, `remote` the loser."""
    m = json.dumps({"side": "mine", "record": mine}, ensure_ascii=False)
    t = json.dumps({"side": "theirs", "record": theirs}, ensure_ascii=False)
    return {
        "id": new_id(),
        "table_name": table,
        "record_id": rid,
        "local": m if keep == "mine" else t,
        "remote": t if keep == "mine" else m,
        "reason": reason,
        "detected_at": now,
        "resolved_at": None,
        "resolution": None,
    }
