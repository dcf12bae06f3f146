"""`lofte-desktop --self-test`: the check `make dist` runs on the built bundle."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from lofte_desktop.entry import selftest


def test_self_test_passes_without_touching_the_users_folders(tmp_path: Path) -> None:
    user = tmp_path / "user"
    os.environ["LOFTE_DATA_DIR"] = str(user / "data")
    os.environ["LOFTE_CONFIG_DIR"] = str(user / "config")
    out, err = io.StringIO(), io.StringIO()

    assert selftest.run(out, err) == 0

    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines[:3]] == [
        "ok  resurser",
        "ok  databas",
        "ok  rapport",
    ]
    assert "11 löften" in lines[1]
    assert err.getvalue() == ""
    assert not user.exists()  # data and settings went to a temporary folder
    assert os.environ["LOFTE_DATA_DIR"] == str(user / "data")  # restored


def test_the_report_step_renders_a_real_one_page_pdf() -> None:
    pdf = selftest.render_report()

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    assert reader.pages[0].extract_text().strip()


def test_a_bundle_without_its_migrations_fails_with_a_swedish_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "catalogues").mkdir(parents=True)
    monkeypatch.setattr("lofte_desktop.runtime.paths.project_root", lambda: tmp_path)
    out, err = io.StringIO(), io.StringIO()

    assert selftest.run(out, err) == 1

    assert "självtest misslyckades (resurser)" in err.getvalue()
    assert "db/env.py" in err.getvalue()
    assert "ok  databas" not in out.getvalue()


def test_a_failing_step_stops_the_run_with_exit_1(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_pdf() -> bytes:
        return b"not a pdf"

    monkeypatch.setattr(selftest, "render_report", broken_pdf)
    err = io.StringIO()

    assert selftest.run(io.StringIO(), err) == 1
    assert "rapporten blev ingen giltig PDF" in err.getvalue()


def test_lofte_desktop_self_test_needs_no_qt_and_exits_0() -> None:
    code = (
        "import sys\n"
        "from lofte_desktop.entry.gui import main\n"
        "rc = main(['lofte-desktop', '--self-test'])\n"
        "print('QT-LOADED', 'PySide6' in sys.modules)\n"
        "sys.exit(rc)\n"
    )
    env = {
        k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")
    }
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env
    )

    assert out.returncode == 0, out.stderr
    assert "Självtest klart" in out.stdout
    assert "QT-LOADED False" in out.stdout
