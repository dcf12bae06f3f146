"""The follow-up as a tagged, accessible PDF (PDF/UA-1), drawn by WeasyPrint.

From the same report data as the print PDF (reports/render.py), laid out by the
HTML renderer's "print" audience. WeasyPrint's `pdf/ua-1` variant writes the
structure tree (H1, H2, …, Table/TH/TD with /Headers, Figure with /Alt from each
chart's <title>), the PDF/UA identification in the XMP metadata, /Lang from the
document's lang (sv-SE) and DisplayDocTitle. DejaVu Sans is embedded from
resources/fonts, never the system's fonts.
"""

from __future__ import annotations

import logging

from lofte_desktop.domain.refusals import RefusedError
from lofte_desktop.reports.html import PRINT, render_html
from lofte_desktop.reports.model import ReportData
from lofte_desktop.runtime.paths import resources_dir


def _font_css() -> str:
    folder = resources_dir() / "fonts"
    regular = (folder / "DejaVuSans.ttf").as_uri()
    bold = (folder / "DejaVuSans-Bold.ttf").as_uri()
    return (
        '@font-face{font-family:"DejaVu Sans";font-weight:normal;'
        f'src:url("{regular}")}}'
        '@font-face{font-family:"DejaVu Sans";font-weight:bold;'
        f'src:url("{bold}")}}'
        'body,svg{font-family:"DejaVu Sans"}'
    )


def render_pdfua(data: ReportData, *, uncompressed: bool = False) -> bytes:
    """The whole follow-up as a PDF/UA-1 document (`uncompressed`: plain objects,
    for the self-test to find the structure tree without a PDF reader)."""
    try:
        import weasyprint  # heavy (fontTools, pango): imported on first use only
    except OSError as exc:  # pango is loaded from the system at import
        raise RefusedError(
            "Den tillgängliga PDF:en kan inte skapas: systembiblioteket pango saknas "
            "(Debian: libpango-1.0-0 och libpangoft2-1.0-0). Övriga delar kan "
            "publiceras utan den.",
            "The accessible PDF cannot be made: the system library pango is missing "
            "(Debian: libpango-1.0-0 and libpangoft2-1.0-0). The other outputs can "
            "be published without it.",
        ) from exc

    # WeasyPrint logs every CSS property it does not know; the page's CSS is for
    # browsers too (grid, overflow), which print layout may ignore.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    html = render_html(data, audience=PRINT, font_css=_font_css())
    doc = weasyprint.HTML(string=html, base_url=str(resources_dir()))
    pdf = doc.write_pdf(pdf_variant="pdf/ua-1", uncompressed_pdf=uncompressed)
    assert pdf is not None
    return bytes(pdf)
