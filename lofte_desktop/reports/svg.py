"""Bar charts as inline SVG, for the web page and the tagged (PDF/UA) PDF.

Each chart has a <title> (its text alternative: the accessible name in a browser
and the Figure's /Alt in the tagged PDF). The value axis starts at 0, values are
written on the bars, and the same figures always follow in a data table.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape

from lofte_desktop.reports import palette

_FONT = "DejaVu Sans, Verdana, sans-serif"


def nice_max(value: float) -> float:
    """A round axis maximum a little above `value` (at least 1)."""
    if value <= 0:
        return 1.0
    top = value * 1.15
    magnitude = 10 ** max(0, len(str(int(top))) - 1)
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= top:
            return float(step * magnitude)
    return float(10 * magnitude)


def bar_chart_svg(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    alt: str,
    fmt: Callable[[float], str],
    colours: Sequence[str] | None = None,
    width: int = 640,
    height: int = 240,
) -> str:
    """An SVG bar chart; `alt` becomes its <title> (the text alternative)."""
    n = max(1, len(values))
    left, right, top_pad, bottom = 44, 8, 18, 46 if n > 8 else 30
    plot_w = width - left - right
    plot_h = height - top_pad - bottom
    top = nice_max(max([*values, 0.0]))
    if all(float(v).is_integer() for v in values):  # counts: whole-number ticks
        top = float(math.ceil(top / 4) * 4)
    slot = plot_w / n
    bar_w = min(48.0, slot * 0.62)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width} {height}" width="100%" '
        f'style="max-width:{width}px;height:auto" '
        f'font-family="{_FONT}" font-size="12">',
        f"<title>{escape(alt)}</title>",
    ]
    for i in range(5):  # grid lines and value axis labels
        v = top * i / 4
        y = top_pad + plot_h - plot_h * i / 4
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
            f'stroke="{palette.BAR_TRACK}" stroke-width="1"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" '
            f'fill="{palette.MUTED}">{escape(fmt(v))}</text>'
        )
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = left + slot * i + (slot - bar_w) / 2
        h = plot_h * (value / top) if top else 0
        y = top_pad + plot_h - h
        colour = colours[i] if colours else palette.CHART_BARS
        cx = x + bar_w / 2
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
            f'fill="{colour}"/>'
            f'<text x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
            f'fill="{palette.INK}">{escape(fmt(value))}</text>'
        )
        ly = top_pad + plot_h + 16
        if n > 8:
            parts.append(
                f'<text x="{cx:.1f}" y="{ly:.1f}" text-anchor="end" '
                f'transform="rotate(-40 {cx:.1f} {ly:.1f})" '
                f'fill="{palette.INK}">{escape(label)}</text>'
            )
        else:
            parts.append(
                f'<text x="{cx:.1f}" y="{ly:.1f}" text-anchor="middle" '
                f'fill="{palette.INK}">{escape(label)}</text>'
            )
    parts.append(
        f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - right}" '
        f'y2="{top_pad + plot_h}" stroke="{palette.MUTED}" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return "".join(parts)
