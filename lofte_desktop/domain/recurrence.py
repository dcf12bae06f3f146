"""Recurrence rules for planned work: RRULE bodies expanded with dateutil.

Plans are kept in Europe/Stockholm wall-clock time: a series is a naive local start
(date and "HH:MM") plus an RRULE body, and dateutil expands it over naive local
datetimes. A weekly 18:00 meeting therefore stays at 18:00 local on both sides of a
daylight-saving change; only when a time is exported or compared across series is it
made aware with `STOCKHOLM`.

Rules are normalised when stored: the defaults dateutil would take from the start
date (BYDAY for WEEKLY, BYMONTHDAY for MONTHLY, BYMONTH+BYMONTHDAY for YEARLY) are
written out. That keeps the iCalendar export unambiguous, and it lets `occurrences`
move the rule's start forward by whole periods to the window asked for, instead of
iterating every occurrence since the series began (which made a month view of
thousands of series slow).

Occurrence keys: "SERIESID@YYYY-MM-DD" names one occurrence of a series by its
original date (at most one occurrence per day: rules finer than DAILY, and BYHOUR /
BYMINUTE / BYSECOND, are refused; the time comes from the series' start time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, weekday

from lofte_desktop.domain.errors import ValidationError

STOCKHOLM = ZoneInfo("Europe/Stockholm")
FREQS = {"DAILY": DAILY, "WEEKLY": WEEKLY, "MONTHLY": MONTHLY, "YEARLY": YEARLY}
FREQ_NAMES = {v: k for k, v in FREQS.items()}
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY_RE = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_ORDER = (
    "FREQ",
    "INTERVAL",
    "COUNT",
    "BYMONTH",
    "BYWEEKNO",
    "BYYEARDAY",
    "BYMONTHDAY",
    "BYDAY",
    "BYSETPOS",
    "WKST",
)
MAX_COUNT = 1000

_TEXTS = {
    "sv": {
        "rule.bad": "Ogiltig upprepningsregel: {value}. Skriv t.ex. "
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU.",
        "rule.part": "Ogiltig del i upprepningsregeln: {value}.",
        "rule.freq": "Upprepningen måste vara DAILY, WEEKLY, MONTHLY eller YEARLY, "
        "inte {value}.",
        "rule.time": "Regeln kan inte ange klockslag ({value}); ange starttid i stället.",
        "rule.empty": "Regeln ger inga tillfällen mellan {start} och {end}.",
        "rule.count": "COUNT måste vara mellan 1 och {max}.",
    },
    "en": {
        "rule.bad": "Invalid recurrence rule: {value}. Write e.g. "
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU.",
        "rule.part": "Invalid part of the recurrence rule: {value}.",
        "rule.freq": "The recurrence must be DAILY, WEEKLY, MONTHLY or YEARLY, "
        "not {value}.",
        "rule.time": "The rule cannot set times of day ({value}); set a start time.",
        "rule.empty": "The rule gives no occurrences between {start} and {end}.",
        "rule.count": "COUNT must be between 1 and {max}.",
    },
}


class RuleError(ValidationError):
    """A recurrence rule that cannot be used; the message says why, in Swedish."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key, field="rrule", **params)

    def message(self, lang: str | None = None) -> str:
        from lofte_desktop.domain.texts import language

        table = _TEXTS.get(lang or language(), _TEXTS["sv"])
        return table[self.key].format(**self.params)


@dataclass(frozen=True)
class Rule:
    """A checked, normalised RRULE body (no UNTIL: that lives beside it)."""

    body: str
    freq: int
    interval: int
    count: int | None
    by: tuple[tuple[str, Any], ...]  # rrule() keyword arguments
    until: date | None = None  # an UNTIL that was written in the text


def _ints(value: str, lo: int, hi: int, part: str) -> tuple[int, ...]:
    try:
        numbers = tuple(int(v) for v in value.split(","))
    except ValueError:
        raise RuleError("rule.part", value=part) from None
    if not numbers or any(n == 0 or not lo <= n <= hi for n in numbers):
        raise RuleError("rule.part", value=part)
    return numbers


def _days(value: str, part: str) -> tuple[weekday, ...]:
    out = []
    for item in value.split(","):
        m = _BYDAY_RE.match(item.strip())
        if not m:
            raise RuleError("rule.part", value=part)
        wd = weekday(DAY_CODES.index(m.group(2)))
        if m.group(1):
            n = int(m.group(1))
            if n == 0 or abs(n) > 53:
                raise RuleError("rule.part", value=part)
            wd = wd(n)
        out.append(wd)
    return tuple(out)


def _parse_until(value: str, part: str) -> date:
    try:
        return datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise RuleError("rule.part", value=part) from None


@lru_cache(maxsize=4096)
def _parse(text: str) -> tuple[dict[str, str], date | None]:
    raw = text.strip()
    if raw.upper().startswith("RRULE:"):
        raw = raw[6:]
    parts: dict[str, str] = {}
    until: date | None = None
    for part in (p.strip() for p in raw.split(";")):
        if not part:
            continue
        if "=" not in part:
            raise RuleError("rule.part", value=part)
        key, _, value = part.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if key in ("BYHOUR", "BYMINUTE", "BYSECOND"):
            raise RuleError("rule.time", value=part)
        if key == "UNTIL":
            until = _parse_until(value, part)
            continue
        if key not in _ORDER or not value or key in parts:
            raise RuleError("rule.part", value=part)
        parts[key] = value
    if "FREQ" not in parts:
        raise RuleError("rule.bad", value=text.strip() or "(tom)")
    if parts["FREQ"] not in FREQS:
        raise RuleError("rule.freq", value=parts["FREQ"])
    return parts, until


def stored_rule(text: str, start: date) -> Rule:
    """`parse_rule` for a stored (normalised) body: cached by the text alone, since
    a normalised body no longer depends on the start date."""
    rule = _stored(text)
    return rule if rule.body == text else parse_rule(text, start)


@lru_cache(maxsize=4096)
def _stored(text: str) -> Rule:
    return parse_rule(text, date(2001, 1, 1))


def parse_rule(text: str, start: date) -> Rule:
    """Checks an RRULE body and writes out the defaults dateutil takes from `start`."""
    parts_in, until = _parse(text)
    parts = dict(parts_in)
    freq = FREQS[parts["FREQ"]]
    by: dict[str, Any] = {}
    interval = _ints(parts.get("INTERVAL", "1"), 1, 1000, "INTERVAL")[0]
    count = None
    if "COUNT" in parts:
        try:
            count = int(parts["COUNT"])
        except ValueError:
            raise RuleError("rule.part", value="COUNT=" + parts["COUNT"]) from None
        if not 1 <= count <= MAX_COUNT:
            raise RuleError("rule.count", max=MAX_COUNT)
    if "BYMONTH" in parts:
        by["bymonth"] = _ints(parts["BYMONTH"], 1, 12, "BYMONTH")
    if "BYWEEKNO" in parts:
        by["byweekno"] = _ints(parts["BYWEEKNO"], -53, 53, "BYWEEKNO")
    if "BYYEARDAY" in parts:
        by["byyearday"] = _ints(parts["BYYEARDAY"], -366, 366, "BYYEARDAY")
    if "BYMONTHDAY" in parts:
        by["bymonthday"] = _ints(parts["BYMONTHDAY"], -31, 31, "BYMONTHDAY")
    if "BYDAY" in parts:
        by["byweekday"] = _days(parts["BYDAY"], "BYDAY")
    if "BYSETPOS" in parts:
        by["bysetpos"] = _ints(parts["BYSETPOS"], -366, 366, "BYSETPOS")
    if "WKST" in parts:
        if parts["WKST"] not in DAY_CODES:
            raise RuleError("rule.part", value="WKST=" + parts["WKST"])
        by["wkst"] = DAY_CODES.index(parts["WKST"])
    # The defaults dateutil would infer from dtstart, written out (see module doc).
    if not any(k in by for k in ("byweekno", "byyearday", "bymonthday", "byweekday")):
        if freq == YEARLY:
            by.setdefault("bymonth", (start.month,))
            parts.setdefault("BYMONTH", str(start.month))
            by["bymonthday"] = (start.day,)
            parts["BYMONTHDAY"] = str(start.day)
        elif freq == MONTHLY:
            by["bymonthday"] = (start.day,)
            parts["BYMONTHDAY"] = str(start.day)
        elif freq == WEEKLY:
            by["byweekday"] = (weekday(start.weekday()),)
            parts["BYDAY"] = DAY_CODES[start.weekday()]
    if interval == 1:
        parts.pop("INTERVAL", None)
    body = ";".join(f"{k}={parts[k]}" for k in _ORDER if k in parts)
    return Rule(body, freq, interval, count, tuple(sorted(by.items())), until)


@dataclass(frozen=True)
class Recurrence:
    """When a series happens: a local start, an optional rule, an end and skips."""

    start: datetime  # naive Europe/Stockholm wall time of the first occurrence
    rule: Rule | None = None
    until: date | None = None  # inclusive
    exdates: frozenset[date] = frozenset()


@lru_cache(maxsize=20_000)
def _build(rule: Rule, dtstart: datetime, until: date | None) -> rrule:
    """A dateutil rrule; cached, since a calendar asks for the same windows again."""
    end = None if until is None else datetime.combine(until, time(23, 59, 59))
    return rrule(
        rule.freq,  # type: ignore[arg-type]
        dtstart=dtstart,
        interval=rule.interval,
        count=rule.count,
        until=end,
        **dict(rule.by),
    )


def _shifted_start(rule: Rule, dtstart: datetime, window: date) -> datetime:
    """A later dtstart, a whole number of periods on and not after `window`, that
    gives the same occurrences from `window` on: the days it cuts off in its own
    period all lie before `window`. Only for rules without COUNT (COUNT counts from
    the series' start). The property tests compare it with the full expansion.
    """
    if rule.count is not None or window <= dtstart.date():
        return dtstart
    n = rule.interval
    if rule.freq == DAILY:
        k = (window - dtstart.date()).days // n
        return dtstart + timedelta(days=k * n) if k > 0 else dtstart
    if rule.freq == WEEKLY:
        k = (window - dtstart.date()).days // (7 * n)
        return dtstart + timedelta(days=7 * k * n) if k > 0 else dtstart
    if rule.freq == MONTHLY:
        months = (window.year - dtstart.year) * 12 + window.month - dtstart.month
        k = months // n
        if k <= 0:
            return dtstart
        first = dtstart.replace(day=1) + relativedelta(months=k * n)
        return first
    k = (window.year - dtstart.year) // n
    if k <= 0:
        return dtstart
    return dtstart.replace(year=dtstart.year + k * n, month=1, day=1)


def occurrences(
    rec: Recurrence, start: date, end: date, *, full: bool = False
) -> list[datetime]:
    """The naive local start times of the occurrences dated `start`..`end`.

    Skipped dates (`exdates`) are left out. `full=True` expands from the series'
    own start (no shortcut): the tests compare both.
    """
    if end < start or end < rec.start.date():
        return []
    if rec.until is not None and start > rec.until:
        return []
    if rec.rule is None:
        d = rec.start
        ok = start <= d.date() <= end and d.date() not in rec.exdates
        return [d] if ok else []
    dtstart = rec.start if full else _shifted_start(rec.rule, rec.start, start)
    r = _build(rec.rule, dtstart, rec.until)
    found = r.between(
        datetime.combine(start, time(0, 0)),
        datetime.combine(end, time(23, 59, 59)),
        inc=True,
    )
    return [d for d in found if d >= rec.start and d.date() not in rec.exdates]


def first_occurrence(
    rule: Rule, start: datetime, until: date | None
) -> datetime | None:
    """The first occurrence on or after `start` (dateutil skips a non-matching start)."""
    return _build(rule, start, until).after(start, inc=True)


def count_between(rec: Recurrence, start: date, end: date) -> int:
    return len(occurrences(rec, start, end))


def aware(local: datetime) -> datetime:
    """A naive Stockholm wall time made timezone-aware."""
    return local.replace(tzinfo=STOCKHOLM)


def occurrence_key(series_id: str, day: date) -> str:
    return f"{series_id}@{day.isoformat()}"


def split_key(key: str) -> tuple[str, date | None]:
    """("series or activity id", date or None) from "ID@YYYY-MM-DD" or "ID"."""
    head, sep, tail = key.strip().partition("@")
    if not sep:
        return head, None
    try:
        return head, date.fromisoformat(tail.strip()[:10])
    except ValueError:
        raise ValidationError("err.bad_date", field="date", value=tail) from None


def recurrence_id(local: datetime) -> str:
    """The stored RECURRENCE-ID: the original local start, ISO to the minute."""
    return local.strftime("%Y-%m-%dT%H:%M")


# --- presets and descriptions ---------------------------------------------------

PRESETS = ("none", "weekly", "biweekly", "monthly_nth", "monthly_day", "weekdays")


def preset_rule(preset: str, start: date) -> str:
    """The RRULE body of a UI preset for a series starting on `start` ("" = one-off)."""
    day = DAY_CODES[start.weekday()]
    if preset == "weekly":
        return f"FREQ=WEEKLY;BYDAY={day}"
    if preset == "biweekly":
        return f"FREQ=WEEKLY;INTERVAL=2;BYDAY={day}"
    if preset == "monthly_nth":
        nth = (start.day - 1) // 7 + 1
        return f"FREQ=MONTHLY;BYDAY={-1 if nth == 5 else nth}{day}"
    if preset == "monthly_day":
        return f"FREQ=MONTHLY;BYMONTHDAY={start.day}"
    if preset == "weekdays":
        return "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    return ""


_DAY_NAMES = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
}
_NTH = {
    "sv": {1: "första", 2: "andra", 3: "tredje", 4: "fjärde", -1: "sista"},
    "en": {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"},
}


def describe(rule: Rule | None, lang: str = "sv") -> str:
    """'varannan tisdag', 'första måndagen varje månad', or the rule as written."""
    sv = lang != "en"
    if rule is None:
        return "en gång" if sv else "once"
    by = dict(rule.by)
    names = _DAY_NAMES["sv" if sv else "en"]
    days = by.get("byweekday", ())
    other = set(by) - {"byweekday", "bymonthday", "wkst"}
    if rule.freq == WEEKLY and days and not other and all(d.n is None for d in days):
        listed = ", ".join(names[d.weekday] for d in days)
        if rule.interval == 1:
            return f"varje {listed}" if sv else f"every {listed}"
        if rule.interval == 2:
            return f"varannan {listed}" if sv else f"every other {listed}"
        return (
            f"var {rule.interval}:e vecka, {listed}"
            if sv
            else f"every {rule.interval} weeks, {listed}"
        )
    if rule.freq == MONTHLY and len(days) == 1 and not other and rule.interval == 1:
        n = days[0].n
        nth = _NTH["sv" if sv else "en"]
        if n in nth:
            name = names[days[0].weekday]
            return (
                f"{nth[n]} {name}en varje månad"
                if sv
                else f"the {nth[n]} {name} monthly"
            )
    if rule.freq == MONTHLY and "bymonthday" in by and not days and not other:
        md = ",".join(str(x) for x in by["bymonthday"])
        return f"den {md}:e varje månad" if sv else f"day {md} of each month"
    if rule.freq == DAILY and not by:
        if rule.interval == 1:
            return "varje dag" if sv else "every day"
        return f"var {rule.interval}:e dag" if sv else f"every {rule.interval} days"
    return rule.body
