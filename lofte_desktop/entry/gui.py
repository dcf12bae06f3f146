"""`lofte-desktop`: the desktop app, or the bundle's self-test with --self-test.

Also the bundle's script for the windowed executable (app.spec).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """The `lofte-desktop` entry point."""
    args = sys.argv if argv is None else argv
    if "--self-test" in args[1:]:  # before the UI, so no Qt and no display needed
        from lofte_desktop.entry.selftest import run as self_test

        return self_test()
    from lofte_desktop.ui.main import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
