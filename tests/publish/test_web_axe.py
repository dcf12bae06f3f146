"""The residents' web page meets WCAG 2.1 AA: axe-core in real headless Chromium."""

from __future__ import annotations

from pathlib import Path

from lofte_desktop.app import Services
from lofte_desktop.services.publish import PublishRequest
from tests.publish.axe import run_axe


def test_axe_finds_no_violation_on_the_web_page(
    commented: Services, tmp_path: Path
) -> None:
    result = commented.publish.publish(PublishRequest("HT2024", tmp_path, ("html",)))
    page = result.web_page
    assert page is not None
    found = run_axe(page)
    assert found["violations"] == [], found["violations"]
    assert found["passes"] > 10  # axe really looked at the page


def test_axe_would_see_a_violation(tmp_path: Path) -> None:
    """The runner reports what axe finds (so the test above can fail)."""
    page = tmp_path / "bad.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body><main>"
        '<p style="color:#999;background:#fff">svag kontrast</p>'
        "</main></body></html>",
        encoding="utf-8",
    )
    ids = {v["id"] for v in run_axe(page)["violations"]}
    assert {"html-has-lang", "color-contrast"} <= ids
