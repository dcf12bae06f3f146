"""Refusals, empty periods, metadata, the appendix, and the self-test PDF."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import LofteError, PrivacyError
from lofte_desktop.domain.pii import luhn_digit
from lofte_desktop.domain.types import ActivityType, Status
from lofte_desktop.domain.validation import ValidActivity
from lofte_desktop.entry import cli
from lofte_desktop.reports import smoke_pdf
from lofte_desktop.reports.charts import bar_chart
from lofte_desktop.services.reports import ReportPrivacyError, ReportRequest
from tests.reports.conftest import pdf_text


def _personnummer() -> str:
    nine = "850709238"
    return f"850709-238{luhn_digit(nine)}"


def _raw(services: Services, note: str = "", place: str | None = None) -> None:
    """Stores an activity without the form's checks, as an old import could have."""
    services.activities.bulk_log(
        [
            ValidActivity(
                ActivityType.PRESENCE,
                ("T2",),
                date(2024, 9, 17),
                "Polisen",
                2.0,
                None,
                place,
                Status.DONE,
                note,
                None,
            )
        ]
    )


def test_personnummer_in_a_note_is_refused(known: Services) -> None:
    number = _personnummer()
    _raw(known, note=f"Samtal med {number} vid busstationen")
    with pytest.raises(ReportPrivacyError) as err:
        known.reports.build(ReportRequest("HT2024"))
    activity = err.value.activity
    message = str(err.value)
    assert isinstance(err.value, PrivacyError)
    assert "2024-09-17" in message and "Närvaro" in message
    assert activity.id[:8] in message and "anteckningen" in message
    assert number not in message and number[:6] not in message
    # Other periods are not blocked by it.
    assert known.reports.build(ReportRequest("VT2024")).startswith(b"%PDF")


def test_personnummer_in_a_place_is_refused(known: Services) -> None:
    _raw(known, place=f"Hos {_personnummer()}")
    with pytest.raises(ReportPrivacyError, match="platsnamnet"):
        known.reports.build(ReportRequest("2024", appendix=True))


def test_cli_refuses_and_writes_nothing(
    known: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _raw(known, note=f"pnr {_personnummer()}")
    out = tmp_path / "rapport.pdf"
    code = cli.main(
        ["report", "--db", known.db_target, "--period", "HT2024", "--out", str(out)]
    )
    assert code == 1
    assert "personnummer" in capsys.readouterr().err
    assert not out.exists()
    assert list(tmp_path.glob(".lofte-*")) == []


def test_cli_writes_the_report(
    known: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ht.pdf"
    args = ["report", "--db", known.db_target, "--period", "HT2024"]
    assert cli.main([*args, "--out", str(out), "--appendix", "--party", "Polisen"]) == 0
    assert "Rapport sparad" in capsys.readouterr().out
    _, pages = pdf_text(out.read_bytes())
    assert "Bilaga: alla aktiviteter under perioden" in " ".join(pages)
    assert (
        cli.main(
            ["report", "--db", known.db_target, "--period", "HT1999", "--out", str(out)]
        )
        == 1
    )
    assert cli.main([*args, "--out", str(out), "--party", "Brandkåren"]) == 1
    err = capsys.readouterr().err
    assert "lofte: " in err and "Okänd part: Brandkåren" in err
    with pytest.raises(SystemExit) as usage:
        cli.main(["report", "--period", "HT2024"])
    assert usage.value.code == 2


def test_empty_period_gives_a_sensible_report(services: Services) -> None:
    pdf = services.reports.build(ReportRequest("VT2023", appendix=True))
    reader, pages = pdf_text(pdf)
    text = " ".join(pages)
    assert "Inga aktiviteter loggade" in text
    assert "0 Genomfört" in text and "11 Ej genomfört" in text
    assert "0 aktiviteter" in text  # the empty appendix says so
    assert f"Sida 2 av {len(reader.pages)}" in text


def test_unknown_party_is_refused(services: Services) -> None:
    with pytest.raises(LofteError, match="Okänd part"):
        services.reports.gather(ReportRequest("HT2024", party="Räddningstjänsten"))


def test_metadata_language_and_fonts(known: Services) -> None:
    pdf = known.reports.build(ReportRequest("HT2024"))
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Uppföljning av medborgarlöften – Hösttermin 2024"
    assert meta.author == "Krokoms kommun och Polisen Jämtland/Härjedalen"
    assert meta.subject is not None and "Hösttermin 2024" in meta.subject
    assert "Medborgarlöften Krokom 2023–2024" in meta.subject
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "sv-SE"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            f = font.get_object()
            descendant = (
                f["/DescendantFonts"][0].get_object() if "/DescendantFonts" in f else f
            )
            desc = descendant.get("/FontDescriptor")
            if desc is not None:
                assert "/FontFile2" in desc.get_object()  # embedded TrueType
            fonts.add(str(f["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts
    assert reader.outline  # bookmarks for the headings


def test_appendix_lists_every_activity_without_notes(services: Services) -> None:
    rows = [
        ValidActivity(
            ActivityType.TRAFFIC_CHECK,
            ("T3",),
            date(2024, 7, 1 + i % 28),
            "Polisen",
            1.0,
            i,
            "Skolvägen Ås",
            Status.DONE,
            f"Kontrollnotering {i}",
            None,
        )
        for i in range(620)
    ]
    services.activities.bulk_log(rows)
    pdf = services.reports.build(ReportRequest("HT2024", appendix=True))
    _, pages = pdf_text(pdf)
    text = " ".join(pages)
    appendix = text[text.index("Bilaga: alla aktiviteter") :]
    assert "620 aktiviteter i datumordning. Anteckningar visas inte." in appendix
    assert appendix.count("Trafikkontroll T3 Polisen Skolvägen Ås 1 ") == 620
    assert "Kontrollnotering" not in text
    with_notes = services.reports.build(
        ReportRequest("HT2024", appendix=True, include_notes=True)
    )
    assert "Kontrollnotering 619" in " ".join(pdf_text(with_notes)[1])


def test_smoke_pdf_needs_no_database() -> None:
    pdf = smoke_pdf()
    reader, pages = pdf_text(pdf)
    assert pdf.startswith(b"%PDF") and len(reader.pages) == 1
    assert pages[0].startswith("Självtest Löfte Desktop")
    assert "Detta har polisen genomfört" in pages[0]
    assert "Sida 1 av 1" in pages[0]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=0, max_size=30
    ),
    st.one_of(st.none(), st.floats(min_value=0, max_value=1e6)),
)
def test_chart_value_axis_starts_at_zero_and_holds_every_bar(
    values: list[float], target: float | None
) -> None:
    d = bar_chart(
        [str(i) for i in range(len(values))],
        values,
        width=300,
        height=150,
        fmt=str,
        target=target,
        target_label="Mål",
    )
    chart = next(c for c in d.contents if hasattr(c, "valueAxis"))
    assert chart.valueAxis.valueMin == 0
    assert chart.valueAxis.valueMax >= max([*values, target or 0, 0])
