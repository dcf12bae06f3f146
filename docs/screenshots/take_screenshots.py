"""Takes the page screenshots in docs/screenshots/ from the demo database.

Run under Xvfb so the real xcb platform and fonts are used:

    .venv/bin/lofte --db /tmp/shots/demo.sqlite init --demo
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \\
        docs/screenshots/take_screenshots.py /tmp/shots/demo.sqlite

"Today" is pinned to 2024-10-15 (inside HT2024) so the figures do not drift;
LOFTE_TODAY=YYYY-MM-DD pins another day (e.g. `LOFTE_TODAY=$(date +%F)` for the
real one), and shots taken on a day other than 2024-10-15 get its date in their
file name (log-errors-2026-11-29.png). The configuration goes to a temporary
folder, never the user's own.

Shots: overview, log, activities, promises, settings by default; also
`log-errors` (Logga after a refused save: every error next to its field) and
`sync` (the Synk page), named on the command line after the database.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
PINNED = date(2024, 10, 15)
TODAY = date.fromisoformat(os.environ.get("LOFTE_TODAY") or PINNED.isoformat())


def main(db: str, only: list[str]) -> int:
    os.environ["LOFTE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="lofte-shots-")
    from PySide6 import QtCore, QtWidgets

    from lofte_desktop.app import build_services
    from lofte_desktop.domain.model import SchoolTerm
    from lofte_desktop.services.settings import AppSettings, SettingsStore
    from lofte_desktop.ui.context import build_context
    from lofte_desktop.ui.i18n import Translations
    from lofte_desktop.ui.main_window import MainWindow
    from lofte_desktop.ui.theme import apply_theme

    SettingsStore().save(
        AppSettings(
            user_name="Kim Berg",
            user_party="Polisen",
            last_type="presence",
            last_place="Centrumparken",
        )
    )
    app = QtWidgets.QApplication([sys.argv[0]])
    apply_theme(app)
    translations = Translations(app)
    translations.apply("sv")
    svc = build_services(db, today=lambda: TODAY)
    ui = build_context(svc, synchronous=True)
    window = MainWindow(ui, translations)
    window.resize(1360, 880)
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            QtCore.QThread.msleep(30)

    keys = only or ["overview", "log", "activities", "promises", "settings"]
    for shot in keys:
        key = "log" if shot == "log-errors" else shot
        window.navigate(key)
        page = window.pages[key]
        if key == "settings":  # example teaching dates, as a user would enter them
            svc.agreement.set_terms(
                school_terms=[
                    SchoolTerm("VT2024", date(2024, 1, 8), date(2024, 6, 12)),
                    SchoolTerm("HT2024", date(2024, 8, 19), date(2024, 12, 20)),
                ]
            )
        if shot == "log":
            form = page.form  # type: ignore[attr-defined]
            form.hours_edit.setText("2,5")
            form.note_edit.setPlainText("Fotpatrull kvällstid, lugnt vid torget.")
        if shot == "sync":  # what has not been sent yet: type names, commas
            page.tabs.setCurrentIndex(3)  # type: ignore[attr-defined]
        if shot == "log-errors":  # a traffic check typed wrong, then Enter
            form = page.form  # type: ignore[attr-defined]
            form.set_type("traffic_check")
            form.place_box.setCurrentText("Rondellen vid Ås")
            if TODAY == PINNED:  # the real day is left as it starts: today
                form.date_field.setText("2024-02-30")
            form.hours_edit.setText("30")
            form.count_edit.clear()
            form.note_edit.setPlainText("Kontroll vid infarten.")
            page.save()  # type: ignore[attr-defined]
        # The dashboard is long: a taller window shows all of it (grab() renders
        # the widget itself, so it may be taller than the Xvfb screen).
        window.resize(1360, 1240 if key == "overview" else 880)
        settle()
        name = shot if TODAY == PINNED else f"{shot}-{TODAY.isoformat()}"
        window.grab().save(str(HERE / f"{name}.png"))
        print(f"saved {name}.png")
    window.close()
    svc.close()
    return 0


if __name__ == "__main__":
    code = main(
        sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/demo.sqlite", sys.argv[2:]
    )
    sys.stdout.flush()
    os._exit(code)  # skip Qt teardown at exit
