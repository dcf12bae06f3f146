"""`lofte-desktop --self-test`: proves a build (source or bundle) is whole, then exits.

It checks that the bundled resources are where `paths` looks for them, opens a new
database in a fresh temporary folder (running every migration in-process), loads
the built-in catalogue, and renders a one-page PDF report to memory. Nothing is
written outside that temporary folder, and no Qt is imported, so it runs on a
machine without a display. Exit code 0 means every step passed, 1 that one failed.

A windowed Windows executable has no console (sys.stdout is None): the exit code
is then the only answer, so every write below tolerates a missing stream.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

#: Files a whole build must contain, relative to `paths.project_root()`.
REQUIRED = (
    "db/env.py",
    "db/versions/0001_initial.py",
    "resources/catalogues/krokom-2023-2024.toml",
    "resources/translations/argparse_sv.mo",  # the CLI's Swedish argparse words
)


_ENV_KEYS = ("LOFTE_DATA_DIR", "LOFTE_CONFIG_DIR", "LOFTE_DB")

#: The resource folders app.spec bundles (each reported with its file count).
BUNDLED_RESOURCES = ("catalogues", "translations", "fonts", "icons")


class SelfTestError(Exception):
    """A failed step; the message is for the user (Swedish)."""


def _write(stream: TextIO | None, text: str) -> None:
    if stream is not None:
        stream.write(text + "\n")
        stream.flush()


def check_resources() -> str:
    """Raises SelfTestError when a migration or catalogue is missing from the build."""
    from lofte_desktop.runtime.paths import migrations_dir, project_root, resources_dir

    root = project_root()
    missing = [rel for rel in REQUIRED if not (root / rel).is_file()]
    if missing:
        raise SelfTestError(f"filer saknas i {root}: {', '.join(missing)}")
    revisions = sorted((migrations_dir() / "versions").glob("*.py"))
    res = resources_dir()
    counts = {
        sub: sum(1 for p in (res / sub).rglob("*") if p.is_file())
        for sub in BUNDLED_RESOURCES
        if (res / sub).is_dir()
    }
    found = ", ".join(f"{sub} {n}" for sub, n in counts.items())
    return f"{len(revisions)} migreringar; resurser: {found} ({root})"


def check_database(folder: Path) -> str:
    """Creates a database in `folder`, migrates it, loads the built-in catalogue."""
    from lofte_desktop.app import build_services
    from lofte_desktop.services.settings_file import SettingsStore
    from lofte_desktop.storage.migrate import SCHEMA_HEAD, sqlite_revision

    db_path = folder / "data" / "lofte.sqlite"
    services = build_services(
        str(db_path), settings_store=SettingsStore(folder / "config" / "settings.json")
    )
    try:
        revision = sqlite_revision(str(db_path))
        if revision != SCHEMA_HEAD:
            raise SelfTestError(
                f"databasen har schema {revision}, väntade {SCHEMA_HEAD}"
            )
        result = services.agreement.load_catalogue()
        promises = len(result.catalogue.promises)
        if promises == 0:
            raise SelfTestError("katalogen innehåller inga löften")
        name = services.agreement.agreement().name
    finally:
        services.close()
    return f"schema {revision}, {name}: {promises} löften"


def _fallback_pdf() -> bytes:
    """A one-page ReportLab PDF, used until `reports.smoke_pdf` exists."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    pdf.setTitle("Löfte Desktop – självtest")
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(72, 770, "Löfte Desktop – självtest")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 745, "Uppföljning av medborgarlöften: åäö ÅÄÖ")
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def render_report() -> bytes:
    """The reports engineer's smoke PDF when present, else a local one-page PDF."""
    from lofte_desktop import reports

    smoke: Callable[[], bytes] = getattr(reports, "smoke_pdf", None) or _fallback_pdf
    return smoke()


def check_report() -> str:
    data = render_report()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestError("rapporten blev ingen giltig PDF")
    return f"PDF {len(data)} byte"


def check_tagged_report() -> str:
    """The accessible PDF (PDF/UA-1, WeasyPrint, pango): tagged, with /Lang and
    the PDF/UA identification, from the same smoke report data."""
    from lofte_desktop.reports import smoke_data
    from lofte_desktop.reports.pdfua import render_pdfua

    data = render_pdfua(smoke_data(), uncompressed=True)
    if not data.startswith(b"%PDF-"):
        raise SelfTestError("den tillgängliga PDF:en blev ingen giltig PDF")
    for needle in (b"/StructTreeRoot", b"pdfuaid:part", b"/Figure"):
        if needle not in data:
            raise SelfTestError(f"den tillgängliga PDF:en saknar {needle.decode()}")
    return f"PDF/UA {len(data)} byte"


def run(stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Runs every step in a fresh temporary data folder; 0 when all pass, else 1.

    The streams default to sys.stdout/sys.stderr, read at call time.
    """
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    started = time.perf_counter()
    saved = {key: os.environ.get(key) for key in _ENV_KEYS}
    with tempfile.TemporaryDirectory(
        prefix="lofte-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        folder = Path(tmp)
        # Anything that asks paths/settings for the user's folders gets the
        # temporary ones: the self-test never touches real data.
        os.environ["LOFTE_DATA_DIR"] = str(folder / "data")
        os.environ["LOFTE_CONFIG_DIR"] = str(folder / "config")
        os.environ.pop("LOFTE_DB", None)
        try:
            return _run_steps(folder, stdout, stderr, started)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def _run_steps(
    folder: Path, stdout: TextIO | None, stderr: TextIO | None, started: float
) -> int:
    steps: list[tuple[str, Callable[[], str]]] = [
        ("resurser", check_resources),
        ("databas", lambda: check_database(folder)),
        ("rapport", check_report),
        ("tillgänglig rapport", check_tagged_report),
    ]
    for label, step in steps:
        try:
            detail = step()
        except Exception as exc:
            _write(stderr, f"lofte-desktop: självtest misslyckades ({label}): {exc}")
            return 1
        _write(stdout, f"ok  {label}: {detail}")
    _write(stdout, f"Självtest klart på {time.perf_counter() - started:.2f} s.")
    return 0
