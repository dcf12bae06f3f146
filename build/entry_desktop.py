"""PyInstaller entry for the windowed `lofte-desktop` executable (see app.spec)."""

import sys

from lofte_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
