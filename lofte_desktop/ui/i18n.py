"""Loads the Qt translations for the UI language and switches them at runtime.

Source strings are Swedish; `resources/translations/lofte_en.qm` holds the English.
Domain texts (types, statuses, errors) follow through `domain.texts.set_language`.
"""

from __future__ import annotations

from PySide6 import QtCore

from lofte_desktop.domain import texts
from lofte_desktop.runtime.paths import resources_dir

LANGUAGES = ("sv", "en")


def translations_dir() -> str:
    return str(resources_dir() / "translations")


class Translations:
    """Owns the installed QTranslators; `apply(lang)` swaps them."""

    def __init__(self, app: QtCore.QCoreApplication) -> None:
        self.app = app
        self.lang = "sv"
        self._installed: list[QtCore.QTranslator] = []

    def apply(self, lang: str) -> str:
        lang = lang if lang in LANGUAGES else "sv"
        for tr in self._installed:
            self.app.removeTranslator(tr)
        self._installed = []
        qt_dir = QtCore.QLibraryInfo.path(
            QtCore.QLibraryInfo.LibraryPath.TranslationsPath
        )
        candidates = [(f"qtbase_{lang}", qt_dir)]
        if lang != "sv":
            candidates.append((f"lofte_{lang}", translations_dir()))
        for name, folder in candidates:
            tr = QtCore.QTranslator(self.app)
            if tr.load(name, folder):
                self.app.installTranslator(tr)
                self._installed.append(tr)
        texts.set_language(lang)
        self.lang = lang
        return lang
