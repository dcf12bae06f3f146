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
`log-errors` (Logga after a refused save: every error next to its field),
`log-own-types` (Logga on a database with vadstena-2018-2019: its own types) and
`sync` (the Synk page), `import`, `new-agreement` (Löften → Nytt
medborgarlöfte…), `edit-agreement` (Löften → Ändra medborgarlöftet…), the
editor's dialogs (`editor`, or one of editor_shots.KEYS) and `sync-held` (Synk →
Exportera paket… for a device still on 0.1.0), named on the command line after the
database.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PINNED = date(2024, 10, 15)
TODAY = date.fromisoformat(os.environ.get("LOFTE_TODAY") or PINNED.isoformat())
#: LOFTE_SHOT_PREFIX=tertial- names the shots of another database apart.
PREFIX = os.environ.get("LOFTE_SHOT_PREFIX", "")


def main(db: str, only: list[str]) -> int:
    os.environ["LOFTE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="lofte-shots-")
    from PySide6 import QtCore, QtWidgets

    from lofte_desktop.app import build_services
    from lofte_desktop.domain.model import SchoolTerm
    from lofte_desktop.services.settings_file import AppSettings, SettingsStore
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

    keys = only or ["overview", "log", "activities", "promises", "settings", "import"]
    if "import" in keys:
        keys.remove("import")
        import_dialog(ui, window, settle)
    if "new-agreement" in keys:
        keys.remove("new-agreement")
        new_agreement_dialog(ui, window, settle)
    if "edit-agreement" in keys:
        keys.remove("edit-agreement")
        edit_agreement_dialog(ui, window, settle)
    if "sync-held" in keys:
        keys.remove("sync-held")
        sync_held_dialog(ui, window, settle)
    sys.path.insert(0, str(HERE))
    import editor_shots

    editor_shots.take(keys, ui, window, settle, TODAY, PINNED)
    for shot in keys:
        key = "log" if shot in ("log-errors", "log-own-types") else shot
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
        if shot == "log-own-types":  # an agreement's own type (Vadstena 2018–2019)
            form = page.form  # type: ignore[attr-defined]
            form.set_type("grannsamverkan_omrade")
            form.count_edit.setText("2")
            form.place_box.setCurrentText("Borghamn")
            form.note_edit.setPlainText("Två nya områden efter informationsträffen.")
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
        name = PREFIX + (shot if TODAY == PINNED else f"{shot}-{TODAY.isoformat()}")
        window.grab().save(str(HERE / f"{name}.png"))
        print(f"saved {name}.png")
    window.close()
    svc.close()
    return 0


def sample_log(path: Path) -> Path:
    """A made-up log as a team keeps it in Excel, with the mistakes such logs have."""
    from openpyxl import Workbook

    from lofte_desktop.domain.pii import luhn_digit

    pnr = "810101-123" + luhn_digit("810101123")  # made up, never a real person
    rows: list[list[object]] = [
        [date(2024, 9, 3), "Skolbesök Ås", "Ås skola", None, 24, "Åk 8"],
        [date(2024, 9, 5), "Trafikkontroll E14", "E14 Krokom", 1.5, 62, ""],
        [date(2024, 9, 6), "Närvaro", "Centrumparken", 2.5, None, "Lugnt"],
        ["2024-09-31", "Närvaro", "Resecentrum", 2, None, ""],
        [date(2024, 9, 12), "Föräldramöte", "Nälden skola", None, 31, "Tema nätet"],
        [date(2024, 9, 13), "Närvaro", "Centrumparken", 26, None, ""],
        [date(2024, 9, 17), "Skolbesök Nälden", "Nälden skola", None, 18, ""],
        [date(2024, 9, 19), "Närvaro", "Torget", 2, None, f"Pratade med {pnr}"],
        [date(2024, 9, 24), "Fika med rektor", "Ås skola", 1, None, ""],
        [date(2019, 5, 2), "Närvaro", "Torget", 2, None, ""],
        [date(2024, 9, 26), "Trafikkontroll E14", "E14 Krokom", 0.75, 40, ""],
    ]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Datum", "Aktivitet", "Skola", "Timmar", "Antal", "Anteckning"])
    for row in rows:
        ws.append(row)
    for cells in ws.iter_rows(min_row=2, max_col=1):
        cells[0].number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


def import_dialog(ui: Any, window: Any, settle: Any) -> None:
    """Importera från Excel… with a preview that shows errors."""
    from lofte_desktop.ui.dialogs.import_dialog import ImportDialog

    window.navigate("activities")
    sheet = sample_log(
        Path(tempfile.mkdtemp(prefix="lofte-shots-")) / "logg-ht2024.xlsx"
    )
    dialog = ImportDialog(ui, window)
    dialog.show()
    dialog.open_file(str(sheet))
    _box, check = dialog.type_rows["Skolbesök Ås"]
    check.click()  # the user confirms "Skolbesök …"; the rest still wait
    dialog.table.setFocus()
    dialog.table.selectRow(7)  # the row with a personnummer: its errors in full
    settle()
    dialog.grab().save(str(HERE / "import.png"))
    print("saved import.png")
    dialog.close()


def new_agreement_dialog(ui: Any, window: Any, settle: Any) -> None:
    """Löften → Nytt medborgarlöfte…: the renewal suggested from the newest
    agreement, with one field typed wrong (its error inline)."""
    from lofte_desktop.ui.dialogs.new_agreement_dialog import NewAgreementDialog

    window.navigate("promises")
    dialog = NewAgreementDialog(ui, window)
    dialog.show()
    dialog.edits["agreement_end"].setText("2028-02-30")
    dialog.create_agreement()
    settle()
    name = "new-agreement" if TODAY == PINNED else f"new-agreement-{TODAY.isoformat()}"
    dialog.grab().save(str(HERE / f"{name}.png"))
    print(f"saved {name}.png")
    dialog.close()


def edit_agreement_dialog(ui: Any, window: Any, settle: Any) -> None:
    """Löften → Ändra…: a party a promise names removed (refused inline)."""
    from lofte_desktop.ui.dialogs.edit_agreement_dialog import EditAgreementDialog

    window.navigate("promises")
    a = ui.services.agreement.agreement()
    dialog = EditAgreementDialog(ui, a, window)
    dialog.show()
    dialog.parties_edit.setPlainText("\n".join([*a.parties[:2], "Räddningstjänsten"]))
    dialog.save()
    settle()
    name = "edit-agreement" if TODAY == PINNED else f"edit-agreement-{TODAY.isoformat()}"
    dialog.grab().save(str(HERE / f"{name}.png"))
    print(f"saved {name}.png")
    dialog.close()


def sync_held_dialog(ui: Any, window: Any, settle: Any) -> None:
    """Synk → Exportera paket… for a device whose last package came from 0.1.0:
    the message names what waits until it upgrades."""
    from PySide6 import QtWidgets

    from lofte_desktop.app import build_services
    from lofte_desktop.services.sync_versions import remember_writer
    from lofte_desktop.sync.package import Writer

    folder = Path(tempfile.mkdtemp(prefix="lofte-shots-"))
    police = build_services(str(folder / "polis.sqlite"), today=lambda: TODAY)
    police.agreement.load_catalogue()
    police.sync.set_identity(name="Polisen Krokom", party="Polisen")
    ui.services.sync.trust(police.sync.fingerprint)
    ui.services.sync.import_file(police.sync.export(folder / "polis.loftesync").path)
    with ui.services.ctx.db.write_connection() as conn:  # as 0.1.0 would have sent
        remember_writer(conn, police.ctx.device_id, Writer("0.1.0", 1, 1))
    police.close()
    window.navigate("sync")
    page = window.pages["sync"]
    shown: list[Any] = []

    def info(title: str, text: str) -> None:  # shown, not run modally
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information, title, text, parent=window
        )
        box.show()
        shown.append(box)

    ui.dialogs.save_file = lambda *_a, **_k: str(folder / "till-polisen.loftesync")
    ui.dialogs.info = info
    page.export_button.click()
    settle()
    name = "sync-held" if TODAY == PINNED else f"sync-held-{TODAY.isoformat()}"
    shown[-1].grab().save(str(HERE / f"{name}.png"))
    print(f"saved {name}.png")
    shown[-1].close()


if __name__ == "__main__":
    code = main(
        sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/demo.sqlite", sys.argv[2:]
    )
    sys.stdout.flush()
    os._exit(code)  # skip Qt teardown at exit
