""".xlsx export read back with openpyxl, and opened by LibreOffice."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lofte_desktop.app import Services
from lofte_desktop.domain.query import ActivityFilter
from lofte_desktop.services.export import HEADERS, PROGRESS_HEADERS
from tests.conftest import draft


@pytest.fixture
def logged(services: Services) -> Services:
    a = services.activities
    a.log(draft(note="=SUMMA(A1)", count=25))
    a.log(
        draft(
            activity_type="presence",
            promise_codes=["T2"],
            date="2024-03-05",
            hours="2,5",
            count=None,
            place="Centrumparken",
            note="Lugnt; regn",
        )
    )
    a.log(
        draft(
            activity_type="traffic_check",
            promise_codes=["T3"],
            date="2023-11-14",
            hours=1.25,
            count=140,
            place="E14 Krokom",
            note="",
        )
    )
    return services


def test_activities_xlsx_has_real_types_and_swedish_columns(
    logged: Services, tmp_path: Path
) -> None:
    out = tmp_path / "akt.xlsx"
    assert logged.excel.activities_xlsx(out) == 3
    wb = load_workbook(out)
    ws = wb.active
    assert ws is not None
    assert [c.value for c in ws[1]] == HEADERS["sv"]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:K4"
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == [
        datetime(2023, 11, 14),
        datetime(2024, 3, 5),
        datetime(2024, 9, 10),
    ]
    assert all(r[0].is_date for r in ws.iter_rows(min_row=2))
    traffic, presence, visit = rows
    assert traffic[1:8] == [
        "Trafikkontroll",
        "T3",
        "Polisen",
        "E14 Krokom",
        1.25,
        140,
        "Genomförd",
    ]
    assert isinstance(presence[5], float) and presence[5] == 2.5 and presence[6] is None
    assert presence[8] == "Lugnt; regn"
    assert isinstance(visit[6], int) and visit[6] == 25
    # a formula-like note stays text in a real workbook (no leading quote needed)
    assert visit[8] == "=SUMMA(A1)"
    assert ws["I4"].data_type == "s"
    # widths fit the header and the contents, within reason
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert widths["A"] >= 10 and widths["E"] >= len("E14 Krokom")
    assert all(6 <= w <= 60 for w in widths.values())


def test_activities_xlsx_uses_the_filter(logged: Services, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    n = logged.excel.activities_xlsx(
        out, ActivityFilter(types=frozenset({"traffic_check"}))
    )
    assert n == 1
    ws = load_workbook(out).active
    assert ws is not None and ws.max_row == 2 and ws["B2"].value == "Trafikkontroll"


def test_progress_xlsx_holds_the_follow_up_figures(
    logged: Services, tmp_path: Path
) -> None:
    out = tmp_path / "upp.xlsx"
    period = logged.progress.period("HT2024")
    items = logged.progress.progress(period)
    assert logged.excel.progress_xlsx(out, period) == len(items)
    ws = load_workbook(out).active
    assert ws is not None
    assert ws.title == "Uppföljning HT2024"
    assert [c.value for c in ws[1]] == PROGRESS_HEADERS["sv"]
    got = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    for p in items:
        row = got[p.promise.code]
        assert row[5].value == p.done and isinstance(row[5].value, int | float)
        assert row[7].value == p.target_min and row[10].value == p.occasions
    n1 = got["N1"]
    assert n1[5].value == 1  # the school visit on 2024-09-10
    assert n1[13].value in {"Uppfyllt", "I fas", "Efter plan", "Ej påbörjat"}


def _libreoffice() -> str | None:
    found = shutil.which("libreoffice") or shutil.which("soffice")
    if found is None and os.environ.get("CI"):
        pytest.fail(
            "LibreOffice saknas i CI: TEST_APT ska installera libreoffice-calc-nogui"
        )
    return found


def test_libreoffice_opens_the_export_with_the_same_values(
    logged: Services, tmp_path: Path
) -> None:
    office = _libreoffice()
    if office is None:
        pytest.skip("libreoffice is not installed (make test installs it)")
    out = tmp_path / "akt.xlsx"
    logged.excel.activities_xlsx(out)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            # UTF-8 (76), comma-separated (44), quoted text (34), as shown
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    text = (tmp_path / "akt.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == HEADERS["sv"]
    ws = load_workbook(out).active
    assert ws is not None
    for lo_row, xl_row in zip(rows[1:], ws.iter_rows(min_row=2), strict=True):
        for lo, cell in zip(lo_row, xl_row, strict=True):
            v = cell.value
            if isinstance(v, datetime):
                assert lo == v.date().isoformat()  # a date, shown as a date
            elif isinstance(v, float | int):
                assert float(lo) == float(v)  # a number, not text
            else:
                assert lo == (v or "")
    assert rows[1][0] == date(2023, 11, 14).isoformat() and rows[1][5] == "1.25"
