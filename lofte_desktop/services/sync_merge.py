"""One import's merge: streams a checked package into the database in one transaction.

The caller opens the transaction; `MergeRun.merge` reads the payload line by line,
decides each record with `lofte_desktop.sync.merge.decide` and writes chunks with
Core bulk statements. Conflicts (concurrent edits, changes inside a locked period)
are stored for review. Any exception leaves the transaction to roll back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from lofte_desktop.domain import hlc
from lofte_desktop.domain.agreement_periods import parse_period
from lofte_desktop.domain.comments import locked_by
from lofte_desktop.domain.ids import new_id
from lofte_desktop.domain.pii import text_prefilter
from lofte_desktop.domain.refusals import refuse_personal_numbers
from lofte_desktop.services.sync_rules import RecordRules
from lofte_desktop.storage import agreements as agreement_store
from lofte_desktop.storage import sync_store as store
from lofte_desktop.storage.meta import utcnow
from lofte_desktop.sync.errors import err
from lofte_desktop.sync.merge import (
    Outcome,
    Policy,
    decide,
    key,
    learned,
    same_content,
)
from lofte_desktop.sync.package import OpenedPackage
from lofte_desktop.sync.schema import TEXT_FIELDS

CHUNK = 2000
#: Per table: may this (checked) record hold a personnummer? False rules it out.
_MAY_HOLD_PII = {table: text_prefilter(fields) for table, fields in TEXT_FIELDS.items()}


def locked_ranges(conn: Connection) -> list[tuple[date, date]]:
    """Date ranges of every locked period (unreadable lock codes are skipped)."""
    ranges: list[tuple[date, date]] = []
    agreements: dict[str, Any] = {}
    locks = store.active_locks(conn)
    session = Session(bind=conn)  # joins the open transaction; ORM rows needed
    for agreement_id, code in locks:
        if agreement_id not in agreements:
            agreements[agreement_id] = agreement_store.load_agreement(
                session, agreement_id
            )
        agreement = agreements[agreement_id]
        if agreement is None:
            continue
        try:
            period = parse_period(code, agreement, check_inside=False)
        except Exception:
            continue
        ranges.append((period.start, period.end))
    return ranges


def comment_periods(
    conn: Connection, recs: Any
) -> dict[tuple[str, str], tuple[date, date]]:
    """The dates of each (agreement, period code) named by comment records
    (unreadable codes are left out: such a comment is not in a locked period)."""
    out: dict[tuple[str, str], tuple[date, date]] = {}
    session = Session(bind=conn)
    agreements: dict[str, Any] = {}
    for r in recs:
        k = (r["agreement_id"], r["period_code"])
        if k in out:
            continue
        if k[0] not in agreements:
            agreements[k[0]] = agreement_store.load_agreement(session, k[0])
        agreement = agreements[k[0]]
        if agreement is None:
            continue
        try:
            period = parse_period(k[1], agreement, check_inside=False)
        except Exception:
            continue
        out[k] = (period.start, period.end)
    return out


class FutureStamp(Exception):
    def __init__(self, stamp: str) -> None:
        super().__init__(stamp)
        self.stamp = stamp


@dataclass
class MergeRun:
    pkg: OpenedPackage
    self_id: str
    policy: Policy
    now_ms: Callable[[], int]
    locked: list[tuple[date, date]] = field(default_factory=list)
    #: (agreement id, period code) -> the period's dates, for comment records
    comment_periods: dict[tuple[str, str], tuple[date, date]] = field(
        default_factory=dict
    )
    max_hlc: str = hlc.ZERO
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("new", "updated", "deleted", "unchanged", "conflicts", "audit"), 0
        )
    )
    Future = FutureStamp

    def learned(self, ours: dict[str, str]) -> dict[str, str]:
        last = ours.get(self.self_id, hlc.ZERO)
        result = learned(ours, self.pkg.manifest["base"], self.pkg.seen)
        result[self.self_id] = max(last, result.get(self.self_id, hlc.ZERO))
        return result

    def merge(self, conn: Connection) -> dict[str, int]:
        self._our_seen = store.vector(conn, self.self_id)
        self._open = {c["record_id"]: c["id"] for c in store.open_conflicts(conn)}
        self._promises: set[str] = set()
        self._rules = RecordRules(conn)
        table = ""
        chunk: list[dict[str, Any]] = []
        for t, rec in self.pkg.records():
            if t != table or len(chunk) >= CHUNK:
                if chunk:
                    self._flush(conn, table, chunk)
                table, chunk = t, []
            chunk.append(rec)
        if chunk:
            self._flush(conn, table, chunk)
        return dict(self.counts)

    def _check_stamp(self, stamp: str) -> None:
        if stamp > self.max_hlc:
            if hlc.is_far_future(stamp, now=self.now_ms):
                raise FutureStamp(stamp)
            self.max_hlc = stamp

    def _is_locked(self, rec: dict[str, Any] | None) -> bool:
        if rec is None or not self.locked:
            return False
        if "period_code" in rec:  # a period comment: locked with its period
            return self._comment_locked(rec)
        d = date.fromisoformat(rec["date"])
        return any(start <= d <= end for start, end in self.locked)

    def _comment_locked(self, rec: dict[str, Any]) -> bool:
        span = self.comment_periods.get((rec["agreement_id"], rec["period_code"]))
        return span is not None and locked_by(span[0], span[1], self.locked) is not None

    def _check_promises(self, conn: Connection, recs: list[dict[str, Any]]) -> None:
        wanted = {p for r in recs for p in r["promise_ids"]} - self._promises
        if wanted:
            found = store.existing_ids(conn, "promises", wanted)
            missing = wanted - found
            if missing:
                raise err("sync.unknown_promise", ref=sorted(missing)[0])
            self._promises |= found
        places = {r["place_id"] for r in recs if r["place_id"]}
        if places:
            missing = places - store.existing_ids(conn, "places", places)
            if missing:
                raise err("sync.unknown_ref", ref=f"places {sorted(missing)[0]}")

    def _flush(self, conn: Connection, table: str, recs: list[dict[str, Any]]) -> None:
        may_hold_pii = _MAY_HOLD_PII[table]
        for r in recs:
            if r["hlc"] > self.max_hlc:
                self._check_stamp(r["hlc"])
            if may_hold_pii(r):  # the PII guard: nothing is imported
                refuse_personal_numbers(table, r)
        self._rules.check(table, recs)  # the domain rules: a bad record refuses all
        if table == "audit_log":
            self.counts["audit"] += store.insert_audit(conn, recs)
            return
        activities = table == "activities"
        # one version per id: the greatest (a package never needs more)
        best: dict[str, dict[str, Any]] = {}
        for r in recs:
            if activities:
                r["promise_ids"] = sorted(set(r["promise_ids"]))
            cur = best.get(r["id"])
            if cur is None or key(r) > key(cur):
                best[r["id"]] = r
        if activities:
            self._check_promises(conn, list(best.values()))
        local = store.local_records(conn, table, list(best))
        new: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        conflicts: list[dict[str, Any]] = []
        settled: list[str] = []
        outcomes = dict.fromkeys(Outcome, 0)
        now = utcnow()
        sender_seen, our_seen, policy = self.pkg.seen, self._our_seen, self.policy
        check_locks = (activities or table == "period_comments") and bool(self.locked)
        if check_locks and not activities:
            self.comment_periods.update(comment_periods(conn, best.values()))
        for rid, rec in best.items():
            cur = local.get(rid)
            d = decide(
                cur, rec, sender_seen=sender_seen, our_seen=our_seen, policy=policy
            )
            if (
                check_locks
                and d.apply
                and (self._is_locked(cur) or self._is_locked(rec))
                and (cur is None or not same_content(cur, rec))
            ):
                conflicts.append(
                    _conflict(table, rid, cur, rec, "locked", now, keep="mine")
                )
                self.counts["conflicts"] += 1
                continue
            if d.conflict:
                keep = "theirs" if d.conflict == "mine" else "mine"
                conflicts.append(
                    _conflict(table, rid, cur, rec, "concurrent", now, keep)
                )
                self.counts["conflicts"] += 1
            elif d.apply and rid in self._open:
                settled.append(self._open.pop(rid))
            if d.apply:
                (new if cur is None else changed).append(rec)
            outcomes[d.outcome] += 1
        for outcome, n in outcomes.items():
            self.counts[outcome.value] += n
        store.write_records(conn, table, new, changed)
        store.add_conflicts(conn, conflicts)
        if settled:
            store.close_conflicts(conn, settled, "superseded", now)


def _conflict(
    table: str,
    rid: str,
    mine: dict[str, Any] | None,
    theirs: dict[str, Any],
    reason: str,
    now: Any,
    keep: str,
) -> dict[str, Any]:
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


__all__ = ["FutureStamp", "MergeRun", "Outcome", "locked_ranges"]
