"""Keeps None, True and False alive under PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 drops one reference to None each time a void Qt method returns
(`QTimer.stop()`, `QLineEdit.setText()`, `processEvents()` …) and, in places, to
True/False. Python 3.12 made these objects immortal, so there it is harmless; on
3.11 the count reaches zero after some thousands of calls and the interpreter
aborts with "Fatal Python error: none_dealloc". This gives the three singletons a
reference count so high that no session can use it up: they are never freed
anyway, so nothing is lost. Remove once the project requires Python 3.12 or a
PySide6 without the bug.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def protect_singletons() -> None:
    """Idempotent enough: called once at start-up (and by the UI tests)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug build).
        refcnt = ctypes.c_ssize_t.from_address(id(obj))
        if refcnt.value < _HEADROOM:
            refcnt.value += _HEADROOM
