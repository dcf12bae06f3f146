"""Agreement, focus areas, promises, indicators, indicator values and places."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select, update

from lofte_desktop.domain.ids import stable_id
from lofte_desktop.domain.model import (
    Agreement,
    Catalogue,
    FocusArea,
    Indicator,
    IndicatorMeasurement,
    Place,
    Promise,
)
from lofte_desktop.domain.types import (
    DEFAULT_TYPES,
    ActivityTypeInfo,
    ActivityTypes,
    PlaceKind,
)
from lofte_desktop.storage.meta import Executor, Stamp, add_audit
from lofte_desktop.storage.models import (
    ActivityPromiseRow,
    ActivityRow,
    ActivityTypeRow,
    AgreementRow,
    FocusAreaRow,
    IndicatorRow,
    IndicatorValueRow,
    PlaceRow,
    PromiseRow,
)
from lofte_desktop.storage.rows import (
    ACTIVITY_TYPE_COLUMNS,
    activity_type_id,
    activity_type_values,
    activity_types_from_rows,
    agreement_from_mapping,
    focus_area_from_row,
    indicator_from_row,
    indicator_value_from_row,
    promise_from_row,
    target_json,
    terms_json,
)


def _sync(stamp: Stamp) -> dict[str, Any]:
    return {"hlc": stamp.hlc, "device_id": stamp.device_id, "updated_at": stamp.at}


def upsert(
    ex: Executor,
    row_type: Any,
    values: dict[str, Any],
    stamp: Stamp,
    user: str,
    table: str,
) -> bool:
    """Inserts or updates one catalogue row by id; audits real changes only."""
    current = ex.execute(select(row_type).where(row_type.id == values["id"])).scalar()
    if current is None:
        ex.execute(
            insert(row_type).values(
                **values, **_sync(stamp), created_at=stamp.at, deleted=False, version=1
            )
        )
        add_audit(
            ex,
            table=table,
            record_id=values["id"],
            action="create",
            changes={k: [None, str(v)] for k, v in values.items() if k != "id"},
            user=user,
            stamp=stamp,
        )
        return True
    changes = {
        k: [str(getattr(current, k)), str(v)]
        for k, v in values.items()
        if getattr(current, k) != v
    }
    if not changes and not current.deleted:
        return False
    ex.execute(
        update(row_type)
        .where(row_type.id == values["id"])
        .values(**values, **_sync(stamp), deleted=False, version=current.version + 1)
    )
    add_audit(
        ex,
        table=table,
        record_id=values["id"],
        action="update",
        changes=changes,
        user=user,
        stamp=stamp,
    )
    return True


def promise_row(
    agreement_id: str, focus_area_id: str | None, p: Promise
) -> dict[str, Any]:
    """A promise's stored row (a catalogue's load and the editor's save)."""
    return {
        "id": p.id,
        "agreement_id": agreement_id,
        "focus_area_id": focus_area_id,
        "code": p.code,
        "text": p.text,
        "parties": json.dumps(list(p.parties), ensure_ascii=False),
        "activity_types": json.dumps(list(p.activity_types)),
        "target": target_json(p.target),
        "position": p.position,
        "continues_id": p.continues,
    }


def save_catalogue(ex: Executor, cat: Catalogue, stamp: Stamp, user: str) -> int:
    """Writes a whole catalogue; returns how many rows were created or changed."""
    a = cat.agreement
    changed = int(
        upsert(
            ex,
            AgreementRow,
            {
                "id": a.id,
                "code": a.code,
                "name": a.name,
                "municipality": a.municipality,
                "police_area": a.police_area,
                "parties": json.dumps(list(a.parties), ensure_ascii=False),
                "start": a.start,
                "end": a.end,
                "follow_up_months": json.dumps(list(a.follow_up_months)),
                "terms": terms_json(a),
                "source": a.source,
            },
            stamp,
            user,
            "agreements",
        )
    )
    for info in cat.activity_types or DEFAULT_TYPES.items:
        changed += save_activity_type(ex, a.id, info, stamp, user)
    area_ids: dict[str, str] = {}
    for fa in cat.focus_areas:
        area_ids[fa.code] = fa.id
        changed += upsert(
            ex,
            FocusAreaRow,
            {
                "id": fa.id,
                "agreement_id": a.id,
                "code": fa.code,
                "name": fa.name,
                "problem": fa.problem,
                "position": fa.position,
            },
            stamp,
            user,
            "focus_areas",
        )
    for p in cat.promises:
        changed += upsert(
            ex,
            PromiseRow,
            promise_row(a.id, area_ids[p.focus_area_code], p),
            stamp,
            user,
            "promises",
        )
    for ind in cat.indicators:
        changed += upsert(
            ex,
            IndicatorRow,
            {
                "id": ind.id,
                "agreement_id": a.id,
                "focus_area_id": area_ids.get(ind.focus_area_code or ""),
                "code": ind.code,
                "name": ind.name,
                "unit": ind.unit,
                "source": ind.source,
                "description": ind.description,
                "baseline_value": ind.baseline_value,
                "baseline_year": ind.baseline_year,
                "target_comparison": ind.target_comparison,
                "target_value": ind.target_value,
                "target_year": ind.target_year,
                "position": ind.position,
            },
            stamp,
            user,
            "indicators",
        )
    for pl in cat.places:
        changed += ensure_place(ex, pl.name, pl.kind, stamp, user) is not None
    return changed


def agreement_from_row(row: AgreementRow) -> Agreement:
    return agreement_from_mapping(
        {c.key: getattr(row, c.key) for c in AgreementRow.__table__.columns}
    )


def load_agreement(ex: Executor, code_or_id: str | None) -> Agreement | None:
    q = select(AgreementRow).where(AgreementRow.deleted.is_(False))
    if code_or_id:
        q = q.where((AgreementRow.code == code_or_id) | (AgreementRow.id == code_or_id))
    row = ex.execute(q.order_by(AgreementRow.start.desc())).scalars().first()
    return agreement_from_row(row) if row else None


def list_agreements(ex: Executor) -> list[Agreement]:
    """Every agreement in the database, oldest first."""
    q = select(AgreementRow).where(AgreementRow.deleted.is_(False))
    return [
        agreement_from_row(r)
        for r in ex.execute(q.order_by(AgreementRow.start)).scalars()
    ]


def update_agreement(
    ex: Executor, agreement: Agreement, stamp: Stamp, user: str
) -> None:
    """The agreement's name, parties, period and cadence (audited; synced by its
    stamp; the cadence lives in the `terms` column)."""
    upsert(
        ex,
        AgreementRow,
        {
            "id": agreement.id,
            "name": agreement.name,
            "parties": json.dumps(list(agreement.parties), ensure_ascii=False),
            "start": agreement.start,
            "end": agreement.end,
            "terms": terms_json(agreement),
        },
        stamp,
        user,
        "agreements",
    )


def activity_span(ex: Executor, promise_ids: list[str]) -> tuple[date, date] | None:
    """The first and last date of live activities linked to these promises."""
    if not promise_ids:
        return None
    row = ex.execute(
        select(func.min(ActivityRow.date), func.max(ActivityRow.date))
        .join(ActivityPromiseRow, ActivityPromiseRow.activity_id == ActivityRow.id)
        .where(
            ActivityPromiseRow.promise_id.in_(promise_ids),
            ActivityRow.deleted.is_(False),
        )
    ).first()
    if row is None or row[0] is None:
        return None
    return (row[0], row[1])


def set_agreement_terms(
    ex: Executor, agreement: Agreement, stamp: Stamp, user: str
) -> None:
    upsert(
        ex,
        AgreementRow,
        {"id": agreement.id, "terms": terms_json(agreement)},
        stamp,
        user,
        "agreements",
    )


def load_focus_areas(ex: Executor, agreement_id: str) -> list[FocusArea]:
    rows = ex.execute(
        select(FocusAreaRow)
        .where(
            FocusAreaRow.agreement_id == agreement_id, FocusAreaRow.deleted.is_(False)
        )
        .order_by(FocusAreaRow.position)
    ).scalars()
    return [focus_area_from_row(r) for r in rows]


def load_promises(ex: Executor, agreement_id: str) -> list[Promise]:
    rows = ex.execute(
        select(PromiseRow, FocusAreaRow.code)
        .join(FocusAreaRow, FocusAreaRow.id == PromiseRow.focus_area_id)
        .where(PromiseRow.agreement_id == agreement_id, PromiseRow.deleted.is_(False))
        .order_by(FocusAreaRow.position, PromiseRow.position)
    ).all()
    return [promise_from_row(r, area) for r, area in rows]


def all_promise_codes(ex: Executor) -> dict[str, str]:
    """{promise id: code} over every agreement (deleted ones included: an old
    activity still names its promise)."""
    return {
        str(i): str(c) for i, c in ex.execute(select(PromiseRow.id, PromiseRow.code))
    }


def promise_refs(ex: Executor, ids: set[str]) -> dict[str, tuple[str, str]]:
    """{promise id: (agreement code, promise code)} for the ids that are stored."""
    if not ids:
        return {}
    rows = ex.execute(
        select(PromiseRow.id, AgreementRow.code, PromiseRow.code)
        .join(AgreementRow, AgreementRow.id == PromiseRow.agreement_id)
        .where(PromiseRow.id.in_(ids))
    )
    return {str(i): (str(a), str(c)) for i, a, c in rows}


def load_indicators(ex: Executor, agreement_id: str) -> list[Indicator]:
    rows = ex.execute(
        select(IndicatorRow, FocusAreaRow.code)
        .outerjoin(FocusAreaRow, FocusAreaRow.id == IndicatorRow.focus_area_id)
        .where(
            IndicatorRow.agreement_id == agreement_id, IndicatorRow.deleted.is_(False)
        )
        .order_by(IndicatorRow.position)
    ).all()
    return [indicator_from_row(r, area) for r, area in rows]


def indicator_value_id(indicator_id: str, year: int) -> str:
    return stable_id("indicator_value", indicator_id, str(year))


def load_indicator_values(
    ex: Executor, indicator_ids: list[str]
) -> list[IndicatorMeasurement]:
    rows = ex.execute(
        select(IndicatorValueRow)
        .where(
            IndicatorValueRow.indicator_id.in_(indicator_ids),
            IndicatorValueRow.deleted.is_(False),
        )
        .order_by(IndicatorValueRow.year)
    ).scalars()
    return [indicator_value_from_row(r) for r in rows]


def set_indicator_value(
    ex: Executor,
    indicator_id: str,
    year: int,
    value: float,
    note: str,
    stamp: Stamp,
    user: str,
) -> IndicatorMeasurement:
    vid = indicator_value_id(indicator_id, year)
    upsert(
        ex,
        IndicatorValueRow,
        {
            "id": vid,
            "indicator_id": indicator_id,
            "year": year,
            "value": value,
            "note": note,
        },
        stamp,
        user,
        "indicator_values",
    )
    return IndicatorMeasurement(vid, indicator_id, year, value, note)


def place_id_for(name: str) -> str:
    return stable_id("place", name)


def ensure_place(
    ex: Executor, name: str, kind: PlaceKind, stamp: Stamp, user: str
) -> str:
    """The id of the place called `name`, created (or undeleted) if needed."""
    clean = " ".join(name.split())
    pid = place_id_for(clean)
    row = ex.execute(
        select(PlaceRow.id, PlaceRow.deleted).where(
            (PlaceRow.id == pid) | (PlaceRow.name == clean)
        )
    ).first()
    if row is not None and not row.deleted:
        return str(row.id)
    if row is not None:
        pid = str(row.id)
    upsert(
        ex,
        PlaceRow,
        {"id": pid, "name": clean, "kind": kind.value, "note": ""},
        stamp,
        user,
        "places",
    )
    return pid


def load_places(ex: Executor) -> list[Place]:
    rows = ex.execute(
        select(PlaceRow).where(PlaceRow.deleted.is_(False)).order_by(PlaceRow.name)
    ).scalars()
    return [Place(r.id, r.name, PlaceKind(r.kind), r.note) for r in rows]


def save_activity_type(
    ex: Executor, agreement_id: str, info: ActivityTypeInfo, stamp: Stamp, user: str
) -> bool:
    """Adds or changes one of an agreement's activity types (audited)."""
    values = activity_type_values(agreement_id, info)
    return upsert(ex, ActivityTypeRow, values, stamp, user, "activity_types")


def load_activity_types(ex: Executor, agreement_id: str) -> ActivityTypes:
    """An agreement's types in order (the defaults when it has none stored)."""
    cols = [getattr(ActivityTypeRow, c) for c in ACTIVITY_TYPE_COLUMNS]
    rows = ex.execute(
        select(*cols).where(
            ActivityTypeRow.agreement_id == agreement_id,
            ActivityTypeRow.deleted.is_(False),
        )
    ).all()
    return activity_types_from_rows([dict(r._mapping) for r in rows])


def type_use_count(ex: Executor, promise_ids: list[str], code: str) -> int:
    """How many live activities of type `code` count towards these promises."""
    if not promise_ids:
        return 0
    return int(
        ex.execute(
            select(func.count(func.distinct(ActivityRow.id)))
            .join(ActivityPromiseRow, ActivityPromiseRow.activity_id == ActivityRow.id)
            .where(
                ActivityPromiseRow.promise_id.in_(promise_ids),
                ActivityRow.activity_type == code,
                ActivityRow.deleted.is_(False),
            )
        ).scalar()
        or 0
    )


def delete_activity_type(
    ex: Executor, agreement_id: str, code: str, stamp: Stamp, user: str
) -> None:
    """Marks a type the agreement no longer has as deleted (a tombstone that syncs);
    the caller has made sure no activity uses it."""
    rid = activity_type_id(agreement_id, code)
    row = ex.execute(select(ActivityTypeRow).where(ActivityTypeRow.id == rid)).scalar()
    if row is None:
        return
    ex.execute(
        update(ActivityTypeRow)
        .where(ActivityTypeRow.id == rid)
        .values(deleted=True, **_sync(stamp), version=row.version + 1)
    )
    add_audit(
        ex,
        table="activity_types",
        record_id=rid,
        action="delete",
        changes={"code": [code, None]},
        user=user,
        stamp=stamp,
    )
