"""Runs axe-core on an HTML file in real headless Chromium (Debian's `chromium`).

axe.min.js (npm, tests/web/package.json; `npm ci` when node_modules is missing) is
inlined into a copy of the page with a small script that runs axe for WCAG 2.1 A
and AA and writes the result into the DOM; chromium's --dump-dom prints it.
Without chromium, node or npm the test is skipped locally and fails in CI.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

WEB = Path(__file__).resolve().parent.parent / "web"
AXE = WEB / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)

RUNNER = """
<script>
axe.run(document, {runOnly: {type: 'tag',
  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
 .then(function (r) { var pre = document.createElement('pre');
   pre.id = 'axe-result'; pre.textContent = JSON.stringify({violations: r.violations.map(
     function (v) { return {id: v.id, impact: v.impact, help: v.help,
       nodes: v.nodes.map(function (n) { return n.html; }).slice(0, 5)}; }),
     passes: r.passes.length});
   document.body.appendChild(pre); })
 .catch(function (e) { var pre = document.createElement('pre');
   pre.id = 'axe-result'; pre.textContent = JSON.stringify({error: String(e)});
   document.body.appendChild(pre); });
</script>
"""


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing (Makefile TEST_APT installs it)")
        pytest.skip(f"{tool} is not installed")
    return path


def chromium() -> str:
    return need("chromium")


def ensure_axe() -> Path:
    if not AXE.exists():
        npm = need("npm")
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"], cwd=WEB, check=True, timeout=300
        )
    return AXE


def run_axe(page: Path) -> dict[str, Any]:
    """axe-core's violations (WCAG 2.1 A and AA) for the page, in Chromium."""
    browser = chromium()
    axe = ensure_axe().read_text(encoding="utf-8")
    source = page.read_text(encoding="utf-8")
    injected = source.replace("</body>", f"<script>{axe}</script>{RUNNER}</body>", 1)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "page.html"
        copy.write_text(injected, encoding="utf-8")
        out = subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={tmp}/profile",
                "--virtual-time-budget=30000",
                "--dump-dom",
                copy.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
    m = re.search(r'<pre id="axe-result">(.*?)</pre>', out.stdout, re.S)
    assert m, f"axe wrote no result; chromium said: {out.stderr[-2000:]}"
    result: dict[str, Any] = json.loads(html.unescape(m.group(1)))
    assert "error" not in result, result
    return result


def screenshot(page: Path, out: Path, width: int, height: int) -> None:
    """A PNG of the page at width×height (phone or desktop)."""
    browser = chromium()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={tmp}/profile",
                "--hide-scrollbars",
                f"--window-size={width},{height}",
                f"--screenshot={out}",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=180,
            check=True,
        )
