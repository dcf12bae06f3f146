"""The appendix: every activity in the period, in chunked tables.

One Table of 20,000 rows makes ReportLab lay out (and split) the whole thing again
for every page: chunks of a few hundred rows are about five times faster. Cells
are plain strings with fixed column widths and row heights (no Paragraphs), cut
to fit their column, so nothing is measured twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from lofte_desktop.domain.progress import format_number
from lofte_desktop.reports.labels import label
from lofte_desktop.reports.model import AppendixRow, ReportData
from lofte_desktop.reports.sections import WIDTH, Heading
from lofte_desktop.reports.styles import ACCENT, FONT, FONT_BOLD, RULE, ZEBRA, Styles

CHUNK = 250
ROW_HEIGHT = 11.5
FONT_SIZE = 7


def columns(include_notes: bool) -> list[tuple[str, float]]:
    if include_notes:
        return [
            ("date", 50),
            ("type", 78),
            ("promises", 38),
            ("party", 62),
            ("place", 82),
            ("hours", 30),
            ("count", 30),
            ("status", 45),
            ("note", WIDTH - 415),
        ]
    return [
        ("date", 52),
        ("type", 100),
        ("promises", 48),
        ("party", 78),
        ("place", 115),
        ("hours", 34),
        ("count", 34),
        ("status", WIDTH - 461),
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


def style(n_rows: int) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
            ("LEADING", (0, 0), (-1, -1), FONT_SIZE + 1.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("ALIGN", (5, 0), (6, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ]
    )


def chunked_tables(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    chunk: int = CHUNK,
) -> list[Flowable]:
    """Tables of at most `chunk` rows, each repeating the header when split."""
    out: list[Flowable] = []
    for i in range(0, len(rows), chunk):
        part = [list(header), *rows[i : i + chunk]]
        t = Table(
            part,
            colWidths=list(widths),
            rowHeights=[ROW_HEIGHT] * len(part),
            repeatRows=1,
        )
        t.setStyle(style(len(part)))
        out.append(t)
    return out


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
        n=format_number(len(rows), lang),
    )
    out: list[Flowable] = [
        Heading(label("appendix", lang), st.h1),
        Paragraph(escape(intro), st.small),
    ]
    out.extend(chunked_tables(header, rows, [w for _, w in cols]))
    return out
