"""Löften och indikatorer: the place to manage agreements. Choose the agreement
to view, start a new one (renew, catalogue file, from scratch), change it (name,
parties, period, cadence), its focus areas, promises and targets, and its
indicators; enter an indicator's yearly value."""

from __future__ import annotations

import html
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from lofte_desktop.domain.agreements import newest_first
from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.model import Agreement, IndicatorMeasurement
from lofte_desktop.domain.progress import (
    describe_target,
    format_number,
    indicator_value,
)
from lofte_desktop.services.events import AgreementChanged
from lofte_desktop.ui.context import UiContext

CODE_ROLE = QtCore.Qt.ItemDataRole.UserRole


class PromisesPage(QtWidgets.QWidget):
    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.tree = QtWidgets.QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(False)
        self.details = QtWidgets.QTextBrowser()
        self.details.setOpenLinks(False)
        # The viewed agreement's parts: add, change, remove.
        self.add_area_button = QtWidgets.QPushButton()
        self.add_promise_button = QtWidgets.QPushButton()
        self.edit_part_button = QtWidgets.QPushButton()
        self.remove_part_button = QtWidgets.QPushButton()
        part_row = QtWidgets.QHBoxLayout()
        for b in (
            self.add_area_button,
            self.add_promise_button,
            self.edit_part_button,
            self.remove_part_button,
        ):
            part_row.addWidget(b)
        part_row.addStretch(1)
        left = QtWidgets.QWidget()
        left_col = QtWidgets.QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.tree, 1)
        left_col.addLayout(part_row)
        split = QtWidgets.QSplitter()
        split.addWidget(left)
        split.addWidget(self.details)
        split.setSizes([480, 520])

        self.indicator_box = QtWidgets.QGroupBox()
        self.values = QtWidgets.QTreeWidget()
        self.values.setRootIsDecorated(False)
        self.values.setWordWrap(False)
        self.indicator_combo = QtWidgets.QComboBox()
        self.year_spin = QtWidgets.QSpinBox()
        self.year_spin.setRange(1900, 2999)
        self.value_edit = QtWidgets.QLineEdit()
        self.note_edit = QtWidgets.QLineEdit()
        self.save_button = QtWidgets.QPushButton()
        self.edit_indicator_button = QtWidgets.QPushButton()
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.labels = [QtWidgets.QLabel() for _ in range(4)]
        entry = QtWidgets.QGridLayout()
        for i, (label, w) in enumerate(
            zip(
                self.labels,
                (self.indicator_combo, self.year_spin, self.value_edit, self.note_edit),
                strict=True,
            )
        ):
            label.setBuddy(w)
            entry.addWidget(label, 0, i)
            entry.addWidget(w, 1, i)
        entry.addWidget(self.save_button, 1, 4)
        entry.addWidget(self.edit_indicator_button, 1, 5)
        entry.setColumnStretch(0, 2)
        entry.setColumnStretch(3, 2)
        col = QtWidgets.QVBoxLayout(self.indicator_box)
        col.addWidget(self.values)
        col.addLayout(entry)
        col.addWidget(self.message)

        # The agreements: view any of them, or start a new one.
        self.agreement_label = QtWidgets.QLabel()
        self.agreement_combo = QtWidgets.QComboBox()
        self.agreement_label.setBuddy(self.agreement_combo)
        self.new_button = QtWidgets.QPushButton()
        self.edit_button = QtWidgets.QPushButton()
        self.agreement_info = QtWidgets.QLabel()
        self.agreement_info.setWordWrap(True)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.agreement_label)
        top.addWidget(self.agreement_combo, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.new_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.agreement_info)
        layout.addWidget(split, 3)
        layout.addWidget(self.indicator_box, 2)

        self.tree.currentItemChanged.connect(lambda cur, _prev: self._show(cur))
        self.agreement_combo.activated.connect(self._choose_agreement)
        self.new_button.clicked.connect(lambda: self.new_agreement())
        self.edit_button.clicked.connect(lambda: self.edit_agreement())
        self.save_button.clicked.connect(self.save_value)
        self.add_area_button.clicked.connect(lambda: self.edit_area(None))
        self.add_promise_button.clicked.connect(lambda: self.edit_promise(None))
        self.edit_part_button.clicked.connect(lambda: self.edit_selected())
        self.remove_part_button.clicked.connect(lambda: self.remove_selected())
        self.edit_indicator_button.clicked.connect(lambda: self.edit_indicator())
        self.tree.itemActivated.connect(lambda _item, _col: self.edit_selected())
        self.tree.installEventFilter(self)  # Delete on a row: Ta bort…
        self.value_edit.returnPressed.connect(self.save_value)
        self.note_edit.returnPressed.connect(self.save_value)
        ui.bridge.indicatorsChanged.connect(lambda _e: self._fill_values())
        ui.bridge.dataChanged.connect(lambda _e: self._fill_values())
        ui.bridge.agreementChanged.connect(lambda _e: self.reload())
        self.year_spin.setValue(max(1900, ui.services.ctx.today().year - 1))
        self.retranslate()

    def activate(self, **kwargs: Any) -> None:
        if kwargs.get("new_agreement"):  # offered by Logga for an uncovered date
            QtCore.QTimer.singleShot(0, lambda: self.new_agreement())
        if "indicator" in kwargs:
            i = self.indicator_combo.findData(kwargs["indicator"])
            if i >= 0:
                self.indicator_combo.setCurrentIndex(i)

    # --- agreement -------------------------------------------------------------
    def _fill_agreements(self) -> None:
        svc = self.ui.services
        current = svc.agreement.agreement()
        today = svc.ctx.today()
        with QtCore.QSignalBlocker(self.agreement_combo):
            self.agreement_combo.clear()
            for a in newest_first(svc.agreement.agreements()):
                text = f"{a.name} ({a.start} – {a.end})"
                if a.start <= today <= a.end:
                    text += self.tr(" · gäller i dag")
                self.agreement_combo.addItem(text, a.code)
            self.agreement_combo.setCurrentIndex(
                max(0, self.agreement_combo.findData(current.code))
            )
        parties = ", ".join(current.parties)
        self.agreement_info.setText(
            self.tr("%1 · %2 – %3 · Parter: %4")
            .replace("%1", current.name)
            .replace("%2", current.start.isoformat())
            .replace("%3", current.end.isoformat())
            .replace("%4", parties)
        )

    def _choose_agreement(self, index: int) -> None:
        """Views the chosen agreement in every page: the one today belongs to
        stays date-driven; an earlier or later one is chosen for the session."""
        code = self.agreement_combo.itemData(index)
        svc = self.ui.services
        svc.ctx.choose(None)
        if code:
            # Its municipality becomes the user's own (kept in the settings):
            # between municipalities in one store, that decides the date's agreement.
            svc.set_own_agreement(str(code))
        if code and code != svc.agreement.agreement().code:
            svc.ctx.choose(str(code))
        svc.events.publish(AgreementChanged(str(code or "")))

    def new_agreement(self, start_hint: str = "") -> Agreement | None:
        """Nytt medborgarlöfte…: renew one, add one from a catalogue file, or
        start one from scratch; the new one is then shown, to be edited here."""
        from lofte_desktop.ui.dialogs.new_agreement_dialog import NewAgreementDialog

        dialog = NewAgreementDialog(self.ui, self, start_hint=start_hint)
        dialog.exec()
        if dialog.created is not None:
            self.reload()
            index = self.agreement_combo.findData(dialog.created.code)
            if index >= 0:
                self.agreement_combo.setCurrentIndex(index)
                self._choose_agreement(index)
        return dialog.created

    def edit_agreement(self) -> Agreement | None:
        """Ändra…: the viewed agreement's name, parties and period."""
        from lofte_desktop.ui.dialogs.edit_agreement_dialog import EditAgreementDialog

        svc = self.ui.services
        if not svc.ctx.has_agreement():
            return None
        dialog = EditAgreementDialog(self.ui, svc.agreement.agreement(), self)
        dialog.exec()
        return dialog.saved

    # --- the agreement's parts ---------------------------------------------------
    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QtCore.QEvent.Type.KeyPress
            and isinstance(event, QtGui.QKeyEvent)
            and event.key() == QtCore.Qt.Key.Key_Delete
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, code = item.data(0, CODE_ROLE)
        return str(kind), str(code)

    def edit_area(self, code: str | None) -> object:
        """Nytt fokusområde… (code None), or the chosen one's name and lägesbild."""
        from lofte_desktop.ui.dialogs.agreement_parts import FocusAreaDialog

        svc = self.ui.services
        if not svc.ctx.has_agreement():
            return None
        area = next((a for a in svc.agreement.focus_areas() if a.code == code), None)
        dialog = FocusAreaDialog(self.ui, area, self)
        dialog.exec()
        return dialog.saved

    def edit_promise(self, code: str | None) -> object:
        """Nytt löfte… (code None; in the chosen focus area), or the chosen one."""
        from lofte_desktop.ui.dialogs.promise_dialog import PromiseDialog

        svc = self.ui.services
        if not svc.ctx.has_agreement():
            return None
        promise = svc.agreement.promise(code) if code else None
        chosen = self._selected()
        area = ""
        if chosen and chosen[0] == "area":
            area = chosen[1]
        elif chosen:
            area = svc.agreement.promise(chosen[1]).focus_area_code
        dialog = PromiseDialog(self.ui, promise, self, focus_area=area)
        dialog.exec()
        return dialog.saved

    def edit_selected(self) -> object:
        chosen = self._selected()
        if chosen is None:
            return None
        kind, code = chosen
        return self.edit_area(code) if kind == "area" else self.edit_promise(code)

    def remove_selected(self) -> bool:
        """Ta bort…: the chosen focus area or promise, once confirmed; refused in
        Swedish while anything refers to it."""
        from lofte_desktop.services.agreement_edit import AgreementEditor

        chosen = self._selected()
        if chosen is None:
            return False
        kind, code = chosen
        what = self.tr("fokusområdet %1") if kind == "area" else self.tr("löftet %1")
        what = what.replace("%1", code)
        if not self.ui.dialogs.confirm(
            self.tr("Ta bort"),
            self.tr(
                "Ta bort %1 ur medborgarlöftet? Ändringen sparas i historiken och "
                "följer med synkpaketen."
            ).replace("%1", what),
        ):
            return False
        editor = AgreementEditor(self.ui.services.agreement)
        try:
            if kind == "area":
                editor.remove_focus_area(code)
            else:
                editor.remove_promise(code)
        except LofteError as exc:
            self.ui.dialogs.warning(self.tr("Kan inte tas bort"), exc.message())
            return False
        return True

    def edit_indicator(self) -> object:
        """Ändra utgångsläge och mål… for the indicator chosen below."""
        from lofte_desktop.ui.dialogs.agreement_parts import IndicatorDialog

        code = self.indicator_combo.currentData()
        if not code:
            return None
        dialog = IndicatorDialog(
            self.ui, self.ui.services.agreement.indicator(code), self
        )
        dialog.exec()
        return dialog.saved

    def reload(self) -> None:
        svc = self.ui.services
        self.tree.clear()
        self.indicator_combo.clear()
        self.agreement_combo.clear()
        if not svc.ctx.has_agreement():
            return
        self._fill_agreements()
        promises = svc.agreement.promises()
        first: QtWidgets.QTreeWidgetItem | None = None
        for area in svc.agreement.focus_areas():
            top = QtWidgets.QTreeWidgetItem([area.name])
            top.setData(0, CODE_ROLE, ("area", area.code))
            self.tree.addTopLevelItem(top)
            for p in promises:
                if p.focus_area_code == area.code:
                    child = QtWidgets.QTreeWidgetItem([f"{p.code}  {p.text}"])
                    child.setToolTip(0, p.text)
                    child.setData(0, CODE_ROLE, ("promise", p.code))
                    top.addChild(child)
                    first = first or child
            top.setExpanded(True)
        for ind in svc.agreement.indicators():
            self.indicator_combo.addItem(ind.name, ind.code)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._fill_values()

    def _show(self, item: QtWidgets.QTreeWidgetItem | None) -> None:
        if item is None:
            return
        kind, code = item.data(0, CODE_ROLE)
        svc = self.ui.services
        lang = self.ui.language
        e = html.escape
        if kind == "area":
            area = next(a for a in svc.agreement.focus_areas() if a.code == code)
            self.details.setHtml(f"<h2>{e(area.name)}</h2><p>{e(area.problem)}</p>")
            return
        p = svc.agreement.promise(code)
        names = svc.agreement.activity_types()
        types = ", ".join(names.info(x).label(lang) for x in p.activity_types)
        rows = [
            (self.tr("Parter"), ", ".join(p.parties)),
            (self.tr("Mål"), describe_target(p.target, lang)),
            (self.tr("Räknas från"), types or "–"),
        ]
        if p.target.description:
            rows.append((self.tr("Beskrivning"), p.target.description))
        table = "".join(
            f"<tr><td><b>{e(k)}</b>&nbsp;&nbsp;</td><td>{e(v)}</td></tr>"
            for k, v in rows
        )
        self.details.setHtml(
            f"<h2>{e(p.code)}</h2><p>{e(p.text)}</p><table>{table}</table>"
        )

    # --- indicators ------------------------------------------------------------
    def _fill_values(self) -> None:
        svc = self.ui.services
        self.values.clear()
        if not svc.ctx.has_agreement():
            return
        lang = self.ui.language
        for st in svc.progress.indicators():
            ind = st.indicator

            def fmt(m: IndicatorMeasurement, unit: str = ind.unit) -> str:
                return f"{m.year}: {indicator_value(m.value, unit, lang)}"

            values = "; ".join(fmt(m) for m in st.values) or self.tr("inga värden")
            item = QtWidgets.QTreeWidgetItem(
                [
                    ind.name,
                    f"{indicator_value(ind.baseline_value, ind.unit, lang)} "
                    f"({ind.baseline_year})",
                    st.target_text(lang),
                    values,
                ]
            )
            item.setToolTip(0, ind.description or ind.name)
            item.setToolTip(3, values)
            self.values.addTopLevelItem(item)
        for c in range(3):
            self.values.resizeColumnToContents(c)
            self.values.setColumnWidth(c, self.values.columnWidth(c) + 16)

    def save_value(self) -> None:
        code = self.indicator_combo.currentData()
        if not code:
            return
        year, value, note = (
            self.year_spin.value(),
            self.value_edit.text(),
            self.note_edit.text(),
        )
        self.ui.worker.run(
            lambda: self.ui.services.agreement.set_indicator_value(
                str(code), year, value, note
            ),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, m: IndicatorMeasurement) -> None:
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Sparat: %1 för %2.")
            .replace("%1", format_number(m.value, self.ui.language))
            .replace("%2", str(m.year))
        )
        self.value_edit.clear()
        self.note_edit.clear()

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #c0392b;")
        text = exc.message() if isinstance(exc, LofteError) else str(exc)
        self.message.setText(self.tr("Inte sparat: %1").replace("%1", text))

    def retranslate(self) -> None:
        self.agreement_label.setText(self.tr("&Medborgarlöfte"))
        self.agreement_combo.setAccessibleName(self.tr("Medborgarlöfte att visa"))
        self.new_button.setText(self.tr("&Nytt medborgarlöfte…"))
        self.new_button.setAccessibleName(self.tr("Nytt medborgarlöfte"))
        self.edit_button.setText(self.tr("&Ändra medborgarlöftet…"))
        self.edit_button.setAccessibleName(
            self.tr("Ändra medborgarlöftets namn, parter, period och uppföljning")
        )
        for button, text, name in (
            (
                self.add_area_button,
                self.tr("Nytt &fokusområde…"),
                self.tr("Nytt fokusområde"),
            ),
            (self.add_promise_button, self.tr("Nytt &löfte…"), self.tr("Nytt löfte")),
            (
                self.edit_part_button,
                self.tr("Än&dra valt…"),
                self.tr("Ändra det valda fokusområdet eller löftet"),
            ),
            (
                self.remove_part_button,
                self.tr("&Ta bort…"),
                self.tr("Ta bort det valda fokusområdet eller löftet"),
            ),
            (
                self.edit_indicator_button,
                self.tr("Ändra utgångsläge och &mål…"),
                self.tr("Ändra indikatorns utgångsläge och mål"),
            ),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.agreement_info.setAccessibleName(
            self.tr("Medborgarlöftets period och parter")
        )
        self.tree.setAccessibleName(self.tr("Fokusområden och löften"))
        self.details.setAccessibleName(self.tr("Löftets innehåll"))
        self.indicator_box.setTitle(self.tr("Indikatorer"))
        self.values.setHeaderLabels(
            [
                self.tr("Indikator"),
                self.tr("Utgångsläge"),
                self.tr("Mål"),
                self.tr("Värden per år"),
            ]
        )
        self.values.setAccessibleName(self.tr("Indikatorernas värden"))
        texts = [
            self.tr("&Indikator"),
            self.tr("&År"),
            self.tr("&Värde"),
            self.tr("&Kommentar"),
        ]
        for label, w, text in zip(
            self.labels,
            (self.indicator_combo, self.year_spin, self.value_edit, self.note_edit),
            texts,
            strict=True,
        ):
            label.setText(text)
            w.setAccessibleName(text.replace("&", ""))
        self.save_button.setText(self.tr("&Spara värde"))
        self.save_button.setAccessibleName(self.tr("Spara indikatorvärdet"))
        self.reload()
