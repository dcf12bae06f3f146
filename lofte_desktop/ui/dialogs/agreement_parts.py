"""Dialogs for one part of an agreement on Löften: a focus area (name and
lägesbild) and an indicator (baseline and target). Both check inline, in Swedish,
through `services.agreement_edit`; nothing is written until every field is right.
The promise dialog (promise_dialog.py) builds on `PartDialog` too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtWidgets

from lofte_desktop.domain.agreement_edit import FocusAreaDraft, IndicatorDraft
from lofte_desktop.domain.errors import LofteError, ValidationErrors
from lofte_desktop.domain.model import FocusArea, Indicator
from lofte_desktop.domain.progress import format_number
from lofte_desktop.services.agreement_edit import AgreementEditor
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.new_agreement_dialog import checked_rows, show_inline


def text_box(text: str = "", height: int = 96) -> QtWidgets.QPlainTextEdit:
    """A longer text; Tab leaves it (keyboard users are not trapped)."""
    box = QtWidgets.QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def plain(value: Any) -> str:
    return str(
        value.toPlainText()
        if isinstance(value, QtWidgets.QPlainTextEdit)
        else value.text()
    )


class PartDialog(QtWidgets.QDialog):
    """Intro, a form of checked rows, a message line, Spara and Avbryt. `save()`
    runs `apply()` (the service call); its refusals go under their fields."""

    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.editor = AgreementEditor(ui.services.agreement)
        self.saved: Any = None
        self.widgets: dict[str, QtWidgets.QWidget] = {}
        self.errors: dict[str, QtWidgets.QLabel] = {}
        self.form = QtWidgets.QFormLayout()
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Meddelande"))
        self.save_button = QtWidgets.QPushButton(self.tr("&Spara"))
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Spara ändringen"))
        self.cancel_button = QtWidgets.QPushButton(self.tr("Avbryt"))
        self.cancel_button.setAccessibleName(self.tr("Avbryt"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.apply: Callable[[], Any] = lambda: None

    def title(self, title: str) -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def rows(
        self, labels: dict[str, str], widgets: dict[str, QtWidgets.QWidget]
    ) -> None:
        self.widgets.update(widgets)
        self.errors.update(checked_rows(self.form, labels, widgets))

    def finish(self, *extra: QtWidgets.QWidget) -> None:
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        for w in extra:
            layout.addWidget(w)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def save(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.message.clear()
        try:
            self.saved = self.apply()
        except ValidationErrors as exc:
            show_inline(self, exc.errors, self.errors, self.widgets, self.message)
            return
        except LofteError as exc:
            show_inline(self, [exc], {}, {}, self.message)
            return
        self.accept()


class FocusAreaDialog(PartDialog):
    """A new focus area (`area` None) or an existing one's name and lägesbild."""

    def __init__(
        self,
        ui: UiContext,
        area: FocusArea | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(ui, parent)
        self.title(
            self.tr("Nytt fokusområde")
            if area is None
            else self.tr("Ändra fokusområdet")
        )
        self.code = QtWidgets.QLineEdit(area.code if area else "")
        self.code.setReadOnly(area is not None)
        self.name = QtWidgets.QLineEdit(area.name if area else "")
        self.problem = text_box(area.problem if area else "", 140)
        self.rows(
            {
                "area_code": self.tr("K&od"),
                "area_name": self.tr("&Namn"),
                "area_problem": self.tr("&Lägesbild"),
            },
            {
                "area_code": self.code,
                "area_name": self.name,
                "area_problem": self.problem,
            },
        )
        self.intro.setText(
            self.tr(
                "Fokusområdets namn och lägesbild, som de står i medborgarlöftet. "
                "Koden kan inte ändras efteråt."
            )
        )
        self.finish()

        def apply() -> FocusArea:
            draft = FocusAreaDraft(
                self.code.text(), self.name.text(), plain(self.problem)
            )
            if area is None:
                return self.editor.add_focus_area(draft)
            return self.editor.edit_focus_area(area.code, draft)

        self.apply = apply


class IndicatorDialog(PartDialog):
    """An indicator's baseline (value, year) and target (comparison, value, year)."""

    def __init__(
        self,
        ui: UiContext,
        indicator: Indicator,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(ui, parent)
        self.title(self.tr("Ändra indikatorn"))
        lang = ui.language

        def number(v: float | int | None) -> str:
            return "" if v is None else format_number(float(v), lang)

        self.baseline = QtWidgets.QLineEdit(number(indicator.baseline_value))
        self.baseline_year = QtWidgets.QLineEdit(str(indicator.baseline_year))
        self.comparison = QtWidgets.QComboBox()
        for value, text in (
            ("", self.tr("Inget mål")),
            ("<", self.tr("Lägre än (<)")),
            ("<=", self.tr("Högst (≤)")),
            (">", self.tr("Högre än (>)")),
            (">=", self.tr("Minst (≥)")),
            ("=", self.tr("Lika med (=)")),
        ):
            self.comparison.addItem(text, value)
        self.comparison.setCurrentIndex(
            max(0, self.comparison.findData(indicator.target_comparison or ""))
        )
        self.target = QtWidgets.QLineEdit(number(indicator.target_value))
        self.target_year = QtWidgets.QLineEdit(
            "" if indicator.target_year is None else str(indicator.target_year)
        )
        self.rows(
            {
                "indicator_baseline": self.tr("&Utgångsvärde"),
                "indicator_baseline_year": self.tr("Utgångs&år"),
                "indicator_comparison": self.tr("&Mål"),
                "indicator_target": self.tr("Mål&värde"),
                "indicator_target_year": self.tr("Målå&r (valfritt)"),
            },
            {
                "indicator_baseline": self.baseline,
                "indicator_baseline_year": self.baseline_year,
                "indicator_comparison": self.comparison,
                "indicator_target": self.target,
                "indicator_target_year": self.target_year,
            },
        )
        self.intro.setText(
            self.tr("%1 (%2). Värden skrivs med decimalkomma eller punkt.")
            .replace("%1", indicator.name)
            .replace("%2", indicator.unit)
        )
        self.comparison.currentIndexChanged.connect(lambda _i: self._targeted())
        self._targeted()
        self.finish()

        def apply() -> Indicator:
            return self.editor.edit_indicator(
                indicator.code,
                IndicatorDraft(
                    self.baseline.text(),
                    self.baseline_year.text(),
                    str(self.comparison.currentData() or ""),
                    self.target.text(),
                    self.target_year.text(),
                ),
            )

        self.apply = apply

    def _targeted(self) -> None:
        on = bool(self.comparison.currentData())
        self.target.setEnabled(on)
        self.target_year.setEnabled(on)
