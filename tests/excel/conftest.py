"""Activity logs written the way a Swedish Excel saves them.

- .xlsx: dates are day numbers with a date format (what Excel stores), hours and
  counts numbers; one sheet, a header row.
- .csv: "CSV (semikolonavgränsad)": Windows-1252, semicolons, decimal commas,
  CRLF line ends, dates as Excel shows them (ÅÅÅÅ-MM-DD).

The log is made up and anonymous.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest

from lofte_desktop.app import Services, build_services
from tests.conftest import TODAY

HEADERS = ["Datum", "Aktivitet", "Skola", "Timmar", "Antal", "Anteckning"]

#: date, activity name as the team wrote it, place, hours, count, note
ROWS: list[tuple[date, str, str, float | None, int | None, str]] = [
    (date(2024, 3, 5), "Skolbesök Ås", "Ås skola", None, 24, "Åk 8, föräldrafika"),
    (date(2024, 3, 12), "Trafikkontroll E14", "E14 Krokom", 1.5, 62, ""),
    (date(2024, 4, 2), "Närvaro", "Centrumparken", 2.5, None, "Lugnt"),
    (date(2024, 4, 9), "Föräldramöte", "Nälden skola", None, 31, "Tema nätet"),
    (date(2024, 5, 14), "Trafikkontroll E14", "E14 Krokom", 0.75, 40, "Hastighet"),
]


def write_xlsx(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> Path:
    """An .xlsx as Excel writes it: date cells hold day numbers with a date format."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Logg"
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


def swedish(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    encoding: str = "cp1252",
    sep: str = ";",
) -> Path:
    """A CSV as Swedish Excel's "CSV (semikolonavgränsad)" saves it."""
    import csv
    import io

    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([swedish(v) for v in row])
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    """SQLite services with the Krokom catalogue; the user is a police officer."""
    svc = build_services(str(db_path), today=lambda: TODAY)
    svc.agreement.load_catalogue()
    svc.settings.user_party = "Polisen"
    yield svc
    svc.close()


@pytest.fixture
def log_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "logg.xlsx", HEADERS, ROWS)


@pytest.fixture
def log_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "logg.csv", HEADERS, ROWS)
