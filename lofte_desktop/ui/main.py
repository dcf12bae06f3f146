"""Starts the GUI: parses --db, opens the services (through `app`), shows the
main window. `lofte_desktop.entry.gui` calls `run`.

Environment:
- LOFTE_TODAY=YYYY-MM-DD pins "today" (demos, screenshots, benchmarks).
- LOFTE_EXIT_WHEN_READY=1 prints the seconds from LOFTE_T0 (a time.time() stamp
  the caller takes before starting the process) until the window has first been
  painted ("window …") and until the dashboard shows its figures ("dashboard …"),
  then quits (used by bench/bench_ui.py).
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
    from lofte_desktop.services.first_paint import FirstPaint
    from lofte_desktop.services.settings_file import AppSettings, SettingsStore
    from lofte_desktop.ui.i18n import Translations
    from lofte_desktop.ui.single_instance import SingleInstance


#: Modules the start-up leaves for after the first paint (checked by the tests
#: through LOFTE_EXIT_WHEN_READY): the database layer comes in behind the paint.
_AFTER_THE_PAINT = (
    "alembic",
    "uuid",
    "lofte_desktop.services.container",
    "lofte_desktop.services.events",
    "lofte_desktop.ui.start_checks",
)


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
    from lofte_desktop.services.settings_file import SettingsStore
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
    return _start(app, args.db, target, store, settings, translations, instance)


def _start(
    app: QtWidgets.QApplication,
    db: str | None,
    target: str,
    store: SettingsStore,
    settings: AppSettings,
    translations: Translations,
    instance: SingleInstance,
) -> int:
    """The one start route. The database opens on the worker while the window is
    painted: for a current SQLite file Översikt shows its figures at once, read
    from the activity totals before the database layer is even imported
    (services/first_paint.py); otherwise (a first start, a new or older file, the
    shared store) the pages wait for the services. The import of the database
    layer and the file check (quick_check) run meanwhile, and every write waits
    behind that opening, so nothing is written to a file that fails the check.
    A damaged file offers the latest backup; a shared store out of reach offers
    the local file."""
    from PySide6 import QtCore

    from lofte_desktop.ui.context import build_opening_context
    from lofte_desktop.ui.main_window import MainWindow
    from lofte_desktop.ui.painted import FirstPaintHook
    from lofte_desktop.ui.single_instance import bring_to_front

    first = _first_paint(target, settings)
    ui = build_opening_context(settings, first)

    def build() -> Services:
        from lofte_desktop.app import build_gui_services

        return build_gui_services(db, store, check_first=target if first else None)

    def recover(error: BaseException) -> Services | None:
        """The database failed to open: for a damaged file, the offer to restore
        the latest backup; for a shared store out of reach, the local file;
        otherwise the reason. None ends the app."""
        from lofte_desktop.services.errors import DamagedDatabaseError, OpenError
        from lofte_desktop.ui import start_checks
        from lofte_desktop.ui.pages.shared_store_box import open_local_when_offline

        if isinstance(error, DamagedDatabaseError):
            return start_checks.open_or_recover(build, target, ui.dialogs)
        if isinstance(error, OpenError):
            from lofte_desktop.app import build_gui_services

            local = open_local_when_offline(
                error, lambda path: build_gui_services(path, store), ui.dialogs.confirm
            )
            if local is not None:
                return local
            ui.dialogs.error(
                QtCore.QCoreApplication.translate("main", "Databasen kan inte öppnas"),
                str(error),
            )
        else:
            ui.dialogs.show_exception(error)
        return None

    window: list[MainWindow] = []

    def opened() -> None:
        from lofte_desktop.ui import start_checks

        start_checks.warn_if_network_share(ui.services, ui.dialogs)
        if not ui.services.ctx.has_agreement():
            _offer_catalogue(ui)
        if ui.services.settings.first_start and window:
            _first_start(window[0])

    ui.bridge.servicesReady.connect(lambda: QtCore.QTimer.singleShot(0, opened))
    # Without a first paint the services open at once; with one, the database
    # layer loads behind the painted figures: the build waits on the worker until
    # the window has been painted (or until a page asks for the services).
    ui.open_in_background(build, recover, gated=first is not None)
    window.append(MainWindow(ui, translations))
    instance.activated.connect(lambda: bring_to_front(window[0]))
    painted = FirstPaintHook(window[0])
    if os.environ.get("LOFTE_EXIT_WHEN_READY"):
        # What the first paint had: figures from the totals, none (the services
        # count them), or no first paint; whether the database layer was loaded
        # by the time it was painted (it should not be), and which of the modules
        # left for after the paint were loaded early ("-": none).
        kind = "none" if first is None else "totals" if first.figures else "counting"

        def loaded_at_paint() -> None:
            early = [m for m in _AFTER_THE_PAINT if m in sys.modules]
            print(
                f"first-paint {kind} sqlalchemy={'sqlalchemy' in sys.modules} "
                f"early={','.join(early) or '-'}"
            )

        painted.then(loaded_at_paint)
        _report_ready(window[0], painted)
    painted.then(ui.release_opening)
    window[0].show()
    code = app.exec()
    ui.close()
    return int(code)


def _first_paint(target: str, settings: AppSettings) -> FirstPaint | None:
    """What Översikt shows before the services are open (services/first_paint);
    None at a first start (its dialog may change the database or the agreement)
    and for a file that needs the services first."""
    if settings.first_start:
        return None
    from lofte_desktop.services.first_paint import first_paint

    today = _today_from_env() or date.today
    return first_paint(
        target, today(), settings.language or "sv", own=settings.own_agreement or None
    )


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


def _report_ready(window: object, painted: object) -> None:
    """Prints when the window has first been painted ("window"), when the
    dashboard's figures are on screen ("dashboard") and when the services are
    open ("services"); then quits. The stamps are taken as the first paint's
    hook runs, before anything else waiting for the paint."""
    from PySide6 import QtCore

    from lofte_desktop.ui.main_window import MainWindow
    from lofte_desktop.ui.painted import FirstPaintHook

    assert isinstance(window, MainWindow)
    assert isinstance(painted, FirstPaintHook)
    t0 = float(os.environ.get("LOFTE_T0", "0") or 0) or time.time()
    waiting = {"dashboard"} if window.ui.ready else {"dashboard", "services"}

    def stamp(what: str) -> None:
        print(f"{what} {time.time() - t0:.4f}", flush=True)
        waiting.discard(what)
        if not waiting:
            window.close()

    painted.then(lambda: stamp("window"))
    window.ui.bridge.servicesReady.connect(lambda: stamp("services"))
    overview = window.pages.get("overview")
    shown = getattr(overview, "figuresShown", None)
    if shown is None:
        QtCore.QTimer.singleShot(0, window.close)
    elif getattr(overview, "figures_on_screen", False):
        # Painted from the first paint.
        painted.then(lambda: stamp("dashboard"))
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
