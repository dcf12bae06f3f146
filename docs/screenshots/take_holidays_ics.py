"""Screenshots of Inställningar → Lov and the .ics export dialog (issue 15).

    .venv/bin/lofte --db /tmp/shots/demo.sqlite init --demo
    .venv/bin/lofte --db /tmp/shots/demo.sqlite plan demo
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \\
        docs/screenshots/take_holidays_ics.py /tmp/shots/demo.sqlite [YYYY-MM-DD]

"Today" is 2024-10-15 unless a date is given; with one, the files get its date
as a suffix (e.g. holidays-2026-11-29.png), for a look at the real date.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(db: str, today: date, suffix: str) -> int:
    os.environ["LOFTE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="lofte-shots-")
    from PySide6 import QtCore, QtWidgets

    from lofte_desktop.app import build_services
    from lofte_desktop.services.settings_file import AppSettings, SettingsStore
    from lofte_desktop.ui.context import build_context
    from lofte_desktop.ui.i18n import Translations
    from lofte_desktop.ui.main_window import MainWindow
    from lofte_desktop.ui.theme import apply_theme

    SettingsStore().save(AppSettings(user_name="Kim Berg", user_party="Polisen"))
    app = QtWidgets.QApplication([sys.argv[0]])
    apply_theme(app)
    translations = Translations(app)
    translations.apply("sv")
    svc = build_services(db, today=lambda: today)
    ui = build_context(svc, synchronous=True)
    window = MainWindow(ui, translations)
    window.resize(1360, 880)
    window.show()

    def settle() -> None:
        for _ in range(8):
            app.processEvents()
            QtCore.QThread.msleep(30)

    window.navigate("settings")
    page = window.pages["settings"]
    box = page.holidays_box  # type: ignore[attr-defined]
    area = page.findChild(QtWidgets.QScrollArea)
    settle()
    if area is not None:
        area.ensureWidgetVisible(box, 0, 40)
    box.table.setCurrentCell(7, 0)
    settle()
    window.grab().save(str(HERE / f"holidays{suffix}.png"))
    print(f"saved holidays{suffix}.png")

    window.navigate("planning")
    planning = window.pages["planning"]
    planning.go_today()  # type: ignore[attr-defined]
    settle()
    window.grab().save(str(HERE / f"planning-idag{suffix}.png"))
    print(f"saved planning-idag{suffix}.png")
    dialog = planning.export_ics()  # type: ignore[attr-defined]
    settle()
    dialog.adjustSize()
    settle()
    dialog.grab().save(str(HERE / f"ics-export{suffix}.png"))
    print(f"saved ics-export{suffix}.png")
    dialog.reject()
    window.close()
    return 0


if __name__ == "__main__":
    pinned = date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else None
    sys.exit(
        main(
            sys.argv[1],
            pinned or date(2024, 10, 15),
            f"-{pinned.isoformat()}" if pinned else "",
        )
    )
