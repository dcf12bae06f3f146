"""The import's write and undo on both stores (SQLite and the shared PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from lofte_desktop.app import Services
from lofte_desktop.domain.import_rules import ImportMapping, guess_columns
from tests.excel.conftest import HEADERS, ROWS, write_csv


def test_import_reimport_and_undo(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "logg.csv", HEADERS, ROWS)
    sheet = services.imports.read(path)
    mapping = ImportMapping(guess_columns(sheet.headers), [], {"party": "Polisen"})
    for choice in services.imports.type_choices(sheet, mapping):
        if choice.rule is not None:
            mapping.confirm(choice.rule)
    result = services.imports.commit(services.imports.preview(sheet, mapping))
    assert result.new == 5 and result.import_id is not None
    again = services.imports.preview(services.imports.read(path), mapping)
    assert len(again.duplicates) == 5
    assert services.imports.undo(result.import_id) == 5
    assert services.activities.count() == 0
    assert services.imports.commit(again).new == 5  # an undone import comes back


def test_exports_stream_every_activity_in_order(
    services: Services, tmp_path: Path
) -> None:
    """The CSV and .xlsx exports read the filtered log in one streamed query."""
    import csv

    from openpyxl import load_workbook

    from lofte_desktop.domain.query import ActivityFilter, Sort
    from tests.conftest import draft

    for day in range(1, 29):
        services.activities.log(draft(date=f"2024-02-{day:02d}", count=day))
    services.activities.log(draft(activity_type="presence", promise_codes=["T2"],
                                  hours=1, count=None, date="2024-02-15"))  # fmt: skip
    visits = ActivityFilter(types=frozenset({"school_visit"}))
    batches = list(services.activities.batches(visits, Sort("date", True), size=5))
    assert [len(b) for b in batches] == [5, 5, 5, 5, 5, 3]
    days = [a.date.day for b in batches for a in b]
    assert days == list(range(28, 0, -1))
    assert all(a.promise_codes == ("N1",) for b in batches for a in b)
    assert services.excel.activities_xlsx(tmp_path / "a.xlsx", visits) == 28
    ws = load_workbook(tmp_path / "a.xlsx").active
    assert ws is not None and [ws.cell(r, 7).value for r in (2, 29)] == [1, 28]
    assert services.export.activities_csv(tmp_path / "a.csv") == 29
    rows = list(
        csv.reader((tmp_path / "a.csv").open(encoding="utf-8-sig"), delimiter=";")
    )
    assert len(rows) == 30 and rows[1][0] == "2024-02-01"
