"""Publishing a period's follow-up: the tagged PDF, the residents' web page, the
social-media cards and open data, all from one gathered report model.

Thread rule: `publish()` reads the database and writes files; the GUI runs it on
its worker. The cards are drawn by a renderer the caller hands in (ui/publish/
cards.py), so this module never imports Qt.

Refusals, before anything is written: a personnummer in any comment (naming the
comment, services/reports.py CommentPrivacyError), an unknown format, a folder
that cannot be written to. Each file is written to a temporary file beside it and
renamed into place, so no half-written output is ever left behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lofte_desktop.domain.refusals import RefusedError
from lofte_desktop.reports.cards import CardSpec as CardSpec  # for ui/publish
from lofte_desktop.reports.model import ReportData
from lofte_desktop.services.reports import ReportRequest, ReportService, write_atomic

FORMATS: tuple[str, ...] = ("pdfua", "html", "cards", "data")
CardRenderer = Callable[..., bytes]  # (CardSpec, width, height) -> PNG bytes


@dataclass(frozen=True)
class PublishRequest:
    period: str | None
    out_dir: str | os.PathLike[str]
    formats: tuple[str, ...] = FORMATS
    lang: str = "sv"


@dataclass
class PublishResult:
    folder: Path
    files: list[Path] = field(default_factory=list)

    @property
    def web_page(self) -> Path | None:
        return next((f for f in self.files if f.suffix == ".html"), None)


def parse_formats(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """'pdfua,html' → ('pdfua', 'html'); RefusedError for an unknown one."""
    if text is None:
        return FORMATS
    items = text.split(",") if isinstance(text, str) else list(text)
    wanted = [x.strip().lower() for x in items if x.strip()]
    bad = [x for x in wanted if x not in FORMATS]
    if bad or not wanted:
        raise RefusedError(
            f"Okänt format: {', '.join(bad) or '(inget)'}. "
            f"Välj bland {', '.join(FORMATS)}.",
            f"Unknown format: {', '.join(bad) or '(none)'}. "
            f"Choose from {', '.join(FORMATS)}.",
            field="formats",
        )
    return tuple(f for f in FORMATS if f in wanted)


def check_folder(folder: Path) -> Path:
    """Creates the folder if needed and proves it can be written to."""
    try:
        if folder.exists() and not folder.is_dir():
            raise RefusedError(
                f"{folder} är en fil, inte en mapp. Välj en mapp att publicera i.",
                f"{folder} is a file, not a folder. Choose a folder to publish in.",
                field="out",
            )
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".lofte-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise RefusedError(
            f"Det går inte att skriva i mappen {folder} ({exc.strerror or exc}). "
            "Inget har publicerats. Välj en mapp du kan skriva i.",
            f"Cannot write in the folder {folder} ({exc.strerror or exc}). "
            "Nothing was published. Choose a folder you can write to.",
            field="out",
        ) from None
    return folder.resolve()


class PublishService:
    def __init__(self, reports: ReportService) -> None:
        self.reports = reports

    def publish(
        self, request: PublishRequest, *, render_card: CardRenderer | None = None
    ) -> PublishResult:
        """Writes the chosen outputs into the folder; returns the files written."""
        formats = parse_formats(request.formats)
        if "cards" in formats and render_card is None:
            raise RefusedError(
                "Bilderna kan inte ritas här (ingen bildritare).",
                "The cards cannot be drawn here (no card renderer).",
            )
        data = self.reports.gather(  # refuses a personnummer in any comment
            ReportRequest(period=request.period, lang=request.lang)
        )
        folder = check_folder(Path(request.out_dir).expanduser())
        outputs = render_outputs(data, formats, render_card)
        result = PublishResult(folder)
        try:
            for name, payload in outputs:
                result.files.append(write_atomic(folder / name, payload, mode=0o644))
        except OSError as exc:
            raise RefusedError(
                f"Det gick inte att skriva i mappen {folder} "
                f"({exc.strerror or exc}). Filer som redan skrevs: "
                f"{len(result.files)}; ingen fil är halvskriven.",
                f"Could not write in the folder {folder} ({exc.strerror or exc}). "
                f"Files already written: {len(result.files)}; none is half-written.",
                field="out",
            ) from None
        return result


def base_name(data: ReportData) -> str:
    return f"uppfoljning-{data.period_code.replace('..', '_')}"


def render_outputs(
    data: ReportData, formats: Sequence[str], render_card: CardRenderer | None
) -> list[tuple[str, bytes]]:
    """(file name, bytes) for every chosen output, all made before any is written."""
    out: list[tuple[str, bytes]] = []
    base = base_name(data)
    if "pdfua" in formats:
        from lofte_desktop.reports.pdfua import render_pdfua

        out.append((f"{base}-tillganglig.pdf", render_pdfua(data)))
    if "html" in formats:
        from lofte_desktop.reports.html import render_html

        out.append((f"{base}.html", render_html(data).encode("utf-8")))
    if "cards" in formats and render_card is not None:
        from lofte_desktop.reports.cards import SIZES, card_specs

        for card in card_specs(data):
            for w, h in SIZES:
                stem = f"{card.stem}-{w}x{h}"
                out.append((f"{stem}.png", render_card(card, w, h)))
                out.append((f"{stem}.txt", (card.alt + "\n").encode("utf-8")))
    if "data" in formats:
        from lofte_desktop.reports.open_data import open_data_csv, open_data_json

        out.append((f"{base}-oppna-data.csv", open_data_csv(data)))
        out.append((f"{base}-oppna-data.json", open_data_json(data)))
    return out
