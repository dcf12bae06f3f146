"""One figure, one place: Planering's term planner and Översikt show the same
presence hours, and Översikt, `lofte progress` and the PDF the same status words,
for a term still running and for one that has ended."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from lofte_desktop.domain.progress import format_number
from lofte_desktop.entry import cli
from lofte_desktop.services.reports import ReportRequest
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.main_window import MainWindow
from lofte_desktop.ui.pages.overview_page import OverviewPage
from lofte_desktop.ui.pages.planning_page import PlanningPage
from tests.conftest import draft


def _presence(**kw: object) -> dict[str, object]:
    return dict(activity_type="presence", count=None, place="Centrumparken", **kw)


def _log_mixed(ui: UiContext) -> None:
    log = ui.services.activities.log
    # Presence for T2, and one drug-focused patrol counted for N4 only: it is not
    # one of T2's presence hours, on any page.
    log(draft(**_presence(promise_codes=["T2", "N4"], date="2024-09-03", hours="4")))
    log(draft(**_presence(promise_codes=["N4"], date="2024-09-04", hours="6")))
    log(draft(**_presence(promise_codes=["T2"], date="2023-09-05", hours="2,5")))
    log(draft(date="2023-10-10"))  # one school visit in HT2023: partly done
    log(draft(date="2024-09-10"))


def _overview(window: MainWindow, qtbot: QtBot, period: str) -> OverviewPage:
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    page.set_period(period)
    qtbot.waitUntil(lambda: page.period() is not None and page.figures_on_screen)
    page.refresh()
    return page


def test_presence_hours_are_the_same_in_planering_and_oversikt(
    window: MainWindow, qtbot: QtBot
) -> None:
    _log_mixed(window.ui)
    page = _overview(window, qtbot, "HT2024")
    box = page.presence_label.text()
    assert box.startswith("4 timmar under Hösttermin 2024, mot 2,5 timmar")
    assert page.summary_labels["T2"].text().startswith("4 av mer än 2,5 timmar")

    window.ui.navigate("planning")
    planning = window.pages["planning"]
    assert isinstance(planning, PlanningPage)
    lines = [
        planning.panel.term_list.item(i).text()
        for i in range(planning.panel.term_list.count())
    ]
    (t2,) = [x for x in lines if x.startswith("Närvaro HT2024")]
    assert t2.startswith("Närvaro HT2024: 4 h genomförda")
    assert "mer än 2,5 h" in t2
    # the CLI's line and the service agree too
    hours, before = window.ui.services.progress.presence_hours(
        window.ui.services.progress.period("HT2024")
    )
    assert (format_number(hours), format_number(before)) == ("4", "2,5")


@pytest.mark.parametrize("period", ["HT2024", "HT2023"])  # running, ended
def test_status_words_agree_in_oversikt_cli_and_pdf(
    window: MainWindow,
    qtbot: QtBot,
    period: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _log_mixed(window.ui)
    svc = window.ui.services
    page = _overview(window, qtbot, period)
    shown = {code: label.text() for code, label in page.status_labels.items()}

    monkeypatch.setenv("LOFTE_TODAY", svc.ctx.today().isoformat())  # same today
    db = svc.ctx.db.path
    assert db is not None
    assert cli.main(["--db", db, "progress", "--period", period, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    said = {p["id"]: p["status_label"] for p in data["promises"]}
    assert cli.main(["--db", db, "progress", "--period", period]) == 0
    table = capsys.readouterr().out

    request = ReportRequest(period=period)
    printed = {
        line.code: line.outcome_label
        for area in svc.reports.gather(request).focus_areas
        for line in area.promises
    }
    text = " ".join(
        (pg.extract_text() or "")
        for pg in PdfReader(io.BytesIO(svc.reports.build(request))).pages
    )
    text = " ".join(text.split())

    assert shown == said == printed
    for code, word in shown.items():
        assert f"{code} " in table and word in table
        assert word in text, (code, word)
    if period == "HT2023":  # ended: the follow-up's words
        assert shown["N1"] == "Delvis genomfört"
        assert shown["B2"] == "Ej genomfört"
        assert shown["T2"] == "Genomfört"
    else:  # running (today 2024-10-15)
        assert shown["B2"] == "Ej påbörjat"
        assert shown["N1"] in ("I fas", "Efter plan")
