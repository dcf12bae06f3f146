"""What `lofte log` fills in when the user leaves it out: the promises and the party.

The quick-log form ticks the promises the activity type counts towards; the command
line takes them when there is exactly one. The party is the user's own (settings),
else the promises' only party; otherwise the user must choose, and is told the
choices. Both CLI lanes (storage/fast_log.py and the services) call `fill_log_defaults`,
and the form's ticks come from the same `promises_for_type`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from lofte_desktop.domain.errors import ValidationError, ValidationErrors
from lofte_desktop.domain.types import TypeCode
from lofte_desktop.domain.validation import ActivityDraft


class PromiseLike(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def parties(self) -> tuple[str, ...]: ...
    @property
    def activity_types(self) -> tuple[TypeCode, ...]: ...


P = TypeVar("P", bound=PromiseLike)


def promises_for_type(promises: Iterable[P], activity_type: TypeCode) -> list[P]:
    """The promises an activity of this type counts towards (the form ticks them)."""
    return [p for p in promises if activity_type in p.activity_types]


def fill_log_defaults(
    draft: ActivityDraft,
    promises: Sequence[PromiseLike],
    *,
    parties: Sequence[str],
    user_party: str | None,
) -> ActivityDraft:
    """The draft with its promises and party chosen where the user left them out.

    Raises ValidationErrors listing the choices when no single one follows."""
    errors: list[ValidationError] = []
    codes = [c for c in draft.promise_codes if c.strip()]
    if not codes:
        kind = str(draft.activity_type).strip()
        if kind:  # an unknown type: validate_activity names it (and the rest)
            counted = promises_for_type(promises, kind)
            if len(counted) == 1:
                codes = [counted[0].code]
            elif counted:
                errors.append(
                    ValidationError(
                        "err.choose_promise",
                        field="promises",
                        valid=", ".join(p.code for p in counted),
                    )
                )
            else:
                errors.append(
                    ValidationError(
                        "err.no_type_promise",
                        field="promises",
                        valid=", ".join(p.code for p in promises),
                    )
                )
    party = (draft.party or "").strip() or (user_party or "").strip() or None
    if party is None:
        wanted = {c.casefold() for c in codes}
        chosen = [p for p in promises if p.code.casefold() in wanted]
        own = list(dict.fromkeys(x for p in chosen for x in p.parties))
        if len(own) == 1:
            party = own[0]
        else:
            errors.append(
                ValidationError(
                    "err.choose_party",
                    field="party",
                    valid=", ".join(own or parties),
                )
            )
    if errors:
        raise ValidationErrors(errors)
    return replace(draft, promise_codes=codes, party=party)
