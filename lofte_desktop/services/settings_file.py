"""The user's settings file: a small JSON file in the platform's config folder
(the database path cannot live inside the database), written atomically.

`SettingsStore` reads and writes it. The GUI reads it before its first paint, so
this module imports nothing heavier than the standard library;
`services/settings.SettingsService` is the one way the app changes a setting.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from lofte_desktop.runtime.paths import config_dir


@dataclass
class AppSettings:
    user_name: str = ""
    user_party: str = ""
    language: str = "sv"
    db_path: str = ""
    sync_folder: str = ""
    backup_keep: int = 14
    last_type: str = ""
    last_place: str = ""
    #: The user's own agreement (its code): between municipalities sharing one
    #: store it decides which agreement a date belongs to; "" = the database's.
    own_agreement: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def first_start(self) -> bool:
        return not self.user_name

    def display_user(self) -> str:
        if self.user_name:
            return self.user_name
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return ""


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (config_dir() / "settings.json")

    def load(self) -> AppSettings:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return AppSettings()
        known = {f.name for f in fields(AppSettings)}
        clean = (
            {k: v for k, v in data.items() if k in known}
            if isinstance(data, dict)
            else {}
        )
        try:
            return AppSettings(**clean)
        except TypeError:
            return AppSettings()

    def save(self, settings: AppSettings) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when saving: not before the GUI's first paint

        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(settings), fh, ensure_ascii=False, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
