"""The fields of one activity, shared by the quick-log page and the edit dialog.

The form only gathers input into an `ActivityDraft` and shows the errors a service
raised next to their fields; every rule lives in `domain.validation`.
"""

from __future__ import annotations

import itertools

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.model import Activity, Promise
from lofte_desktop.domain.pii import find_personal_numbers
from lofte_desktop.domain.progress import format_figure
from lofte_desktop.domain.texts import field_name, t
from lofte_desktop.domain.types import (
    DEFAULT_TYPES,
    ActivityType,
    ActivityTypeInfo,
    ActivityTypes,
    Status,
)
from lofte_desktop.domain.validation import ActivityDraft, parse_date
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.widgets.date_field import DateField
from lofte_desktop.ui.widgets.enter_moves import EnterMovesOn
from lofte_desktop.ui.widgets.field_errors import FieldErrors


class ActivityForm(QtWidgets.QWidget):
    """Type, date, party, place, hours/count (as the type needs), promises, note.

    `changed` fires on every edit. Tab and Enter go to the next field; Enter in the
    last field (the note) or Ctrl+Enter anywhere fires `submitted` (Shift+Enter makes
    a new line in the note).
    """

    changed = QtCore.Signal()
    submitted = QtCore.Signal()
    piiChanged = QtCore.Signal(bool)

    def __init__(
        self,
        ui: UiContext,
        parent: QtWidgets.QWidget | None = None,
        *,
        show_start_time: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self._filling = False
        self._promises: list[Promise] = []
        #: The types offered: those of the agreement of the typed date.
        self._types: ActivityTypes = DEFAULT_TYPES
        #: The type of the activity being edited (kept even when since retired).
        self._existing_type: str | None = None
        self.type_box = QtWidgets.QComboBox()
        self.date_field = DateField()
        self.party_box = QtWidgets.QComboBox()
        self.place_box = QtWidgets.QComboBox()
        self.place_box.setEditable(True)
        self.place_box.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        self.hours_edit = QtWidgets.QLineEdit()
        self.count_edit = QtWidgets.QLineEdit()
        self.status_box = QtWidgets.QComboBox()
        for st in Status:
            self.status_box.addItem("", st.value)
        self.time_edit = QtWidgets.QLineEdit()
        self.promise_list = QtWidgets.QListWidget()
        self.promise_list.setMinimumHeight(180)
        self.promise_list.setWordWrap(True)
        self.promise_list.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.promise_list.setHorizontalScrollBarPolicy(
            QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.note_edit = QtWidgets.QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(70)
        self.note_edit.setMaximumHeight(140)
        self.pii_label = QtWidgets.QLabel()
        self.pii_label.setObjectName("piiWarning")
        self.pii_label.setWordWrap(True)
        self.pii_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.pii_label.hide()

        # Errors of a field the form does not show (a start time) go under the note.
        self.field_errors = FieldErrors("note")
        self.errors = self.field_errors.labels

        self.labels: dict[str, QtWidgets.QLabel] = {}
        self.form = QtWidgets.QFormLayout(self)
        self.form.setFieldGrowthPolicy(
            QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        rows: list[tuple[str, QtWidgets.QWidget]] = [
            ("type", self.type_box),
            ("date", self.date_field),
            ("party", self.party_box),
            ("place", self.place_box),
            ("hours", self.hours_edit),
            ("count", self.count_edit),
            ("status", self.status_box),
        ]
        if show_start_time:
            rows.append(("start_time", self.time_edit))
        rows += [("promises", self.promise_list), ("note", self.note_edit)]
        self._rows = dict(rows)
        self._boxes: dict[str, QtWidgets.QWidget] = {}
        for name, widget in rows:
            extra = (self.pii_label,) if name == "note" else ()
            box = self.field_errors.box(name, widget, *extra)
            self._boxes[name] = box
            label = QtWidgets.QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            self.form.addRow(label, box)
        self.show_start_time = show_start_time

        for w in (self.hours_edit, self.count_edit, self.time_edit):
            w.textChanged.connect(self._emit_changed)
        self.place_box.editTextChanged.connect(self._emit_changed)
        self.party_box.currentIndexChanged.connect(self._emit_changed)
        self.status_box.currentIndexChanged.connect(self._emit_changed)
        self.date_field.textChanged.connect(self._emit_changed)
        self.date_field.textChanged.connect(self._fill_types)
        self.promise_list.itemChanged.connect(self._emit_changed)
        self.type_box.currentIndexChanged.connect(self._type_changed)
        self.note_edit.textChanged.connect(self._note_changed)
        self.enter = EnterMovesOn(list(self._rows.values()), self.submitted.emit, self)
        chain = self.tab_chain()
        for a, b in itertools.pairwise(chain):
            QtWidgets.QWidget.setTabOrder(a, b)
        self.reload()
        self.retranslate()

    # --- data ----------------------------------------------------------------
    def reload(self) -> None:
        """Reads parties, places and promises from the services."""
        svc = self.ui.services
        self._filling = True
        try:
            if not svc.ctx.has_agreement():
                return
            party = self.party_box.currentText()
            self.party_box.clear()
            self.party_box.addItems(list(svc.agreement.agreement().parties))
            if party:
                self.party_box.setCurrentText(party)
            place = self.place_box.currentText()
            self.place_box.clear()
            self.place_box.addItems(sorted({p.name for p in svc.agreement.places()}))
            self.place_box.setCurrentText(place)
            a = svc.agreement.agreement()
            self.date_field.set_range(a.start, a.end)
            self._promises = svc.agreement.promises()
        finally:
            self._filling = False
        self._fill_types(force=True)
        self._fill_promises(self.checked_promises())

    def _agreement_types(self) -> ActivityTypes:
        """The types of the agreement the typed date belongs to (of the one in use
        while the date is not a date yet)."""
        svc = self.ui.services
        if not svc.ctx.has_agreement():
            return DEFAULT_TYPES
        try:
            day = parse_date(self.date_field.text())
        except ValidationError:
            return svc.agreement.activity_types()
        return svc.agreement.on(day).activity_types()

    def _fill_types(self, *_: object, force: bool = False) -> None:
        """Offers the agreement's types that are not retired (and the edited
        activity's own type, even if it is), in the agreement's order."""
        types = self._agreement_types()
        if types == self._types and not force:
            return
        self._types = types
        current = self.type_box.currentData()
        offered = [
            i for i in types if not i.retired or i.code in (self._existing_type, None)
        ]
        was_filling, self._filling = self._filling, True
        self.type_box.blockSignals(True)
        self.type_box.clear()
        for info in offered:
            self.type_box.addItem(info.label(self.ui.language), info.code)
        if current is not None:
            self.set_type(str(current))
        self.type_box.blockSignals(False)
        self._filling = was_filling
        self._type_changed()

    def type_info(self) -> ActivityTypeInfo:
        """The chosen type as the agreement defines it."""
        return self._types.info(self.activity_type())

    def _fill_promises(self, checked: list[str]) -> None:
        suggested = {p.code for p in self._suggested()}
        self._filling = True
        self.promise_list.clear()
        ordered = sorted(self._promises, key=lambda p: (p.code not in suggested, 0))
        for p in ordered:
            text = f"{p.code}  {p.text}"
            item = QtWidgets.QListWidgetItem(text)
            item.setToolTip(p.text)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, p.code)
            item.setFlags(item.flags() | QtCore.Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                QtCore.Qt.CheckState.Checked
                if p.code in checked
                else QtCore.Qt.CheckState.Unchecked
            )
            if p.code in suggested:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.promise_list.addItem(item)
        self._filling = False

    def _suggested(self) -> list[Promise]:
        if not self.ui.services.ctx.has_agreement():
            return []
        return self.ui.services.agreement.promises_for_type(self.activity_type())

    def activity_type(self) -> str:
        return str(self.type_box.currentData() or ActivityType.OTHER.value)

    def checked_promises(self) -> list[str]:
        out = []
        for i in range(self.promise_list.count()):
            item = self.promise_list.item(i)
            if item.checkState() == QtCore.Qt.CheckState.Checked:
                out.append(str(item.data(QtCore.Qt.ItemDataRole.UserRole)))
        return out

    def set_type(self, code: str) -> None:
        i = self.type_box.findData(code)
        if i >= 0:
            self.type_box.setCurrentIndex(i)

    def set_activity(self, a: Activity) -> None:
        """Fills every field from an existing activity (the edit dialog)."""
        self._existing_type = a.activity_type
        self.date_field.set_date(a.date)
        self._fill_types(force=True)
        self.set_type(a.activity_type)
        self.party_box.setCurrentText(a.party)
        self.place_box.setCurrentText(a.place or "")
        self.hours_edit.setText(format_figure(a.hours, self.ui.language))
        self.count_edit.setText(format_figure(a.count, self.ui.language))
        self.status_box.setCurrentIndex(self.status_box.findData(a.status.value))
        self.time_edit.setText(a.start_time or "")
        self._fill_promises(list(a.promise_codes))
        self.note_edit.setPlainText(a.note)

    def draft(self) -> ActivityDraft:
        info = self.type_info()
        return ActivityDraft(
            activity_type=self.activity_type(),
            promise_codes=self.checked_promises(),
            date=self.date_field.text(),
            party=self.party_box.currentText(),
            hours=self.hours_edit.text() if info.uses_hours else None,
            count=self.count_edit.text() if info.uses_count else None,
            place=self.place_box.currentText() if "place" in info.fields else None,
            status=str(self.status_box.currentData()),
            note=self.note_edit.toPlainText(),
            start_time=self.time_edit.text()
            if self.show_start_time and "start_time" in info.fields
            else None,
            existing_type=self._existing_type,
        )

    # --- feedback ------------------------------------------------------------
    def clear_errors(self) -> None:
        self.field_errors.clear()

    def show_errors(self, exc: ValidationError, *, focus: bool = False) -> None:
        """Puts every error next to its field. `focus` (after a save the user tried):
        the first wrong field gets the keyboard; otherwise focus stays put."""
        self.field_errors.show(exc, focus=focus)

    def has_pii(self) -> bool:
        return bool(find_personal_numbers(self.note_edit.toPlainText())) or bool(
            find_personal_numbers(self.place_box.currentText())
        )

    def _note_changed(self) -> None:
        matches = find_personal_numbers(self.note_edit.toPlainText())
        if matches:
            self.pii_label.setText(
                self.tr(
                    "Anteckningen innehåller något som ser ut som ett personnummer "
                    "(%1). Ta bort det: loggen får inte innehålla personnummer eller "
                    "namn på invånare. Det går inte att spara förrän det är borta."
                ).replace("%1", matches[0].masked)
            )
            self.pii_label.show()
        else:
            self.pii_label.hide()
        self.piiChanged.emit(bool(matches))
        self._emit_changed()

    def _emit_changed(self, *_: object) -> None:
        if not self._filling:
            self.changed.emit()

    def _type_changed(self) -> None:
        info = self.type_info()
        self.form.setRowVisible(self._boxes["hours"], info.uses_hours)
        self.form.setRowVisible(self._boxes["count"], info.uses_count)
        self.form.setRowVisible(self._boxes["place"], "place" in info.fields)
        if "start_time" in self._boxes:
            self.form.setRowVisible(
                self._boxes["start_time"], "start_time" in info.fields
            )
        self._type_changed_labels()
        if not self._filling:
            self._fill_promises([p.code for p in self._suggested()])
        self._emit_changed()

    # --- keyboard ------------------------------------------------------------
    def tab_chain(self) -> list[QtWidgets.QWidget]:
        """Every focusable part, in the order Tab visits them."""
        chain: list[QtWidgets.QWidget] = []
        for widget in self._rows.values():
            if widget is self.date_field:
                chain += [self.date_field.edit, self.date_field.button]
            else:
                chain.append(widget)
        return chain

    def retranslate(self) -> None:
        names = {
            "type": self.tr("&Typ"),
            "date": self.tr("&Datum"),
            "party": self.tr("&Part"),
            "place": self.tr("P&lats"),
            "hours": self.tr("&Timmar"),
            "count": self.tr("&Antal"),
            "status": self.tr("&Status"),
            "start_time": self.tr("Start&tid"),
            "promises": self.tr("Lö&ften"),
            "note": self.tr("A&nteckning"),
        }
        for key, text in names.items():
            if key in self.labels:
                self.labels[key].setText(text + ":")
            widget = self._rows.get(key)
            if widget is not None:
                widget.setAccessibleName(text.replace("&", ""))
        self.date_field.retranslate()
        for i in range(self.type_box.count()):
            info = self._types.info(str(self.type_box.itemData(i)))
            self.type_box.setItemText(i, info.label(self.ui.language))
        for i in range(self.status_box.count()):
            self.status_box.setItemText(i, t(f"status.{self.status_box.itemData(i)}"))
        self.hours_edit.setPlaceholderText(self.tr("t.ex. 2,5"))
        self.time_edit.setPlaceholderText(self.tr("TT:MM, t.ex. 18:30"))
        self.note_edit.setPlaceholderText(
            self.tr("Vad gjordes? Inga namn eller personnummer på invånare.")
        )
        self.promise_list.setToolTip(
            self.tr("Fetstil: löften som typen räknas mot. Mellanslag kryssar i.")
        )
        self._type_changed_labels()

    def _type_changed_labels(self) -> None:
        lang = self.ui.language
        label = self.type_info().count_text(lang) or field_name("count", lang)
        self.labels["count"].setText(label + ":")
        self.count_edit.setAccessibleName(label)
