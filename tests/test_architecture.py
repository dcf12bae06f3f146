"""The layering of docs/architecture.md, checked on the source.

The layers, independence and forbidden rules are import-linter contracts in
pyproject.toml ([tool.importlinter]), run here and by `make lint`. This file adds
what the contracts cannot say: no import cycle anywhere in the package, every
top-level module sits in a layer, the contracts bite, no module is over 500 lines,
and the fast lanes load no heavy framework at run time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "lofte_desktop"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _config() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        config: dict[str, object] = tomllib.load(fh)["tool"]["importlinter"]
    return config


def _lint_imports(
    cwd: Path, *args: str, pythonpath: Path | None = None
) -> tuple[int, str]:
    """Runs `lint-imports` in `cwd`: its exit code and its report (unwrapped)."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath or ROOT), "COLUMNS": "1000"}
    out = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
    )
    return out.returncode, out.stdout + out.stderr


def test_the_import_contracts_are_kept() -> None:
    """Every contract: layers, independence and forbidden imports, no exceptions."""
    code, report = _lint_imports(ROOT)
    assert code == 0, report


def test_the_contracts_allow_no_exceptions() -> None:
    contracts = _config()["contracts"]
    assert isinstance(contracts, list) and contracts
    assert all("ignore_imports" not in c for c in contracts)
    assert all(c.get("unmatched_ignore_imports_alerting") is None for c in contracts)


def _layer_modules() -> set[str]:
    contracts = _config()["contracts"]
    assert isinstance(contracts, list)
    (layers,) = [c for c in contracts if c["type"] == "layers"]
    names: set[str] = set()
    for layer in layers["layers"]:
        for part in layer.replace("|", ":").split(":"):
            names.add(part.strip().strip("()"))
    return names


def test_every_top_level_module_sits_in_a_layer() -> None:
    """A new top-level module or package must be placed in the layers, or the
    contracts would not look at it."""
    in_layers = _layer_modules()
    top = {
        f"lofte_desktop.{p.stem}"
        for p in PKG.iterdir()
        if (p.suffix == ".py" and p.stem != "__init__")
        or (p.is_dir() and (p / "__init__.py").exists())
    }
    assert sorted(top - in_layers) == []


def test_no_module_is_over_500_lines() -> None:
    """Modules under ~500 lines (STYLE.md): a longer one has a seam to split on."""
    long = {
        str(path.relative_to(PKG)): n
        for path in sorted(PKG.rglob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components with more than one module (or a module
    importing itself): each is at least one import cycle (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    imported = graph.find_modules_directly_imported_by(child)
                    work.append((child, iter(sorted(imported))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or graph.direct_import_exists(
                    importer=node, imported=node
                ):
                    found.append(sorted(component))
    return found


def _describe(graph: grimp.ImportGraph, component: list[str]) -> str:
    """One cycle through the component's first module, for the failure message."""
    first, members = component[0], set(component)
    for nxt in sorted(graph.find_modules_directly_imported_by(first) & members):
        chain = graph.find_shortest_chain(importer=nxt, imported=first)
        if chain:
            return " -> ".join((first, *chain))
    return ", ".join(component)


def test_no_import_cycles_anywhere_in_the_package() -> None:
    """Module-level cycles, counting imports inside functions and under
    TYPE_CHECKING too: a cycle is a cycle whenever Python follows it."""
    graph = grimp.build_graph("lofte_desktop", cache_dir=None)
    cycles = [_describe(graph, c) for c in _cycles(graph)]
    assert cycles == []


def test_the_cycle_check_finds_a_cycle() -> None:
    graph = grimp.build_graph("lofte_desktop", cache_dir=None)
    graph.add_import(
        importer="lofte_desktop.domain.model", imported="lofte_desktop.domain.terms"
    )
    cycles = _cycles(graph)
    assert any(
        {"lofte_desktop.domain.model", "lofte_desktop.domain.terms"} <= set(c)
        for c in cycles
    )


@pytest.mark.parametrize(
    ("module", "imported", "contract"),
    [
        ("sync.merge", "sqlalchemy", "sync-no-database"),
        ("domain.model", "PySide6", "domain-plain"),
        ("reports.render", "sqlalchemy.orm", "reports-no-qt-no-session"),
        ("storage.meta", "lofte_desktop.services.events", "layers"),
        ("sync.package", "lofte_desktop.storage.models", "back-ends"),
        ("ui.theme", "lofte_desktop.storage.models", "front-ends-through-services"),
        ("services.events", "PySide6.QtCore", "qt-only-in-ui"),
        ("entry.gui", "PySide6.QtWidgets", "entry-qt-through-ui"),
    ],
)
def test_the_contracts_bite(
    tmp_path: Path, module: str, imported: str, contract: str
) -> None:
    """A copy of the package with one forbidden import added: the contract reports
    exactly that import, which it did not report on the unchanged copy."""
    copy = tmp_path / "src"
    shutil.copytree(
        PKG, copy / "lofte_desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    importer = f"lofte_desktop.{module}"
    _, before = _lint_imports(copy, "--contract", contract, pythonpath=copy)
    assert f"{importer} -> " not in before
    target = copy / "lofte_desktop" / (module.replace(".", "/") + ".py")
    source = target.read_text(encoding="utf-8")
    target.write_text(f"{source}\nimport {imported}\n", encoding="utf-8")
    code, after = _lint_imports(copy, "--contract", contract, pythonpath=copy)
    assert code == 1
    # external packages appear squashed to their top-level name
    shown = imported if imported.startswith("lofte_desktop") else imported.split(".")[0]
    assert f"{importer} -> {shown}" in after


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
