"""Social-media cards drawn with Qt offscreen: sizes, colours, contrast, alt text."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from lofte_desktop.app import Services
from lofte_desktop.domain.contrast import contrast_ratio
from lofte_desktop.reports.cards import SIZES, card_specs, text_pairs
from lofte_desktop.services.publish import PublishRequest
from lofte_desktop.services.reports import ReportRequest
from lofte_desktop.ui.publish.cards import render_card


def test_contrast_ratio_follows_wcag() -> None:
    assert round(contrast_ratio("#000000", "#FFFFFF"), 2) == 21.0
    assert (
        contrast_ratio("#777777", "#FFFFFF")
        < 4.5
        < contrast_ratio("#767676", "#FFFFFF")
    )


def test_every_card_text_has_at_least_4_5_to_1(ui: object, services: Services) -> None:
    cards = card_specs(services.reports.gather(ReportRequest("HT2024")))
    assert len(cards) == 1 + len(services.agreement.focus_areas())
    for card in cards:
        for fg, bg in text_pairs(card):
            assert contrast_ratio(fg, bg) >= 4.5, (card.stem, fg, bg)


def test_cards_are_drawn_in_both_sizes_with_alt_text(
    ui: object, services: Services, tmp_path: Path
) -> None:
    data = services.reports.gather(ReportRequest("HT2024"))
    card = card_specs(data)[0]
    for w, h in SIZES:
        img = Image.open(io.BytesIO(render_card(card, w, h))).convert("RGB")
        assert img.size == (w, h)
        bg = tuple(int(card.background[i : i + 2], 16) for i in (1, 3, 5))
        assert img.getpixel((5, 5)) == bg  # the colour the contrast test checked
        assert img.getpixel((w // 2, h // 2)) != bg  # something is drawn
    files = services.publish.publish(
        PublishRequest("HT2024", tmp_path, ("cards",)), render_card=render_card
    ).files
    pngs = [f for f in files if f.suffix == ".png"]
    assert len(pngs) == 2 * len(card_specs(data))
    for png in pngs:
        alt = png.with_suffix(".txt").read_text("utf-8")
        assert "Hösttermin 2024".lower() in alt.lower() and len(alt) > 40
