"""Fonts, colours and paragraph styles of the follow-up PDF.

DejaVu Sans is embedded from resources/fonts/ (never the system's fonts), so å, ä
and ö look the same on every machine and the PDF carries real, searchable text.
Colours are dark enough for WCAG AA contrast on white (at least 4.5:1).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lofte_desktop.reports import palette
from lofte_desktop.runtime.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

INK = colors.HexColor(palette.INK)
MUTED = colors.HexColor(palette.MUTED)
ACCENT = colors.HexColor(palette.ACCENT)
ACCENT_LIGHT = colors.HexColor(palette.ACCENT_LIGHT)
RULE = colors.HexColor(palette.RULE)
ZEBRA = colors.HexColor(palette.ZEBRA)
BAR_TRACK = colors.HexColor(palette.BAR_TRACK)
OUTCOME_COLOURS = {k: colors.HexColor(v) for k, v in palette.OUTCOME.items()}
CHART_BARS = colors.HexColor(palette.CHART_BARS)
CHART_BASE = colors.HexColor(palette.CHART_BASE)
TARGET_LINE = colors.HexColor(palette.TARGET_LINE)


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Registers the bundled DejaVu fonts with ReportLab (once per process)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    if FONT in registered and FONT_BOLD in registered:
        return
    folder = fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    big_number: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
    head = ParagraphStyle(
        "head", parent=cell, fontName=FONT_BOLD, textColor=colors.white
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=24,
            leading=30,
            textColor=ACCENT,
            spaceAfter=8,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=14, leading=19, textColor=MUTED
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            textColor=INK,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10.5, textColor=MUTED
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        head=head,
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
        big_number=ParagraphStyle(
            "big_number",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=22,
            leading=26,
            textColor=ACCENT,
        ),
    )
