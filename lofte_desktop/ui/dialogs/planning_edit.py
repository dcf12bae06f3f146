"""Plan new work (one-off or series), or edit a planned occurrence or series.

Editing a series asks the calendar question: only this occasion, this and the
following ones, or all of them. The dialog gathers input and calls one service
method through the worker; refusals are shown inline, in Swedish.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.planning import PlanItem
from lofte_desktop.domain.recurrence import PRESETS, parse_rule, preset_rule
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import ActivityType
from lofte_desktop.services.planning import PlanDraft
from lofte_desktop.ui.context import UiContext

PRESET_LABELS = {
    "none": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Ingen (en gång)"),
    "weekly": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Varje vecka"),
    "biweekly": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Varannan vecka"),
    "monthly_nth": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Samma veckodag varje månad"),
    "monthly_day": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Samma datum varje månad"),
    "weekdays": QtCore.QT_TRANSLATE_NOOP("PlanDialog", "Varje vardag"),
}


def _qdate(d: date) -> QtCore.QDate:
    return QtCore.QDate(d.year, d.month, d.day)


def _pydate(q: QtCore.QDate) -> date:
    return date(q.year(), q.month(), q.day())


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
        for kind in ActivityType:
            self.type_box.addItem(t(f"type.{kind.value}"), kind.value)
        self.promise_box = QtWidgets.QComboBox()
        self.date_edit = QtWidgets.QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDateRange(_qdate(a.start), _qdate(a.end))
        self.time_edit = QtWidgets.QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.duration = QtWidgets.QDoubleSpinBox()
        self.duration.setRange(0.25, 24)
        self.duration.setSingleStep(0.25)
        self.duration.setSuffix(self.tr(" h"))
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
        self.until_edit = QtWidgets.QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd")
        self.until_edit.setDateRange(_qdate(a.start), _qdate(a.end))
        self.skip_lov = QtWidgets.QCheckBox(self.tr("Hoppa över skollov"))
        self.note = QtWidgets.QLineEdit()
        self.note.setPlaceholderText(
            self.tr("Kort anteckning, aldrig namn eller personnummer")
        )
        self.scope_box = QtWidgets.QComboBox()
        self.scope_box.addItem(self.tr("Bara detta tillfälle"), "this")
        self.scope_box.addItem(self.tr("Detta och följande tillfällen"), "following")
        self.scope_box.addItem(self.tr("Alla tillfällen i serien"), "all")
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")

        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Typ:"), self.type_box)
        form.addRow(self.tr("&Löfte:"), self.promise_box)
        form.addRow(self.tr("&Datum:"), self.date_edit)
        form.addRow(self.tr("&Starttid:"), self.time_edit)
        form.addRow(self.tr("&Längd:"), self.duration)
        form.addRow(self.tr("&Plats:"), self.place_box)
        form.addRow(self.tr("P&art:"), self.party_box)
        form.addRow(self.tr("&Upprepa:"), self.repeat_box)
        form.addRow(self.tr("&Till och med:"), self.until_edit)
        form.addRow("", self.skip_lov)
        form.addRow(self.tr("A&nteckning:"), self.note)
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

        self.type_box.currentIndexChanged.connect(lambda _i: self._fill_promises())
        self.repeat_box.currentIndexChanged.connect(lambda _i: self._repeat_changed())
        self.scope_box.currentIndexChanged.connect(lambda _i: self._repeat_changed())
        self._defaults(day or svc.ctx.today(), at)
        self._repeat_changed()

    # --- filling --------------------------------------------------------------
    def _fill_promises(self) -> None:
        svc = self.ui.services
        kind = ActivityType(self.type_box.currentData())
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
        day = min(max(day, a.start), a.end)
        item = self.item
        if item is None:
            self._select(self.type_box, ActivityType.SCHOOL_VISIT.value)
            self._fill_promises()
            self.date_edit.setDate(_qdate(day))
            when = at or time(18, 0)
            self.time_edit.setTime(QtCore.QTime(when.hour, when.minute))
            self.duration.setValue(2.0)
            if svc.settings.user_party:
                self._select(self.party_box, svc.settings.user_party)
            cal = svc.ctx.calendar()
            term = cal.term_of(day)
            self.until_edit.setDate(_qdate(min(cal.work_end(term), a.end)))
            return
        self._select(self.type_box, item.activity_type.value)
        self._fill_promises()
        if item.promise_codes:
            self._select(self.promise_box, item.promise_codes[0])
        self.date_edit.setDate(_qdate(item.day))
        self.time_edit.setTime(QtCore.QTime(item.start.hour, item.start.minute))
        self.duration.setValue(item.hours)
        self.place_box.setCurrentText(item.place or "")
        self._select(self.party_box, item.party)
        self.note.setText(item.note)
        self.type_box.setEnabled(False)
        self.promise_box.setEnabled(False)
        if item.series_id:
            rec = svc.planning.series(item.series_id)
            self.until_edit.setDate(_qdate(rec.until or a.end))
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
        self.until_edit.setEnabled(repeat and not one_edit)
        self.skip_lov.setEnabled(repeat and not one_edit and self.item is None)
        self.repeat_box.setEnabled(not one_edit)
        self.date_edit.setEnabled(self.item is None or one_edit)

    # --- saving ---------------------------------------------------------------
    def rule_text(self) -> str:
        key = str(self.repeat_box.currentData())
        if key.startswith("custom:"):
            return key.removeprefix("custom:")
        return preset_rule(key, _pydate(self.date_edit.date()))

    def draft(self) -> PlanDraft:
        rule = self.rule_text()
        return PlanDraft(
            activity_type=str(self.type_box.currentData()),
            promise_codes=[str(self.promise_box.currentData() or "")],
            start=_pydate(self.date_edit.date()),
            start_time=self.time_edit.time().toString("HH:mm"),
            duration=self.duration.value(),
            place=self.place_box.currentText().strip() or None,
            party=self.party_box.currentText(),
            rrule=rule,
            until=_pydate(self.until_edit.date()) if rule else None,
            skip_holidays=self.skip_lov.isChecked() and bool(rule),
            note=self.note.text(),
        )

    def save(self) -> None:
        self.message.clear()
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
        if isinstance(exc, LofteError):
            self.message.setText(exc.message())
        else:
            self.ui.dialogs.show_exception(exc)
