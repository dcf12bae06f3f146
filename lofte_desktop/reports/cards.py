"""What each social-media card shows: plain data, drawn by the Qt painter in ui/.

One overview card and one card per focus area, each in two sizes (1080×1080 for
Instagram, 1200×675 for Facebook and X). Key figures go in large text; the colours
come from reports/palette.py (every text/background pair at least 4.5:1). Each
card carries its alternative text, written beside the PNG as a .txt file.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lofte_desktop.domain.progress import format_number
from lofte_desktop.domain.texts import t
from lofte_desktop.reports import palette
from lofte_desktop.reports.model import ReportData

SIZES: tuple[tuple[int, int], ...] = ((1080, 1080), (1200, 675))
#: How much of the period's summary the overview card draws; its alt text has it all.
DRAWN_SUMMARY = 280
OUTCOMES = ("genomfort", "delvis", "ej_genomfort")


@dataclass(frozen=True)
class KeyFigure:
    value: str  # "3"
    label: str  # "Genomfört"
    colour: str  # text colour on the panel (palette)


@dataclass(frozen=True)
class CardSpec:
    stem: str  # file name without size and extension: "kort-HT2024-oversikt"
    title: str
    subtitle: str
    figures: tuple[KeyFigure, ...]
    lines: tuple[str, ...]  # one short line per promise: "B2 Delvis genomfört"
    footer: str
    alt: str
    quote: str = ""  # the period's summary, drawn on the overview card
    background: str = palette.CARD_BACKGROUND
    text: str = palette.CARD_TEXT
    muted: str = palette.CARD_MUTED_TEXT
    panel: str = palette.CARD_PANEL
    panel_text: str = palette.CARD_PANEL_TEXT


def _slug(text: str) -> str:
    table = str.maketrans("åäöÅÄÖéÉ", "aaoAAOeE")
    return re.sub(r"[^a-z0-9]+", "-", text.translate(table).lower()).strip("-")


def _figures(outcomes: Counter[str], lang: str) -> tuple[KeyFigure, ...]:
    return tuple(
        KeyFigure(str(outcomes[k]), t(f"outcome.{k}", lang), palette.OUTCOME[k])
        for k in OUTCOMES
    )


def card_specs(data: ReportData) -> list[CardSpec]:
    """The overview card first, then one per focus area."""
    lang = data.lang
    sv = lang == "sv"
    period = data.period_label
    footer = f"{data.municipality} · {data.police_area}"
    s = data.summary
    overview = Counter(
        {"genomfort": s.done, "delvis": s.partly, "ej_genomfort": s.not_done}
    )
    total = s.done + s.partly + s.not_done
    activities = format_number(s.activities, lang)
    hours = format_number(s.hours, lang)
    words = ", ".join(
        f"{overview[k]} {t(f'outcome.{k}', lang).lower()}" for k in OUTCOMES
    )
    if sv:
        title = "Medborgarlöftena"
        sub = f"{period}: {activities} aktiviteter, {hours} timmar"
        alt = (
            f"Medborgarlöftena i {data.municipality}, {period.lower()}. "
            f"Av {total} löften är {words}. {activities} genomförda aktiviteter "
            f"med sammanlagt {hours} timmar."
        )
    else:
        title = "The citizen promises"
        sub = f"{period}: {activities} activities, {hours} hours"
        alt = (
            f"The citizen promises in {data.municipality}, {period}. Of {total} "
            f"promises: {words}. {activities} completed activities, {hours} hours "
            "in all."
        )
    summary = " ".join(data.comment_summary.split())
    if summary:
        alt += (" Sammanfattning: " if sv else " Summary: ") + summary
    quote = summary
    if len(quote) > DRAWN_SUMMARY:
        quote = quote[: DRAWN_SUMMARY - 1].rsplit(" ", 1)[0] + " …"
    cards = [
        CardSpec(
            stem=f"kort-{_slug(data.period_code)}-oversikt",
            title=title,
            subtitle=sub,
            figures=_figures(overview, lang),
            lines=(),
            footer=footer,
            alt=alt,
            quote=quote,
        )
    ]
    for area in data.focus_areas:
        counts = Counter(pl.outcome for pl in area.promises)
        lines = tuple(f"{pl.code}  {pl.outcome_label}" for pl in area.promises)
        said = "kommentar" if sv else "comment"
        listed = "; ".join(
            f"{pl.code} {' '.join(pl.text.split())}: {pl.outcome_label.lower()}"
            + (f" ({said}: {' '.join(pl.comment.split())})" if pl.comment else "")
            for pl in area.promises
        )
        if sv:
            alt = f"{area.name}, {period.lower()}. Löftena: {listed}."
        else:
            alt = f"{area.name}, {period}. The promises: {listed}."
        cards.append(
            CardSpec(
                stem=f"kort-{_slug(data.period_code)}-{_slug(area.code)}",
                title=area.name,
                subtitle=period,
                figures=_figures(counts, lang),
                lines=lines,
                footer=footer,
                alt=alt,
            )
        )
    return cards


def text_pairs(card: CardSpec) -> list[tuple[str, str]]:
    """Every (text colour, background) pair the painter uses for this card."""
    pairs = [(card.text, card.background), (card.muted, card.background)]
    pairs.append((card.panel_text, card.panel))
    pairs += [(f.colour, card.panel) for f in card.figures]
    return pairs
