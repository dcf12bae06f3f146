"""Uppföljning: generate a report, see the preview load, save it, print it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6 import QtPdf, QtPrintSupport
from pytestqt.qtbot import QtBot

from lofte_desktop.app import Services
from lofte_desktop.ui.context import UiContext, build_context
from lofte_desktop.ui.pages.report_page import ReportPage
from tests.conftest import draft
from tests.ui.scripted_dialogs import ScriptedDialogs


def _page(ui: UiContext, qtbot: QtBot) -> ReportPage:
    page = ReportPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_generate_preview_and_save(ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    ui.services.activities.log(draft(date="2024-09-10", count=25))
    page = _page(ui, qtbot)
    assert page.period_box.currentData() == "HT2024"  # today's term by default
    assert not page.save_button.isEnabled()

    page.appendix_check.setChecked(True)
    page.generate_button.click()
    qtbot.waitUntil(
        lambda: page.document.status() == QtPdf.QPdfDocument.Status.Ready, timeout=10000
    )
    assert page.document.pageCount() >= 3
    assert "Hösttermin 2024" in page.document.getAllText(1).text()
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    assert "sidor" in page.status.text()

    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    out = tmp_path / "uppfoljning"
    dialogs.file_answers.append(str(out))
    page.save_button.click()
    saved = tmp_path / "uppfoljning.pdf"
    assert saved.exists()
    assert dialogs.messages[-1][0] == "save_file"
    assert "Uppföljning HT2024.pdf" in dialogs.messages[-1][2]
    reader = PdfReader(saved)
    assert len(reader.pages) == page.document.pageCount()
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Bilaga: alla aktiviteter under perioden" in text
    assert "Sparad:" in page.status.text()

    # Changing an option makes the preview stale: no saving it as the new report.
    page.appendix_check.setChecked(False)
    assert not page.save_button.isEnabled()


def test_print_paints_every_page(ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(ui, qtbot)
    page.generate()
    qtbot.waitUntil(lambda: page.document.pageCount() > 0, timeout=10000)
    printer = QtPrintSupport.QPrinter()
    printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == page.document.pageCount()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == page.document.pageCount()


def test_refusal_is_shown_in_swedish(ui: UiContext, qtbot: QtBot) -> None:
    from datetime import date

    from lofte_desktop.domain.pii import luhn_digit
    from lofte_desktop.domain.types import ActivityType, Status
    from lofte_desktop.domain.validation import ValidActivity

    number = f"850709-238{luhn_digit('850709238')}"
    ui.services.activities.bulk_log(
        [
            ValidActivity(
                ActivityType.PRESENCE,
                ("T2",),
                date(2024, 9, 17),
                "Polisen",
                1.0,
                None,
                None,
                Status.DONE,
                f"Pratade med {number}",
                None,
            )
        ]
    )
    page = _page(ui, qtbot)
    page.generate_button.click()
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error" and "personnummer" in text and "2024-09-17" in text
    assert number not in text
    assert page.pdf is None and not page.save_button.isEnabled()
    assert page.generate_button.isEnabled()


def test_generation_runs_off_the_gui_thread(services: Services, qtbot: QtBot) -> None:
    """With the real (threaded) worker the GUI stays free while the PDF is built."""
    import threading

    ui = build_context(services, dialogs=ScriptedDialogs())
    page = _page(ui, qtbot)
    threads: list[str] = []
    build = services.reports.build

    def spy(request: object) -> bytes:
        threads.append(threading.current_thread().name)
        return build(request)  # type: ignore[arg-type]

    services.reports.build = spy  # type: ignore[method-assign]
    page.generate_button.click()
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=15000)
    assert threads == ["lofte-worker"]
    ui.worker.shutdown()
    ui.bridge.detach()
