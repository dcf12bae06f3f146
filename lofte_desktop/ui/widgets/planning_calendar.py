"""A painted month/week calendar of planned and done work, coloured by focus area.

One widget paints every cell and item itself (no child widget per event), so a
month with thousands of occurrences lays out and paints in milliseconds. Items are
dragged with the mouse (press, move, release on another day or hour); the widget
only emits signals, the page decides what a drop means.
"""

from __future__ import annotations

import calendar as pycal
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6 import QtCore, QtGui, QtWidgets

from lofte_desktop.domain.planning import PlanItem, is_overdue
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import Status

AREA_COLOURS = ("#7b4fa0", "#2a7fd4", "#d9822b", "#2e8b57", "#c0392b", "#16a0a0")
FIRST_HOUR, LAST_HOUR = 7, 23
HEADER = 24


@dataclass
class _Hit:
    rect: QtCore.QRectF
    item: PlanItem


def month_grid(anchor: date) -> tuple[date, date]:
    """First and last day shown for `anchor`'s month: whole weeks, Monday first."""
    first = anchor.replace(day=1)
    start = first - timedelta(days=first.weekday())
    last = first.replace(day=pycal.monthrange(first.year, first.month)[1])
    end = last + timedelta(days=6 - last.weekday())
    return start, end


def week_span(anchor: date) -> tuple[date, date]:
    start = anchor - timedelta(days=anchor.weekday())
    return start, start + timedelta(days=6)


class CalendarView(QtWidgets.QWidget):
    """Month or week view. Signals carry item keys and dates, never items to edit."""

    itemSelected = QtCore.Signal(str)
    itemActivated = QtCore.Signal(str)
    dayActivated = QtCore.Signal(object, object)  # date, time or None
    itemDropped = QtCore.Signal(str, object, object)  # key, date, time or None

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "month"
        self.anchor = date.today()
        self.today = date.today()
        self.items: list[PlanItem] = []
        self.area_colours: dict[str, QtGui.QColor] = {}
        self.selected: str | None = None
        self._hits: list[_Hit] = []
        self._more: dict[date, int] = {}
        self._press: tuple[QtCore.QPointF, PlanItem] | None = None
        self._drag_to: QtCore.QPointF | None = None
        self.setMinimumSize(560, 420)
        self.setMouseTracking(True)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding,
            QtWidgets.QSizePolicy.Policy.Expanding,
        )

    # --- data ------------------------------------------------------------------
    def span(self) -> tuple[date, date]:
        return (
            month_grid(self.anchor) if self.mode == "month" else week_span(self.anchor)
        )

    def set_areas(self, codes: list[str]) -> None:
        self.area_colours = {
            c: QtGui.QColor(AREA_COLOURS[i % len(AREA_COLOURS)])
            for i, c in enumerate(codes)
        }

    def set_items(self, items: list[PlanItem]) -> None:
        self.items = items
        self._relayout()

    def set_view(self, mode: str, anchor: date) -> None:
        self.mode = mode
        self.anchor = anchor
        self._relayout()

    def colour(self, item: PlanItem) -> QtGui.QColor:
        return self.area_colours.get(item.focus_area, QtGui.QColor("#777777"))

    # --- geometry --------------------------------------------------------------
    def _days(self) -> list[date]:
        start, end = self.span()
        return [start + timedelta(days=i) for i in range((end - start).days + 1)]

    def _cell(self, index: int) -> QtCore.QRectF:
        w = self.width() / 7
        if self.mode == "month":
            rows = len(self._days()) // 7
            h = (self.height() - HEADER) / rows
            return QtCore.QRectF(
                (index % 7) * w, HEADER + (index // 7) * h, w, h
            ).adjusted(0, 0, -1, -1)
        return QtCore.QRectF(index * w, HEADER, w, self.height() - HEADER)

    def _hour_height(self) -> float:
        return (self.height() - HEADER) / (LAST_HOUR - FIRST_HOUR)

    def _relayout(self) -> None:
        self._hits = []
        self._more = {}
        days = self._days()
        index = {d: i for i, d in enumerate(days)}
        by_day: dict[date, list[PlanItem]] = {}
        for item in self.items:
            if item.day in index:
                by_day.setdefault(item.day, []).append(item)
        line = max(14.0, QtGui.QFontMetricsF(self.font()).height() + 2)
        for day, items in by_day.items():
            cell = self._cell(index[day])
            if self.mode == "month":
                room = max(0, int((cell.height() - line - 4) // line))
                shown = items if len(items) <= room else items[: max(0, room - 1)]
                for n, item in enumerate(shown):
                    rect = QtCore.QRectF(
                        cell.left() + 2,
                        cell.top() + line + 2 + n * line,
                        cell.width() - 4,
                        line - 2,
                    )
                    self._hits.append(_Hit(rect, item))
                if len(shown) < len(items):
                    self._more[day] = len(items) - len(shown)
            else:
                hh = self._hour_height()
                lanes: list[datetime] = []
                placed: list[tuple[PlanItem, int]] = []
                for item in items:
                    lane = next(
                        (i for i, end in enumerate(lanes) if end <= item.start), None
                    )
                    if lane is None:
                        lanes.append(item.end)
                        lane = len(lanes) - 1
                    else:
                        lanes[lane] = item.end
                    placed.append((item, lane))
                width = (cell.width() - 4) / max(1, len(lanes))
                for item, lane in placed:
                    hours = (
                        item.start.hour + item.start.minute / 60 if item.timed else 8
                    )
                    top = HEADER + max(0.0, hours - FIRST_HOUR) * hh
                    height = max(line, (item.hours or 1) * hh - 2)
                    rect = QtCore.QRectF(
                        cell.left() + 2 + lane * width, top, width - 2, height
                    )
                    self._hits.append(_Hit(rect, item))
        self.update()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def item_rect(self, key: str) -> QtCore.QRectF | None:
        for hit in self._hits:
            if hit.item.key == key:
                return hit.rect
        return None

    def day_at(self, pos: QtCore.QPointF) -> tuple[date, time | None] | None:
        days = self._days()
        for i, d in enumerate(days):
            cell = self._cell(i)
            if cell.adjusted(0, 0, 1, 1).contains(pos):
                if self.mode == "week":
                    hours = FIRST_HOUR + (pos.y() - HEADER) / self._hour_height()
                    quarter = int(max(0.0, hours) * 4) / 4
                    hh = min(23, int(quarter))
                    return d, time(hh, int((quarter - int(quarter)) * 60))
                return d, None
        return None

    def point_for(self, day: date, at: time | None = None) -> QtCore.QPointF:
        """The centre of a day's cell (or of an hour in week view), for tests."""
        i = self._days().index(day)
        cell = self._cell(i)
        if self.mode == "week" and at is not None:
            y = (
                HEADER
                + (at.hour + at.minute / 60 - FIRST_HOUR) * self._hour_height()
                + 1
            )
            return QtCore.QPointF(cell.center().x(), y)
        return QtCore.QPointF(cell.center().x(), cell.bottom() - 3)

    def _hit(self, pos: QtCore.QPointF) -> PlanItem | None:
        for hit in reversed(self._hits):
            if hit.rect.contains(pos):
                return hit.item
        return None

    # --- mouse -----------------------------------------------------------------
    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        item = self._hit(event.position())
        if item is not None:
            self.selected = item.key
            self.itemSelected.emit(item.key)
            if item.status is Status.PLANNED:
                self._press = (event.position(), item)
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        if self._press is not None:
            start, _ = self._press
            if (event.position() - start).manhattanLength() > 6:
                self._drag_to = event.position()
                self.setCursor(QtCore.Qt.CursorShape.ClosedHandCursor)
                self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        press, self._press = self._press, None
        dragging, self._drag_to = self._drag_to is not None, None
        self.unsetCursor()
        if press is not None and dragging:
            target = self.day_at(event.position())
            item = press[1]
            if target is not None:
                day, at = target
                same = day == item.day and (at is None or at == item.start.time())
                if not same:
                    self.itemDropped.emit(item.key, day, at)
        self.update()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:
        item = self._hit(event.position())
        if item is not None:
            self.itemActivated.emit(item.key)
        else:
            target = self.day_at(event.position())
            if target is not None:
                self.dayActivated.emit(target[0], target[1])
        super().mouseDoubleClickEvent(event)

    # --- painting --------------------------------------------------------------
    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base = pal.color(QtGui.QPalette.ColorRole.Base)
        text = pal.color(QtGui.QPalette.ColorRole.Text)
        grid = pal.color(QtGui.QPalette.ColorRole.Mid)
        dim = pal.color(QtGui.QPalette.ColorRole.PlaceholderText)
        p.fillRect(self.rect(), base)
        days = self._days()
        names = [
            self.tr("Mån"),
            self.tr("Tis"),
            self.tr("Ons"),
            self.tr("Tor"),
            self.tr("Fre"),
            self.tr("Lör"),
            self.tr("Sön"),
        ]
        w = self.width() / 7
        p.setPen(text)
        for i in range(7):
            label = names[i]
            if self.mode == "week":
                label = f"{label} {days[i].day}/{days[i].month}"
            p.drawText(
                QtCore.QRectF(i * w, 0, w, HEADER),
                QtCore.Qt.AlignmentFlag.AlignCenter,
                label,
            )
        if self.mode == "week":
            p.setPen(QtGui.QPen(grid, 0.5, QtCore.Qt.PenStyle.DotLine))
            for h in range(FIRST_HOUR, LAST_HOUR):
                y = HEADER + (h - FIRST_HOUR) * self._hour_height()
                p.drawLine(QtCore.QPointF(0, y), QtCore.QPointF(self.width(), y))
                p.setPen(dim)
                p.drawText(QtCore.QPointF(3, y + 12), f"{h:02d}")
                p.setPen(QtGui.QPen(grid, 0.5, QtCore.Qt.PenStyle.DotLine))
        for i, day in enumerate(days):
            cell = self._cell(i)
            p.setPen(QtGui.QPen(grid, 1))
            if day == self.today:
                p.fillRect(cell, pal.color(QtGui.QPalette.ColorRole.AlternateBase))
                p.setPen(QtGui.QPen(pal.color(QtGui.QPalette.ColorRole.Highlight), 2))
            p.drawRect(cell)
            if self.mode == "month":
                other = day.month != self.anchor.month
                p.setPen(dim if other else text)
                p.drawText(
                    cell.adjusted(4, 2, -4, 0),
                    QtCore.Qt.AlignmentFlag.AlignLeft
                    | QtCore.Qt.AlignmentFlag.AlignTop,
                    str(day.day),
                )
                more = self._more.get(day)
                if more:
                    p.setPen(dim)
                    p.drawText(
                        cell.adjusted(4, 0, -4, -2),
                        QtCore.Qt.AlignmentFlag.AlignRight
                        | QtCore.Qt.AlignmentFlag.AlignBottom,
                        self.tr("+%n till", "", more),
                    )
        for hit in self._hits:
            self._paint_item(p, hit.rect, hit.item)
        if self._drag_to is not None and self._press is not None:
            target = self.day_at(self._drag_to)
            if target is not None:
                i = days.index(target[0])
                p.setPen(QtGui.QPen(pal.color(QtGui.QPalette.ColorRole.Highlight), 3))
                p.drawRect(self._cell(i))
        p.end()

    def _paint_item(
        self, p: QtGui.QPainter, rect: QtCore.QRectF, item: PlanItem
    ) -> None:
        colour = self.colour(item)
        fill = QtGui.QColor(colour)
        if item.status is Status.PLANNED:
            fill.setAlpha(70)
        elif item.status is Status.CANCELLED:
            fill = QtGui.QColor("#bbbbbb")
            fill.setAlpha(90)
        p.setBrush(fill)
        border = QtGui.QColor("#c0392b") if is_overdue(item, self.today) else colour
        pen = QtGui.QPen(border, 2 if item.key == self.selected else 1)
        if item.virtual:
            pen.setStyle(QtCore.Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRoundedRect(rect, 3, 3)
        label = item.type_label()
        when = item.start.strftime("%H:%M") + " " if item.timed else ""
        text = f"{when}{label}"
        if item.place and self.mode == "week":
            text += f"\n{item.place}"
        if item.status is Status.DONE:
            p.setPen(QtGui.QColor("white"))
        else:
            p.setPen(self.palette().color(QtGui.QPalette.ColorRole.Text))
        font = p.font()
        font.setStrikeOut(item.status is Status.CANCELLED)
        p.setFont(font)
        inner = rect.adjusted(4, 0, -2, 0)
        metrics = QtGui.QFontMetricsF(font)
        if self.mode == "month":
            # A cell is narrow: end with "…" rather than cut a letter in half.
            shown = metrics.elidedText(
                text, QtCore.Qt.TextElideMode.ElideRight, inner.width()
            )
            flags = (
                QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter
            )
        else:
            lines = [
                metrics.elidedText(x, QtCore.Qt.TextElideMode.ElideRight, inner.width())
                for x in text.split("\n")
            ]
            shown = "\n".join(lines)
            flags = QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop
        p.drawText(inner, flags, shown)
        font.setStrikeOut(False)
        p.setFont(font)

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.ToolTip:
            assert isinstance(event, QtGui.QHelpEvent)
            item = self._hit(QtCore.QPointF(event.pos()))
            if item is not None:
                QtWidgets.QToolTip.showText(
                    event.globalPos(), self.describe(item), self
                )
                return True
        return super().event(event)

    def describe(self, item: PlanItem) -> str:
        """The whole entry, for the tooltip (cells may show it shortened)."""
        when = f"{item.start:%Y-%m-%d %H:%M}" if item.timed else f"{item.day}"
        parts = [
            f"{when} {item.type_label()}",
            ", ".join(item.promise_codes),
            item.place or "",
            t(f"status.{item.status.value}"),
            item.cancel_reason or "",
        ]
        return "\n".join(x for x in parts if x)
