"""Issue 8 figures: the PyInstaller bundle against the same app run from source.

Targets (measured in one run):
- the bundled app starts in at most 1.5x the time of the app run from source
  (launch until the main window runs its event loop, and until the dashboard
  shows its figures);
- the bundle is at most 150 MB.

Needs a built bundle (`make dist`, about two minutes of CPU); without one it says
so and exits 0, so `make bench` does not rebuild it. Both are started the same
way, alternately, on the same demo database with a configured user (no first-start
dialog), with Qt's offscreen platform unless LOFTE_BENCH_QPA names another (e.g.
`xcb` under Xvfb). Each start is timed from just before the process is spawned,
using the app's LOFTE_EXIT_WHEN_READY stamps (see lofte_desktop/ui/main.py).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "lofte-desktop"
SOURCE_EXE = Path(sys.executable).parent / "lofte-desktop"
RUNS = 7
START_TARGET = 1.5
SIZE_TARGET_MB = 150.0


def _env(tmp: Path) -> dict[str, str]:
    return {
        **os.environ,
        "LOFTE_DATA_DIR": str(tmp / "data"),
        "LOFTE_CONFIG_DIR": str(tmp / "config"),
        "LOFTE_TODAY": "2024-10-15",
        "QT_QPA_PLATFORM": os.environ.get("LOFTE_BENCH_QPA", "offscreen"),
    }


def seed(tmp: Path, env: dict[str, str]) -> Path:
    """A demo database and a configured user in tmp, made with the source CLI."""
    db = tmp / "data" / "bench.sqlite"
    subprocess.run(
        [str(Path(sys.executable).parent / "lofte"), "--db", str(db), "init", "--demo"],
        env=env,
        check=True,
        capture_output=True,
    )
    code = (
        "from lofte_desktop.services.settings_file import AppSettings, SettingsStore\n"
        "SettingsStore().save(AppSettings(user_name='Bänk Bänksson', "
        "user_party='Polisen'))\n"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return db


def start(exe: Path, db: Path, env: dict[str, str]) -> dict[str, float]:
    """One start to the end: the app's stamps plus the process's whole life."""
    t0 = time.time()
    out = subprocess.run(
        [str(exe), "--db", str(db)],
        env={**env, "LOFTE_EXIT_WHEN_READY": "1", "LOFTE_T0": repr(t0)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    stamps = {"exit": time.time() - t0}
    for line in out.stdout.splitlines():
        what, _, secs = line.partition(" ")
        if what in ("window", "dashboard"):
            stamps[what] = float(secs)
    if out.returncode != 0 or "window" not in stamps:
        raise SystemExit(
            f"{exe}: no start-up stamp (exit {out.returncode}):\n" + out.stderr[-2000:]
        )
    return stamps


def bundle_mb() -> float:
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def main() -> int:
    bundled = BUNDLE / ("lofte-desktop.exe" if os.name == "nt" else "lofte-desktop")
    if not bundled.exists():
        print(f"no bundle at {BUNDLE}: run `make dist` first (skipped)")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="lofte-bench-bundle-"))
    try:
        env = _env(tmp)
        db = seed(tmp, env)
        start(SOURCE_EXE, db, env)  # warm the page cache and .pyc files of both
        start(bundled, db, env)
        runs: dict[str, list[dict[str, float]]] = {"source": [], "bundle": []}
        for _ in range(RUNS):  # alternate, so machine load hits both alike
            runs["source"].append(start(SOURCE_EXE, db, env))
            runs["bundle"].append(start(bundled, db, env))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"platform {env['QT_QPA_PLATFORM']}, median of {RUNS} starts each")
    print(f"{'':22}{'source':>9}{'bundle':>9}{'ratio':>8}   target")
    worst = 0.0
    for key, label in (
        ("window", "window interactive"),
        ("dashboard", "dashboard figures"),
        ("exit", "whole run (to exit)"),
    ):
        if not all(key in r for r in runs["source"] + runs["bundle"]):
            continue
        src = statistics.median(r[key] for r in runs["source"])
        bun = statistics.median(r[key] for r in runs["bundle"])
        ratio = bun / src
        if key != "exit":
            worst = max(worst, ratio)
        print(
            f"{label:22}{src:8.3f}s{bun:8.3f}s{ratio:7.2f}x   "
            f"{'≤ 1.5x' if key != 'exit' else '(info)'}"
        )
    size = bundle_mb()
    print(f"bundle size: {size:.1f} MB (target ≤ {SIZE_TARGET_MB:.0f} MB)")
    ok = worst <= START_TARGET and size <= SIZE_TARGET_MB
    print("OK" if ok else "OVER TARGET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
