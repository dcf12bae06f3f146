"""Logging, editing, deleting (with undo) and listing activities."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import Connection

from lofte_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from lofte_desktop.domain.ids import new_id, new_ids
from lofte_desktop.domain.model import Activity
from lofte_desktop.domain.query import ActivityFilter, Sort
from lofte_desktop.domain.types import PlaceKind
from lofte_desktop.domain.validation import (
    ActivityDraft,
    ValidActivity,
    parse_date,
    validate_activity,
)
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import ActivitiesChanged
from lofte_desktop.storage import activities as store
from lofte_desktop.storage.agreements import ensure_place, place_id_for
from lofte_desktop.storage.database import bulk_cache
from lofte_desktop.storage.meta import (
    AuditEntry,
    Executor,
    Stamp,
    add_audits,
    audit_for,
    next_hlcs,
    next_stamp,
    next_stamps,
    utcnow,
)
from lofte_desktop.storage.period_locks import ensure_unlocked

#: How often `edit()` redoes its merge when other writers keep getting in between.
_EDIT_ATTEMPTS = 5

#: Fields `edit()` accepts, in ActivityDraft terms.
EDITABLE = (
    "activity_type",
    "promise_codes",
    "date",
    "party",
    "hours",
    "count",
    "place",
    "status",
    "note",
    "start_time",
)


def _values(
    ex: Executor, v: ValidActivity, stamp: Stamp, user: str, logged_by: str
) -> dict[str, Any]:
    place_id = None
    if v.place:
        kind = v.place_kind or PlaceKind.OTHER
        place_id = ensure_place(ex, v.place, kind, stamp, user)
    return {
        "activity_type": v.activity_type,
        "party": v.party,
        "date": v.date,
        "start_time": v.start_time,
        "hours": v.hours,
        "place_id": place_id,
        "count": v.count,
        "status": v.status.value,
        "note": v.note,
        "logged_by": logged_by,
    }


class ActivityService:
    def __init__(self, ctx: ServiceContext, agreement: AgreementService) -> None:
        self.ctx = ctx
        self.agreement = agreement

    def agreement_for(self, draft: ActivityDraft) -> AgreementService:
        """The agreement the draft's date belongs to (the one in use when the date
        is unreadable or no agreement covers it: validation then says so)."""
        try:
            day = parse_date(draft.date)
        except (ValidationError, TypeError, ValueError):
            return self.agreement
        return self.agreement.on(day)

    def validate(self, draft: ActivityDraft) -> ValidActivity:
        """Checks a draft without writing (forms call this as the user types)."""
        return validate_activity(draft, self.agreement_for(draft).rules())

    def log(self, draft: ActivityDraft) -> Activity:
        """Validates and stores one activity in one short transaction."""
        agreement = self.agreement_for(draft)
        valid = validate_activity(draft, agreement.rules())
        ids = agreement.promise_ids()
        activity_id = new_id()
        with self.ctx.db.write() as s:
            ensure_unlocked(s, agreement.agreement(), [valid.date])
            stamp = next_stamp(s, self.ctx.device_id)
            values = _values(s, valid, stamp, self.ctx.user, self.ctx.user)
            store.insert_activity(
                s,
                activity_id,
                values,
                [ids[c] for c in valid.promise_codes],
                stamp,
                self.ctx.user,
            )
        self.ctx.events.publish(ActivitiesChanged((activity_id,), "created"))
        return self.get(activity_id)

    def get(self, activity_id: str, *, include_deleted: bool = False) -> Activity:
        with self.ctx.db.read() as s:
            row = store.raw_activity(s, activity_id)
            if row is None or (row["deleted"] and not include_deleted):
                raise NotFoundError("err.not_found", field="id", value=activity_id)
            return store.activities_by_ids(
                s, [activity_id], self.agreement.promise_codes()
            )[0]

    def resolve_id(self, prefix: str) -> str:
        """A full id from an id or a unique prefix of at least 6 characters."""
        text = prefix.strip().lower()
        if len(text) == 36:
            return text
        if len(text) >= 6:
            ids = self.ids(ActivityFilter(include_deleted=True))
            hits = [i for i in ids if i.startswith(text)]
            if len(hits) == 1:
                return hits[0]
        raise NotFoundError("err.not_found", field="id", value=prefix)

    def edit(
        self,
        activity_id: str,
        changes: Mapping[str, Any],
        *,
        expected_version: int | None = None,
    ) -> Activity:
        """Changes some fields; the result is validated as a whole.

        `expected_version` is the version the user saw (an edit dialog): when someone
        else has changed the record since, ConflictError, and nothing is written.
        Without it the changes go on top of the latest version; if another writer
        gets in between the read and the write, the merge is redone, so their change
        to another field is never lost.
        """
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        for _attempt in range(_EDIT_ATTEMPTS):
            current = self.get(activity_id)
            if expected_version is not None and current.version != expected_version:
                raise ConflictError(
                    activity_id, expected=expected_version, actual=current.version
                )
            try:
                self._write_edit(current, changes)
            except store.VersionConflict as exc:
                if expected_version is not None:
                    raise ConflictError(
                        activity_id, expected=exc.expected, actual=exc.actual
                    ) from exc
                continue
            self.ctx.events.publish(ActivitiesChanged((activity_id,), "updated"))
            return self.get(activity_id)
        latest = self.get(activity_id)
        raise ConflictError(
            activity_id, expected=current.version, actual=latest.version
        )

    def _write_edit(self, current: Activity, changes: Mapping[str, Any]) -> None:
        """One attempt: merge `changes` over `current`, write if still that version."""
        activity_id = current.id
        merged = {**asdict(current), **changes}
        draft = ActivityDraft(
            activity_type=merged["activity_type"],
            promise_codes=merged["promise_codes"],
            date=merged["date"],
            party=merged["party"],
            hours=merged["hours"],
            count=merged["count"],
            place=merged["place"],
            status=merged["status"],
            note=merged["note"] or "",
            start_time=merged["start_time"],
            existing_type=current.activity_type,  # kept even when since retired
        )
        agreement = self.agreement_for(draft)
        valid = validate_activity(draft, agreement.rules())
        ids = agreement.promise_ids()
        with self.ctx.db.write() as s:
            ensure_unlocked(s, agreement.agreement(), [current.date, valid.date])
            stamp = next_stamp(s, self.ctx.device_id)
            values = _values(s, valid, stamp, self.ctx.user, current.logged_by)
            store.update_activity(
                s,
                activity_id,
                values,
                [ids[c] for c in valid.promise_codes],
                stamp,
                self.ctx.user,
                expected_version=current.version,
            )

    def delete(self, activity_id: str) -> Activity:
        """Soft-deletes (a tombstone that syncs). `restore()` undoes it."""
        current = self.get(activity_id)
        self._set_deleted([activity_id], True, "delete")
        return current

    def delete_many(self, ids: Sequence[str]) -> None:
        self._set_deleted(list(ids), True, "delete")

    def restore(self, activity_id: str) -> Activity:
        self._set_deleted([activity_id], False, "restore")
        return self.get(activity_id)

    def restore_many(self, ids: Sequence[str]) -> None:
        self._set_deleted(list(ids), False, "restore")

    def _set_deleted(self, ids: list[str], deleted: bool, action: str) -> None:
        with self.ctx.db.write() as s:
            self.set_deleted_in(s, ids, deleted=deleted, action=action)
        self.ctx.events.publish(
            ActivitiesChanged(tuple(ids), "deleted" if deleted else "restored")
        )

    def set_deleted_in(
        self, ex: Executor, ids: Sequence[str], *, deleted: bool, action: str
    ) -> None:
        """Tombstones (or restores) activities inside the caller's write transaction:
        each one checked against the period locks, stamped and audited. Publishes
        nothing (the caller does after its commit)."""
        states = store.deletion_states(ex, ids)
        for activity_id in ids:
            if activity_id not in states:
                raise NotFoundError("err.not_found", field="id", value=activity_id)
        changing = [i for i in dict.fromkeys(ids) if states[i][0] != deleted]
        if not changing:
            return
        ensure_unlocked(
            ex, self.agreement.agreement(), [states[i][1] for i in changing]
        )
        stamps = next_stamps(ex, self.ctx.device_id, len(changing))
        store.set_deleted(
            ex,
            [
                (i, states[i][2], stamp)
                for i, stamp in zip(changing, stamps, strict=True)
            ],
            deleted=deleted,
            user=self.ctx.user,
            action=action,
        )

    def query(
        self,
        f: ActivityFilter = ActivityFilter(),
        *,
        sort: Sort = Sort(),
        offset: int = 0,
        limit: int | None = None,
    ) -> list[Activity]:
        with self.ctx.db.read() as s:
            return store.query_activities(
                s,
                f,
                self.agreement.promise_ids(),
                self.agreement.promise_codes(),
                sort=sort,
                offset=offset,
                limit=limit,
            )

    def count(self, f: ActivityFilter = ActivityFilter()) -> int:
        with self.ctx.db.read() as s:
            return store.count_activities(s, f, self.agreement.promise_ids())

    def ids(
        self, f: ActivityFilter = ActivityFilter(), sort: Sort = Sort()
    ) -> list[str]:
        with self.ctx.db.read() as s:
            return store.activity_ids(s, f, self.agreement.promise_ids(), sort)

    def batches(
        self,
        f: ActivityFilter = ActivityFilter(),
        sort: Sort = Sort(),
        size: int = 2000,
    ) -> Iterator[list[Activity]]:
        """The filtered activities in order, `size` at a time, from one read
        transaction (exports). Stop iterating early and the read ends."""
        with self.ctx.db.read() as s:
            yield from store.activity_batches(
                s,
                f,
                self.agreement.promise_ids(),
                self.agreement.promise_codes(),
                sort=sort,
                batch=size,
            )

    def by_ids(self, ids: Sequence[str]) -> list[Activity]:
        with self.ctx.db.read() as s:
            return store.activities_by_ids(s, ids, self.agreement.promise_codes())

    def history(self, activity_id: str) -> list[AuditEntry]:
        with self.ctx.db.read() as s:
            return audit_for(s, activity_id)

    def bulk_log(
        self, drafts: Iterable[ValidActivity], *, logged_by: str | None = None
    ) -> int:
        """Inserts many checked activities in one transaction through Core.

        Places must already exist or are created first. Returns how many were written.
        """
        items = list(drafts)
        if not items:
            return 0
        with self.ctx.db.write_connection() as conn, bulk_cache(conn):
            ensure_unlocked(conn, self.agreement.agreement(), {v.date for v in items})
            written = self.insert_checked(conn, items, logged_by=logged_by)
        self.ctx.events.publish(ActivitiesChanged((), "bulk"))
        return len(written)

    def insert_checked(
        self,
        conn: Connection,
        items: Sequence[ValidActivity],
        *,
        ids: Sequence[str] | None = None,
        logged_by: str | None = None,
        audit: tuple[str, Mapping[str, Any]] | None = None,
    ) -> list[str]:
        """The bulk write inside the caller's transaction (which has checked the
        period locks): places, rows and promise links by Core executemany.

        `ids`: the records' ids (an import derives them from the content), else new
        ones. `audit`: (action, changes) for one audit entry per activity, e.g.
        ("import", {"import": [None, import_id]}): the record itself holds the
        values. Returns the ids written. Publishes nothing: the caller does after
        its commit.
        """
        if not items:
            return []
        ids = list(ids) if ids is not None else new_ids(len(items))
        promise_ids = self.agreement.promise_ids()
        who = self.ctx.user if logged_by is None else logged_by
        device = self.ctx.device_id
        hlcs = next_hlcs(conn, len(items))
        at = utcnow()
        place_ids: dict[str, str] = {}
        first = Stamp(hlcs[0], device, at)
        for name in {v.place for v in items if v.place}:
            v0 = next(v for v in items if v.place == name)
            kind = v0.place_kind or PlaceKind.OTHER
            place_ids[name] = ensure_place(conn, name, kind, first, who)
        rows: list[dict[str, Any]] = []
        links: list[dict[str, str]] = []
        for v, stamp, aid in zip(items, hlcs, ids, strict=True):
            rows.append(
                {
                    "id": aid,
                    "activity_type": v.activity_type,
                    "party": v.party,
                    "date": v.date,
                    "start_time": v.start_time,
                    "hours": v.hours,
                    "place_id": place_ids.get(v.place) if v.place else None,
                    "count": v.count,
                    "status": v.status.value,
                    "note": v.note,
                    "logged_by": who,
                    "series_id": None,
                    "recurrence_id": None,
                    "cancel_reason": None,
                    "hlc": stamp,
                    "device_id": device,
                    "deleted": False,
                    "created_at": at,
                    "updated_at": at,
                    "version": 1,
                }
            )
            for c in v.promise_codes:  # a loop: a generator per row costs more
                links.append({"activity_id": aid, "promise_id": promise_ids[c]})
        store.bulk_insert(conn, rows, links)
        if audit is not None:
            action, changes = audit
            add_audits(
                conn,
                table="activities",
                action=action,
                entries=[
                    (r["id"], changes, Stamp(r["hlc"], r["device_id"], r["created_at"]))
                    for r in rows
                ],
                user=self.ctx.user,
            )
        return ids

    def place_id(self, name: str) -> str:
        return place_id_for(name)

    def dates(self) -> tuple[date, date] | None:
        """First and last activity date, or None for an empty log."""
        acts = self.query(limit=1, sort=Sort("date", False))
        last = self.query(limit=1, sort=Sort("date", True))
        if not acts:
            return None
        return acts[0].date, last[0].date
