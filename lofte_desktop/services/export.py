"""CSV export of activities that Excel opens correctly in a Swedish locale.

Swedish Excel expects semicolons between fields (the comma is the decimal sign),
a decimal comma in numbers, and a UTF-8 byte-order mark, without which it reads the
file as Windows-1252 and mangles å, ä and ö.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from lofte_desktop.domain.model import Activity
from lofte_desktop.domain.query import ActivityFilter, Sort
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import DEFAULT_TYPES, ActivityTypes
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.progress_figures import PromiseProgress

BATCH = 2000
#: A cell starting with one of these is a formula to Excel; prefix it with '.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

HEADERS = {
    "sv": [
        "Datum",
        "Typ",
        "Löften",
        "Part",
        "Plats",
        "Timmar",
        "Antal",
        "Status",
        "Anteckning",
        "Loggad av",
        "Id",
    ],
    "en": [
        "Date",
        "Type",
        "Promises",
        "Party",
        "Place",
        "Hours",
        "Count",
        "Status",
        "Note",
        "Logged by",
        "Id",
    ],
}


def decimal_comma(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def activity_values(
    a: Activity, lang: str = "sv", types: ActivityTypes = DEFAULT_TYPES
) -> list[object]:
    """One activity under HEADERS, typed: a date, numbers as numbers, texts as they
    are; its type by the name its agreement gives it (`types`). The CSV
    (`activity_row`) and the .xlsx export both write these columns."""
    return [
        a.date,
        types.info(a.activity_type).label(lang),
        ", ".join(a.promise_codes),
        a.party,
        a.place or "",
        a.hours,
        a.count,
        t(f"status.{a.status.value}", lang),
        a.note,
        a.logged_by,
        a.id,
    ]


#: Columns of HEADERS that hold numbers (written as numbers, or decimal commas).
NUMBER_COLUMNS = frozenset({5, 6})


def activity_row(
    a: Activity, lang: str = "sv", types: ActivityTypes = DEFAULT_TYPES
) -> list[str]:
    out: list[str] = []
    for i, v in enumerate(activity_values(a, lang, types)):
        if i == 0:
            out.append(a.date.isoformat())
        elif i == 5:
            out.append(decimal_comma(a.hours))
        elif i == 6:
            out.append("" if a.count is None else str(a.count))
        elif i == 10:
            out.append(str(v))
        else:
            out.append(_safe(str(v)))
    return out


class ExportService:
    def __init__(self, activities: ActivityService) -> None:
        self.activities = activities

    def batches(self, f: ActivityFilter, sort: Sort) -> Iterator[list[Activity]]:
        return self.activities.batches(f, sort, BATCH)

    def type_names(self) -> ActivityTypes:
        """The activity types of every agreement, for the names of the type."""
        return self.activities.agreement.all_types()

    def activities_csv(
        self,
        path: str | Path,
        f: ActivityFilter = ActivityFilter(),
        sort: Sort = Sort("date", False),
        *,
        lang: str = "sv",
    ) -> int:
        """Writes the filtered activities to `path` (atomically); returns the count."""
        target = Path(path)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".csv")
        n = 0
        try:
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
                writer.writerow(HEADERS.get(lang, HEADERS["sv"]))
                types = self.type_names()
                for batch in self.batches(f, sort):
                    for a in batch:
                        writer.writerow(activity_row(a, lang, types))
                        n += 1
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        return n


PROGRESS_HEADERS = {
    "sv": [
        "Löfte",
        "Fokusområde",
        "Löfte (text)",
        "Mål",
        "Enhet",
        "Gjort",
        "Planerat",
        "Mål i perioden, minst",
        "Mål i perioden, högst",
        "Året före",
        "Tillfällen",
        "Timmar",
        "Personer",
        "Läge",
        "Utfall",
        "Tid kvar",
    ],
    "en": [
        "Promise",
        "Focus area",
        "Promise (text)",
        "Target",
        "Unit",
        "Done",
        "Planned",
        "Target in the period, at least",
        "Target in the period, at most",
        "Year before",
        "Occasions",
        "Hours",
        "People",
        "Status",
        "Outcome",
        "Time left",
    ],
}


def progress_values(p: PromiseProgress, lang: str = "sv") -> list[object]:
    """One promise's follow-up figures under PROGRESS_HEADERS (numbers as numbers)."""
    return [
        p.promise.code,
        p.promise.focus_area_code or "",
        p.promise.text,
        p.target_text,
        t(f"unit.{p.unit.value}", lang),
        p.done,
        p.planned,
        p.target_min,
        p.target_max,
        p.previous,
        p.occasions,
        p.hours,
        p.people,
        t(f"progress.{p.status.value}", lang),
        t(f"outcome.{p.outcome.value}", lang),
        p.time_left,
    ]
