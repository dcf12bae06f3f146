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
