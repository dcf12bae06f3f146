"""argparse's own words in Swedish: "användning:", "flaggor", "fel:", and its errors.

argparse looks up every text of its own through gettext (`_` and `ngettext`, bound in
its module when it is imported). gettext's global lookup would pick the language
from the environment; the `lofte` command is Swedish whatever the locale, so it
loads the compiled catalogue resources/translations/argparse_sv.mo (source:
argparse_sv.po, `make translations`) with the standard library's GNUTranslations
and hands its lookups to argparse, before any parser is built (group titles and
the -h help are made when a parser is created).
"""

from __future__ import annotations

import argparse
import gettext

from lofte_desktop.runtime.paths import resources_dir

CATALOGUE = "argparse_sv.mo"

_installed: list[gettext.NullTranslations] = []


def catalogue() -> gettext.NullTranslations:
    """The Swedish catalogue (English, argparse's own, if the file is missing)."""
    path = resources_dir() / "translations" / CATALOGUE
    try:
        with path.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    except OSError:
        return gettext.NullTranslations()


def install() -> None:
    """Makes argparse speak Swedish in this process (idempotent)."""
    if _installed:
        return
    translation = catalogue()
    argparse._ = translation.gettext  # type: ignore[attr-defined]
    argparse.ngettext = translation.ngettext  # type: ignore[attr-defined]
    _installed.append(translation)
