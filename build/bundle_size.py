"""Prints the size of a built bundle against the 150 MB target (`make dist`).

    python build/bundle_size.py dist/lofte-desktop

Counts the files' own sizes (what a zip or an installer carries), in MB of
1,000,000 bytes. Warns above the target but does not fail: the self-test decides
whether the build is usable.
"""

from __future__ import annotations

import sys
from pathlib import Path

TARGET_MB = 150.0


def folder_size(folder: Path) -> tuple[int, int]:
    """(total bytes, number of files) under folder, symlinks not followed."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "dist/lofte-desktop")
    if not folder.is_dir():
        print(f"bundle_size: {folder} finns inte", file=sys.stderr)
        return 1
    total, count = folder_size(folder)
    mb = total / 1e6
    verdict = "inom målet" if mb <= TARGET_MB else "ÖVER MÅLET"
    print(
        f"Paketets storlek: {mb:.1f} MB ({total / 2**20:.1f} MiB, {count} filer) "
        f"– mål högst {TARGET_MB:.0f} MB: {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
