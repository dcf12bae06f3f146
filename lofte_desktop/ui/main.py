"""Starts the GUI: parses --db, builds the services, shows the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def run(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="lofte-desktop")
    parser.add_argument("--db", metavar="PATH")
    args, qt_args = parser.parse_known_args(list(argv)[1:])

    from PySide6 import QtWidgets

    from lofte_desktop.app import build_services

    app = QtWidgets.QApplication([argv[0], *qt_args])
    app.setApplicationName("Löfte Desktop")
    services = build_services(args.db)
    window = QtWidgets.QMainWindow()
    window.setWindowTitle(
        f"Löfte Desktop – {services.agreement.agreement().name}"
        if services.ctx.has_agreement()
        else "Löfte Desktop"
    )
    window.resize(1200, 800)
    window.show()
    code = app.exec()
    services.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(run(sys.argv))
