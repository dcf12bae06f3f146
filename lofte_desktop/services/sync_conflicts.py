"""Reviewing what a merge kept aside: concurrent edits and changes in locked periods.

A conflict row holds the kept version and the one that lost. Resolving it writes the
chosen version as a new local change, so it wins over both and syncs onwards.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import ActivitiesChanged, SyncFinished
from lofte_desktop.storage import sync_store as store
from lofte_desktop.storage.meta import add_audit, next_stamp, utcnow
from lofte_desktop.sync.errors import err


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    record_id: str
    reason: str
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    detected_at: Any


def _sides(row: dict[str, Any]) -> dict[str, Any]:
    """{"mine": record or None, "theirs": record or None} of a stored conflict."""
    return {
        w["side"]: w["record"]
        for w in (json.loads(row["local"]), json.loads(row["remote"]))
    }


class ConflictReview:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def conflicts(self) -> list[Conflict]:
        with self.ctx.db.read_connection() as conn:
            rows = store.open_conflicts(conn)
        out = []
        for r in rows:
            sides = _sides(r)
            out.append(
                Conflict(
                    r["id"],
                    r["table_name"],
                    r["record_id"],
                    r["reason"],
                    sides.get("mine"),
                    sides.get("theirs"),
                    r["detected_at"],
                )
            )
        return out

    def resolve(self, conflict_id: str, keep: str) -> None:
        """Keeps "mine" or "theirs". The choice is written as a new local change, so it
        wins over both versions and syncs to the other devices."""
        if keep not in ("mine", "theirs"):
            raise ValueError(keep)
        with self.ctx.db.write_connection() as conn:
            c = store.conflict(conn, conflict_id)
            if c is None or c["resolved_at"] is not None:
                raise err("sync.conflict_not_found", id=conflict_id)
            sides = _sides(c)
            table, rid = c["table_name"], c["record_id"]
            current = store.local_records(conn, table, [rid]).get(rid)
            chosen = sides.get(keep)
            if chosen is None:  # "mine" did not exist: keep it absent (a tombstone)
                chosen = {**(current or sides["theirs"]), "deleted": True}
            stamp = next_stamp(conn, self.ctx.device_id)
            rec = {
                **chosen,
                "hlc": stamp.hlc,
                "device_id": stamp.device_id,
                "updated_at": stamp.at.isoformat(),
                "version": (current["version"] if current else 0) + 1,
            }
            if current is not None:
                rec["created_at"] = current["created_at"]
            store.overwrite(conn, table, rec)
            add_audit(
                conn,
                table=table,
                record_id=rid,
                action="resolve",
                changes={"keep": [None, keep]},
                user=self.ctx.user,
                stamp=stamp,
            )
            same = [
                o["id"] for o in store.open_conflicts(conn) if o["record_id"] == rid
            ]
            store.close_conflicts(conn, same, keep, utcnow())
        self.ctx.events.publish(ActivitiesChanged((rid,), "updated"))
        self.ctx.events.publish(SyncFinished({"resolved": conflict_id, "keep": keep}))
