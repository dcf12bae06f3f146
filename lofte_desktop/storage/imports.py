"""The record of activity-log imports (device-local), for listing and undo."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from lofte_desktop.storage.meta import Executor, as_utc, utcnow
from lofte_desktop.storage.models import ACTIVITIES, IMPORT_ACTIVITIES, IMPORTS

A = ACTIVITIES
I = IMPORTS  # noqa: E741
IA = IMPORT_ACTIVITIES
_CHUNK = 500


@dataclass(frozen=True)
class ImportRecord:
    id: str
    file_name: str
    file_sha256: str
    user: str
    created_at: datetime
    new_count: int
    skipped_duplicates: int
    skipped_bad: int
    undone_at: datetime | None
    live: int  # of its activities, how many are not deleted now


@dataclass(frozen=True)
class Existing:
    """An activity id already in the database: deleted or not, and whether an undone
    import deleted it (then importing the same row again brings it back)."""

    deleted: bool
    undone_import: bool


def _chunks(seq: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(seq), _CHUNK):
        yield seq[i : i + _CHUNK]


def existing(ex: Executor, ids: Sequence[str]) -> dict[str, Existing]:
    """Which of `ids` are stored already (the re-import check)."""
    found: dict[str, Existing] = {}
    for chunk in _chunks(ids):
        for aid, deleted in ex.execute(
            select(A.c.id, A.c.deleted).where(A.c.id.in_(chunk))
        ):
            found[aid] = Existing(bool(deleted), False)
    gone = [aid for aid, e in found.items() if e.deleted]
    for chunk in _chunks(gone):
        for (aid,) in ex.execute(
            select(IA.c.activity_id)
            .select_from(IA.join(I, I.c.id == IA.c.import_id))
            .where(IA.c.activity_id.in_(chunk), I.c.undone_at.is_not(None))
        ):
            found[aid] = Existing(True, True)
    return found


def record(
    ex: Executor,
    *,
    import_id: str,
    file_name: str,
    file_sha256: str,
    user: str,
    device_id: str,
    counts: Mapping[str, int],
    mapping: Mapping[str, Any],
    activity_ids: Sequence[str],
) -> None:
    ex.execute(
        insert(I).values(
            id=import_id,
            file_name=file_name,
            file_sha256=file_sha256,
            user=user,
            device_id=device_id,
            created_at=utcnow(),
            new_count=counts.get("new", 0),
            skipped_duplicates=counts.get("skipped_duplicates", 0),
            skipped_bad=counts.get("skipped_bad", 0),
            mapping=json.dumps(mapping, ensure_ascii=False),
            undone_at=None,
        )
    )
    if activity_ids:
        ex.execute(
            insert(IA),
            [{"import_id": import_id, "activity_id": a} for a in activity_ids],
        )


def list_imports(ex: Executor) -> list[ImportRecord]:
    live = {
        iid: int(n)
        for iid, n in ex.execute(
            select(IA.c.import_id, func.count())
            .select_from(IA.join(A, A.c.id == IA.c.activity_id))
            .where(A.c.deleted.is_(False))
            .group_by(IA.c.import_id)
        )
    }
    rows = ex.execute(select(I).order_by(I.c.created_at.desc(), I.c.id)).mappings()
    return [
        ImportRecord(
            r["id"],
            r["file_name"],
            r["file_sha256"],
            r["user"],
            as_utc(r["created_at"]) or utcnow(),
            int(r["new_count"]),
            int(r["skipped_duplicates"]),
            int(r["skipped_bad"]),
            as_utc(r["undone_at"]),
            live.get(r["id"], 0),
        )
        for r in rows
    ]


def import_row(ex: Executor, import_id: str) -> dict[str, Any] | None:
    row = ex.execute(select(I).where(I.c.id == import_id)).mappings().first()
    return dict(row) if row else None


def live_activity_ids(ex: Executor, import_id: str) -> list[str]:
    """The import's activities that are not deleted (what an undo deletes)."""
    return list(
        ex.execute(
            select(IA.c.activity_id)
            .select_from(IA.join(A, A.c.id == IA.c.activity_id))
            .where(IA.c.import_id == import_id, A.c.deleted.is_(False))
            .order_by(IA.c.activity_id)
        ).scalars()
    )


def mark_undone(ex: Executor, import_id: str) -> None:
    ex.execute(update(I).where(I.c.id == import_id).values(undone_at=utcnow()))


def import_ids(ex: Executor) -> list[str]:
    return list(ex.execute(select(I.c.id)).scalars())
