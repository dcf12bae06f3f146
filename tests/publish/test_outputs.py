"""`lofte publish`: every output from one report model, read back and checked."""

from __future__ import annotations

import csv
import io
import itertools
import json
from pathlib import Path

import pikepdf
import pytest

from lofte_desktop.app import Services
from lofte_desktop.domain.refusals import RefusedError
from lofte_desktop.entry.cli import main as lofte
from lofte_desktop.reports.open_data import COLUMNS
from lofte_desktop.services.comments import CommentPrivacyError
from lofte_desktop.services.publish import PublishRequest
from lofte_desktop.services.reports import ReportRequest
from lofte_desktop.storage import comments as store
from lofte_desktop.storage.meta import next_stamp
from tests.publish.conftest import B2_COMMENT, SUMMARY
from tests.reports.conftest import pdf_text

PNR = "19811218-9876"


def publish(svc: Services, out: Path, formats: tuple[str, ...]) -> list[Path]:
    from lofte_desktop.ui.publish.cards import card_renderer

    render = card_renderer() if "cards" in formats else None
    request = PublishRequest("HT2024", out, formats)
    return svc.publish.publish(request, render_card=render).files


# --- comments appear in every output ------------------------------------------


def test_comments_appear_in_every_output(commented: Services, tmp_path: Path) -> None:
    files = publish(commented, tmp_path, ("pdfua", "html", "data", "cards"))
    names = {f.suffix: f for f in files}
    flat = " ".join(B2_COMMENT.split())
    # the cards' alt texts: the summary on the overview, B2's comment on its area
    alts = {f.name: f.read_text("utf-8") for f in files if f.suffix == ".txt"}
    overview = [a for n, a in alts.items() if "oversikt" in n]
    assert overview and all(SUMMARY in a for a in overview)
    assert any(flat in a and "B2" in a for n, a in alts.items() if "oversikt" not in n)
    html = names[".html"].read_text(encoding="utf-8")
    assert B2_COMMENT in html and SUMMARY in html
    _, pages = pdf_text(names[".pdf"].read_bytes())
    text = " ".join(pages)
    assert flat in text and SUMMARY in text
    assert "Kommunchef Anna Exempel, 2026-12-10" in text
    rows = list(csv.DictReader(io.StringIO(names[".csv"].read_text("utf-8"))))
    assert {r["promise_code"]: r["comment"] for r in rows}["B2"] == B2_COMMENT
    doc = json.loads(names[".json"].read_text("utf-8"))
    assert doc["summary_comment"] == SUMMARY
    # the print PDF (ReportLab) too
    _, print_pages = pdf_text(commented.reports.build(ReportRequest("HT2024")))
    print_text = " ".join(print_pages)
    assert "Görs i februari." in print_text and SUMMARY in print_text
    assert "Anna Exempel" in print_text


def test_the_web_page_names_no_staff_and_no_notes(
    commented: Services, tmp_path: Path
) -> None:
    page = publish(commented, tmp_path, ("html",))[0].read_text("utf-8")
    assert "Anna Exempel" not in page  # the official's role only
    assert "Kommunchef, 2026-12-10" in page
    assert "Fotpatrull kvällstid" not in page  # a note of the known data
    assert '<html lang="sv">' in page and "<title>" in page
    assert "<script" not in page and "<link" not in page and "src=" not in page
    assert len(page.encode()) < 1_000_000


# --- PDF/UA ------------------------------------------------------------------


def _walk(node: pikepdf.Object, out: list[pikepdf.Dictionary]) -> None:
    if isinstance(node, pikepdf.Dictionary) and "/S" in node:
        out.append(node)
    kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
    if isinstance(kids, pikepdf.Array):
        for kid in kids:
            _walk(kid, out)
    elif isinstance(kids, pikepdf.Dictionary):
        _walk(kids, out)


def test_the_tagged_pdf_has_its_structure(commented: Services, tmp_path: Path) -> None:
    path = publish(commented, tmp_path, ("pdfua",))[0]
    pdf = pikepdf.open(path)
    root = pdf.Root
    assert str(root.Lang) == "sv-SE"
    assert bool(root.ViewerPreferences.DisplayDocTitle)
    assert bool(root.MarkInfo.Marked)
    meta = pdf.open_metadata()
    assert str(meta.get("pdfuaid:part")) == "1"
    assert "HT2024" in str(meta.get("dc:title")) or "Hösttermin" in str(
        meta.get("dc:title")
    )
    elems: list[pikepdf.Dictionary] = []
    _walk(root.StructTreeRoot, elems)
    tags = [str(e.S) for e in elems]
    # headings in reading order: H1 first, never skipping a level on the way down
    levels = [int(t[2]) for t in tags if t in {f"/H{i}" for i in range(1, 7)}]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
    assert 2 in levels and 3 in levels
    # tables with real header cells, and data cells that point at them
    assert tags.count("/Table") >= 5
    assert tags.count("/TH") >= 10
    assert any("/Headers" in e.get("/A", {}) for e in elems if e.S == "/TD")
    # every figure has its text alternative
    figures = [e for e in elems if e.S == "/Figure"]
    assert figures
    assert all(str(f.get("/Alt", "")).startswith("Stapeldiagram") for f in figures)
    # the figures of each chart are also in a table
    assert tags.count("/Caption") >= len(figures)


# --- open data ---------------------------------------------------------------


def test_open_data_columns(commented: Services, tmp_path: Path) -> None:
    files = publish(commented, tmp_path, ("data",))
    csv_file = next(f for f in files if f.suffix == ".csv")
    raw = csv_file.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without BOM
    reader = csv.reader(io.StringIO(raw.decode("utf-8")))
    header = next(reader)
    assert tuple(header) == COLUMNS
    assert COLUMNS == (
        "period", "period_start", "period_end", "agreement", "municipality",
        "police_area", "focus_area_code", "focus_area", "promise_code", "promise",
        "responsible", "target", "target_min", "target_max", "unit",
        "outcome_value", "outcome", "status", "status_label", "comment",
    )  # fmt: skip
    rows = [dict(zip(header, r, strict=True)) for r in reader]
    assert len(rows) == len(commented.agreement.promises())
    n1 = next(r for r in rows if r["promise_code"] == "N1")
    assert n1["outcome_value"] == "3" and n1["period_start"] == "2024-07-01"
    assert n1["status"] in ("genomfort", "delvis", "ej_genomfort")
    doc = json.loads(next(f for f in files if f.suffix == ".json").read_text("utf-8"))
    assert doc["columns"] == list(COLUMNS)
    assert [list(p) for p in doc["promises"]] == [list(COLUMNS)] * len(rows)
    assert (
        next(p for p in doc["promises"] if p["promise_code"] == "N1")["outcome_value"]
        == 3
    )


# --- refusals ----------------------------------------------------------------


def _smuggle(svc: Services, text: str) -> None:
    """A comment with a personnummer stored past the service's guard (as an old
    version or a faulty import might have)."""
    a = svc.ctx.agreement()
    with svc.ctx.db.write() as s:
        store.set_comment(
            s,
            agreement_id=a.id,
            period_code="HT2024",
            kind="promise",
            promise_id=svc.agreement.promise("T3").id,
            values={"text": text},
            user="x",
            stamp=next_stamp(s, svc.ctx.device_id),
        )


def test_a_personnummer_in_a_comment_refuses_the_publication(
    commented: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _smuggle(commented, f"Gäller {PNR}")
    out = tmp_path / "ut"
    with pytest.raises(CommentPrivacyError) as err:
        publish(commented, out, ("html", "data"))
    assert "kommentaren till T3" in str(err.value)
    assert "19811218-XXXX" in str(err.value) and PNR not in str(err.value)
    assert not out.exists() or not any(out.iterdir())
    db = commented.ctx.db.path
    assert lofte(["--db", str(db), "publish", "--period", "HT2024", "--out",
                  str(out), "--formats", "html"]) == 1  # fmt: skip
    assert "kommentaren till T3" in capsys.readouterr().err


def test_an_unwritable_folder_gets_a_swedish_message(
    commented: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    with pytest.raises(RefusedError) as err:
        publish(commented, blocker / "ut", ("data",))
    assert "Det går inte att skriva i mappen" in str(err.value)
    db = str(commented.ctx.db.path)
    code = lofte(["--db", db, "publish", "--period", "HT2024", "--out",
                  str(blocker / "ut"), "--formats", "data"])  # fmt: skip
    assert code == 1
    assert "Inget har publicerats" in capsys.readouterr().err
    assert lofte(["--db", db, "publish", "--period", "HT2024", "--out",
                  str(tmp_path), "--formats", "pdf"]) == 1  # fmt: skip
    assert "Okänt format: pdf" in capsys.readouterr().err


def test_no_half_written_file_is_left(
    commented: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lofte_desktop.services.reports as reports

    real = reports.os.replace
    calls: list[str] = []

    def fail_second(src: str, dst: object) -> None:
        calls.append(src)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(reports.os, "replace", fail_second)
    with pytest.raises(RefusedError):
        publish(commented, tmp_path / "ut", ("data",))
    names = sorted(p.name for p in (tmp_path / "ut").iterdir())
    assert names == ["uppfoljning-HT2024-oppna-data.csv"]  # whole, and nothing else
