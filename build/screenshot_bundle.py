"""Screenshots the built bundle's main window on a fresh data folder, under Xvfb.

    .venv/bin/python build/screenshot_bundle.py [OUT.png]   # after `make dist`

Starts dist/lofte-desktop/lofte-desktop on the xcb platform (a real X server,
Xvfb, started here through xvfb-run when there is no DISPLAY) with empty data and
config folders, answers what a new user is asked (load the Krokom agreement: yes;
your name: a made-up one) with xdotool, then grabs the main window with Qt.
Default output: docs/screenshots/bundle.png. Needs xvfb, xauth and xdotool.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "lofte-desktop" / "lofte-desktop"
OUT = ROOT / "docs" / "screenshots" / "bundle.png"


def find_window(name: str, timeout: float = 60.0) -> str:
    """The id of the first visible X window whose title contains name."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            return found[0]
        time.sleep(0.2)
    raise SystemExit(f"no window named {name!r} within {timeout:.0f} s")


def send(window: str, command: str, *args: str) -> None:
    """Focuses window, then types into it through XTest (`key` or `type`)."""
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
    subprocess.run(["xdotool", command, *args], check=True)


def grab(window: str, out: Path) -> None:
    from PySide6 import QtGui

    app = QtGui.QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    if not screen.grabWindow(int(window)).save(str(out)):
        raise SystemExit(f"could not write {out}")


def main(out: Path) -> int:
    if not BUNDLE.exists():
        raise SystemExit(f"no bundle at {BUNDLE}: run `make dist` first")
    tmp = Path(tempfile.mkdtemp(prefix="lofte-shot-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "LOFTE_DATA_DIR": str(tmp / "data"),
        "LOFTE_CONFIG_DIR": str(tmp / "config"),
        "LOFTE_TODAY": "2024-10-15",  # inside the Krokom agreement's second year
    }
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    app = subprocess.Popen([str(BUNDLE)], env=env)
    try:
        send(find_window("Inget medborgarlöfte"), "key", "Return")  # load Krokom
        welcome = find_window("Välkommen")
        send(welcome, "type", "Kim Exempel")  # a made-up name
        send(welcome, "key", "Return")
        main_window = find_window("Löfte Desktop –")
        time.sleep(2.0)  # the dashboard's figures arrive from the worker thread
        out.parent.mkdir(parents=True, exist_ok=True)
        grab(main_window, out)
    finally:
        app.terminate()
        app.wait(timeout=20)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    if not os.environ.get("DISPLAY"):
        xvfb = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24"]
        sys.exit(subprocess.call([*xvfb, sys.executable, __file__, str(target)]))
    sys.exit(main(target))
