"""The colours every published output shares (PDF, web page, social-media cards).

Plain hex strings, no framework: ReportLab's styles, the HTML/CSS and the Qt card
painter all read them here, and tests compute their contrast (WCAG 2.1 AA needs
4.5:1 for text) with `domain.contrast.contrast_ratio`.
"""

from __future__ import annotations

INK = "#1A1A1A"
MUTED = "#4D4D4D"  # 8.6:1 on white
ACCENT = "#1F3A5F"  # headings, table heads (11:1)
ACCENT_LIGHT = "#E6ECF3"
RULE = "#B8C4D1"
ZEBRA = "#F4F6F8"
BAR_TRACK = "#DADFE5"
WHITE = "#FFFFFF"
OUTCOME = {
    "genomfort": "#1B6E35",  # 6.3:1
    "delvis": "#8A5200",  # 6.0:1
    "ej_genomfort": "#A4161A",  # 7.4:1
}
CHART_BARS = "#3A6EA5"
CHART_BASE = "#8C9BAB"
TARGET_LINE = "#A4161A"

#: The social-media cards: (background, text) pairs, each at least 4.5:1.
CARD_BACKGROUND = ACCENT
CARD_TEXT = WHITE
CARD_MUTED_TEXT = "#D5DEE9"  # secondary text on the accent background
CARD_PANEL = WHITE  # the key-figure panels
CARD_PANEL_TEXT = INK
