"""The appendix: every activity in the period, in chunked tables.

One Table of 20,000 rows makes ReportLab lay out (and split) the whole thing again
for every page, so rows go in chunks of a few hundred. Cells are plain strings in
fixed columns with a fixed row height (no Paragraphs), cut to fit their column
once, so nothing is measured twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from lofte_desktop.domain.progress import format_number
from lofte_desktop.domain.texts import count_text
from lofte_desktop.reports.flowables import WIDTH, Heading
from lofte_desktop.reports.labels import label
from lofte_desktop.reports.model import AppendixRow, ReportData
from lofte_desktop.reports.styles import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    RULE,
    ZEBRA,
    Styles,
)

CHUNK = 250
ROW_HEIGHT = 11.5
FONT_SIZE = 7


def columns(include_notes: bool) -> list[tuple[str, float]]:
    """(label key, width) per column; the widths add up to the frame's width."""
    if include_notes:
        return [
            ("date", 48),
            ("type", 74),
            ("promises", 34),
            ("party", 58),
            ("place", 76),
            ("hours", 30),
            ("count", 30),
            ("status", 50),
            ("note", WIDTH - 400),
        ]
    return [
        ("date", 50),
        ("type", 92),
        ("promises", 42),
        ("party", 72),
        ("place", 105),
        ("hours", 34),
        ("count", 34),
        ("status", WIDTH - 429),
    ]


class Fitter:
    """Cuts text to a column width, remembering what it has measured."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, float], str] = {}

    def __call__(self, text: str, width: float) -> str:
        key = (text, width)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        room = width - 6
        fitted = text
        if stringWidth(text, FONT, FONT_SIZE) > room:
            while fitted and stringWidth(fitted + "…", FONT, FONT_SIZE) > room:
                fitted = fitted[:-1]
            fitted = fitted.rstrip() + "…"
        if len(self._cache) < 20000:
            self._cache[key] = fitted
        return fitted


def _cells(r: AppendixRow, lang: str, include_notes: bool) -> list[str]:
    cells = [
        r.date.isoformat(),
        r.type_label,
        r.promises,
        r.party,
        r.place or "–",
        format_number(r.hours, lang) if r.hours is not None else "–",
        str(r.count) if r.count is not None else "–",
        r.status_label,
    ]
    if include_notes:
        cells.append(" ".join(r.note.split()))
    return cells


class RowBlock(Flowable):
    """Up to a few hundred rows of plain text in fixed columns; splits at page ends
    and repeats its header on each page.

    Drawn straight onto the canvas with one text object per block: a Table spends
    most of its time on per-cell bookkeeping (a text object, a style lookup and a
    state save for every cell), which a list of thousands of one-line rows does
    not need.
    """

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        right: frozenset[int] = frozenset(),
        first: int = 0,
    ) -> None:
        super().__init__()
        self.header = list(header)
        self.rows = rows
        self.widths = list(widths)
        self.right = right
        self.first = first  # index of the first row overall (for the stripes)
        self.width = sum(self.widths)
        self.height = ROW_HEIGHT * (len(rows) + 1)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fit = int(availHeight // ROW_HEIGHT) - 1
        if fit <= 0:
            return []
        if fit >= len(self.rows):
            return [self]
        head, tail = self.rows[:fit], self.rows[fit:]
        return [
            RowBlock(self.header, head, self.widths, self.right, self.first),
            RowBlock(self.header, tail, self.widths, self.right, self.first + fit),
        ]

    def draw(self) -> None:
        c = self.canv
        top = self.height
        c.setFillColor(ACCENT)
        c.rect(0, top - ROW_HEIGHT, self.width, ROW_HEIGHT, stroke=0, fill=1)
        c.setFillColor(ZEBRA)
        for i in range(len(self.rows)):
            if (self.first + i) % 2:
                c.rect(0, top - (i + 2) * ROW_HEIGHT, self.width, ROW_HEIGHT, 0, 1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(0, 0, self.width, 0)
        xs = [sum(self.widths[:i]) for i in range(len(self.widths))]
        text = c.beginText()
        text.setFont(FONT_BOLD, FONT_SIZE)
        text.setFillColor(colors.white)
        self._line(text, self.header, xs, top - ROW_HEIGHT + 3.2)
        text.setFont(FONT, FONT_SIZE)
        text.setFillColor(INK)
        for i, row in enumerate(self.rows):
            self._line(text, row, xs, top - (i + 2) * ROW_HEIGHT + 3.2)
        c.drawText(text)

    def _line(
        self, text: Any, cells: Sequence[str], xs: Sequence[float], y: float
    ) -> None:
        for col, value in enumerate(cells):
            if not value:
                continue
            if col in self.right:
                x = xs[col] + self.widths[col] - 3 - stringWidth(value, FONT, FONT_SIZE)
            else:
                x = xs[col] + 3
            text.setTextOrigin(x, y)
            text.textOut(value)


def row_blocks(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    right: frozenset[int] = frozenset(),
    *,
    chunk: int = CHUNK,
) -> list[Flowable]:
    """Blocks of at most `chunk` rows (like a table in chunks, but lighter)."""
    return [
        RowBlock(header, rows[i : i + chunk], widths, right, i)
        for i in range(0, len(rows), chunk)
    ]


def appendix(data: ReportData, st: Styles) -> list[Flowable]:
    rows_in = data.appendix
    if rows_in is None:
        return []
    lang = data.lang
    cols = columns(data.include_notes)
    fit = Fitter()
    rows = [
        [
            fit(text, width)
            for text, (_, width) in zip(
                _cells(r, lang, data.include_notes), cols, strict=True
            )
        ]
        for r in rows_in
    ]
    header = [fit(label(key, lang), width) for key, width in cols]
    intro = label(
        "appendix_text_notes" if data.include_notes else "appendix_text",
        lang,
        n=count_text(len(rows), "activities", lang),
    )
    out: list[Flowable] = [
        Heading(label("appendix", lang), st.h1),
        Paragraph(escape(intro), st.small),
        Spacer(1, 4),
    ]
    out.extend(row_blocks(header, rows, [w for _, w in cols], frozenset({5, 6})))
    return out
