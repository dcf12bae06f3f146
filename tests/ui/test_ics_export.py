""".ics export filters by party, type, series and "mine" — in the real dialog and
in `lofte plan ics` — and defaults to the user's own party; files parsed back."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.domain.planning import PlanDraft
from lofte_desktop.entry import cli
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.ics_export_dialog import IcsExportDialog
from lofte_desktop.ui.pages.planning_page import PlanningPage
from tests.ui.scripted_dialogs import ScriptedDialogs


def _plans(ui: UiContext) -> dict[str, str]:
    """Police patrols, the municipality's parent meetings, a police school visit
    planned by someone else; returns their keys."""
    plan = ui.services.planning
    patrol = plan.add(
        PlanDraft(
            "presence", ["T2"], "2024-10-04", "20:00", 3, "Centrumparken",
            "Polisen", "FREQ=WEEKLY;BYDAY=FR", "2024-11-29",
        )
    )  # fmt: skip
    meeting = plan.add(
        PlanDraft(
            "parent_meeting", ["N1"], "2024-10-01", "18:00", 2, "Skolan i Ås",
            "Krokoms kommun", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "2024-12-17",
        )
    )  # fmt: skip
    me = ui.services.ctx.user
    ui.services.ctx.user = "Bertil Annan"
    try:
        visit = plan.add(
            PlanDraft(
                "school_visit", ["N1"], "2024-11-06", "09:00", 1,
                "Högstadiet Krokom", "Polisen",
            )
        )  # fmt: skip
    finally:
        ui.services.ctx.user = me
    return {"patrol": patrol.key, "meeting": meeting.key, "visit": visit.key}


def _uids(path: Path) -> set[str]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]).split("@")[0] for e in cal.walk("VEVENT")}


def _parties(path: Path) -> set[str]:
    cal = Calendar.from_ical(path.read_bytes())
    return {
        str(e["DESCRIPTION"]).splitlines()[0].removeprefix("Part: ")
        for e in cal.walk("VEVENT")
    }


def _dialog(ui: UiContext, qtbot: QtBot) -> IcsExportDialog:
    page = PlanningPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.mouseClick(page.ics_button, QtCore.Qt.MouseButton.LeftButton)
    dlg = page.dialog
    assert isinstance(dlg, IcsExportDialog) and dlg.isVisible()
    return dlg


def _export(dlg: IcsExportDialog, qtbot: QtBot, path: Path) -> None:
    dialogs = dlg.ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.file_answers.append(str(path))
    qtbot.mouseClick(
        dlg.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save),
        QtCore.Qt.MouseButton.LeftButton,
    )


def _set(box: QtWidgets.QListWidget, wanted: set[str]) -> None:
    for i in range(box.count()):
        item = box.item(i)
        on = item.data(QtCore.Qt.ItemDataRole.UserRole) in wanted
        item.setCheckState(
            QtCore.Qt.CheckState.Checked if on else QtCore.Qt.CheckState.Unchecked
        )


def test_the_dialog_defaults_to_the_own_party(
    ui: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    keys = _plans(ui)
    dlg = _dialog(ui, qtbot)
    assert dlg.choice().parties == {"Polisen"}  # the fixture's own party
    _export(dlg, qtbot, tmp_path / "polis.ics")
    assert not dlg.isVisible()
    assert _uids(tmp_path / "polis.ics") == {keys["patrol"], keys["visit"]}
    assert _parties(tmp_path / "polis.ics") == {"Polisen"}


def test_the_dialog_filters_party_type_series_and_mine(
    ui: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    keys = _plans(ui)
    dlg = _dialog(ui, qtbot)
    _set(dlg.parties, {"Krokoms kommun"})
    _export(dlg, qtbot, tmp_path / "skola.ics")
    assert _uids(tmp_path / "skola.ics") == {keys["meeting"]}  # no patrols

    dlg = _dialog(ui, qtbot)
    _set(dlg.parties, {"Polisen", "Krokoms kommun", "Krokomsbostäder"})
    _set(dlg.types, {"school_visit", "parent_meeting"})
    _export(dlg, qtbot, tmp_path / "typer.ics")
    assert _uids(tmp_path / "typer.ics") == {keys["meeting"], keys["visit"]}

    dlg = _dialog(ui, qtbot)
    _set(dlg.parties, {"Polisen", "Krokoms kommun"})
    dlg.only_series.setChecked(True)
    _set(dlg.series, {keys["patrol"]})
    _export(dlg, qtbot, tmp_path / "serie.ics")
    assert _uids(tmp_path / "serie.ics") == {keys["patrol"]}

    dlg = _dialog(ui, qtbot)
    _set(dlg.parties, {"Polisen"})
    dlg.mine.setChecked(True)
    _export(dlg, qtbot, tmp_path / "mina.ics")
    assert _uids(tmp_path / "mina.ics") == {keys["patrol"]}  # not Bertil's visit


def test_nothing_chosen_writes_nothing(
    ui: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _plans(ui)
    dlg = _dialog(ui, qtbot)
    _set(dlg.parties, set())
    _export(dlg, qtbot, tmp_path / "tom.ics")
    assert "Välj minst en part" in dlg.message.text() and dlg.isVisible()
    assert not (tmp_path / "tom.ics").exists()


def test_lofte_plan_ics_defaults_to_the_own_party(
    ui: UiContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = _plans(ui)
    db = ui.services.ctx.db.path
    assert db is not None
    out = tmp_path / "cli.ics"
    svc = ui.services
    svc.settings.user_party = ""
    svc.settings_store.save(svc.settings)
    assert cli.main(["--db", db, "plan", "ics", "--out", str(out)]) == 1
    assert "--all-parties" in capsys.readouterr().err and not out.exists()

    svc.settings.user_party = "Krokoms kommun"
    svc.settings_store.save(svc.settings)
    assert cli.main(["--db", db, "plan", "ics", "--out", str(out)]) == 0
    assert _uids(out) == {keys["meeting"]}
    args = ["--db", db, "plan", "ics", "--out", str(out)]
    assert cli.main([*args, "--party", "polisen", "--type", "presence"]) == 0
    assert _uids(out) == {keys["patrol"]}
    assert cli.main([*args, "--all-parties", "--series", keys["meeting"][:8]]) == 0
    assert _uids(out) == {keys["meeting"]}
    assert cli.main([*args, "--all-parties"]) == 0
    assert _uids(out) == set(keys.values())
    assert cli.main([*args, "--party", "Okänd"]) == 1
    assert "Okänd part" in capsys.readouterr().err
