"""`SettingsService`: the one way the app changes a user setting. It validates,
saves (through `services/settings_file.SettingsStore`, the settings file outside
the database) and publishes `SettingsChanged`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any

from lofte_desktop.domain.errors import ValidationError, ValidationErrors
from lofte_desktop.domain.validation import check_free_text
from lofte_desktop.services.events import SettingsChanged
from lofte_desktop.services.settings_file import AppSettings, SettingsStore

if TYPE_CHECKING:
    from lofte_desktop.services.events import EventBus


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
