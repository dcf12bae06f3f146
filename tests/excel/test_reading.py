"""Reading cells and files: dates, numbers, separators and encodings, for all inputs."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.import_rules import (
    cell_text,
    excel_serial_date,
    number_text,
    read_date,
    serial_of,
)
from lofte_desktop.services.import_files import read_sheet

MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
    "september", "oktober", "november", "december",
]  # fmt: skip

days = st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31))


@given(days)
def test_reading_a_date_never_changes_it(d: date) -> None:
    forms: list[object] = [
        d,
        datetime(d.year, d.month, d.day, 13, 45),
        d.isoformat(),
        f"{d.year}-{d.month}-{d.day}",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        d.strftime("%Y%m%d"),
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"den {d.day} {MONTHS[d.month - 1][:3]}. {d.year}",
        serial_of(d),
        float(serial_of(d)) + 0.5,  # noon that day
        str(serial_of(d)),
        f"{d.isoformat()} 00:00:00",
    ]
    for form in forms:
        assert read_date(form) == d, form


@given(st.integers(min_value=61, max_value=2_958_465))
def test_excel_day_numbers_match_excel(serial: int) -> None:
    d = excel_serial_date(serial)
    assert d is not None and serial_of(d) == serial


def test_known_excel_day_numbers() -> None:
    assert excel_serial_date(45356) == date(2024, 3, 5)  # what Excel shows
    assert excel_serial_date(1) is None  # 1900's phantom leap day and before
    assert read_date("2024-02-30") is None
    assert read_date("31/4/2024") is None
    assert read_date("15 mors 2024") is None
    assert read_date("") is None and read_date(None) is None
    assert read_date(True) is None


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_a_decimal_comma_reads_as_the_same_number(value: object) -> None:
    text = f"{value}".replace(".", ",")
    assert float(str(number_text(text)).replace(",", ".")) == float(str(value))


def test_thousands_spaces_are_read_and_other_text_is_passed_on() -> None:
    assert number_text("1 200") == "1200"
    assert number_text("12\u00a0500") == "12500"
    assert number_text("två") == "två"  # the validation refuses it in its words
    assert number_text(2.5) == 2.5
    assert cell_text(3.0) == "3" and cell_text(datetime(2024, 3, 5)) == "2024-03-05"
    assert cell_text(2.5) == "2,5" and cell_text(time(18, 30)) == "18:30"


cells = st.text(
    alphabet=st.characters(
        codec="cp1252",
        exclude_categories=("Cs", "Cc"),
        include_characters="\n",  # Alt+Enter in a cell
    ),
    max_size=12,
)


@given(
    rows=st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    sep=st.sampled_from([";", ","]),
)
def test_csv_round_trip(
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[list[str]],
    encoding: str,
    sep: str,
) -> None:
    """Any cells written as Excel writes a CSV come back exactly: separator and
    encoding detected, quotes and line breaks inside cells kept."""
    headers = ["Datum", "Typ", "Anteckning"]
    rows = [r for r in rows if any(c.strip() for c in r)]
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    w.writerow(headers)
    w.writerows(rows)
    path = tmp_path_factory.mktemp("csv") / "x.csv"
    path.write_bytes(buf.getvalue().encode(encoding))
    if not rows:
        with pytest.raises(ValidationError):
            read_sheet(path)
        return
    sheet = read_sheet(path)
    assert sheet.headers == headers
    got = [list(r) for _n, r in sheet.rows]
    want = [
        [c[1:] if c.startswith(("'=", "'+", "'-", "'@")) else c for c in r]
        for r in rows
    ]
    assert got == want


def test_unreadable_files_get_a_swedish_message(tmp_path: Path) -> None:
    fake = tmp_path / "logg.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ValidationError, match="ingen Excel-arbetsbok"):
        read_sheet(fake)
    with pytest.raises(ValidationError, match="kan inte läsas"):
        read_sheet(tmp_path / "saknas.csv")
    empty = tmp_path / "tom.csv"
    empty.write_text("Datum;Typ\r\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="inga rader"):
        read_sheet(empty)


def test_day_after_day_is_one_serial_apart() -> None:
    d = date(2024, 2, 28)
    assert serial_of(d + timedelta(days=2)) - serial_of(d) == 2  # leap day between
