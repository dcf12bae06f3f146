"""Two people edit the same activity: the one who saves second sees a conflict in
the edit dialog, and the first one's change stays (the version column)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from lofte_desktop.app import build_services
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.edit_activity_dialog import EditActivityDialog
from tests.conftest import TODAY, draft


def test_saving_over_someone_elses_change_is_shown_as_a_conflict(
    ui: UiContext, qtbot: QtBot
) -> None:
    act = ui.services.activities.log(draft(note="Föräldrakväll"))
    dialog = EditActivityDialog(ui, act)
    qtbot.addWidget(dialog)
    dialog.show()

    colleague = build_services(ui.services.db_target, today=lambda: TODAY)
    colleague.activities.edit(act.id, {"note": "Ändrad av en kollega"})
    colleague.close()

    dialog.form.note_edit.setPlainText("Min ändring")
    dialog.save()
    assert dialog.isVisible() and dialog.result_activity is None
    assert dialog.message.text().startswith("Ändringen sparades inte: Någon annan")
    assert "Inget skrevs över" in dialog.message.text()
    assert ui.services.activities.get(act.id).note == "Ändrad av en kollega"
