"""Planering: month and week calendar of planned and done work, the term planner,
overdue work and double bookings, and the .ics export.

Slots gather input and call one service through the worker; the calendar and the
panel are refreshed when the bridge says plans or activities changed.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.planning import DoubleBooking, PlanItem, TermPlanLine
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import Status
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.planning_done import CancelDialog, DoneDialog
from lofte_desktop.ui.dialogs.planning_edit import PlanDialog
from lofte_desktop.ui.widgets.empty_state import no_agreement_text
from lofte_desktop.ui.widgets.planning_calendar import AREA_COLOURS, CalendarView
from lofte_desktop.ui.widgets.planning_panel import PlanningPanel

MONTHS = (
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "januari"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "februari"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "mars"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "april"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "maj"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "juni"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "juli"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "augusti"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "september"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "oktober"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "november"),
    QtCore.QT_TRANSLATE_NOOP("PlanningPage", "december"),
)


class PlanningPage(QtWidgets.QWidget):
    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._dirty = True
        # The side panel covers a whole term and is slower than a month: it is
        # reloaded only when the term changes or the data did, so paging through
        # months never queues panel jobs ahead of the calendar on the one worker.
        self._panel_term: str | None = None
        self._panel_stale = True
        self._items: dict[str, PlanItem] = {}
        self.dialog: QtWidgets.QDialog | None = None

        self.prev_button = QtWidgets.QToolButton()
        self.prev_button.setText("◀")
        self.today_button = QtWidgets.QPushButton()
        self.next_button = QtWidgets.QToolButton()
        self.next_button.setText("▶")
        self.title = QtWidgets.QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.month_button = QtWidgets.QPushButton()
        self.week_button = QtWidgets.QPushButton()
        for b in (self.month_button, self.week_button):
            b.setCheckable(True)
        self.month_button.setChecked(True)
        group = QtWidgets.QButtonGroup(self)
        group.addButton(self.month_button)
        group.addButton(self.week_button)
        self.new_button = QtWidgets.QPushButton()
        self.ics_button = QtWidgets.QPushButton()
        top = QtWidgets.QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button, self.title):
            top.addWidget(w)
        top.addStretch(1)
        for w in (
            self.month_button,
            self.week_button,
            self.new_button,
            self.ics_button,
        ):
            top.addWidget(w)

        self.calendar = CalendarView()
        self.legend = QtWidgets.QLabel()
        self.legend.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.details = QtWidgets.QLabel()
        self.details.setWordWrap(True)
        self.done_button = QtWidgets.QPushButton()
        self.cancel_button = QtWidgets.QPushButton()
        self.edit_button = QtWidgets.QPushButton()
        self.skip_button = QtWidgets.QPushButton()
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.details, 1)
        for b in (
            self.done_button,
            self.cancel_button,
            self.edit_button,
            self.skip_button,
        ):
            actions.addWidget(b)
        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar, 1)
        left_layout.addWidget(self.legend)
        left_layout.addLayout(actions)
        self.panel = PlanningPanel()
        splitter = QtWidgets.QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 330])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.new_button.clicked.connect(lambda: self.new_plan())
        self.ics_button.clicked.connect(self.export_ics)
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.skip_button.clicked.connect(self.skip_selected)
        self.calendar.itemSelected.connect(self._selected)
        self.calendar.itemActivated.connect(self._activated)
        self.calendar.dayActivated.connect(lambda d, at: self.new_plan(d, at))
        self.calendar.itemDropped.connect(self.move_item)
        self.panel.itemPicked.connect(self._picked)
        ui.bridge.plansChanged.connect(self._changed)
        ui.bridge.activitiesChanged.connect(self._changed)
        ui.bridge.agreementChanged.connect(self._changed)
        ui.bridge.dataChanged.connect(self._changed)
        self._setup_areas()
        self.calendar.set_view("month", self._start_day())
        self.retranslate()
        self._update_buttons()

    # --- set-up ------------------------------------------------------------------
    def _setup_areas(self) -> None:
        svc = self.ui.services
        if not svc.ctx.has_agreement():
            return
        areas = svc.agreement.focus_areas()
        self.calendar.set_areas([a.code for a in areas])
        chips = [
            f'<span style="color:{AREA_COLOURS[i % len(AREA_COLOURS)]}">■</span> '
            f"{a.name}"
            for i, a in enumerate(areas)
        ]
        self.legend.setText("&nbsp;&nbsp;".join(chips))

    def _start_day(self) -> date:
        svc = self.ui.services
        today = svc.ctx.today()
        self.calendar.today = today
        if not svc.ctx.has_agreement():
            return today
        a = svc.agreement.agreement()
        return min(max(today, a.start), a.end)

    # --- navigation --------------------------------------------------------------
    def activate(self, **kwargs: Any) -> None:
        if "day" in kwargs:
            self.calendar.set_view(self.calendar.mode, kwargs["day"])
            self._dirty = True
        if self._dirty:
            self.refresh()

    def _changed(self, _event: object) -> None:
        self._dirty = True
        self._panel_stale = True
        if self.isVisible():
            self.refresh()

    def step(self, direction: int) -> None:
        anchor = self.calendar.anchor
        if self.calendar.mode == "month":
            month = anchor.month - 1 + direction
            anchor = date(anchor.year + month // 12, month % 12 + 1, 1)
        else:
            anchor = anchor + timedelta(days=7 * direction)
        self.calendar.set_view(self.calendar.mode, anchor)
        self.refresh()

    def go_today(self) -> None:
        """Today itself (LOFTE_TODAY when pinned), also after the agreement has
        ended: only the first view is kept inside the agreement."""
        today = self.ui.services.ctx.today()
        self.calendar.today = today
        self.calendar.set_view(self.calendar.mode, today)
        self.refresh()

    def set_mode(self, mode: str) -> None:
        self.month_button.setChecked(mode == "month")
        self.week_button.setChecked(mode == "week")
        self.calendar.set_view(mode, self.calendar.anchor)
        self.refresh()

    # --- loading -----------------------------------------------------------------
    def refresh(self) -> None:
        """Loads the visible span, then the panel for the anchor's term."""
        self._dirty = False
        self._update_title()
        svc = self.ui.services
        if not svc.ctx.has_agreement():
            return
        start, end = self.calendar.span()
        self.ui.worker.run(
            lambda: svc.planning.items(start, end), on_done=self._show_items
        )
        anchor = self.calendar.anchor
        term = svc.ctx.calendar().term_of(anchor).code
        if self._panel_stale or term != self._panel_term:
            self._panel_term, self._panel_stale = term, False
            self.ui.worker.run(
                lambda: self._panel_data(anchor), on_done=self._show_panel
            )

    def _panel_data(
        self, anchor: date
    ) -> tuple[str, list[TermPlanLine], list[PlanItem], list[DoubleBooking]]:
        """Runs on the worker: term planner, overdue and clashes for the term."""
        plan = self.ui.services.planning
        term = self.ui.services.ctx.calendar().term_of(anchor)
        return (
            term.code,
            plan.reader.term_plan(term),
            plan.overdue(),
            plan.double_bookings(term.start, term.end),
        )

    def _show_items(self, items: list[PlanItem]) -> None:
        self._items = {i.key: i for i in items}
        self.calendar.set_items(items)
        if self.calendar.selected not in self._items:
            self.calendar.selected = None
        self._update_buttons()

    def _show_panel(
        self, data: tuple[str, list[TermPlanLine], list[PlanItem], list[DoubleBooking]]
    ) -> None:
        self.panel.set_data(*data)

    def _update_title(self) -> None:
        a = self.calendar.anchor
        if self.calendar.mode == "month":
            month = QtCore.QCoreApplication.translate(
                "PlanningPage", str(MONTHS[a.month - 1])
            )
            self.title.setText(f"{month.capitalize()} {a.year}")
        else:
            start, end = self.calendar.span()
            week = start.isocalendar().week
            self.title.setText(
                self.tr("Vecka %1, %2 – %3")
                .replace("%1", str(week))
                .replace("%2", start.isoformat())
                .replace("%3", end.isoformat())
            )

    # --- selection ---------------------------------------------------------------
    def selected_item(self) -> PlanItem | None:
        key = self.calendar.selected
        return self._items.get(key) if key else None

    def select(self, key: str) -> None:
        self.calendar.selected = key
        self._selected(key)

    def _selected(self, _key: str) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected_item()
        planned = item is not None and item.status is Status.PLANNED
        for b in (self.done_button, self.cancel_button, self.edit_button):
            b.setEnabled(planned)
        self.skip_button.setEnabled(
            planned and item is not None and bool(item.series_id)
        )
        self.details.setText(self._describe(item) if item else "")
        self.calendar.update()

    def _describe(self, item: PlanItem) -> str:
        parts = [
            f"{item.start:%Y-%m-%d %H:%M}" if item.timed else f"{item.day}",
            item.type_label(self.ui.language),
            ", ".join(item.promise_codes),
            item.place or "",
            t(f"status.{item.status.value}"),
        ]
        if item.series_id:
            parts.append(self.tr("serie"))
        if item.cancel_reason:
            parts.append(item.cancel_reason)
        return " · ".join(p for p in parts if p)

    def _activated(self, key: str) -> None:
        self.select(key)
        item = self.selected_item()
        if item is not None and item.status is Status.PLANNED:
            self.mark_done()

    def _picked(self, key: str, day: date) -> None:
        self.calendar.set_view(self.calendar.mode, day)
        self.calendar.selected = key
        self.refresh()

    # --- actions -----------------------------------------------------------------
    def _open(self, dialog: QtWidgets.QDialog) -> QtWidgets.QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def new_plan(
        self, day: date | None = None, at: time | None = None
    ) -> PlanDialog | None:
        if not self.ui.services.ctx.has_agreement():
            self.ui.dialogs.info(self.tr("Inget medborgarlöfte"), no_agreement_text())
            return None
        dlg = PlanDialog(self.ui, day=day or self.calendar.anchor, at=at, parent=self)
        self._open(dlg)
        return dlg

    def edit_selected(self) -> PlanDialog | None:
        item = self.selected_item()
        if item is None or item.status is not Status.PLANNED:
            return None
        dlg = PlanDialog(self.ui, item=item, parent=self)
        self._open(dlg)
        return dlg

    def mark_done(self) -> DoneDialog | None:
        item = self.selected_item()
        if item is None or item.status is not Status.PLANNED:
            return None
        dlg = DoneDialog(self.ui, item, parent=self)
        self._open(dlg)
        return dlg

    def cancel_selected(self) -> CancelDialog | None:
        item = self.selected_item()
        if item is None or item.status is not Status.PLANNED:
            return None
        dlg = CancelDialog(self.ui, item, parent=self)
        self._open(dlg)
        return dlg

    def skip_selected(self) -> None:
        item = self.selected_item()
        if item is None or not item.series_id:
            return
        ok = self.ui.dialogs.confirm(
            self.tr("Hoppa över"),
            self.tr("Hoppa över tillfället %1? Resten av serien finns kvar.").replace(
                "%1", f"{item.day}"
            ),
        )
        if ok:
            plan = self.ui.services.planning
            self.ui.worker.run(
                lambda: plan.skip(item.key), on_done=lambda _r: self.refresh()
            )

    def move_item(self, key: str, day: date, at: time | None) -> None:
        """A drop: moves this one occurrence (the rest of a series stays)."""
        plan = self.ui.services.planning
        when = at.strftime("%H:%M") if at else None
        self.ui.worker.run(
            lambda: plan.move(key, day, when), on_done=lambda _r: self.refresh()
        )

    def export_ics(self) -> QtWidgets.QDialog:
        """The export dialog: parties (the user's own by default), types, series."""
        from lofte_desktop.ui.dialogs.ics_export_dialog import IcsExportDialog

        dlg = IcsExportDialog(self.ui, parent=self)
        self.dialog = dlg
        dlg.open()
        return dlg

    # --- texts -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.today_button.setText(self.tr("Idag"))
        self.prev_button.setToolTip(self.tr("Föregående"))
        self.next_button.setToolTip(self.tr("Nästa"))
        self.month_button.setText(self.tr("Månad"))
        self.week_button.setText(self.tr("Vecka"))
        self.new_button.setText(self.tr("Ny planering…"))
        self.ics_button.setText(self.tr("Exportera .ics…"))
        self.done_button.setText(self.tr("Markera genomförd…"))
        self.cancel_button.setText(self.tr("Ställ in…"))
        self.edit_button.setText(self.tr("Ändra…"))
        self.skip_button.setText(self.tr("Hoppa över"))
        self.calendar.setToolTip(
            self.tr(
                "Dubbelklicka på en dag för att planera. Dra ett tillfälle till en "
                "annan dag för att flytta just det tillfället."
            )
        )
        self._update_title()
        self._update_buttons()
        self.calendar.update()
