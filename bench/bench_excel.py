"""Issue 17 figures: importing an Excel activity log and exporting .xlsx.

Targets (each against a raw baseline measured in the same run):
- importing 50,000 rows from an .xlsx (read, map, validate every row, check for
  personnummer and duplicates, write in one transaction) takes at most 3x
  openpyxl's read-only load of the same file plus a raw sqlite3 executemany of
  the rows;
- exporting 200,000 activities to .xlsx takes at most 1.5x openpyxl's write-only
  mode writing the same cells.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

N_IMPORT = 50_000
N_EXPORT = 200_000
NAMES = ("Skolbesök Ås", "Trafikkontroll E14", "Närvaro", "Föräldramöte")
PLACES = ("Ås skola", "E14 Krokom", "Centrumparken", "Nälden skola")


def make_sheet(path: Path, n: int) -> None:
    """A log as a team keeps it in Excel: day numbers with a date format, free-text
    activity names, numbers."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws: Any = wb.create_sheet("Logg")
    ws.append(["Datum", "Aktivitet", "Skola", "Timmar", "Antal", "Anteckning"])
    start = date(2023, 1, 2)
    for i in range(n):
        k = i % 4
        ws.append(
            [
                start + timedelta(days=i % 700),
                NAMES[k],
                PLACES[k],
                1.5 if k in (1, 2) else None,
                None if k == 2 else 10 + i % 50,
                f"Rad {i}",
            ]
        )
    wb.save(path)


def fresh_db(folder: Path) -> Path:
    from lofte_desktop.app import build_services

    path = folder / "empty.sqlite"
    svc = build_services(str(path))
    svc.agreement.load_catalogue()
    svc.close()
    return path


def baseline_import(sheet: Path, db: Path) -> float:
    """openpyxl read-only load of every row + sqlite3 executemany of the rows."""
    import openpyxl

    start = time.perf_counter()
    wb = openpyxl.load_workbook(sheet, read_only=True, data_only=True)
    rows = list(wb.worksheets[0].iter_rows(values_only=True))[1:]
    wb.close()
    con = sqlite3.connect(db)
    place = con.execute("select id from places limit 1").fetchone()
    promise = con.execute("select id from promises limit 1").fetchone()[0]
    values, links = [], []
    for d, _name, _place, hours, count, note in rows:
        aid = str(uuid.uuid4())
        values.append(
            (aid, "presence", "Polisen", d.date().isoformat(), None, hours,
             place[0] if place else None, count, "done", note, "bench", None, None,
             None, "0000000000001.00000", aid, 0, "2026-01-01 00:00:00",
             "2026-01-01 00:00:00", 1)
        )  # fmt: skip
        links.append((aid, promise))
    con.executemany(
        "insert into activities (id, activity_type, party, date, start_time, hours,"
        " place_id, count, status, note, logged_by, series_id, recurrence_id,"
        " cancel_reason, hlc, device_id, deleted, created_at, updated_at, version)"
        " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        values,
    )
    con.executemany("insert into activity_promises values (?,?)", links)
    con.commit()
    con.close()
    return time.perf_counter() - start


def our_import(sheet: Path, db: Path) -> tuple[float, int]:
    from lofte_desktop.app import build_services
    from lofte_desktop.domain.import_rules import ImportMapping, guess_columns

    svc = build_services(str(db))
    start = time.perf_counter()
    data = svc.imports.read(sheet)
    mapping = ImportMapping(guess_columns(data.headers), [], {"party": "Polisen"})
    for choice in svc.imports.type_choices(data, mapping):  # the user confirms
        if choice.rule is not None:
            mapping.confirm(choice.rule)
    preview = svc.imports.preview(data, mapping)
    assert not preview.bad, preview.bad[:3]
    result = svc.imports.commit(preview)
    elapsed = time.perf_counter() - start
    svc.close()
    return elapsed, result.new


def export_source(folder: Path, n: int) -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_sync import build_source

    return build_source(folder / "export.sqlite", n)


def baseline_export(rows: list[list[object]], headers: list[str], out: Path) -> float:
    """openpyxl write-only mode writing the same cells (already in memory)."""
    from openpyxl import Workbook

    start = time.perf_counter()
    wb = Workbook(write_only=True)
    ws: Any = wb.create_sheet("Aktiviteter")
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(out)
    return time.perf_counter() - start


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="lofte-bench-excel-"))
    os.environ.setdefault("LOFTE_CONFIG_DIR", str(tmp / "config"))
    os.environ.setdefault("LOFTE_DATA_DIR", str(tmp / "data"))
    ok = True
    try:
        sheet = tmp / "logg.xlsx"
        make_sheet(sheet, N_IMPORT)
        empty = fresh_db(tmp)
        raw_db, our_db = tmp / "raw.sqlite", tmp / "ours.sqlite"
        shutil.copy(empty, raw_db)
        shutil.copy(empty, our_db)
        raw = baseline_import(sheet, raw_db)
        ours, n = our_import(sheet, our_db)
        assert n == N_IMPORT, n
        ratio = ours / raw
        ok &= ratio <= 3
        print(
            f"import {N_IMPORT:,} rows (.xlsx): {ours:.2f} s; baseline (openpyxl "
            f"read-only + executemany) {raw:.2f} s; {ratio:.2f}x (target <= 3x)"
        )

        from lofte_desktop.services.export import HEADERS, activity_values

        svc = export_source(tmp, N_EXPORT)
        cells = [
            activity_values(a)
            for batch in svc.export.batches(*_default_query())
            for a in batch
        ]
        raw = baseline_export(cells, HEADERS["sv"], tmp / "raw.xlsx")
        del cells
        start = time.perf_counter()
        written = svc.excel.activities_xlsx(tmp / "ours.xlsx")
        ours = time.perf_counter() - start
        assert written == N_EXPORT, written
        ratio = ours / raw
        ok &= ratio <= 1.5
        print(
            f"export {N_EXPORT:,} activities (.xlsx): {ours:.2f} s; baseline "
            f"(openpyxl write-only, same cells) {raw:.2f} s; {ratio:.2f}x "
            "(target <= 1.5x)"
        )
        svc.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


def _default_query() -> tuple[Any, Any]:
    from lofte_desktop.domain.query import ActivityFilter, Sort

    return ActivityFilter(), Sort("date", False)


if __name__ == "__main__":
    sys.exit(main())
