"""One part of an agreement at a time: a focus area, a promise or an indicator
written (audited, stamped for sync like a catalogue load), removed (a deleted
flag that syncs), and what still refers to a part before it may go."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from lofte_desktop.domain.model import FocusArea, Indicator, Promise
from lofte_desktop.storage.agreements import promise_row, upsert
from lofte_desktop.storage.meta import Executor, Stamp, add_audit
from lofte_desktop.storage.models import (
    ACTIVITIES,
    ACTIVITY_PROMISES,
    PERIOD_COMMENTS,
    PLAN_SERIES,
    AgreementRow,
    FocusAreaRow,
    IndicatorRow,
    PromiseRow,
)


def save_focus_area(
    ex: Executor, agreement_id: str, fa: FocusArea, stamp: Stamp, user: str
) -> bool:
    return upsert(
        ex,
        FocusAreaRow,
        {
            "id": fa.id,
            "agreement_id": agreement_id,
            "code": fa.code,
            "name": fa.name,
            "problem": fa.problem,
            "position": fa.position,
        },
        stamp,
        user,
        "focus_areas",
    )


def focus_area_id(ex: Executor, agreement_id: str, code: str) -> str | None:
    return ex.execute(
        select(FocusAreaRow.id).where(
            FocusAreaRow.agreement_id == agreement_id, FocusAreaRow.code == code
        )
    ).scalar()


def save_promise(
    ex: Executor, agreement_id: str, p: Promise, stamp: Stamp, user: str
) -> bool:
    area = focus_area_id(ex, agreement_id, p.focus_area_code)
    return upsert(
        ex,
        PromiseRow,
        promise_row(agreement_id, area, p),
        stamp,
        user,
        "promises",
    )


def save_indicator(ex: Executor, ind: Indicator, stamp: Stamp, user: str) -> bool:
    """An indicator's baseline and target (the parts the editor changes)."""
    return upsert(
        ex,
        IndicatorRow,
        {
            "id": ind.id,
            "baseline_value": ind.baseline_value,
            "baseline_year": ind.baseline_year,
            "target_comparison": ind.target_comparison,
            "target_value": ind.target_value,
            "target_year": ind.target_year,
        },
        stamp,
        user,
        "indicators",
    )


_ROWS: dict[str, Any] = {"focus_areas": FocusAreaRow, "promises": PromiseRow}


def remove(ex: Executor, table: str, record_id: str, stamp: Stamp, user: str) -> None:
    """Marks a focus area or promise deleted (the flag syncs; the row stays, so an
    old record that named it still reads)."""
    row_type = _ROWS[table]
    current = ex.execute(select(row_type).where(row_type.id == record_id)).scalar()
    if current is None or current.deleted:
        return
    ex.execute(
        row_type.__table__.update()
        .where(row_type.id == record_id)
        .values(
            deleted=True,
            hlc=stamp.hlc,
            device_id=stamp.device_id,
            updated_at=stamp.at,
            version=current.version + 1,
        )
    )
    add_audit(
        ex,
        table=table,
        record_id=record_id,
        action="delete",
        changes={"deleted": ["False", "True"]},
        user=user,
        stamp=stamp,
    )


def promise_uses(ex: Executor, promise_id: str) -> dict[str, Any]:
    """What refers to a promise: live activities linked to it, live plan series
    naming it, follow-up comments on it, and live promises that continue it."""
    AP, A = ACTIVITY_PROMISES, ACTIVITIES
    # Every link (the promise_id index alone) less the deleted activities' links
    # (few): a join from the links lets SQLite walk every live activity instead.
    links = select(AP.c.activity_id).where(AP.c.promise_id == promise_id)
    every = ex.execute(
        select(func.count()).select_from(AP).where(AP.c.promise_id == promise_id)
    ).scalar_one()
    gone = ex.execute(
        select(func.count()).where(A.c.deleted.is_(True), A.c.id.in_(links))
    ).scalar_one()
    activities = int(every) - int(gone)
    series = sum(
        1
        for (ids,) in ex.execute(
            select(PLAN_SERIES.c.promise_ids).where(
                PLAN_SERIES.c.deleted.is_(False),
                PLAN_SERIES.c.promise_ids.contains(promise_id),
            )
        )
        if promise_id in json.loads(ids or "[]")
    )
    comments = ex.execute(
        select(func.count()).where(
            PERIOD_COMMENTS.c.promise_id == promise_id,
            PERIOD_COMMENTS.c.deleted.is_(False),
        )
    ).scalar_one()
    continued = list(
        ex.execute(
            select(AgreementRow.code, PromiseRow.code)
            .join(AgreementRow, AgreementRow.id == PromiseRow.agreement_id)
            .where(PromiseRow.continues_id == promise_id, PromiseRow.deleted.is_(False))
        )
    )
    return {
        "activities": int(activities),
        "series": series,
        "comments": int(comments),
        "continued": [f"{a}/{p}" for a, p in continued],
    }


def area_uses(ex: Executor, area_id: str) -> dict[str, list[str]]:
    """The live promises and indicators of a focus area (by code)."""
    promises = ex.execute(
        select(PromiseRow.code).where(
            PromiseRow.focus_area_id == area_id, PromiseRow.deleted.is_(False)
        )
    ).scalars()
    indicators = ex.execute(
        select(IndicatorRow.code).where(
            IndicatorRow.focus_area_id == area_id, IndicatorRow.deleted.is_(False)
        )
    ).scalars()
    return {"promises": list(promises), "indicators": list(indicators)}
