"""Refusals from the data-safety features (backups, restore, period locks).

They carry their own Swedish and English text, because they are few and specific;
the CLI and the UI show them like every other LofteError.
"""

from __future__ import annotations

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.texts import language


class SafetyError(LofteError):
    """A backup, restore or lock that cannot be done; nothing was changed."""

    def __init__(self, sv: str, en: str | None = None, *, field: str | None = None):
        self.sv = sv
        self.en = en or sv
        super().__init__("err.safety", field=field)

    def message(self, lang: str | None = None) -> str:
        return self.en if (lang or language()) == "en" else self.sv
