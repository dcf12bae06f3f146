"""The main window: a side bar of pages and a stack that shows one at a time.

A thin shell. Pages are built on first visit (`page_specs()` factories import their
module lazily), get `activate(**kwargs)` each time they are shown and `retranslate()`
after a language switch. Size, position and splitter state persist in QSettings.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from lofte_desktop.runtime.paths import config_dir, resources_dir
from lofte_desktop.ui.change_poller import ChangePoller
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.i18n import Translations
from lofte_desktop.ui.main_menu import MainMenu
from lofte_desktop.ui.pages import PageSpec, page_specs
from lofte_desktop.ui.widgets.empty_state import NoAgreementBanner


def window_settings() -> QtCore.QSettings:
    """Window geometry lives next to settings.json (isolated in tests)."""
    return QtCore.QSettings(
        str(config_dir() / "window.ini"), QtCore.QSettings.Format.IniFormat
    )


class MainWindow(QtWidgets.QMainWindow):
    pageChanged = QtCore.Signal(str)

    def __init__(
        self,
        ui: UiContext,
        translations: Translations | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.translations = translations
        self.specs: list[PageSpec] = page_specs()
        self.pages: dict[str, QtWidgets.QWidget] = {}
        self._index = {spec.key: i for i, spec in enumerate(self.specs)}
        ui.navigator = self.navigate
        ui.language_switcher = self.set_language
        ui.dialogs.parent = self
        self.setObjectName("MainWindow")

        self.sidebar = QtWidgets.QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QtCore.QSize(22, 22))
        self.sidebar.setSpacing(2)
        # The default highlight hides the blue icons; a softer one keeps them visible.
        self.sidebar.setStyleSheet(
            "QListWidget::item { padding: 4px; }"
            "QListWidget::item:selected { background: palette(midlight);"
            " color: palette(window-text); font-weight: bold; }"
        )
        self.sidebar.setHorizontalScrollBarPolicy(
            QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        icons = resources_dir() / "icons" / "pages"
        for spec in self.specs:
            item = QtWidgets.QListWidgetItem(QtGui.QIcon(str(icons / spec.icon)), "")
            item.setData(QtCore.Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        self.stack = QtWidgets.QStackedWidget()
        for _ in self.specs:
            self.stack.addWidget(QtWidgets.QWidget())
        self.splitter = QtWidgets.QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([220, 1000])
        self.banner = NoAgreementBanner(ui)
        central = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._row_changed)
        ui.bridge.agreementChanged.connect(lambda _e: self._agreement_changed())

        self.menu = MainMenu(self)  # Ctrl+N, Ctrl+1–9, F5, Ctrl+Q
        # Writes made elsewhere (CLI, sync folder, a shared store) arrive by
        # themselves; F5 (the menu's Uppdatera) asks for fresh figures by hand.
        self.poller = ChangePoller(ui, self)
        self.retranslate()
        self._restore_state()
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)

    def _agreement_changed(self) -> None:
        """An agreement was loaded into an empty database: pages built without one
        are built again."""
        had_none = self.banner.isVisibleTo(self)
        self.banner.update_shown()
        if had_none and not self.banner.isVisibleTo(self):
            for key in list(self.pages):
                page = self.pages.pop(key)
                i = self._index[key]
                self.stack.insertWidget(i, QtWidgets.QWidget())
                self.stack.removeWidget(page)
                page.deleteLater()
            self._show(self.current_key())
            self.retranslate()

    # --- pages -------------------------------------------------------------
    def page(self, key: str) -> QtWidgets.QWidget:
        """The page for `key`, built on first use."""
        if key not in self.pages:
            if key != "overview":
                self.ui.services  # noqa: B018 - waits for them after a quick start
            spec = self.specs[self._index[key]]
            widget = spec.factory(self.ui)
            widget.setObjectName(f"page_{key}")
            i = self._index[key]
            old = self.stack.widget(i)
            self.stack.insertWidget(i, widget)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.pages[key] = widget
        return self.pages[key]

    def navigate(self, key: str, **kwargs: Any) -> None:
        if key not in self._index:
            return
        self._pending_kwargs = kwargs
        if self.sidebar.currentRow() == self._index[key]:
            self._show(key)
        else:
            self.sidebar.setCurrentRow(self._index[key])

    def current_key(self) -> str:
        row = max(0, self.sidebar.currentRow())
        return self.specs[row].key

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self._show(self.specs[row].key)

    def _show(self, key: str) -> None:
        kwargs = getattr(self, "_pending_kwargs", {}) or {}
        self._pending_kwargs = {}
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        activate = getattr(page, "activate", None)
        if callable(activate):
            activate(**kwargs)
        self.pageChanged.emit(key)

    def refresh(self) -> None:
        """Every page that shows data reloads (F5): the services publish
        DataChanged, which reaches the pages through the bridge."""
        if self.ui.ready:
            self.ui.worker.run(self.ui.services.changes.refresh)

    # --- language ----------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if self.translations is not None:
            lang = self.translations.apply(lang)
        self.ui.services.settings_service.update(language=lang)
        self.retranslate()
        for page in self.pages.values():
            fn = getattr(page, "retranslate", None)
            if callable(fn):
                fn()
        self.ui.bridge.languageChanged.emit(lang)

    def retranslate(self) -> None:
        self.menu.retranslate()
        self.banner.retranslate()
        for i, spec in enumerate(self.specs):
            item = self.sidebar.item(i)
            item.setText(spec.title())
            item.setToolTip(f"{spec.title()} (Ctrl+{i + 1})" if i < 9 else spec.title())
        self.sidebar.setAccessibleName(self.tr("Sidor"))
        self.stack.setAccessibleName(self.tr("Sidinnehåll"))
        title = "Löfte Desktop"
        name = self.ui.agreement_name()
        if name:
            title += " – " + name
        self.setWindowTitle(title)
        width = max(
            self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 16, 160
        )
        self.sidebar.setMinimumWidth(width)

    # --- state -------------------------------------------------------------
    def _restore_state(self) -> None:
        qs = window_settings()
        geometry = qs.value("geometry")
        if isinstance(geometry, QtCore.QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        state = qs.value("state")
        if isinstance(state, QtCore.QByteArray):
            self.restoreState(state)
        splitter = qs.value("splitter")
        if isinstance(splitter, QtCore.QByteArray):
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        qs = window_settings()
        qs.setValue("geometry", self.saveGeometry())
        qs.setValue("state", self.saveState())
        qs.setValue("splitter", self.splitter.saveState())
        qs.setValue("page", self.current_key())
        qs.sync()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.poller.stop()
        self.save_state()
        for page in self.pages.values():
            fn = getattr(page, "shutdown", None)
            if callable(fn):
                fn()
        self.ui.worker.shutdown()
        super().closeEvent(event)
