"""The drawn parts of the report: progress bars and bar charts.

Every chart's value axis starts at 0 (a bar that starts above zero exaggerates).
Labels are real text, so they are searchable and read back by text extractors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from lofte_desktop.reports.styles import (
    BAR_TRACK,
    CHART_BARS,
    CHART_BASE,
    FONT,
    INK,
    MUTED,
    OUTCOME_COLOURS,
    TARGET_LINE,
)


class ProgressBar(Flowable):
    """A small horizontal bar: the track, and the part done in the outcome colour."""

    def __init__(
        self, fraction: float, outcome: str, width: float = 70, height: float = 5
    ) -> None:
        super().__init__()
        self.fraction = max(0.0, min(1.0, fraction))
        self.colour = OUTCOME_COLOURS.get(outcome, MUTED)
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(self.width, availWidth)
        return self.width, self.height + 3

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(BAR_TRACK)
        c.roundRect(0, 0, self.width, self.height, 1.5, stroke=0, fill=1)
        if self.fraction > 0:
            c.setFillColor(self.colour)
            c.roundRect(
                0,
                0,
                max(3.0, self.width * self.fraction),
                self.height,
                1.5,
                stroke=0,
                fill=1,
            )


def _nice_max(value: float) -> float:
    """A round axis maximum a little above `value` (at least 1)."""
    if value <= 0:
        return 1.0
    top = value * 1.15
    magnitude = 10 ** max(0, len(str(int(top))) - 1)
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        candidate = step * magnitude
        if candidate >= top:
            return float(candidate)
    return float(10 * magnitude)


def _step(top: float) -> float:
    for n in (4, 5, 6, 3):
        step = top / n
        if step == int(step):
            return step
    return top / 4


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    width: float,
    height: float,
    fmt: Callable[[float], str],
    target: float | None = None,
    target_label: str = "",
    first_bar_muted: bool = False,
    label_angle: int = 0,
    show_values: bool = True,
    title: str = "",
) -> Drawing:
    """A vertical bar chart with its value axis from 0, values on the bars."""
    d = Drawing(width, height)
    chart = VerticalBarChart()
    bottom = 34 if label_angle else 22
    top_pad = (18 if title else 8) + (12 if target is not None else 0)
    chart.x = 34
    chart.y = bottom
    chart.width = width - chart.x - 8
    chart.height = height - bottom - top_pad
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    highest = max([*values, target or 0, 0])
    top = _nice_max(highest)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = _step(top)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = lambda v: fmt(float(v))
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EC")
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = MUTED
    if label_angle:
        chart.categoryAxis.labels.angle = label_angle
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = 4
        chart.categoryAxis.labels.dy = -2
    chart.bars[0].fillColor = CHART_BARS
    chart.bars[0].strokeColor = None
    if first_bar_muted and values:
        chart.bars[(0, 0)].fillColor = CHART_BASE
    chart.barWidth = 10
    chart.groupSpacing = 6 if len(values) > 12 else 10
    if show_values:
        chart.barLabelFormat = lambda v: fmt(float(v))
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 6.5 if len(values) > 12 else 7.5
        chart.barLabels.fillColor = INK
        chart.barLabels.nudge = 6
        chart.barLabels.boxFillColor = colors.white
        chart.barLabels.leftPadding = chart.barLabels.rightPadding = 1
    if target is not None:
        y = chart.y + chart.height * (target / top)
        d.add(
            Line(
                chart.x,
                y,
                chart.x + chart.width,
                y,
                strokeColor=TARGET_LINE,
                strokeWidth=1,
                strokeDashArray=[3, 2],
            )
        )
        # The legend sits above the plot, so it never covers a bar or its value.
        lx = chart.x + chart.width
        ly = height - 11 if not title else height - 22
        d.add(
            String(
                lx,
                ly,
                target_label,
                fontName=FONT,
                fontSize=7,
                fillColor=TARGET_LINE,
                textAnchor="end",
            )
        )
        text_w = stringWidth(target_label, FONT, 7)
        d.add(
            Line(
                lx - text_w - 18,
                ly + 2.5,
                lx - text_w - 4,
                ly + 2.5,
                strokeColor=TARGET_LINE,
                strokeWidth=1,
                strokeDashArray=[3, 2],
            )
        )
    # Added last but drawn over the target line: the values stay readable.
    d.add(chart)
    if title:
        d.add(String(0, height - 11, title, fontName=FONT, fontSize=8, fillColor=INK))
    return d


def legend_swatch(colour: colors.Color, size: float = 7) -> Drawing:
    d = Drawing(size, size)
    d.add(Rect(0, 0, size, size, fillColor=colour, strokeColor=None))
    return d
