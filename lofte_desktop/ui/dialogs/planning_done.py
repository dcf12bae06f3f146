"""Mark a planned occasion done (confirming or correcting the figures), or cancel it."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.planning import PlanItem
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import ACTIVITY_TYPES
from lofte_desktop.ui.context import UiContext


def _summary(item: PlanItem) -> str:
    when = item.start.strftime("%Y-%m-%d %H:%M")
    place = f", {item.place}" if item.place else ""
    return f"{t('type.' + item.activity_type.value)} {when}{place}"


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
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
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
        if isinstance(exc, LofteError):
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
        info = ACTIVITY_TYPES[item.activity_type]
        self.hours = QtWidgets.QDoubleSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.25)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setValue(item.hours)
        self.count = QtWidgets.QLineEdit()
        self.count.setPlaceholderText(self.tr("antal, t.ex. 25"))
        if item.count is not None:
            self.count.setText(str(item.count))
        self.note = QtWidgets.QLineEdit(item.note)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Timmar:"), self.hours)
        form.addRow(t(info.count_key) + ":", self.count)
        form.addRow(self.tr("&Anteckning:"), self.note)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.message.clear()
        plan = self.ui.services.planning
        key = self.item.key
        hours = self.hours.value()
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

    def save(self) -> None:
        self.message.clear()
        plan = self.ui.services.planning
        key = self.item.key
        reason = self.reason.text()
        self.ui.worker.run(
            lambda: plan.cancel(key, reason), on_done=self._saved, on_error=self._failed
        )
