"""Screenshots of Uppföljning's Kommentarer and Publicera dialogs (docs/publish/).

    .venv/bin/lofte --db /tmp/shots/demo.sqlite init --demo
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \\
        docs/publish/take_screenshots.py /tmp/shots/demo.sqlite

"Today" is pinned to 2024-10-15 (LOFTE_TODAY in the app) so the figures do not
drift; the configuration goes to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(db: str) -> int:
    os.environ["LOFTE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="lofte-shots-")
    from PySide6 import QtCore, QtWidgets

    from lofte_desktop.app import build_services
    from lofte_desktop.ui.context import build_context
    from lofte_desktop.ui.pages.report_page import ReportPage
    from lofte_desktop.ui.theme import apply_theme

    app = QtWidgets.QApplication([sys.argv[0]])
    apply_theme(app)
    svc = build_services(db, today=lambda: date(2024, 10, 15))
    svc.comments.set_promise_comment(
        "HT2024", "B2", "Inte genomfört: polisen saknade personal i oktober. "
        "Görs i februari."
    )
    ui = build_context(svc, synchronous=True)
    page = ReportPage(ui)
    page.resize(1100, 700)
    page.show()
    page.activate(period="HT2024")

    def settle() -> None:
        for _ in range(10):
            app.processEvents()
            QtCore.QThread.msleep(30)

    for name, dialog in (
        ("ui-kommentarer", page.edit_comments()),
        ("ui-publicera", page.open_publish()),
    ):
        assert dialog is not None
        settle()
        dialog.grab().save(str(HERE / f"{name}.png"))
        dialog.close()
    svc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
