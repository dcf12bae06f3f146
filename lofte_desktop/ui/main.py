"""Starts the GUI: parses --db, opens the services (through `app`), shows the
main window. `lofte_desktop.entry.gui` calls `run`.

Environment:
- LOFTE_TODAY=YYYY-MM-DD pins "today" (demos, screenshots, benchmarks).
- LOFTE_EXIT_WHEN_READY=1 prints the seconds from LOFTE_T0 (a time.time() stamp
  the caller takes before starting the process) until the window is interactive
  ("window …") and until the dashboard shows its figures ("dashboard …"), then
  quits (used by bench/bench_ui.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6 import QtWidgets
    from PySide6.QtGui import QIcon

    from lofte_desktop.services.container import Services
    from lofte_desktop.services.settings import AppSettings, SettingsStore
    from lofte_desktop.ui.i18n import Translations
    from lofte_desktop.ui.single_instance import SingleInstance


def _today_from_env() -> Callable[[], date] | None:
    from lofte_desktop.runtime.clock import today_from_env

    return today_from_env("lofte-desktop")


def run(argv: Sequence[str]) -> int:
    """Starts the GUI (called by `lofte_desktop.entry.gui`); the exit code."""
    parser = argparse.ArgumentParser(prog="lofte-desktop")
    parser.add_argument("--db", metavar="PATH")
    args, qt_args = parser.parse_known_args(list(argv)[1:])

    from PySide6 import QtWidgets

    from lofte_desktop.app import database_target
    from lofte_desktop.services.settings import SettingsStore
    from lofte_desktop.ui.i18n import Translations
    from lofte_desktop.ui.single_instance import SingleInstance
    from lofte_desktop.ui.theme import apply_theme

    app = QtWidgets.QApplication([argv[0], *qt_args])
    app.setApplicationName("Löfte Desktop")
    app.setWindowIcon(_app_icon())
    app.setOrganizationName("lofte")
    apply_theme(app)
    store = SettingsStore()
    translations = Translations(app)
    settings = store.load()
    translations.apply(settings.language)

    target = database_target(args.db, settings)
    instance = SingleInstance(target)
    if not instance.claim():
        return 0  # the GUI already open on this database was raised instead
    quick = _run_quick(app, args.db, target, store, settings, translations, instance)
    if quick is not None:
        return quick
    return _run_opened(app, args.db, target, store, translations, instance)


def _run_opened(
    app: QtWidgets.QApplication,
    db: str | None,
    target: str,
    store: SettingsStore,
    translations: Translations,
    instance: SingleInstance,
) -> int:
    """Opens the database (offering a backup for a damaged file, the local file
    when the shared store is out of reach), then shows the window."""
    from PySide6 import QtCore, QtWidgets

    from lofte_desktop.app import build_gui_services
    from lofte_desktop.services.errors import OpenError
    from lofte_desktop.ui import start_checks
    from lofte_desktop.ui.dialog_service import DialogService

    try:
        opened = start_checks.open_or_recover(
            lambda: build_gui_services(db, store), target, DialogService()
        )
    except OpenError as exc:
        from lofte_desktop.ui.pages.shared_store_box import open_local_when_offline

        opened = open_local_when_offline(
            exc, lambda path: build_gui_services(path, store), DialogService().confirm
        )
        if opened is None:
            QtWidgets.QMessageBox.critical(
                None,
                QtCore.QCoreApplication.translate("main", "Databasen kan inte öppnas"),
                str(exc),
            )
            return 1
    if opened is None:  # a damaged database the user did not restore
        return 1
    services = opened

    from lofte_desktop.ui.context import build_context
    from lofte_desktop.ui.main_window import MainWindow
    from lofte_desktop.ui.single_instance import bring_to_front

    ui = build_context(services)
    if not services.ctx.has_agreement():
        _offer_catalogue(ui)
    window = MainWindow(ui, translations)
    instance.activated.connect(lambda: bring_to_front(window))
    window.show()
    QtCore.QTimer.singleShot(
        0, lambda: start_checks.warn_if_network_share(services, ui.dialogs)
    )
    if services.settings.first_start:
        QtCore.QTimer.singleShot(0, lambda: _first_start(window))
    if os.environ.get("LOFTE_EXIT_WHEN_READY"):
        _report_ready(app, window)
    code = app.exec()
    ui.close()
    return int(code)


def _run_quick(
    app: QtWidgets.QApplication,
    db: str | None,
    target: str,
    store: SettingsStore,
    settings: AppSettings,
    translations: Translations,
    instance: SingleInstance,
) -> int | None:
    """The quick start route, whole: None when it does not apply (a first start,
    or a file that needs the normal way, see services/quick_start); else the
    app's exit code.

    Paints the window and Översikt from the quick start at once, then opens the
    database on the worker: the import of the database layer and the file check
    (quick_check) run while the user already sees the figures. Every write waits
    behind that opening, so nothing is written to a file that fails the check."""
    if settings.first_start:
        return None
    from lofte_desktop.services.quick_start import quick_start

    today = _today_from_env() or date.today
    quick = quick_start(
        target, today(), settings.language or "sv", own=settings.own_agreement or None
    )
    if quick is None:
        return None

    from PySide6 import QtCore

    from lofte_desktop.ui import start_checks
    from lofte_desktop.ui.context import build_quick_context
    from lofte_desktop.ui.main_window import MainWindow
    from lofte_desktop.ui.single_instance import bring_to_front

    ui = build_quick_context(settings, quick)
    window = MainWindow(ui, translations)
    instance.activated.connect(lambda: bring_to_front(window))
    window.show()

    def build() -> Services:
        from lofte_desktop.app import build_gui_services

        return build_gui_services(db, store, check_first=target)

    def recover(error: BaseException) -> Services | None:
        """The database failed to open after the first paint: for a damaged file,
        the offer to restore the latest backup; otherwise the reason. None ends
        the app."""
        from lofte_desktop.services.errors import DamagedDatabaseError, OpenError

        if isinstance(error, DamagedDatabaseError):
            return start_checks.open_or_recover(build, target, ui.dialogs)
        if isinstance(error, OpenError):
            ui.dialogs.error(
                QtCore.QCoreApplication.translate("main", "Databasen kan inte öppnas"),
                str(error),
            )
        else:
            ui.dialogs.show_exception(error)
        return None

    ui.bridge.servicesReady.connect(
        lambda: QtCore.QTimer.singleShot(
            0, lambda: start_checks.warn_if_network_share(ui.services, ui.dialogs)
        )
    )
    if os.environ.get("LOFTE_EXIT_WHEN_READY"):
        # What the first paint had: the snapshot's figures or none yet, and
        # whether the database layer was loaded for it (it should not be).
        painted = "snapshot" if quick.figures is not None else "counting"
        print(f"first-paint {painted} sqlalchemy={'sqlalchemy' in sys.modules}")
        _report_ready(app, window)
    ui.open_in_background(build, recover)
    code = app.exec()
    ui.close()
    return int(code)


def _offer_catalogue(ui: object) -> None:
    """An empty database: load the built-in agreement so the pages have content."""
    from PySide6 import QtCore

    from lofte_desktop.ui.context import UiContext

    assert isinstance(ui, UiContext)
    if ui.dialogs.confirm(
        QtCore.QCoreApplication.translate("main", "Inget medborgarlöfte"),
        QtCore.QCoreApplication.translate(
            "main",
            "Databasen har inget medborgarlöfte ännu. Läsa in Krokoms medborgarlöfte "
            "2023–2024?",
        ),
    ):
        ui.services.agreement.load_catalogue()


def _first_start(window: object) -> None:
    from lofte_desktop.ui.dialogs.first_start_dialog import FirstStartDialog
    from lofte_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    FirstStartDialog(window.ui, window).exec()


def _report_ready(app: object, window: object) -> None:
    """Prints when the window first runs its event loop ("window"), when the
    dashboard's figures are on screen ("dashboard") and, after a quick start, when
    the services are open ("services"); then quits."""
    from PySide6 import QtCore

    from lofte_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    t0 = float(os.environ.get("LOFTE_T0", "0") or 0) or time.time()
    waiting = {"dashboard"} if window.ui.ready else {"dashboard", "services"}

    def stamp(what: str) -> None:
        print(f"{what} {time.time() - t0:.4f}", flush=True)
        waiting.discard(what)
        if not waiting:
            window.close()

    QtCore.QTimer.singleShot(0, lambda: stamp("window"))
    window.ui.bridge.servicesReady.connect(lambda: stamp("services"))
    overview = window.pages.get("overview")
    shown = getattr(overview, "figuresShown", None)
    if shown is None:
        QtCore.QTimer.singleShot(0, window.close)
    elif getattr(overview, "figures_on_screen", False):
        # Painted from the quick start, before the event loop ran.
        QtCore.QTimer.singleShot(0, lambda: stamp("dashboard"))
    else:
        shown.connect(lambda: stamp("dashboard"))


def _app_icon() -> QIcon:
    """The shield icon at every size we ship (task bar, Alt+Tab, title bar)."""
    from PySide6 import QtGui

    from lofte_desktop.runtime.paths import resources_dir

    icon = QtGui.QIcon()
    for png in sorted((resources_dir() / "icons" / "app").glob("lofte-desktop-*.png")):
        icon.addFile(str(png))
    return icon
