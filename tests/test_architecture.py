"""The layering rules of STYLE.md, checked on the source."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "lofte_desktop"
FRAMEWORKS = ("PySide6", "sqlalchemy", "reportlab", "alembic")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(sub: str) -> list[Path]:
    """The modules of a package or single module; [] when it does not exist (yet)."""
    if (PKG / sub).is_dir():
        return sorted((PKG / sub).rglob("*.py"))
    single = PKG / f"{sub}.py"
    return [single] if single.exists() else []


def test_domain_imports_no_framework() -> None:
    offenders = [
        (p.name, m)
        for p in _modules("domain")
        for m in _imports(p)
        if m.split(".")[0] in FRAMEWORKS
        or m.startswith(
            (
                "lofte_desktop.storage",
                "lofte_desktop.services",
                "lofte_desktop.ui",
                "lofte_desktop.sync",
                "lofte_desktop.reports",
            )
        )
    ]
    assert offenders == []


def test_only_ui_imports_qt() -> None:
    offenders = [
        str(p.relative_to(PKG))
        for p in PKG.rglob("*.py")
        if "ui" not in p.relative_to(PKG).parts
        and any(m.split(".")[0] == "PySide6" for m in _imports(p))
    ]
    assert offenders == []


def test_services_do_not_import_ui() -> None:
    offenders = [
        str(p.relative_to(PKG))
        for sub in ("services", "storage", "sync", "reports", "domain")
        for p in _modules(sub)
        if any(m.startswith("lofte_desktop.ui") for m in _imports(p))
    ]
    assert offenders == []


def test_reports_and_sync_stay_out_of_qt_and_sessions() -> None:
    offenders = [
        str(p.relative_to(PKG))
        for sub in ("reports",)
        for p in _modules(sub)
        if any(m.split(".")[0] in ("PySide6", "sqlalchemy") for m in _imports(p))
    ]
    assert offenders == []


def test_cli_help_imports_no_heavy_framework() -> None:
    code = (
        "import sys; from lofte_desktop import cli\n"
        "try:\n    cli.main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('sqlalchemy', 'PySide6', 'reportlab', 'alembic') "
        "if m in sys.modules]\nprint('HEAVY=' + ','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "användning: lofte" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


def test_the_first_paint_and_the_fast_log_need_no_database_framework() -> None:
    """The first paint (Översikt before SQLAlchemy is loaded) and `lofte log`'s fast
    path: importing them loads neither SQLAlchemy nor Alembic nor ReportLab."""
    code = (
        "import sys\n"
        "import lofte_desktop.services.first_paint, lofte_desktop.storage.fast_log\n"
        "import lofte_desktop.ui.main, lofte_desktop.ui.context\n"
        "import lofte_desktop.ui.main_window, lofte_desktop.ui.pages.overview_page\n"
        "heavy = [m for m in ('sqlalchemy', 'reportlab', 'alembic') "
        "if m in sys.modules]\nprint('HEAVY=' + ','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="
