"""PII guard: finds Swedish personnummer and samordningsnummer in free text.

A match needs 10 or 12 digits in a personnummer layout (YYMMDD-NNNC, YYMMDD+NNNC,
YYMMDDNNNC, YYYYMMDD-NNNC, YYYYMMDDNNNC; a space, an en dash or another dash may
stand for the hyphen), a real date (day + 60 for a samordningsnummer) and a valid
Luhn check digit. It may touch letters and punctuation ("pnr:810101-1234",
"(810101-1234)"), but not another number ("5000-810101…" is a longer number).
Phone numbers as people write them (070-123 45 67), dates, postcodes, organisation
numbers (month 20 or more) and case numbers fail one of these tests. A bare
ten-digit number just after a phone word ("tel", "mobil", "ring") is taken as a
phone number: that is the one case the guard lets through on context alone.

Pure and fast: one compiled regex pass, no allocations for text without digits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

#: Dashes people and word processors put in a personnummer: - ‐ ‑ ‒ – — −.
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
_CANDIDATE = re.compile(
    r"(?<!\d)"
    r"(?P<century>18|19|20)?"
    r"(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})"
    rf"(?P<sep>[ \u00a0]?[+{_DASHES}][ \u00a0]?|[ \u00a0]?)"
    r"(?P<serial>\d{3})(?P<check>\d)"
    r"(?!\d)"
)
_SIX_DIGITS = re.compile(r"\d{6}")

#: Words after which a bare ten-digit 07x/0x number is a phone number. Whole words
#: only, so "pnr" or "personnr" never count as "nr".
_PHONE_WORDS = re.compile(
    r"\b(tel|tfn|telefon\w*|telnr|mobil\w*|mob|mobnr|ring\w*|sms\w*|fax|växel"
    r"|nås på|numret)\W{0,3}$",
    re.IGNORECASE,
)
#: A match glued to a longer number by one of these ("5000-K…", "1.2345…", "12:3…")
#: is part of that number, not a personnummer.
_JOINERS = "-+/.:,_" + _DASHES.replace("\\", "")


@dataclass(frozen=True)
class PiiMatch:
    start: int
    end: int
    kind: str  # "personnummer" or "samordningsnummer"
    text: str

    @property
    def masked(self) -> str:
        """The match with its last four digits hidden, safe to show in a message."""
        digits = self.text
        return digits[:-4] + "XXXX" if len(digits) > 4 else "XXXX"


def luhn_ok(digits: str) -> bool:
    """Luhn check over a ten-digit YYMMDDNNNC string."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _valid_date(century: str | None, yy: str, mm: str, dd: str) -> str | None:
    """'personnummer', 'samordningsnummer' or None for the date part."""
    month, day = int(mm), int(dd)
    kind = "personnummer"
    if day > 60:
        day -= 60
        kind = "samordningsnummer"
    years = [int(century + yy)] if century else [1900 + int(yy), 2000 + int(yy)]
    for year in years:
        try:
            date(year, month, day)
        except ValueError:
            continue
        return kind
    return None


def find_personal_numbers(text: str | None) -> list[PiiMatch]:
    """All personnummer and samordningsnummer in `text`, in order."""
    # Every layout has YYMMDD as six digits in a row: without such a run (most
    # notes, dates, codes) the full pattern cannot match, and this C-speed search
    # is all the work done.
    if not text or _SIX_DIGITS.search(text) is None:
        return []
    found: list[PiiMatch] = []
    for m in _CANDIDATE.finditer(text):
        century, sep = m.group("century"), m.group("sep").strip()
        start = m.start()
        if start >= 2 and text[start - 1] in _JOINERS and text[start - 2].isdigit():
            continue
        kind = _valid_date(century, m.group("yy"), m.group("mm"), m.group("dd"))
        if kind is None:
            continue
        ten = (
            m.group("yy")
            + m.group("mm")
            + m.group("dd")
            + m.group("serial")
            + m.group("check")
        )
        if not luhn_ok(ten):
            continue
        if (
            not century
            and not sep
            and ten.startswith("0")
            and _PHONE_WORDS.search(text[max(0, m.start() - 16) : m.start()])
        ):
            continue
        found.append(PiiMatch(m.start(), m.end(), kind, m.group(0)))
    return found


def contains_personal_number(text: str | None) -> bool:
    return bool(find_personal_numbers(text))


def redact(text: str) -> str:
    """The text with every personnummer replaced by a placeholder."""
    out, last = [], 0
    for m in find_personal_numbers(text):
        out.append(text[last : m.start])
        out.append("[personnummer borttaget]")
        last = m.end
    out.append(text[last:])
    return "".join(out)


def luhn_digit(nine: str) -> str:
    """The check digit that makes YYMMDDNNN + C pass Luhn (used by tests and demos)."""
    for c in "0123456789":
        if luhn_ok(nine + c):
            return c
    raise AssertionError("unreachable")


#: Record keys that hold ids, clocks and codes, never free text.
_NOT_TEXT_KEYS = frozenset(
    {"id", "hlc", "device_id", "version", "deleted", "public_key", "fingerprint"}
)

#: Named like ids but free-form strings (an occurrence's original start time):
#: scanned like any text, since nothing else checks their shape.
_TEXT_ID_KEYS = frozenset({"recurrence_id"})


def is_text_key(key: str) -> bool:
    """Whether a record's value under `key` is scanned as free text (ids, clocks,
    counters and flags never are)."""
    if key in _TEXT_ID_KEYS:
        return True
    return key not in _NOT_TEXT_KEYS and not key.endswith("_id")


def personal_numbers_in_record(
    record: Mapping[str, object],
) -> list[tuple[str, PiiMatch]]:
    """(field, match) for each personnummer in a record's free-text values.

    For records that arrive from outside the forms (sync packages, imports), where
    every text field must pass the same guard as a note typed by hand. JSON text
    (audit changes) is scanned as it is.
    """
    texts = [
        (key, value)
        for key, value in record.items()
        if isinstance(value, str) and is_text_key(key)
    ]
    # One regex pass over all fields first (imports check 100k records). A newline
    # is neither a digit nor an allowed separator, so joining cannot create a match
    # across fields, nor hide one: no candidate here means none in any field.
    if _CANDIDATE.search("\n".join(value for _, value in texts)) is None:
        return []
    found: list[tuple[str, PiiMatch]] = []
    for key, value in texts:
        found.extend((key, m) for m in find_personal_numbers(value))
    return found


def text_prefilter(fields: Sequence[str]) -> Callable[[Mapping[str, object]], bool]:
    """A quick test for many records of one shape: False when none of `fields` can
    hold a personnummer, True when `personal_numbers_in_record` must look.

    `fields` must name every value `personal_numbers_in_record` scans that can hold
    a match, each a str or None. Every other value must be one it skips (ids,
    clocks, numbers, flags, lists) or one that cannot match: an ISO date or
    timestamp, whose digit runs are a year and a fraction followed by no serial.
    Each layout has YYMMDD as six digits in a row, so one search for such a run
    over the joined texts decides; a newline is no digit, so joining makes no run
    and hides none.
    """
    if not fields:
        return lambda record: False
    search = _SIX_DIGITS.search
    if len(fields) == 1:
        (name,) = fields

        def one(record: Mapping[str, object]) -> bool:
            value = record[name]
            return isinstance(value, str) and search(value) is not None

        return one
    get = itemgetter(*fields)
    return lambda record: search("\n".join(filter(None, get(record)))) is not None
