"""The building blocks every section of the report uses: the text width, headings
that become PDF bookmarks, paragraphs, table styles and the coloured status cell.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import (
    Paragraph,
    TableStyle,
)

from lofte_desktop.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    FONT_BOLD,
    OUTCOME_COLOURS,
    RULE,
    ZEBRA,
    Styles,
)

WIDTH = 495.0  # A4 width minus 50 pt margins


class Heading(Paragraph):
    """A paragraph that also becomes a PDF bookmark (outline entry)."""

    def __init__(self, text: str, style: object, level: int = 0) -> None:
        super().__init__(escape(text), style)
        self.outline_text = text
        self.outline_level = level


def p(text: str, style: object) -> Paragraph:
    return Paragraph(escape(text), style)


def table_style(*, header: bool = True, total: bool = False) -> TableStyle:
    cmds: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ]
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ]
    if total:
        cmds += [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ]
    return TableStyle(cmds)


def short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def status_cell(outcome: str, text: str, st: Styles) -> Paragraph:
    colour = OUTCOME_COLOURS.get(outcome)
    hexcol = colour.hexval()[2:] if colour else "1A1A1A"
    return Paragraph(f'<font color="#{hexcol}"><b>{escape(text)}</b></font>', st.cell)
