"""Rules for reading an existing activity log (an Excel sheet or a CSV file).

Which column is which (Swedish or English headers), which free-text activity name
is which activity type (rules the user confirms), and how cells become values the
log form's validation (`validation.validate_activity`) checks: Excel serial dates,
Swedish text dates, decimal commas. Plain Python: no file formats here.

A value that cannot be read is passed on as the text it was, so the validation
refuses it with its own words (an impossible date stays "2024-02-30"); nothing is
guessed or silently changed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from lofte_desktop.domain.ids import stable_id
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import (
    DEFAULT_TYPES,
    TYPE_CODE_RE,
    ActivityType,
    ActivityTypes,
    Status,
    TypeCode,
)
from lofte_desktop.domain.validation import ValidActivity

#: The fields a column can be mapped to, in the order the preview shows them.
FIELDS: tuple[str, ...] = (
    "date",
    "type",
    "promises",
    "party",
    "place",
    "hours",
    "count",
    "note",
    "status",
    "start_time",
    "id",
)

#: Headers people write, casefolded, for each field (Swedish first, then English).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("datum", "dag", "date", "day"),
    "type": (
        "typ",
        "aktivitet",
        "aktivitetstyp",
        "insats",
        "type",
        "activity",
        "activity type",
    ),
    "promises": ("löfte", "löften", "medborgarlöfte", "promise", "promises"),
    "party": ("part", "aktör", "utförare", "party"),
    "place": ("plats", "skola", "ort", "område", "place", "school", "location"),
    "hours": ("timmar", "antal timmar", "tid (h)", "hours", "time (h)"),
    "count": (
        "antal",
        "antal personer",
        "deltagare",
        "nådda",
        "count",
        "number",
        "participants",
    ),
    "note": (
        "anteckning",
        "anteckningar",
        "kommentar",
        "beskrivning",
        "note",
        "notes",
        "comment",
    ),
    "status": ("status",),
    "start_time": ("starttid", "klockslag", "start", "start time", "time"),
    # the record's id, as services.export writes it: a row exported from Löfte
    # Desktop and imported again is the same record
    "id": ("id",),
}

#: Words in free-text activity names that suggest a type (besides its own labels).
TYPE_WORDS: dict[str, TypeCode] = {
    "skolbesök": ActivityType.SCHOOL_VISIT,
    "föräldramöte": ActivityType.PARENT_MEETING,
    "föräldraträff": ActivityType.PARENT_MEETING,
    "stödsamtal": ActivityType.PARENT_SUPPORT,
    "teater": ActivityType.THEATRE,
    "närvaro": ActivityType.PRESENCE,
    "patrull": ActivityType.PRESENCE,
    "fotpatrull": ActivityType.PRESENCE,
    "trafikkontroll": ActivityType.TRAFFIC_CHECK,
    "hastighetskontroll": ActivityType.TRAFFIC_CHECK,
    "nykterhetskontroll": ActivityType.TRAFFIC_CHECK,
    "trafikmiljö": ActivityType.TRAFFIC_REVIEW,
    "est": ActivityType.EST_MEETING,
    "information": ActivityType.INFORMATION_EFFORT,
    "riskgrupp": ActivityType.RISK_GROUP_MEETING,
    "sociala medier": ActivityType.SOCIAL_MEDIA_WARNING,
}

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("januari", "jan", "january"),
            ("februari", "feb", "february"),
            ("mars", "mar", "march"),
            ("april", "apr"),
            ("maj", "may"),
            ("juni", "jun", "june"),
            ("juli", "jul", "july"),
            ("augusti", "aug", "august"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "oct", "october"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DMY = re.compile(r"(\d{1,2})[./](\d{1,2})[./ ]\s*(\d{4})")
_TEXT_MONTH = re.compile(r"(?:den\s+)?(\d{1,2})\s*\.?\s*([a-zåäö]+)\.?\s+(\d{4})")
_SERIAL = re.compile(r"\d{1,7}(?:[.,]\d+)?")
#: Excel's day 0 in the 1900 date system (it counts 1900 as a leap year, so the
#: day numbers from 1 March 1900 on match this epoch).
EXCEL_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2_958_465  # 9999-12-31


def excel_serial_date(serial: float) -> date | None:
    """The date of an Excel day number (a time of day is dropped), or None."""
    if not 61 <= serial <= _MAX_SERIAL:
        return None
    return EXCEL_EPOCH + timedelta(days=int(serial))


def serial_of(day: date) -> int:
    """The Excel day number of a date (what Excel stores in a date cell)."""
    return (day - EXCEL_EPOCH).days


def _ymd(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def read_date(value: object) -> date | None:
    """A cell as a date: an Excel date or day number, or a common Swedish text form
    (2024-03-15, 2024/3/15, 20240315, 15/3/2024, 15.3.2024, 15 mars 2024).

    None when it is not one of these or not a real day: the caller passes the text
    on and the validation refuses it as an impossible date.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return excel_serial_date(float(value))
    text = str(value or "").strip().casefold()
    if not text:
        return None
    # "2024-03-15", also with a time after it ("2024-03-15 00:00:00", "…T08:00")
    if m := _ISO.fullmatch(re.split(r"[ t]", text, maxsplit=1)[0]):
        return _ymd(*m.groups())
    if m := _COMPACT.fullmatch(text):
        return _ymd(*m.groups())
    if m := _DMY.fullmatch(text):
        d, mo, y = m.groups()
        return _ymd(y, mo, d)
    if m := _TEXT_MONTH.fullmatch(text):
        d, name, y = m.groups()
        month = _MONTHS.get(name)
        return _ymd(y, str(month), d) if month else None
    if _SERIAL.fullmatch(text):
        return excel_serial_date(float(text.replace(",", ".")))
    return None


def number_text(value: object) -> str | float | int | None:
    """A number cell for the validation: numbers as they are, text with a decimal
    comma and spaces between thousands ("1 200", "2,5") as digits the validation
    reads. Anything else is passed on unchanged, for the validation to refuse."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    text = str(value).strip()
    compact = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", text)
    return compact if re.fullmatch(r"-?\d+(?:[.,]\d+)?", compact) else text


def cell_text(value: object) -> str:
    """A cell as the text the user sees (dates as ISO, numbers with a decimal
    comma, whole numbers without ,0)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else (value.isoformat(sep=" ", timespec="minutes"))
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):  # a time-formatted cell (a start time)
        return value.strftime("%H:%M")
    if isinstance(value, float):
        # as a Swedish Excel shows it: 2,5 (the validation reads either)
        return str(int(value)) if value.is_integer() else f"{value:g}".replace(".", ",")
    return str(value)


def _norm(text: str) -> str:
    return " ".join(text.replace("_", " ").strip().rstrip(":").casefold().split())


def guess_field(header: str) -> str | None:
    """The field a header names, or None."""
    h = _norm(header)
    for name, aliases in HEADER_ALIASES.items():
        if h in aliases:
            return name
    return None


def guess_columns(headers: Sequence[str]) -> dict[str, str | None]:
    """{header: field or None}; each field goes to its first matching column."""
    used: set[str] = set()
    out: dict[str, str | None] = {}
    for h in headers:
        name = guess_field(h)
        if name in used:
            name = None
        if name is not None:
            used.add(name)
        out[h] = name
    return out


# --- activity types ------------------------------------------------------------


@dataclass(frozen=True)
class TypeRule:
    """Activity names equal to `text`, or (prefix) starting with it as a word, are
    `activity_type`. Saved in the mapping file once the user has confirmed it."""

    text: str
    activity_type: TypeCode
    prefix: bool = False

    def matches(self, value: str) -> bool:
        v, p = _norm(value), _norm(self.text)
        if v == p:
            return True
        return self.prefix and v.startswith(p) and not v[len(p)].isalnum()

    def as_json(self) -> dict[str, str]:
        return {
            "text": self.text,
            "match": "prefix" if self.prefix else "exact",
            "type": self.activity_type,
        }


def _type_code(value: object) -> TypeCode:
    """A type code as a mapping file holds it (checked as a code, not against an
    agreement: the import checks each row against its agreement's types)."""
    code = str(value).strip()
    if not TYPE_CODE_RE.fullmatch(code):
        raise ValueError(f"Okänd aktivitetstyp i mappningen: {code}.")
    return code


def exact_type(value: str, types: ActivityTypes = DEFAULT_TYPES) -> TypeCode | None:
    """A type of the agreement named exactly (its code, or its Swedish or English
    name); a retired one too (an import may hold old activities)."""
    v = _norm(value)
    for info in types:
        names = {info.code, _norm(info.name.sv), _norm(info.name.en or info.name.sv)}
        if v in names:
            return info.code
    return None


def suggest_rule(value: str, types: ActivityTypes = DEFAULT_TYPES) -> TypeRule | None:
    """A proposed rule for a free-text name ("Trafikkontroll E14" → a prefix rule
    "Trafikkontroll" → traffic_check): the longest type name or word it starts
    with, else one it contains. The user confirms it before it is used."""
    v = _norm(value)
    words: dict[str, TypeCode] = {w: c for w, c in TYPE_WORDS.items() if c in types}
    for info in types.offered():
        words[_norm(info.name.sv)] = info.code
        words[_norm(info.name.en or info.name.sv)] = info.code
    best: tuple[int, str, TypeCode] | None = None
    for word, code in words.items():
        if v.startswith(word) and (len(v) == len(word) or not v[len(word)].isalnum()):
            rank = (2, word, code)
        elif re.search(rf"(?<!\w){re.escape(word)}", v):
            rank = (1, word, code)
        else:
            continue
        if best is None or (rank[0], len(rank[1])) > (best[0], len(best[1])):
            best = rank
    if best is None:
        return None
    level, word, code = best
    if level == 2:
        return TypeRule(value.strip()[: len(word)], code, prefix=True)
    return TypeRule(value.strip(), code, prefix=False)


def resolve_type(
    value: str, rules: Sequence[TypeRule], types: ActivityTypes = DEFAULT_TYPES
) -> TypeCode | None:
    """The type of a name by the confirmed rules (exact before the longest prefix),
    or by its exact type name."""
    exact = [r for r in rules if not r.prefix and r.matches(value)]
    if exact:
        return exact[0].activity_type
    prefixes = sorted(
        (r for r in rules if r.prefix and r.matches(value)),
        key=lambda r: -len(r.text),
    )
    if prefixes:
        return prefixes[0].activity_type
    return exact_type(value, types)


def status_code(value: object) -> str:
    """A status cell as its code ("Genomförd" → "done"); empty means done. Unknown
    text is passed on for the validation to refuse."""
    text = cell_text(value).strip()
    if not text:
        return Status.DONE.value
    v = text.casefold()
    for st in Status:
        if (
            v in {st.value, t(f"status.{st.value}", "sv").casefold()}
            or v == t(f"status.{st.value}", "en").casefold()
        ):
            return st.value
    return text


def promise_list(value: object) -> list[str]:
    """'N1, T2' / 'N1;T2' / 'N1 T2' → ['N1', 'T2']."""
    return [p for p in re.split(r"[,;/\s]+", cell_text(value).strip()) if p]


# --- the mapping the user confirms ----------------------------------------------


@dataclass
class ImportMapping:
    """Which column is which field, the confirmed type rules, and defaults for
    fields the file has no column for (e.g. party)."""

    columns: dict[str, str | None] = field(default_factory=dict)
    rules: list[TypeRule] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)

    def column_of(self, name: str) -> str | None:
        for header, f in self.columns.items():
            if f == name:
                return header
        return None

    def set_type(self, text: str, activity_type: TypeCode | None) -> None:
        """The user's choice for one activity name: an exact rule (None: no rule)."""
        self.rules = [r for r in self.rules if r.prefix or not r.matches(text)]
        if activity_type is not None:
            self.rules.append(TypeRule(text.strip(), activity_type))

    def confirm(self, rule: TypeRule) -> None:
        if rule not in self.rules:
            self.rules.append(rule)

    def withdraw(self, text: str) -> None:
        """Drops every rule that applies to `text` (it needs a choice again)."""
        self.rules = [r for r in self.rules if not r.matches(text)]

    def as_json(self) -> dict[str, object]:
        return {
            "format": "lofte-import-mapping",
            "version": 1,
            "columns": dict(self.columns),
            "types": [r.as_json() for r in self.rules],
            "defaults": dict(self.defaults),
        }

    @classmethod
    def from_json(cls, data: Any) -> ImportMapping:
        """Raises ValueError (Swedish) for a file that is not a mapping."""
        if not isinstance(data, Mapping) or not isinstance(
            data.get("columns", {}), Mapping
        ):
            raise ValueError("Filen är ingen kolumnmappning för import.")
        columns: dict[str, str | None] = {}
        for header, name in dict(data.get("columns", {})).items():
            if name is not None and name not in FIELDS:
                raise ValueError(f"Okänt fält i mappningen: {name}.")
            columns[str(header)] = name
        rules: list[TypeRule] = []
        for item in data.get("types", []) or []:
            try:
                rules.append(
                    TypeRule(
                        str(item["text"]),
                        _type_code(item["type"]),
                        item.get("match", "exact") == "prefix",
                    )
                )
            except (KeyError, ValueError, TypeError, AttributeError):
                raise ValueError(f"Ogiltig typregel i mappningen: {item}.") from None
        raw_defaults = data.get("defaults", {}) or {}
        if not isinstance(raw_defaults, Mapping):
            raise ValueError("Ogiltiga standardvärden i mappningen.")
        defaults = {str(k): str(v) for k, v in raw_defaults.items()}
        return cls(columns, rules, defaults)

    def merged_with(self, headers: Sequence[str]) -> ImportMapping:
        """This mapping for a file's headers: known headers as saved, new ones
        guessed (a saved mapping is reused for next month's sheet)."""
        guessed = guess_columns(headers)
        taken = {self.columns[h] for h in headers if self.columns.get(h)}
        cols: dict[str, str | None] = {}
        for h in headers:
            if h in self.columns:
                cols[h] = self.columns[h]
            else:
                g = guessed[h]
                cols[h] = g if g not in taken else None
                if g:
                    taken.add(g)
        return ImportMapping(cols, list(self.rules), dict(self.defaults))


# --- recognising rows by their content -------------------------------------------


def content_key(v: ValidActivity) -> str:
    """A digest of everything an activity says, as validated (so "2,5" and 2.5, a
    serial date and its ISO text, give the same key)."""
    data = [
        v.activity_type,
        sorted(v.promise_codes),
        v.date.isoformat(),
        v.party,
        None if v.hours is None else round(v.hours, 2),
        v.count,
        v.place,
        v.status.value,
        v.note,
        v.start_time,
    ]
    return hashlib.sha256(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    ).hexdigest()


def content_ids(keys: Iterable[str]) -> list[str]:
    """An activity id per row from its content key: the same content gives the same
    id on every import (and on every device), and the n-th identical row of a file
    its own id, so two equal visits on one day stay two."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for key in keys:
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(stable_id("activity-import", key, str(n)))
    return out
