"""The `lofte` entry point (pyproject's [project.scripts], the bundle's `lofte`).

The CLI imports no `ui`; this is where the Qt card painter that `lofte publish`
needs is handed to it. The painter is imported only when a command draws cards,
so `lofte --help` and `lofte log` load no Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from lofte_desktop.cli import run


def card_painter() -> Callable[..., bytes]:
    """The social-media card renderer (Qt, offscreen; ui/publish/cards.py)."""
    from lofte_desktop.ui.publish.cards import card_renderer

    return card_renderer()


def main(argv: Sequence[str] | None = None) -> int:
    return run.main(argv, card_painter=card_painter)


if __name__ == "__main__":
    sys.exit(main())
