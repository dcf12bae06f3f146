"""Comments on a period's follow-up: per promise, the overall summary, the approval.

Plain data and the rules a comment must meet before it is stored (no personnummer,
a sane length, an approval with a role, a name and a date). Texts are stored
exactly as typed, or refused with a Swedish message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.validation import check_free_text

MAX_COMMENT = 5000
MAX_NAME = 120

KIND_PROMISE = "promise"
KIND_SUMMARY = "summary"
KIND_APPROVAL = "approval"
KINDS = (KIND_PROMISE, KIND_SUMMARY, KIND_APPROVAL)


@dataclass(frozen=True)
class Approval:
    """Who approved the follow-up: the official's role and name, and the date."""

    role: str
    name: str
    on: date

    @property
    def line(self) -> str:
        """'Kommunchef Anna Exempel, 2026-12-10'."""
        who = " ".join(x for x in (self.role, self.name) if x)
        return f"{who}, {self.on.isoformat()}"


@dataclass(frozen=True)
class PeriodComments:
    """Everything written about one period's follow-up."""

    period_code: str
    promises: dict[str, str] = field(default_factory=dict)  # promise code -> text
    summary: str = ""
    approval: Approval | None = None
    locked: bool = False

    def comment(self, code: str) -> str:
        return self.promises.get(code, "")


def check_comment(text: str, field_name: str = "comment") -> str:
    """The text as typed, or ValidationError / PrivacyError (nothing changed)."""
    if len(text) > MAX_COMMENT:
        raise ValidationError(
            "err.too_long", field=field_name, max=MAX_COMMENT, length=len(text)
        )
    check_free_text(text, field_name)
    return text


def check_approval(role: str, name: str, on: date | None) -> Approval:
    """An approval line needs a role or a name, and a date."""
    for value, key in ((role, "approved_role"), (name, "approved_name")):
        if len(value) > MAX_NAME:
            raise ValidationError(
                "err.too_long", field=key, max=MAX_NAME, length=len(value)
            )
        check_free_text(value, key)
    if not (role.strip() or name.strip()):
        raise ValidationError("err.required", field="approved_name")
    if on is None:
        raise ValidationError("err.required", field="approved_on")
    return Approval(role, name, on)


def locked_by(
    start: date, end: date, locked: list[tuple[date, date]]
) -> tuple[date, date] | None:
    """The locked range that holds a period's comments, or None.

    A period's comments are locked when the whole period lies inside a locked
    period: locking HT2024 (or the year 2024) locks the comments on HT2024.
    The same rule is applied when a comment is written here and when one arrives
    in a sync package.
    """
    for lo, hi in locked:
        if lo <= start and end <= hi:
            return (lo, hi)
    return None
