"""Period comments in the database: per promise, the summary and the approval.

A comment's id is derived from (agreement, period, kind, promise), so two devices
that write the same comment create the same record and sync merges them (the later
clock stamp wins). Every change is written to the audit log in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update

from lofte_desktop.domain.ids import stable_id
from lofte_desktop.storage.meta import Executor, Stamp, add_audit
from lofte_desktop.storage.models import PERIOD_COMMENTS, PROMISES

C = PERIOD_COMMENTS


@dataclass(frozen=True)
class CommentRecord:
    id: str
    period_code: str
    kind: str
    promise_code: str  # "" for the summary and the approval
    text: str
    approved_role: str
    approved_name: str
    approved_on: date | None
    by_user: str


def comment_id(agreement_id: str, period_code: str, kind: str, promise_id: str) -> str:
    return stable_id("period_comment", agreement_id, period_code, kind, promise_id)


def comments_for(
    ex: Executor, agreement_id: str, period_code: str
) -> list[CommentRecord]:
    """The live comments of one period, with their promises' codes."""
    rows = ex.execute(
        select(C, PROMISES.c.code.label("promise_code"))
        .select_from(C.outerjoin(PROMISES, PROMISES.c.id == C.c.promise_id))
        .where(
            C.c.agreement_id == agreement_id,
            C.c.period_code == period_code,
            C.c.deleted.is_(False),
        )
        .order_by(C.c.kind, PROMISES.c.position, C.c.id)
    ).mappings()
    return [
        CommentRecord(
            r["id"],
            r["period_code"],
            r["kind"],
            r["promise_code"] or "",
            r["text"] or "",
            r["approved_role"] or "",
            r["approved_name"] or "",
            r["approved_on"],
            r["by_user"] or "",
        )
        for r in rows
    ]


def set_comment(
    ex: Executor,
    *,
    agreement_id: str,
    period_code: str,
    kind: str,
    promise_id: str | None,
    values: dict[str, Any],
    user: str,
    stamp: Stamp,
) -> str:
    """Writes one comment (insert or update) and its audit entry; returns its id.

    `values` holds the fields that change: text, approved_role, approved_name,
    approved_on. Fields not given keep their stored value.
    """
    rid = comment_id(agreement_id, period_code, kind, promise_id or "")
    old = ex.execute(select(C).where(C.c.id == rid)).mappings().first()
    common = {
        "hlc": stamp.hlc,
        "device_id": stamp.device_id,
        "updated_at": stamp.at,
        "deleted": False,
        "by_user": user,
    }
    if old is None:
        row = {
            "text": "",
            "approved_role": "",
            "approved_name": "",
            "approved_on": None,
        }
        row.update(values)
        ex.execute(
            insert(C).values(
                id=rid,
                agreement_id=agreement_id,
                period_code=period_code,
                kind=kind,
                promise_id=promise_id,
                created_at=stamp.at,
                version=1,
                **row,
                **common,
            )
        )
        changes = {k: [None, v] for k, v in row.items() if v not in ("", None)}
    else:
        ex.execute(
            update(C)
            .where(C.c.id == rid)
            .values(version=old["version"] + 1, **values, **common)
        )
        changes = {
            k: [old[k], v] for k, v in values.items() if old[k] != v or old["deleted"]
        }
    add_audit(
        ex,
        table="period_comments",
        record_id=rid,
        action="insert" if old is None else "update",
        changes={"period": [period_code, period_code], "kind": [kind, kind], **changes},
        user=user,
        stamp=stamp,
    )
    return rid
