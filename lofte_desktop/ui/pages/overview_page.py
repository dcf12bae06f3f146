"""Översikt: every focus area and promise against its target for a chosen period,
presence hours against the same period a year before, and the indicators.

Clicking a promise opens Aktiviteter filtered on it and the period.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.model import FocusArea
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.progress import format_number, indicator_value
from lofte_desktop.domain.types import ProgressStatus
from lofte_desktop.services.progress_figures import (
    DashboardFigures,
    IndicatorStatus,
    PresenceComparison,
    PromiseProgress,
)
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.widgets.scroll import scrolling

STATUS_COLOURS = {
    ProgressStatus.MET: "#2e8b57",
    ProgressStatus.ON_TRACK: "#2a7fd4",
    ProgressStatus.BEHIND: "#d9822b",
    ProgressStatus.NOT_STARTED: "#8a8a8a",
}


class OverviewPage(QtWidgets.QWidget):
    #: The figures for the chosen period are on screen.
    figuresShown = QtCore.Signal()

    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._periods: list[Period] = []
        self._dirty = True
        self._waiting_for_services = False
        self.figures_on_screen = False
        self._generation = 0
        self.promise_buttons: dict[str, QtWidgets.QPushButton] = {}
        self.status_labels: dict[str, QtWidgets.QLabel] = {}
        self.summary_labels: dict[str, QtWidgets.QLabel] = {}
        self.bars: dict[str, QtWidgets.QProgressBar] = {}

        self.heading = QtWidgets.QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.period_label = QtWidgets.QLabel()
        self.period_box = QtWidgets.QComboBox()
        self.period_box.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents
        )
        self.period_label.setBuddy(self.period_box)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.period_label)
        top.addWidget(self.period_box)

        self.content = QtWidgets.QWidget()
        self.content_layout = QtWidgets.QVBoxLayout(self.content)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scrolling(self.content), 1)

        self.period_box.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.bridge.activitiesChanged.connect(self._changed)
        ui.bridge.indicatorsChanged.connect(self._changed)
        ui.bridge.agreementChanged.connect(self._agreement_changed)
        ui.bridge.dataChanged.connect(self._agreement_changed)
        ui.bridge.servicesReady.connect(self._services_ready)
        self._fill_periods()
        self.retranslate()

    # --- periods -------------------------------------------------------------
    def _fill_periods(self) -> None:
        current = self.period()
        quick = self.ui.quick
        if not self.ui.ready:
            # The services are still opening on the worker: the first paint's
            # periods, or none until they are open (`_services_ready`).
            if quick is None:
                return
            self._periods = list(quick.periods)
            captions = [p.label(self.ui.language) for p in self._periods]
            wanted = current or quick.period
        else:
            svc = self.ui.services
            if not svc.ctx.has_agreement():
                return
            # Every agreement's periods, newest agreement first (history kept).
            items = svc.progress.all_periods(self.ui.language)
            self._periods = [p for p, _ in items]
            captions = [c for _, c in items]
            wanted = current or svc.progress.period()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for p, caption in zip(self._periods, captions, strict=True):
            self.period_box.addItem(caption, p.code)
        i = self.period_box.findData(wanted.code)
        self.period_box.setCurrentIndex(max(i, 0))
        self.period_box.blockSignals(False)

    def period(self) -> Period | None:
        i = self.period_box.currentIndex()
        return self._periods[i] if 0 <= i < len(self._periods) else None

    def set_period(self, code: str) -> None:
        i = self.period_box.findData(code)
        if i >= 0:
            self.period_box.setCurrentIndex(i)

    # --- refresh -------------------------------------------------------------
    def activate(self, **kwargs: Any) -> None:
        if "period" in kwargs:
            self.set_period(str(kwargs["period"]))
        if self._dirty:
            self.refresh()

    def _changed(self, _event: object) -> None:
        # A hidden page counts when it is shown again (`activate`); the next
        # start needs nothing from it (the activity totals are always current).
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def _services_ready(self) -> None:
        """Once the services are open: count now if the first paint had no figures
        (or none was possible), or if the user picked another period meanwhile."""
        if not self._periods:
            self._fill_periods()
            self._waiting_for_services = True
        if self._waiting_for_services:
            self._waiting_for_services = False
            self.refresh()

    def _agreement_changed(self, _event: object) -> None:
        self._fill_periods()
        self._changed(_event)

    def refresh(self) -> None:
        """Counts the figures for the chosen period on the worker, then shows them.

        On a large log this takes a moment; the page and the rest of the window
        stay usable meanwhile, and an answer for a period the user has since left
        is dropped.
        """
        p = self.period()
        self._dirty = False
        if p is None:
            self._clear()
            return
        self._generation += 1
        generation, lang = self._generation, self.ui.language
        quick = self.ui.quick
        if not self.ui.ready and quick is not None:
            if quick.figures is not None and (p, lang) == (quick.period, quick.lang):
                self._show(generation, quick.figures, lang)
                return
            self._waiting_for_services = True
            self._show_waiting()
            return
        self._show_waiting()
        svc = self.ui.services

        def work() -> DashboardFigures:
            return svc.progress.dashboard(p, lang=lang)

        self.ui.worker.run(work, on_done=lambda f: self._show(generation, f, lang))

    def _show_waiting(self) -> None:
        if self.promise_buttons:
            return  # the old figures stay until the new ones are ready
        self._clear()
        waiting = QtWidgets.QLabel(self.tr("Räknar fram läget …"))
        waiting.setObjectName("waiting")
        self.content_layout.addWidget(waiting)
        self.content_layout.addStretch(1)

    def _show(self, generation: int, figures: DashboardFigures, lang: str) -> None:
        if generation != self._generation:
            return
        self._clear()
        self._add_promises(figures.progress, figures.areas, lang)
        self._add_presence(figures.presence, lang)
        self._add_indicators(figures.indicators, lang)
        self.content_layout.addStretch(1)
        self.figures_on_screen = True
        self.figuresShown.emit()

    def _clear(self) -> None:
        self.promise_buttons.clear()
        self.status_labels.clear()
        self.summary_labels.clear()
        self.bars.clear()
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hidden at once: deleteLater waits for the event loop.
                widget.hide()
                widget.deleteLater()

    def _add_promises(
        self, progress: list[PromiseProgress], areas: list[FocusArea], lang: str
    ) -> None:
        by_area: dict[str, list[PromiseProgress]] = {}
        for pp in progress:
            by_area.setdefault(pp.promise.focus_area_code, []).append(pp)
        for area in areas:
            items = by_area.get(area.code, [])
            if not items:
                continue
            box = QtWidgets.QGroupBox(area.name)
            grid = QtWidgets.QGridLayout(box)
            grid.setColumnStretch(1, 1)
            for row, pp in enumerate(items):
                self._promise_row(grid, row, pp, lang)
            self.content_layout.addWidget(box)

    def _promise_row(
        self, grid: QtWidgets.QGridLayout, row: int, pp: PromiseProgress, lang: str
    ) -> None:
        code = pp.promise.code
        button = QtWidgets.QPushButton(code)
        button.setFlat(True)
        button.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        button.setToolTip(self.tr("Visa aktiviteterna för %1").replace("%1", code))
        button.setAccessibleName(
            self.tr("Visa aktiviteterna för löfte %1").replace("%1", code)
        )
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        button.clicked.connect(lambda _c=False, c=code: self.open_promise(c))
        text = QtWidgets.QLabel(pp.promise.text)
        text.setWordWrap(True)
        summary = QtWidgets.QLabel(f"{pp.summary(lang)}  ·  {pp.target_text}")
        summary.setWordWrap(True)
        summary.setObjectName(f"summary_{code}")
        status = QtWidgets.QLabel(pp.status_label(lang))
        # Nothing to reach in this period: grey, as a promise not yet started.
        colour = STATUS_COLOURS[
            ProgressStatus.NOT_STARTED if pp.outside_window else pp.status
        ]
        status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        status.setMinimumWidth(90)
        bar = QtWidgets.QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(pp.fraction * 100))
        bar.setFixedWidth(170)
        bar.setAccessibleName(self.tr("Framsteg för löfte %1").replace("%1", code))
        bar.setStyleSheet(
            f"QProgressBar::chunk {{ background-color: {colour}; }}"
            "QProgressBar { text-align: center; }"
        )
        cell = QtWidgets.QWidget()
        col = QtWidgets.QVBoxLayout(cell)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(text)
        col.addWidget(summary)
        grid.addWidget(button, row, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        grid.addWidget(cell, row, 1)
        grid.addWidget(bar, row, 2, QtCore.Qt.AlignmentFlag.AlignTop)
        grid.addWidget(status, row, 3, QtCore.Qt.AlignmentFlag.AlignTop)
        self.promise_buttons[code] = button
        self.status_labels[code] = status
        self.summary_labels[code] = summary
        self.bars[code] = bar

    def _add_presence(self, pc: PresenceComparison, lang: str) -> None:
        box = QtWidgets.QGroupBox(self.tr("Närvaro"))
        row = QtWidgets.QVBoxLayout(box)
        line = (
            self.tr("%1 timmar under %2, mot %3 timmar under %4.")
            .replace("%1", format_number(pc.hours, lang))
            .replace("%2", pc.period.label(lang))
            .replace("%3", format_number(pc.previous_hours, lang))
            .replace("%4", pc.previous_period.label(lang))
        )
        change = pc.change_pct
        if change is not None:
            line += " " + self.tr("Förändring: %1 %.").replace(
                "%1", ("+" if change >= 0 else "") + format_number(round(change), lang)
            )
        self.presence_label = QtWidgets.QLabel(line)
        self.presence_label.setObjectName("presence")
        self.presence_label.setWordWrap(True)
        row.addWidget(self.presence_label)
        self.content_layout.addWidget(box)

    def _add_indicators(self, statuses: list[IndicatorStatus], lang: str) -> None:
        box = QtWidgets.QGroupBox(self.tr("Indikatorer"))
        grid = QtWidgets.QGridLayout(box)
        heads = [
            self.tr("Indikator"),
            self.tr("Utgångsläge"),
            self.tr("Senaste värde"),
            self.tr("Mål"),
            self.tr("Når målet"),
        ]
        for c, h in enumerate(heads):
            label = QtWidgets.QLabel(f"<b>{h}</b>")
            grid.addWidget(label, 0, c)
        grid.setColumnStretch(0, 1)
        for r, st in enumerate(statuses, start=1):
            ind = st.indicator
            name = QtWidgets.QLabel(ind.name)
            name.setWordWrap(True)
            base = (
                f"{indicator_value(ind.baseline_value, ind.unit, lang)} "
                f"({ind.baseline_year})"
            )
            latest = (
                f"{indicator_value(st.latest.value, ind.unit, lang)} ({st.latest.year})"
                if st.latest
                else self.tr("inget värde ännu")
            )
            meets = {
                True: self.tr("Ja"),
                False: self.tr("Nej"),
                None: "–",
            }[st.meets_target]
            for c, text in enumerate([base, latest, st.target_text(lang), meets], 1):
                grid.addWidget(QtWidgets.QLabel(text), r, c)
            grid.addWidget(name, r, 0)
        self.content_layout.addWidget(box)

    def open_promise(self, code: str) -> None:
        p = self.period()
        kwargs: dict[str, Any] = {"promise": code}
        if p is not None:
            kwargs["period"] = p.code
        self.ui.navigate("activities", **kwargs)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Översikt"))
        self.period_label.setText(self.tr("&Period:"))
        self.period_box.setAccessibleName(self.tr("Period"))
        self._fill_periods()
        self._dirty = True
        if self.isVisible():
            self.refresh()
