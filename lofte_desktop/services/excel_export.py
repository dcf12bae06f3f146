""".xlsx export: the activities (with a filter) and the follow-up figures per promise.

Real Excel workbooks through openpyxl's write-only mode (rows stream to the file):
dates as dates, numbers as numbers, Swedish column names, a frozen header row, an
autofilter and column widths that fit the header and the first rows. The columns
are the CSV export's (services.export), defined once there.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.query import ActivityFilter, Sort
from lofte_desktop.services.export import (
    HEADERS,
    PROGRESS_HEADERS,
    ExportService,
    activity_values,
    progress_values,
)
from lofte_desktop.services.progress import ProgressService

#: The activity columns (services.export.HEADERS) that hold free text.
TEXT_COLUMNS = (3, 4, 8, 9)
#: Widest column, in characters (long notes wrap in Excel's cell editor anyway).
MAX_WIDTH = 60
#: Rows looked at to size the columns (the rest stream past).
SIZE_SAMPLE = 2000


def _width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:.2f}")
    return len(str(value))


def write_xlsx(
    path: str | Path,
    sheet_title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    text_columns: Sequence[int] | None = None,
) -> int:
    """Streams `rows` under `headers` into a new .xlsx at `path` (atomically).

    Returns the number of data rows. Widths come from the header and the first
    SIZE_SAMPLE rows. `text_columns`: the columns that may hold free text (all when
    None); a text there that starts with "=" is written as text, never as a formula.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    target = Path(path)
    it: Iterator[Sequence[object]] = iter(rows)
    sample: list[Sequence[object]] = []
    for row in it:
        sample.append(row)
        if len(sample) >= SIZE_SAMPLE:
            break
    wb = Workbook(write_only=True)
    ws: Any = wb.create_sheet(sheet_title[:31])
    for i, h in enumerate(headers):
        width = max([_width(h) + 2] + [_width(r[i]) + 1 for r in sample])
        ws.column_dimensions[get_column_letter(i + 1)].width = min(
            max(width, 6), MAX_WIDTH
        )
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        head.append(cell)
    ws.append(head)
    n = 0
    check = range(len(headers)) if text_columns is None else text_columns

    def emit(row: Sequence[object]) -> None:
        for i in check:
            v = row[i]
            if isinstance(v, str) and v[:1] == "=":
                cells = list(row)
                for j in check:
                    w = cells[j]
                    if isinstance(w, str) and w[:1] == "=":
                        cell = WriteOnlyCell(ws, value=w)
                        cell.data_type = "s"  # text, not a formula
                        cells[j] = cell
                ws.append(cells)
                return
        ws.append(row)

    for row in sample:
        emit(row)
        n += 1
    for row in it:
        emit(row)
        n += 1
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A1:{last}{n + 1}"
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".xlsx")
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return n


class ExcelExportService:
    def __init__(self, export: ExportService, progress: ProgressService) -> None:
        self.export = export
        self.progress = progress

    def activities_xlsx(
        self,
        path: str | Path,
        f: ActivityFilter = ActivityFilter(),
        sort: Sort = Sort("date", False),
        *,
        lang: str = "sv",
    ) -> int:
        """The filtered activities as a workbook; returns how many were written."""
        headers = HEADERS.get(lang, HEADERS["sv"])
        types = self.export.type_names()
        rows = (
            activity_values(a, lang, types)
            for batch in self.export.batches(f, sort)
            for a in batch
        )
        title = "Aktiviteter" if lang == "sv" else "Activities"
        return write_xlsx(path, title, headers, rows, text_columns=TEXT_COLUMNS)

    def progress_xlsx(
        self, path: str | Path, period: Period | str | None = None, *, lang: str = "sv"
    ) -> int:
        """Each promise against its target for a period; returns the row count."""
        p = period if isinstance(period, Period) else self.progress.period(period)
        items = self.progress.progress(p, lang=lang)
        headers = PROGRESS_HEADERS.get(lang, PROGRESS_HEADERS["sv"])
        title = f"Uppföljning {p.code}" if lang == "sv" else f"Follow-up {p.code}"
        return write_xlsx(
            path, title, headers, (progress_values(i, lang) for i in items)
        )
