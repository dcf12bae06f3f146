"""Row ↔ domain conversions that need only the standard library.

Shared by the SQLAlchemy repositories and the CLI's stdlib fast path (lite.py), so
both read agreements and write audit entries in exactly the same form.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from lofte_desktop.domain.model import Agreement, Holiday, SchoolTerm


def terms_json(agreement: Agreement) -> str:
    return json.dumps(
        {
            "autumn_starts": "{:02d}-{:02d}".format(*agreement.term_split),
            "school": [
                {"code": s.code, "start": s.start.isoformat(), "end": s.end.isoformat()}
                for s in agreement.school_terms
            ],
            "holidays": [
                {"name": h.name, "start": h.start.isoformat(), "end": h.end.isoformat()}
                for h in agreement.holidays
            ],
        },
        ensure_ascii=False,
    )


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def agreement_from_mapping(row: Mapping[str, Any]) -> Agreement:
    """An Agreement from an `agreements` row (ORM object attributes or a dict)."""
    terms = json.loads(row["terms"] or "{}")
    month, day = (int(x) for x in terms.get("autumn_starts", "07-01").split("-"))
    return Agreement(
        id=row["id"],
        code=row["code"],
        name=row["name"],
        municipality=row["municipality"],
        police_area=row["police_area"],
        parties=tuple(json.loads(row["parties"])),
        start=_day(row["start"]),
        end=_day(row["end"]),
        follow_up_months=tuple(json.loads(row["follow_up_months"])),
        source=row["source"],
        term_split=(month, day),
        school_terms=tuple(
            SchoolTerm(
                s["code"], date.fromisoformat(s["start"]), date.fromisoformat(s["end"])
            )
            for s in terms.get("school", [])
        ),
        holidays=tuple(
            Holiday(
                h["name"], date.fromisoformat(h["start"]), date.fromisoformat(h["end"])
            )
            for h in terms.get("holidays", [])
        ),
    )


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | Mapping):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    return value


def diff(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> dict[str, Any]:
    """{field: [old, new]} for the fields that differ (all fields when old is None)."""
    changes: dict[str, Any] = {}
    for key, value in new.items():
        before = None if old is None else old.get(key)
        if old is None or before != value:
            changes[key] = [jsonable(before), jsonable(value)]
    return changes
