"""PyInstaller entry for the console `lofte` executable (see app.spec)."""

import sys

from lofte_desktop.entry.cli import main

if __name__ == "__main__":
    sys.exit(main())
