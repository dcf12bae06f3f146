"""Open data: each promise's figures for the period as CSV (UTF-8, comma) and JSON.

The columns are fixed and documented in docs/open-data.md, so a municipality's
open-data portal can take the files every year. Same report data as every other
output: no figure is computed twice. Numbers are written with a dot as decimal
separator (machine-readable), texts as stored.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from lofte_desktop.reports.model import ReportData

#: The columns, in order. Never rename or reorder one: add new ones at the end.
COLUMNS: tuple[str, ...] = (
    "period",
    "period_start",
    "period_end",
    "agreement",
    "municipality",
    "police_area",
    "focus_area_code",
    "focus_area",
    "promise_code",
    "promise",
    "responsible",
    "target",
    "target_min",
    "target_max",
    "unit",
    "outcome_value",
    "outcome",
    "status",
    "status_label",
    "comment",
)
FORMAT_VERSION = 1


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 2)


def open_data_rows(data: ReportData) -> list[dict[str, Any]]:
    """One row per promise, with exactly COLUMNS as keys."""
    rows = []
    for area in data.focus_areas:
        for pl in area.promises:
            rows.append(
                {
                    "period": data.period_code,
                    "period_start": (
                        data.period_start.isoformat() if data.period_start else ""
                    ),
                    "period_end": data.period_end.isoformat()
                    if data.period_end
                    else "",
                    "agreement": data.agreement,
                    "municipality": data.municipality,
                    "police_area": data.police_area,
                    "focus_area_code": area.code,
                    "focus_area": area.name,
                    "promise_code": pl.code,
                    "promise": " ".join(pl.text.split()),
                    "responsible": "; ".join(pl.responsible),
                    "target": pl.target,
                    "target_min": _number(pl.target_min),
                    "target_max": _number(pl.target_max),
                    "unit": pl.unit,
                    "outcome_value": _number(pl.done),
                    "outcome": pl.result,
                    "status": pl.outcome,
                    "status_label": pl.outcome_label,
                    "comment": pl.comment,
                }
            )
    return rows


def open_data_csv(data: ReportData) -> bytes:
    """UTF-8 (no BOM), comma separated, a header row, RFC 4180 quoting."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in open_data_rows(data):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buf.getvalue().encode("utf-8")


def open_data_json(data: ReportData) -> bytes:
    """{"format_version", "columns", "period", "summary", "approval", "promises"}."""
    doc = {
        "format_version": FORMAT_VERSION,
        "columns": list(COLUMNS),
        "period": data.period_code,
        "period_start": data.period_start.isoformat() if data.period_start else None,
        "period_end": data.period_end.isoformat() if data.period_end else None,
        "generated": data.generated.isoformat(),
        "summary_comment": data.comment_summary,
        "approved": (
            {"role": data.approval.role, "on": data.approval.on.isoformat()}
            if data.approval
            else None
        ),
        "promises": open_data_rows(data),
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
