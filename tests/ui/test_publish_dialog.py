"""Uppföljning's Kommentarer and Publicera steps, driven as a user would."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.publish_dialog import CommentsDialog, PublishDialog
from lofte_desktop.ui.pages.report_page import ReportPage
from tests.ui.scripted_dialogs import ScriptedDialogs

PNR = "19811218-9876"


def _page(ui: UiContext, qtbot: QtBot) -> ReportPage:
    page = ReportPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_write_comments_then_publish(
    ui: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page(ui, qtbot)
    dialog = page.edit_comments()
    assert isinstance(dialog, CommentsDialog)
    assert dialog.edits["B2"].accessibleName() == "Kommentar till B2"
    dialog.edits["B2"].setPlainText("Görs i februari.")
    dialog.summary.setPlainText("En bra höst.")
    dialog.role.setText("Kommunchef")
    dialog.name.setText("Anna Exempel")
    dialog.save()
    assert dialog.result() == CommentsDialog.DialogCode.Accepted
    c = ui.services.comments.comments("HT2024")
    assert c.promises == {"B2": "Görs i februari."} and c.summary == "En bra höst."
    assert c.approval is not None and c.approval.name == "Anna Exempel"

    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    publish = page.open_publish()
    assert isinstance(publish, PublishDialog)
    publish.checks["pdfua"].setChecked(False)  # quicker; the service tests cover it
    out = tmp_path / "ut"
    dialogs.dir_answers.append(str(out))
    publish.go.click()
    qtbot.waitUntil(lambda: publish.result_ is not None, timeout=20000)
    page_file = out / "uppfoljning-HT2024.html"
    assert "Görs i februari." in page_file.read_text("utf-8")
    assert (out / "kort-ht2024-oversikt-1080x1080.png").exists()
    opened = [m[2] for m in dialogs.messages if m[0] == "open_path"]
    assert opened == [str(out.resolve()), str(page_file.resolve())]


def test_a_personnummer_keeps_the_comment_dialog_open(
    ui: UiContext, qtbot: QtBot
) -> None:
    page = _page(ui, qtbot)
    dialog = page.edit_comments()
    assert isinstance(dialog, CommentsDialog)
    dialog.summary.setPlainText(f"Gäller {PNR}")
    dialog.save()
    assert dialog.isVisible()
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert dialogs.messages[-1][0] == "error"
    assert "personnummer" in dialogs.messages[-1][2]
    assert ui.services.comments.comments("HT2024").summary == ""


def test_a_locked_period_shows_its_comments_read_only(
    ui: UiContext, qtbot: QtBot
) -> None:
    ui.services.comments.set_summary("HT2024", "Klar.")
    ui.services.locks.lock("HT2024")
    page = _page(ui, qtbot)
    dialog = page.edit_comments()
    assert isinstance(dialog, CommentsDialog)
    assert "låst" in dialog.note.text()
    assert not dialog.summary.isEnabled()
