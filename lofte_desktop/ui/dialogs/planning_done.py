"""Mark a planned occasion done (confirming or correcting the figures), or cancel it."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import LofteError, ValidationError
from lofte_desktop.domain.planning import PlanItem
from lofte_desktop.domain.progress import format_decimal
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.planning_edit import hours_box
from lofte_desktop.ui.widgets.enter_moves import EnterMovesOn
from lofte_desktop.ui.widgets.field_errors import FieldErrors, error_label


def _summary(item: PlanItem) -> str:
    when = item.start.strftime("%Y-%m-%d %H:%M")
    place = f", {item.place}" if item.place else ""
    return f"{item.type_label()} {when}{place}"


class _ItemDialog(QtWidgets.QDialog):
    done_signal = QtCore.Signal(object)

    def __init__(
        self, ui: UiContext, item: PlanItem, parent: QtWidgets.QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.item = item
        self.heading = QtWidgets.QLabel(_summary(item))
        self.heading.setWordWrap(True)
        self.message = error_label("message")
        self.field_errors = FieldErrors(self.message)
        self.errors = self.field_errors.labels
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _saved(self, result: object) -> None:
        self.done_signal.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.field_errors.show(exc, focus=True)
        elif isinstance(exc, LofteError):
            self.message.setText(exc.message())
        else:
            self.ui.dialogs.show_exception(exc)


class DoneDialog(_ItemDialog):
    """The planned figures, ready to confirm or correct."""

    def __init__(
        self, ui: UiContext, item: PlanItem, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(ui, item, parent)
        self.setWindowTitle(self.tr("Markera som genomförd"))
        info = ui.services.agreement.all_types().info(item.activity_type)
        # As typed: "1,5" and "1.5" are both 1.5; nothing is clamped or rounded.
        self.hours = QtWidgets.QLineEdit(
            format_decimal(item.hours, 2, self.ui.language)
        )
        self.count = QtWidgets.QLineEdit()
        self.count.setPlaceholderText(self.tr("antal, t.ex. 25"))
        if item.count is not None:
            self.count.setText(str(item.count))
        self.note = QtWidgets.QLineEdit(item.note)
        rows = [
            ("hours", self.tr("&Timmar:"), hours_box(self.hours, self.tr("h"))),
            ("count", info.count_text(self.ui.language) + ":", self.count),
            ("note", self.tr("&Anteckning:"), self.note),
        ]
        form = QtWidgets.QFormLayout()
        for name, text, widget in rows:
            label = QtWidgets.QLabel(text)
            label.setBuddy(widget.focusProxy() or widget)
            form.addRow(label, self.field_errors.box(name, widget))
        self.hours.setAccessibleName(self.tr("Timmar"))
        self.count.setAccessibleName(info.count_text(self.ui.language))
        self.note.setAccessibleName(self.tr("Anteckning"))
        self.enter = EnterMovesOn([self.hours, self.count, self.note], self.save, self)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.adjustSize()

    def save(self) -> None:
        self.field_errors.clear()
        plan = self.ui.services.planning
        key = self.item.key
        hours = self.hours.text()
        count = self.count.text().strip() or None
        note = self.note.text()
        self.ui.worker.run(
            lambda: plan.done(key, hours=hours, count=count, note=note),
            on_done=self._saved,
            on_error=self._failed,
        )


class CancelDialog(_ItemDialog):
    """Cancelling needs a reason (e.g. 'Skolan stängd')."""

    def __init__(
        self, ui: UiContext, item: PlanItem, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(ui, item, parent)
        self.setWindowTitle(self.tr("Ställ in tillfälle"))
        self.reason = QtWidgets.QLineEdit()
        self.reason.setPlaceholderText(self.tr("t.ex. skolan stängd, sjukdom"))
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Orsak:"), self.reason)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason.setAccessibleName(self.tr("Orsak"))
        self.setMinimumWidth(460)
        self.adjustSize()

    def save(self) -> None:
        self.field_errors.clear()
        plan = self.ui.services.planning
        key = self.item.key
        reason = self.reason.text()
        self.ui.worker.run(
            lambda: plan.cancel(key, reason), on_done=self._saved, on_error=self._failed
        )
