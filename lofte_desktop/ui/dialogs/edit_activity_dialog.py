"""Edits one activity in the shared form, and shows its audit history."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import LofteError, ValidationError
from lofte_desktop.domain.model import Activity
from lofte_desktop.domain.texts import column_name
from lofte_desktop.ui.activity_form import ActivityForm
from lofte_desktop.ui.context import UiContext

ACTIONS = {
    "insert": QtCore.QT_TRANSLATE_NOOP("EditActivityDialog", "skapad"),
    "create": QtCore.QT_TRANSLATE_NOOP("EditActivityDialog", "skapad"),
    "update": QtCore.QT_TRANSLATE_NOOP("EditActivityDialog", "ändrad"),
    "delete": QtCore.QT_TRANSLATE_NOOP("EditActivityDialog", "borttagen"),
    "restore": QtCore.QT_TRANSLATE_NOOP("EditActivityDialog", "återställd"),
    "import": QtCore.QT_TRANSLATE_NOOP("EditActivityDialog", "importerad"),
}


#: Audit-log column names → the field names forms use.
def _field(column: str) -> str:
    return column_name(column).lower()


class EditActivityDialog(QtWidgets.QDialog):
    def __init__(
        self,
        ui: UiContext,
        activity: Activity,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.activity = activity
        self.result_activity: Activity | None = None
        self.setWindowTitle(self.tr("Redigera aktivitet"))
        self.form = ActivityForm(ui, show_start_time=True)
        self.form.set_activity(activity)
        self.history = QtWidgets.QListWidget()
        self.history.setAccessibleName(self.tr("Ändringshistorik"))
        self.history.setMaximumHeight(130)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.submitted.connect(self.save)
        self.form.piiChanged.connect(self._pii)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.form)
        history_label = QtWidgets.QLabel(self.tr("&Historik:"))
        history_label.setBuddy(self.history)
        layout.addWidget(history_label)
        layout.addWidget(self.history)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Sized to its content (no cut-off notes), within the screen.
        self.setMinimumWidth(640)
        self.adjustSize()
        self._load_history()

    def _load_history(self) -> None:
        self.history.clear()
        for entry in self.ui.services.activities.history(self.activity.id):
            action = QtCore.QCoreApplication.translate(
                "EditActivityDialog", str(ACTIONS.get(entry.action, entry.action))
            )
            fields = (
                ", ".join(sorted({_field(k) for k in entry.changes}))
                if entry.action == "update"
                else ""
            )
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = f"{when}  {entry.user or '–'}: {action}"
            self.history.addItem(f"{text} ({fields})" if fields else text)

    def _pii(self, found: bool) -> None:
        button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)
        if button is not None:
            button.setEnabled(not found)

    def changes(self) -> dict[str, Any]:
        d = self.form.draft()
        return {
            "activity_type": d.activity_type,
            "promise_codes": list(d.promise_codes),
            "date": d.date,
            "party": d.party,
            "hours": d.hours,
            "count": d.count,
            "place": d.place,
            "status": d.status,
            "note": d.note,
            "start_time": d.start_time,
        }

    def save(self) -> None:
        try:
            self.ui.services.activities.validate(self.form.draft())
        except ValidationError as exc:
            self.form.show_errors(exc, focus=True)
            return
        changes = self.changes()
        aid, version = self.activity.id, self.activity.version
        self.ui.worker.run(
            lambda: self.ui.services.activities.edit(
                aid, changes, expected_version=version
            ),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, activity: Activity) -> None:
        self.result_activity = activity
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc, focus=True)
        text = exc.message() if isinstance(exc, LofteError) else str(exc)
        self.message.setText(self.tr("Ändringen sparades inte: %1").replace("%1", text))
