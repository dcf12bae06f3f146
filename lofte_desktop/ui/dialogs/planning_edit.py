"""Plan new work (one-off or series), or edit a planned occurrence or series.

Editing a series asks the calendar question: only this occasion, this and the
following ones, or all of them. The dialog gathers input and calls one service
method through the worker; refusals are shown inline, in Swedish.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import LofteError, ValidationError
from lofte_desktop.domain.planning import PlanItem
from lofte_desktop.domain.progress import format_decimal
from lofte_desktop.domain.recurrence import PRESETS, parse_rule, preset_rule
from lofte_desktop.domain.types import ActivityType
from lofte_desktop.services.planning import PlanDraft
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.widgets.date_field import DateField
from lofte_desktop.ui.widgets.enter_moves import EnterMovesOn
from lofte_desktop.ui.widgets.field_errors import FieldErrors, error_label

#: Planning refusals about the series' last day belong next to "Till och med".
_UNTIL_KEYS = ("plan.until_before", "plan.outside", "plan.until_outside")


def _route(err: ValidationError) -> str | None:
    return "until" if err.key in _UNTIL_KEYS else err.field


PRESET_LABELS = {
    "none": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Ingen (en gång)"),
    "weekly": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Varje vecka"),
    "biweekly": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Varannan vecka"),
    "monthly_nth": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Samma veckodag varje månad"),
    "monthly_day": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Samma datum varje månad"),
    "weekdays": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Varje vardag"),
}


def hours_box(edit: QtWidgets.QLineEdit, unit: str) -> QtWidgets.QWidget:
    """A line edit for hours with its unit after it ("2,00 h")."""
    box = QtWidgets.QWidget()
    row = QtWidgets.QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit)
    row.addWidget(QtWidgets.QLabel(unit))
    row.addStretch(1)
    edit.setMaximumWidth(120)
    box.setFocusProxy(edit)
    return box


class PlanDialog(QtWidgets.QDialog):
    """`item` None: plan new work starting on `day`. Otherwise edit that item."""

    saved = QtCore.Signal(object)

    def __init__(
        self,
        ui: UiContext,
        *,
        day: date | None = None,
        at: time | None = None,
        item: PlanItem | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.item = item
        svc = ui.services
        a = svc.agreement.agreement()
        self.setWindowTitle(
            self.tr("Ändra planering") if item else self.tr("Ny planering")
        )
        self.type_box = QtWidgets.QComboBox()
        # The agreement's types not retired (and the edited item's own type).
        for info in svc.agreement.activity_types():
            if not info.retired or (item and item.activity_type == info.code):
                self.type_box.addItem(info.label(ui.language), info.code)
        self.promise_box = QtWidgets.QComboBox()
        # Typed text goes to the service as typed; nothing here clamps or rounds.
        self.date_field = DateField()
        self.date_field.set_range(a.start, a.end)
        self.time_edit = QtWidgets.QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("TT:MM, t.ex. 18:30"))
        self.duration = QtWidgets.QLineEdit()
        self.duration.setPlaceholderText(self.tr("t.ex. 1,5"))
        self.place_box = QtWidgets.QComboBox()
        self.place_box.setEditable(True)
        self.place_box.addItem("")
        for place in svc.agreement.places():
            self.place_box.addItem(place.name)
        self.party_box = QtWidgets.QComboBox()
        for party in a.parties:
            self.party_box.addItem(party)
        self.repeat_box = QtWidgets.QComboBox()
        for key in PRESETS:
            self.repeat_box.addItem(
                QtCore.QCoreApplication.translate(
                    "PlanDialog", str(PRESET_LABELS[key])
                ),
                key,
            )
        self.until_field = DateField()
        self.until_field.set_range(a.start, a.end)
        self.skip_lov = QtWidgets.QCheckBox(self.tr("Hoppa över skollov"))
        self.note = QtWidgets.QLineEdit()
        self.note.setPlaceholderText(
            self.tr("Kort anteckning, aldrig namn eller personnummer")
        )
        self.scope_box = QtWidgets.QComboBox()
        self.scope_box.addItem(self.tr("Bara detta tillfälle"), "this")
        self.scope_box.addItem(self.tr("Detta och följande tillfällen"), "following")
        self.scope_box.addItem(self.tr("Alla tillfällen i serien"), "all")
        self.message = error_label("message")
        self.field_errors = FieldErrors(self.message)
        self.field_errors.route = _route
        self.errors = self.field_errors.labels

        form = QtWidgets.QFormLayout()
        rows: list[tuple[str, str, QtWidgets.QWidget]] = [
            ("type", self.tr("&Typ:"), self.type_box),
            ("promises", self.tr("&Löfte:"), self.promise_box),
            ("date", self.tr("&Datum:"), self.date_field),
            ("start_time", self.tr("&Starttid:"), self.time_edit),
            ("hours", self.tr("&Längd:"), hours_box(self.duration, self.tr("h"))),
            ("place", self.tr("&Plats:"), self.place_box),
            ("party", self.tr("P&art:"), self.party_box),
            ("repeat", self.tr("&Upprepa:"), self.repeat_box),
            ("until", self.tr("&Till och med:"), self.until_field),
        ]
        for name, text, widget in rows:
            label = QtWidgets.QLabel(text)
            label.setBuddy(widget.focusProxy() or widget)
            form.addRow(label, self.field_errors.box(name, widget))
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow("", self.skip_lov)
        note_label = QtWidgets.QLabel(self.tr("A&nteckning:"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.field_errors.box("note", self.note))
        self.note.setAccessibleName(self.tr("Anteckning"))
        self.duration.setAccessibleName(self.tr("Längd i timmar"))
        if item is not None and item.series_id:
            form.addRow(self.tr("Ä&ndra:"), self.scope_box)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        fields = [w for _name, _text, w in rows] + [self.skip_lov, self.note]
        fields[4] = self.duration  # the line edit, not its box with the unit
        self.enter = EnterMovesOn(fields, self.save, self)

        self.type_box.currentIndexChanged.connect(lambda _i: self._fill_promises())
        self.repeat_box.currentIndexChanged.connect(lambda _i: self._repeat_changed())
        self.scope_box.currentIndexChanged.connect(lambda _i: self._repeat_changed())
        self._defaults(day or svc.ctx.today(), at)
        self._repeat_changed()
        self.adjustSize()

    # --- filling --------------------------------------------------------------
    def _fill_promises(self) -> None:
        svc = self.ui.services
        kind = str(self.type_box.currentData() or "")
        current = self.promise_box.currentData()
        self.promise_box.clear()
        matching = svc.agreement.promises_for_type(kind) or svc.agreement.promises()
        for p in matching:
            text = p.text if len(p.text) < 60 else p.text[:57] + "…"
            self.promise_box.addItem(f"{p.code} – {text}", p.code)
        if current:
            self._select(self.promise_box, current)

    @staticmethod
    def _select(box: QtWidgets.QComboBox, value: Any) -> None:
        i = box.findData(value)
        if i < 0:
            i = box.findText(str(value))
        if i >= 0:
            box.setCurrentIndex(i)

    def _defaults(self, day: date, at: time | None) -> None:
        svc = self.ui.services
        a = svc.agreement.agreement()
        item = self.item
        if item is None:
            self._select(self.type_box, ActivityType.SCHOOL_VISIT.value)
            self._fill_promises()
            self.date_field.set_date(day)  # as chosen: a day outside is refused
            when = at or time(18, 0)
            self.time_edit.setText(when.strftime("%H:%M"))
            self.duration.setText(format_decimal(2.0, 2, self.ui.language))
            if svc.settings.user_party:
                self._select(self.party_box, svc.settings.user_party)
            cal = svc.ctx.calendar()
            term = cal.term_of(min(max(day, a.start), a.end))
            self.until_field.set_date(min(cal.work_end(term), a.end))
            return
        self._select(self.type_box, item.activity_type)
        self._fill_promises()
        if item.promise_codes:
            self._select(self.promise_box, item.promise_codes[0])
        self.date_field.set_date(item.day)
        self.time_edit.setText(item.start.strftime("%H:%M"))
        self.duration.setText(format_decimal(item.hours, 2, self.ui.language))
        self.place_box.setCurrentText(item.place or "")
        self._select(self.party_box, item.party)
        self.note.setText(item.note)
        self.type_box.setEnabled(False)
        self.promise_box.setEnabled(False)
        if item.series_id:
            rec = svc.planning.series(item.series_id)
            self.until_field.set_date(rec.until or a.end)
            preset = next(
                (
                    k
                    for k in PRESETS
                    if k != "none"
                    and preset_rule(k, rec.start_date)
                    and parse_rule(preset_rule(k, rec.start_date), rec.start_date).body
                    == rec.rrule
                ),
                None,
            )
            if preset is None:
                self.repeat_box.addItem(rec.rrule, "custom:" + rec.rrule)
                preset = "custom:" + rec.rrule
            self._select(self.repeat_box, preset)

    def _repeat_changed(self) -> None:
        repeat = self.repeat_box.currentData() != "none"
        scope = (
            self.scope_box.currentData() if self.item and self.item.series_id else None
        )
        series_edit = scope in ("following", "all")
        one_edit = self.item is not None and not series_edit
        self.until_field.setEnabled(repeat and not one_edit)
        self.skip_lov.setEnabled(repeat and not one_edit and self.item is None)
        self.repeat_box.setEnabled(not one_edit)
        self.date_field.setEnabled(self.item is None or one_edit)

    # --- saving ---------------------------------------------------------------
    def rule_text(self) -> str:
        key = str(self.repeat_box.currentData())
        if key.startswith("custom:"):
            return key.removeprefix("custom:")
        start = self.date_field.typed_date() or self.ui.services.ctx.today()
        return preset_rule(key, start)

    def draft(self) -> PlanDraft:
        rule = self.rule_text()
        return PlanDraft(
            activity_type=str(self.type_box.currentData()),
            promise_codes=[str(self.promise_box.currentData() or "")],
            start=self.date_field.text(),
            start_time=self.time_edit.text(),
            duration=self.duration.text(),
            place=self.place_box.currentText().strip() or None,
            party=self.party_box.currentText(),
            rrule=rule,
            until=self.until_field.text() if rule else None,
            skip_holidays=self.skip_lov.isChecked() and bool(rule),
            note=self.note.text(),
        )

    def save(self) -> None:
        self.field_errors.clear()
        plan = self.ui.services.planning
        d = self.draft()
        item = self.item
        if item is None:
            job: Any = lambda: plan.add(d)  # noqa: E731
        elif item.series_id and self.scope_box.currentData() in ("following", "all"):
            scope = str(self.scope_box.currentData())
            changes = {
                "start_time": d.start_time,
                "duration": d.duration,
                "place": d.place,
                "party": d.party,
                "note": d.note,
                "rrule": d.rrule,
                "until": d.until,
            }
            from_day = date.fromisoformat(
                (item.recurrence_id or item.day.isoformat())[:10]
            )
            job = lambda: plan.edit_series(  # noqa: E731
                item.series_id or "", changes, scope=scope, from_day=from_day
            )
        else:
            job = lambda: plan.move(  # noqa: E731
                item.key, d.start, d.start_time, hours=d.duration, place=d.place or ""
            )
        self.ui.worker.run(job, on_done=self._saved, on_error=self._failed)

    def _saved(self, result: object) -> None:
        for warning in getattr(result, "warnings", ()):
            self.ui.dialogs.warning(self.tr("Planeringen är sparad"), warning)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.field_errors.show(exc, focus=True)
        elif isinstance(exc, LofteError):
            self.message.setText(exc.message())
        else:
            self.ui.dialogs.show_exception(exc)
