"""Per-user settings kept outside the database (the database path cannot live inside
the database). A small JSON file in the platform's config folder, written atomically.

`SettingsStore` reads and writes the file; `SettingsService` is the one way the
app changes a setting: it validates, saves and publishes `SettingsChanged`.
"""

from __future__ import annotations

import getpass
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lofte_desktop.domain.errors import ValidationError, ValidationErrors
from lofte_desktop.domain.validation import check_free_text
from lofte_desktop.runtime.paths import APP_AUTHOR, APP_NAME
from lofte_desktop.services.events import SettingsChanged

if TYPE_CHECKING:
    from lofte_desktop.services.events import EventBus


def config_dir() -> Path:
    override = os.environ.get("LOFTE_CONFIG_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_config_dir

        path = Path(user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


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


#: The longest text each setting may hold (characters).
MAX_TEXT = {
    "user_name": 100,
    "user_party": 120,
    "last_type": 120,
    "last_place": 120,
    "own_agreement": 120,
    "db_path": 1000,
    "sync_folder": 1000,
}
#: Free text the user types: refused when it holds a personnummer (domain/pii.py).
_FREE_TEXT = ("user_name", "user_party", "last_place")
LANGUAGES = ("sv", "en")
MAX_BACKUP_KEEP = 1000


class SettingsService:
    """The one way to change the user's settings: validates, saves, then publishes
    `SettingsChanged` once per change (with the keys that changed).

    A refused value changes nothing, neither the file nor the settings in memory;
    a change that fails to save leaves the settings in memory as they were.
    `settings` is the object the rest of the app reads (`Services.settings`), so
    it is updated in place.
    """

    def __init__(
        self,
        store: SettingsStore,
        settings: AppSettings,
        events: EventBus | None = None,
        *,
        on_user: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.events = events
        #: Told the new name when `user_name` changes (the service context's user).
        self.on_user = on_user

    def update(self, **changes: Any) -> tuple[str, ...]:
        """Sets the given settings; returns the keys that changed (none: nothing
        saved, nothing published). Raises ValidationErrors naming every bad one."""
        errors: list[ValidationError] = []
        for key, value in changes.items():
            try:
                validate_setting(key, value)
            except ValidationError as exc:
                errors.append(exc)
        if errors:
            raise ValidationErrors(errors)
        changed = tuple(k for k, v in changes.items() if getattr(self.settings, k) != v)
        if not changed:
            return ()
        updated = replace(self.settings, **{k: changes[k] for k in changed})
        self.store.save(updated)
        for key in changed:
            setattr(self.settings, key, getattr(updated, key))
        if "user_name" in changed and self.on_user is not None:
            self.on_user(self.settings.display_user())
        if self.events is not None:
            self.events.publish(SettingsChanged(changed))
        return changed

    def set_user(self, name: str, party: str) -> tuple[str, ...]:
        """Who logs (the first start, Inställningar): the name with its spaces
        collapsed, and the user's own party. An empty name is refused."""
        name = " ".join(name.split())
        if not name:
            raise ValidationErrors([ValidationError("err.settings_name", field="name")])
        return self.update(user_name=name, user_party=party)

    def set_extra(self, key: str, value: Any) -> tuple[str, ...]:
        """One entry of `extra` (for example the import dialog's column mapping)."""
        return self.update(extra={**self.settings.extra, key: value})


def validate_setting(key: str, value: Any) -> None:
    """Raises ValidationError (Swedish message) when `value` cannot be `key`."""
    known = {f.name for f in fields(AppSettings)}
    if key not in known:
        raise ValidationError("err.settings_unknown", value=key)
    if key == "language":
        if value not in LANGUAGES:
            raise ValidationError("err.settings_language", field=key, value=value)
        return
    if key == "backup_keep":
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not 1 <= value <= MAX_BACKUP_KEEP
        ):
            raise ValidationError(
                "err.settings_backup_keep", value=value, max=MAX_BACKUP_KEEP
            )
        return
    if key == "extra":
        try:
            ok = isinstance(value, dict) and json.loads(json.dumps(value)) == value
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ValidationError("err.settings_extra", value=key)
        return
    if (
        not isinstance(value, str)
        or any(ch in value for ch in ("\n", "\r", "\x00"))
        or not value.isprintable()
    ):
        raise ValidationError("err.settings_line", field=key)
    limit = MAX_TEXT[key]
    if len(value) > limit:
        raise ValidationError(
            "err.settings_too_long", field=key, n=len(value), max=limit
        )
    if key in _FREE_TEXT:
        check_free_text(value, key)
