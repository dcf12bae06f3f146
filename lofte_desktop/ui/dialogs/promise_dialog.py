"""Nytt löfte / Ändra löftet: a promise's text, parties, the activity types that
count towards it, and its target (at least N, N–M, at most N, more than the same
period a year earlier, or no number), the period it applies per, and an optional
window of months and weekdays. Checked inline in Swedish by the domain rules.

While a period of the agreement is locked, the target and the counted types are
shown but cannot be changed (the service refuses it too)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.agreement_edit import PromiseDraft, TargetDraft, target_kind
from lofte_desktop.domain.model import Promise
from lofte_desktop.domain.progress import format_number
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import TargetPer, TargetUnit
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.agreement_parts import PartDialog, plain, text_box


def check_group(
    items: list[tuple[str, str]], chosen: set[str], columns: int, name: str
) -> tuple[QtWidgets.QWidget, dict[str, QtWidgets.QCheckBox]]:
    """Check boxes (value, text) in a grid; each named for screen readers. The
    group takes focus through its first box (an error's focus lands there)."""
    box = QtWidgets.QWidget()
    grid = QtWidgets.QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes: dict[str, QtWidgets.QCheckBox] = {}
    for i, (value, text) in enumerate(items):
        cb = QtWidgets.QCheckBox(text)
        cb.setAccessibleName(f"{name}: {text}")
        cb.setChecked(value in chosen)
        grid.addWidget(cb, i // columns, i % columns)
        boxes[value] = cb
    if boxes:
        box.setFocusProxy(next(iter(boxes.values())))
    return box, boxes


class PromiseDialog(PartDialog):
    def __init__(
        self,
        ui: UiContext,
        promise: Promise | None = None,
        parent: QtWidgets.QWidget | None = None,
        *,
        focus_area: str = "",
    ) -> None:
        super().__init__(ui, parent)
        self.title(
            self.tr("Nytt löfte") if promise is None else self.tr("Ändra löftet")
        )
        svc = ui.services.agreement
        agreement = svc.agreement()
        lang = ui.language
        target = promise.target if promise else None

        self.code = QtWidgets.QLineEdit(promise.code if promise else "")
        self.code.setReadOnly(promise is not None)
        self.area = QtWidgets.QComboBox()
        for fa in svc.focus_areas():
            self.area.addItem(fa.name, fa.code)
        wanted = promise.focus_area_code if promise else focus_area
        self.area.setCurrentIndex(max(0, self.area.findData(wanted)))
        self.text = text_box(promise.text if promise else "", 80)
        self.parties_box, self.parties = check_group(
            [(p, p) for p in agreement.parties],
            set(promise.parties if promise else agreement.parties),
            3,
            self.tr("Part"),
        )
        # The agreement's types (a retired one only where the promise has it).
        had = set(promise.activity_types) if promise else set()
        self.types_box, self.types = check_group(
            [
                (x.code, x.label(lang))
                for x in svc.activity_types()
                if not x.retired or x.code in had
            ],
            had,
            3,
            self.tr("Räknas"),
        )

        self.kind = QtWidgets.QComboBox()
        for value, label in (
            ("min", self.tr("Minst N")),
            ("range", self.tr("Mellan N och M")),
            ("max", self.tr("Högst N")),
            ("previous", self.tr("Mer än samma period året före")),
            ("none", self.tr("Inget antal angivet")),
        ):
            self.kind.addItem(label, value)
        kind = target_kind(target) if target else "min"
        self.kind.setCurrentIndex(self.kind.findData(kind))
        low = (
            target.max if target and kind == "max" else (target.min if target else None)
        )
        self.low = QtWidgets.QLineEdit("" if low is None else format_number(low, lang))
        self.high = QtWidgets.QLineEdit(
            ""
            if not target or target.max is None or kind != "range"
            else format_number(target.max, lang)
        )
        self.unit = QtWidgets.QComboBox()
        for u in TargetUnit:
            self.unit.addItem(t(f"unit.{u.value}", lang), u.value)
        self.per = QtWidgets.QComboBox()
        for p in TargetPer:
            self.per.addItem(t(f"per.{p.value}", lang), p.value)
        if target:
            self.unit.setCurrentIndex(self.unit.findData(target.unit.value))
            self.per.setCurrentIndex(self.per.findData(target.per.value))
        self.window_from = QtWidgets.QComboBox()
        self.window_from.addItem(self.tr("Hela året"), 0)
        self.window_to = QtWidgets.QComboBox()
        for m in range(1, 13):
            self.window_from.addItem(t(f"month.{m}", lang), m)
            self.window_to.addItem(t(f"month.{m}", lang), m)
        if target and target.window:
            self.window_from.setCurrentIndex(
                self.window_from.findData(target.window[0])
            )
            self.window_to.setCurrentIndex(self.window_to.findData(target.window[1]))
        else:
            self.window_to.setCurrentIndex(11)
        window = QtWidgets.QWidget()
        window_row = QtWidgets.QHBoxLayout(window)
        window_row.setContentsMargins(0, 0, 0, 0)
        to_label = QtWidgets.QLabel(self.tr("t&ill"))
        to_label.setBuddy(self.window_to)
        self.window_to.setAccessibleName(self.tr("Sista månaden"))
        window_row.addWidget(self.window_from, 1)
        window_row.addWidget(to_label)
        window_row.addWidget(self.window_to, 1)
        window.setFocusProxy(self.window_from)
        self.days_box, self.days = check_group(
            [(str(d), t(f"weekdays.{d}", lang)) for d in range(1, 8)],
            {str(d) for d in target.weekdays} if target else set(),
            7,
            self.tr("Veckodag"),
        )
        self.description = QtWidgets.QLineEdit(target.description if target else "")
        self.description.setPlaceholderText(
            self.tr("Valfri: visas i stället för målet i siffror")
        )
        self.days_box.setToolTip(self.tr("Ingen vald: alla dagar räknas."))

        self.rows(
            {
                "promise_code": self.tr("K&od"),
                "promise_area": self.tr("&Fokusområde"),
                "promise_text": self.tr("Löftes&text"),
                "promise_parties": self.tr("&Parter"),
                "promise_types": self.tr("Aktivitetst&yper som räknas"),
            },
            {
                "promise_code": self.code,
                "promise_area": self.area,
                "promise_text": self.text,
                "promise_parties": self.parties_box,
                "promise_types": self.types_box,
            },
        )
        self.target_box = QtWidgets.QGroupBox(self.tr("Mål"))
        self.target_form = QtWidgets.QFormLayout(self.target_box)
        saved_form, self.form = self.form, self.target_form
        self.rows(
            {
                "target_kind": self.tr("Må&ltyp"),
                "target_low": self.tr("&Antal (N)"),
                "target_high": self.tr("Till och me&d (M)"),
                "target_unit": self.tr("&Enhet"),
                "target_per": self.tr("&Gäller per"),
                "target_window": self.tr("Må&nader"),
                "target_weekdays": self.tr("&Veckodagar"),
                "target_description": self.tr("&Beskrivning"),
            },
            {
                "target_kind": self.kind,
                "target_low": self.low,
                "target_high": self.high,
                "target_unit": self.unit,
                "target_per": self.per,
                "target_window": window,
                "target_weekdays": self.days_box,
                "target_description": self.description,
            },
        )
        self.form = saved_form
        self.window_from.setAccessibleName(self.tr("Första månaden, eller hela året"))
        self.lock_note = QtWidgets.QLabel()
        self.lock_note.setWordWrap(True)
        self.lock_note.setAccessibleName(self.tr("Låst mål"))
        self.lock_note.hide()
        locked = self.editor.target_lock(promise.code) if promise else None
        if locked:
            self.lock_note.setText(
                self.tr(
                    "Perioden %1 är låst efter uppföljning: målet och vilka "
                    "aktivitetstyper som räknas kan inte ändras förrän den låses upp."
                ).replace("%1", locked)
            )
            self.lock_note.show()
            self.target_box.setEnabled(False)
            self.types_box.setEnabled(False)
        self.intro.setText(
            self.tr(
                "Aktiviteter av de valda typerna räknas mot målet. Med månader "
                "och veckodagar räknas bara aktiviteter inom dem (t.ex. torsdagar "
                "och söndagar januari–april); utan valda veckodagar räknas alla "
                "dagar. Ändringen sparas i historiken och följer med synkpaketen."
            )
        )
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.window_from.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        self.finish(self.lock_note, self.target_box)

        def apply() -> Promise:
            draft = self.draft()
            if promise is None:
                return self.editor.add_promise(draft)
            return self.editor.edit_promise(promise.code, draft)

        self.apply = apply

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.low.setEnabled(kind in ("min", "range", "max"))
        self.high.setEnabled(kind == "range")
        self.window_to.setEnabled(bool(self.window_from.currentData()))

    def draft(self) -> PromiseDraft:
        first = int(self.window_from.currentData() or 0)
        window = (first, int(self.window_to.currentData())) if first else None
        return PromiseDraft(
            code=self.code.text(),
            focus_area=str(self.area.currentData() or ""),
            text=plain(self.text),
            parties=[k for k, cb in self.parties.items() if cb.isChecked()],
            activity_types=[k for k, cb in self.types.items() if cb.isChecked()],
            target=TargetDraft(
                kind=str(self.kind.currentData()),
                low=self.low.text(),
                high=self.high.text(),
                unit=str(self.unit.currentData()),
                per=str(self.per.currentData()),
                window=window,
                weekdays=[int(k) for k, cb in self.days.items() if cb.isChecked()],
                description=self.description.text(),
            ),
        )

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(760, super().sizeHint().height())
