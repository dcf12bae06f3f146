"""One import's merge: streams a checked package into the database in one transaction.

The caller opens the transaction; `MergeRun.merge` reads the payload line by line and,
for each chunk of one table: checks it (clock, PII guard, the domain rules, its
references), reads the local state of its ids, asks `lofte_desktop.sync.merge.plan`
what to write and applies that with Core bulk statements. Conflicts (concurrent
edits, changes inside a locked period) are stored for review. Any exception leaves
the transaction to roll back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from lofte_desktop.domain import hlc
from lofte_desktop.domain.agreement_periods import parse_period
from lofte_desktop.domain.pii import text_prefilter
from lofte_desktop.domain.refusals import refuse_personal_numbers
from lofte_desktop.services.sync_rules import RecordRules
from lofte_desktop.storage import agreements as agreement_store
from lofte_desktop.storage import sync_store as store
from lofte_desktop.storage.meta import utcnow
from lofte_desktop.sync import merge
from lofte_desktop.sync.errors import err
from lofte_desktop.sync.merge import LockedPeriods, Outcome, Policy
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
    conn: Connection, recs: Iterable[dict[str, Any]]
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

    def _check(self, table: str, recs: list[dict[str, Any]]) -> None:
        """Clock, PII guard and the domain rules: a bad record refuses all."""
        may_hold_pii = _MAY_HOLD_PII[table]
        for r in recs:
            stamp = r["hlc"]
            if stamp > self.max_hlc:
                if hlc.is_far_future(stamp, now=self.now_ms):
                    raise FutureStamp(stamp)
                self.max_hlc = stamp
            if may_hold_pii(r):  # the PII guard: nothing is imported
                refuse_personal_numbers(table, r)
        self._rules.check(table, recs)

    def _check_refs(self, conn: Connection, recs: Iterable[dict[str, Any]]) -> None:
        """An activity's promises and place must exist (here or earlier in the
        package)."""
        recs = list(recs)
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

    def _locks(self, conn: Connection, table: str, recs: Any) -> LockedPeriods:
        if table == "period_comments" and self.locked:
            self.comment_periods.update(comment_periods(conn, recs))
        return LockedPeriods(self.locked, self.comment_periods)

    def _flush(self, conn: Connection, table: str, recs: list[dict[str, Any]]) -> None:
        """check -> read the local state -> plan (pure) -> apply."""
        self._check(table, recs)
        if table == "audit_log":
            have = store.existing_ids(conn, table, [r["id"] for r in recs])
            fresh = merge.fresh_audit(recs, have)
            store.insert_records(conn, table, fresh)
            self.counts["audit"] += len(fresh)
            return
        incoming = merge.latest(table, recs)
        if table == "activities":
            self._check_refs(conn, incoming.values())
        local = store.local_records(conn, table, list(incoming))
        now = utcnow()
        plan = merge.plan(
            table,
            incoming,
            local,
            sender_seen=self.pkg.seen,
            our_seen=self._our_seen,
            policy=self.policy,
            locks=self._locks(conn, table, incoming.values()),
            open_conflicts=self._open,
            now=now,
        )
        for outcome, n in plan.counts.items():
            self.counts[outcome.value] += n
        self.counts["conflicts"] += len(plan.conflicts)
        store.apply(
            conn,
            table,
            inserts=plan.inserts,
            updates=plan.updates,
            links=(plan.links_added, plan.links_removed),
            conflicts=plan.conflicts,
            settled=plan.settled,
            at=now,
        )
        if plan.settled:
            done = set(plan.settled)
            self._open = {r: c for r, c in self._open.items() if c not in done}


__all__ = ["FutureStamp", "MergeRun", "Outcome", "locked_ranges"]
