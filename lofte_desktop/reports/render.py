"""Lays out a follow-up report on A4 and returns the PDF bytes.

Plain data in, bytes out: no database, no Qt. The PDF carries a title, author,
subject, keywords and document language (sv-SE) for accessibility (DOS-lagen),
bookmarks for each heading, a running header and "Sida 3 av 7" in the footer.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from lofte_desktop.reports.appendix import appendix
from lofte_desktop.reports.flowables import Heading
from lofte_desktop.reports.focus_area import focus_area
from lofte_desktop.reports.labels import label
from lofte_desktop.reports.model import ReportData
from lofte_desktop.reports.sections import cover, indicators, monthly, summary
from lofte_desktop.reports.styles import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    make_styles,
)

MARGIN = 50.0
PAGE_W, PAGE_H = A4

LANG_TAGS = {"sv": "sv-SE", "en": "en-GB"}


def numbered_canvas(
    footer_left: str, page_text: str, *, has_cover: bool = True
) -> type[Canvas]:
    """A canvas class that writes "Sida n av N" once the page count is known.

    Pages are kept until save() so the total can go on each footer in one pass
    (multiBuild would lay out the whole document twice).
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            n = self._pageNumber
            if n == 1 and has_cover:
                return  # the cover carries no footer
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, 40, PAGE_W - MARGIN, 40)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, 28, footer_left)
            self.drawRightString(
                PAGE_W - MARGIN, 28, page_text.format(page=n, pages=total)
            )
            self.restoreState()

    return NumberedCanvas


class ReportDocument(BaseDocTemplate):
    """A4 with a plain cover and body pages with a running header."""

    def __init__(self, buf: io.BytesIO, data: ReportData, **kwargs: Any) -> None:
        self.data = data
        lang = data.lang
        subject = label(
            "subject", lang, period=data.period_label, agreement=data.agreement
        )
        super().__init__(
            buf,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=62,
            bottomMargin=56,
            title=f"{label('kind', lang)} – {data.period_label}",
            author=data.author,
            subject=subject,
            creator="Löfte Desktop",
            keywords=["medborgarlöften", data.municipality, data.period_code],
            lang=LANG_TAGS.get(lang, lang),
            displayDocTitle=1,
            **kwargs,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = [
            PageTemplate("cover", [frame], onPage=self._cover_page),
            PageTemplate("body", [frame], onPage=self._header),
        ]
        # The first template is the first page's: the cover, unless there is none.
        self.addPageTemplates(templates if data.cover else templates[::-1])

    def _cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_H - 18, PAGE_W, 18, stroke=0, fill=1)
        canv.rect(0, 0, PAGE_W, 10, stroke=0, fill=1)
        canv.restoreState()

    def _header(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        d = self.data
        canv.saveState()
        canv.setFont(FONT_BOLD, 7.5)
        canv.setFillColor(ACCENT)
        canv.drawString(MARGIN, PAGE_H - 36, d.agreement)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(
            PAGE_W - MARGIN,
            PAGE_H - 36,
            f"{label('kind', d.lang)} · {d.period_label}",
        )
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, PAGE_H - 42, PAGE_W - MARGIN, PAGE_H - 42)
        canv.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline_text, key, level=flowable.outline_level, closed=False
            )


def story(data: ReportData) -> list[Flowable]:
    st = make_styles()
    out: list[Flowable] = (
        [*cover(data, st), NextPageTemplate("body"), PageBreak()]
        if data.cover
        else [NextPageTemplate("body")]
    )
    out += summary(data, st)
    for area in data.focus_areas:
        out += focus_area(area, data, st)
    out += indicators(data, st)
    out += monthly(data, st)
    if data.appendix is not None:
        out += [PageBreak(), *appendix(data, st)]
    return out


def render_report(data: ReportData) -> bytes:
    """The whole follow-up as PDF bytes."""
    buf = io.BytesIO()
    doc = ReportDocument(buf, data)
    canvas_cls = numbered_canvas(
        label("footer", data.lang, date=data.generated.isoformat()),
        label("page", data.lang, page="{page}", pages="{pages}"),
        has_cover=data.cover,
    )
    doc.build(story(data), canvasmaker=canvas_cls)
    return buf.getvalue()
