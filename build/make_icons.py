"""Renders the application icon's PNGs and Windows .ico from its SVG.

    .venv/bin/python build/make_icons.py

Reads resources/icons/app/lofte-desktop.svg and writes, beside it,
lofte-desktop-<N>.png for each size in SIZES and lofte-desktop.ico (16–256 px).
The outputs are committed, so neither the app nor `make dist` runs this; run it
again after editing the SVG. Qt renders the SVG; the .ico is written here with the
standard library (PNG-compressed entries, which Windows Vista and later read).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons" / "app"
SVG = ICON_DIR / "lofte-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    """The SVG rendered at size×size, as PNG bytes (antialiased, transparent)."""
    from PySide6 import QtCore, QtGui, QtSvg

    renderer = QtSvg.QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QtCore.QRectF(0, 0, size, size))
    painter.end()
    buf = QtCore.QBuffer()
    buf.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, b"PNG")
    return bytes(buf.data().data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG entry per size (width/height 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size
        entries.append(
            struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        )
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtGui

    _app = QtGui.QGuiApplication(sys.argv[:1])
    pngs = {size: render_png(size) for size in SIZES}
    for size, data in pngs.items():
        (ICON_DIR / f"lofte-desktop-{size}.png").write_bytes(data)
    ico = ico_bytes({s: pngs[s] for s in ICO_SIZES})
    (ICON_DIR / "lofte-desktop.ico").write_bytes(ico)
    print(f"wrote {len(SIZES)} PNGs and lofte-desktop.ico to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
