"""Domain errors that carry a field and a translatable message."""

from __future__ import annotations

from typing import Any

from lofte_desktop.domain.texts import field_name, t
from lofte_desktop.domain.types import Words


class LofteError(Exception):
    """Base for refusals the user can act on. `str()` gives the Swedish message."""

    def __init__(self, key: str, *, field: str | None = None, **params: Any) -> None:
        self.key = key
        self.field = field
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        # A parameter named "x_key" is a text key, shown as "x" in the language;
        # its value may also be Words (a name the agreement gives, in both).
        params = {
            (k[:-4] if k.endswith("_key") else k): (
                v.text(lang)
                if isinstance(v, Words)
                else t(v, lang)
                if k.endswith("_key") and isinstance(v, str)
                else v
            )
            for k, v in self.params.items()
        }
        if self.field is not None:
            params.setdefault("field", field_name(self.field, lang))
        return t(self.key, lang, **params)


class ValidationError(LofteError):
    """Input that breaks a rule; nothing was written."""


class NotFoundError(LofteError):
    """A referenced record does not exist (or is deleted)."""


class PrivacyError(ValidationError):
    """Free text that contains personal identity data."""


class LockedError(LofteError):
    """A write into a period that is locked after follow-up."""


class ValidationErrors(ValidationError):
    """Several field errors at once, for forms that show them all inline."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.key, field=first.field, **first.params)


class ConflictError(LofteError):
    """An edit based on an old version of a record that someone else has changed
    since (a version-column check). Nothing was written."""

    def __init__(self, record_id: str, *, expected: int, actual: int) -> None:
        self.record_id = record_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            "err.conflict",
            field="id",
            value=record_id,
            expected=expected,
            actual=actual,
        )
