"""The merge rules: pure decisions on record versions, no database.

A version is identified by (hlc, device_id); the greatest wins, so the result does
not depend on import order or duplicates (a join semilattice). A losing version is
kept as a conflict when it carried information the winner's author had not seen:

- the sender had not seen our version (`sender_seen[local.device] < local.hlc`), and
- we had not seen theirs (`our_seen[incoming.device] < incoming.hlc`), and
- their content differs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from lofte_desktop.domain.hlc import ZERO

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
