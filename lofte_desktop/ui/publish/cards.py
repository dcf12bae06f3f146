"""Draws a social-media card (a CardSpec, from reports/cards.py) as PNG bytes with Qt.

Offscreen: a QImage and a QPainter, no window and no new dependency. The publish
service gets `render_card` from its caller (the UI, or the CLI through
`card_renderer()`), so services/ never imports Qt. DejaVu Sans is loaded from
resources/fonts so a card looks the same on every machine.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6 import QtCore, QtGui, QtWidgets

from lofte_desktop.runtime.paths import resources_dir
from lofte_desktop.services.publish import CardSpec

_FAMILY: list[str] = []


def load_fonts() -> str:
    """Registers DejaVu Sans with Qt (once) and returns its family name."""
    return _family()


def _family() -> str:
    if not _FAMILY:
        family = "DejaVu Sans"
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            fid = QtGui.QFontDatabase.addApplicationFont(
                str(resources_dir() / "fonts" / name)
            )
            fams = QtGui.QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
            if fams:
                family = fams[0]
        _FAMILY.append(family)
    return _FAMILY[0]


def _font(px: float, bold: bool = False) -> QtGui.QFont:
    f = QtGui.QFont(_family())
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


def _text(
    p: QtGui.QPainter,
    rect: QtCore.QRectF,
    text: str,
    font: QtGui.QFont,
    colour: str,
    flags: int = int(
        QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop
    ),
) -> None:
    p.setFont(font)
    p.setPen(QtGui.QColor(colour))
    p.drawText(rect, flags | int(QtCore.Qt.TextFlag.TextWordWrap), text)


def _fit(p: QtGui.QPainter, text: str, width: float, height: float, px: float) -> float:
    """Sets the largest bold font (from `px` down) whose wrapped `text` fits in
    width×height, and returns the height it takes."""
    flags = int(QtCore.Qt.TextFlag.TextWordWrap)
    while True:
        font = _font(px, True)
        rect = QtGui.QFontMetricsF(font).boundingRect(
            QtCore.QRectF(0, 0, width, 10_000), flags, text
        )
        if rect.height() <= height or px <= 20:
            p.setFont(font)
            return float(rect.height())
        px *= 0.9


def render_card(card: CardSpec, width: int, height: int) -> bytes:
    """The card as PNG bytes, `width`×`height` pixels."""
    img = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB32)
    img.fill(QtGui.QColor(card.background))
    p = QtGui.QPainter(img)
    try:
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        unit = min(width / 1080, height / 760)
        pad = 64 * unit
        inner = width - 2 * pad
        y = pad
        title_h = _fit(p, card.title, inner, 150 * unit, 64 * unit)
        _text(
            p,
            QtCore.QRectF(pad, y, inner, title_h),
            card.title,
            _font(p.font().pixelSize(), True),
            card.text,
        )
        y += title_h + 12 * unit
        _text(
            p,
            QtCore.QRectF(pad, y, inner, 90 * unit),
            card.subtitle,
            _font(36 * unit),
            card.muted,
        )
        y += 80 * unit
        square = height >= width
        # The key figures: one white panel each, the number in very large text.
        n = max(1, len(card.figures))
        gap = 24 * unit
        panel_w = (inner - gap * (n - 1)) / n
        panel_h = (330 if square else 250) * unit
        for i, fig in enumerate(card.figures):
            x = pad + i * (panel_w + gap)
            rect = QtCore.QRectF(x, y, panel_w, panel_h)
            p.setPen(QtCore.Qt.PenStyle.NoPen)
            p.setBrush(QtGui.QColor(card.panel))
            p.drawRoundedRect(rect, 18 * unit, 18 * unit)
            _text(
                p,
                rect.adjusted(24 * unit, 16 * unit, -16 * unit, 0),
                fig.value,
                _font((150 if square else 120) * unit, True),
                fig.colour,
            )
            _text(
                p,
                QtCore.QRectF(
                    x + 24 * unit,
                    y + panel_h - 100 * unit,
                    panel_w - 36 * unit,
                    96 * unit,
                ),
                fig.label,
                _font(32 * unit, True),
                fig.colour,
            )
        y += panel_h + 36 * unit
        footer_h = 60 * unit
        room = height - pad - footer_h - y
        if card.quote and room > 40 * unit:
            _text(
                p,
                QtCore.QRectF(pad, y, inner, room),
                f"”{card.quote}”",
                _font(min(36 * unit, room / 5)),
                card.text,
            )
        if card.lines and room > 40 * unit:
            line_px = min(38 * unit, room / max(1, len(card.lines)) * 0.8)
            _text(
                p,
                QtCore.QRectF(pad, y, inner, room),
                "\n".join(card.lines),
                _font(line_px),
                card.text,
            )
        _text(
            p,
            QtCore.QRectF(pad, height - pad - footer_h + 10 * unit, inner, footer_h),
            card.footer,
            _font(30 * unit),
            card.muted,
        )
    finally:
        p.end()
    buf = QtCore.QBuffer()
    buf.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")  # type: ignore[call-overload]
    return bytes(buf.data().data())


def card_renderer() -> Callable[[CardSpec, int, int], bytes]:
    """`render_card`, with an application object made first when none exists (the
    CLI: offscreen, no display needed). It is a QApplication, not a bare
    QGuiApplication: a process that shows widgets later (the app, or a test run
    that calls the CLI in-process) cannot build a widget on a QGuiApplication."""
    if QtGui.QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QtWidgets.QApplication(["lofte"]))
    return render_card


_APP: list[QtGui.QGuiApplication] = []
