"""The import's fast paths decide exactly as the rules they stand in for.

- `check_line` runs a generated quick test per table and hands a field to the strict
  `_check_value` only when the quick test fails: it must accept and refuse exactly
  what `_check_value` on every field does, with the same message.
- The PII guard scans only each table's free-text fields (`TEXT_FIELDS`) for a
  six-digit run before the full record scan: it must refuse exactly what a scan of
  every field refuses, and find a personnummer in every free-text field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date
from functools import cache
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lofte_desktop.domain.pii import (
    find_personal_numbers,
    is_text_key,
    luhn_digit,
    personal_numbers_in_record,
    text_prefilter,
)
from lofte_desktop.domain.refusals import ImportPrivacyError, refuse_personal_numbers
from lofte_desktop.sync import schema
from lofte_desktop.sync.schema import (
    AUDIT,
    DATE_RE,
    DATETIME_RE,
    MAX_FLOAT,
    MAX_INT,
    PROMISE_LINKS,
    TABLE_ORDER,
    TEXT_FIELDS,
    Field,
    SchemaError,
    check_line,
    record_fields,
)

PNR = "811228-9874"  # a valid made-up personnummer


def _pnr(born: date, serial: int) -> str:
    nine = f"{born:%y%m%d}{serial:03d}"
    return nine + luhn_digit(nine)


births = st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31))
#: Free text as people write it, with and without personnummer in many layouts.
texts = st.one_of(
    st.text(max_size=20),
    st.text(alphabet="0123456789-+ :.\nabcÅÄÖ", max_size=24),
    st.builds(lambda b, s: f"Elev {_pnr(b, s)[:6]}-{_pnr(b, s)[6:]}", births,
              st.integers(0, 999)),
    st.builds(lambda b, s: f"{b.year // 100}{_pnr(b, s)}", births, st.integers(0, 999)),
)  # fmt: skip
hlcs = st.builds(lambda ms, n: f"{ms:013d}.{n:05d}", st.integers(0, 10**13 - 1),
                 st.integers(0, 99_999))  # fmt: skip
datetimes = st.one_of(
    st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat()),
    st.from_regex(
        DATETIME_RE, fullmatch=True
    ),  # fractions and offsets in every allowed form
)
dates = st.one_of(
    st.dates().map(date.isoformat), st.from_regex(DATE_RE, fullmatch=True)
)


@cache
def valid_value(f: Field) -> st.SearchStrategy[Any]:
    """Values the strict check accepts for `f`."""
    kinds: dict[str, st.SearchStrategy[Any]] = {
        "bool": st.booleans(),
        "int": st.integers(-MAX_INT, MAX_INT),
        "float": st.one_of(
            st.floats(-MAX_FLOAT, MAX_FLOAT, allow_nan=False),
            st.integers(-int(MAX_FLOAT), int(MAX_FLOAT)),
        ),
        "uuid": st.uuids().map(str),
        "hlc": hlcs,
        "date": dates,
        "datetime": datetimes,
    }
    s = kinds.get(f.kind, texts)
    if f.kind in ("str", "text", "date", "datetime"):
        s = s.filter(lambda v: len(v) <= f.max_len)
    return st.one_of(s, st.none()) if f.nullable else s


class Text(str):
    """Not what JSON gives, but what the strict check accepts as text."""


class Whole(int):
    """Not what JSON gives, but what the strict check accepts as a whole number."""


def _edges(f: Field) -> list[Any]:
    """Values on and just past the limits of `f`'s kind."""
    n = f.max_len
    if f.kind == "bool":
        return [0, 1, "true", Whole(1)]
    if f.kind == "int":
        return [MAX_INT, MAX_INT + 1, -MAX_INT, -MAX_INT - 1, 2**70, 1.0, True,
                Whole(2), Whole(MAX_INT + 1)]  # fmt: skip
    if f.kind == "float":
        return [MAX_FLOAT, -MAX_FLOAT, MAX_FLOAT * 1.001, 1e15 + 1, int(MAX_FLOAT) + 1,
                float("nan"), float("inf"), -float("inf"), False, Whole(3),
                Whole(10**16)]  # fmt: skip
    valid = {
        "uuid": "0b0f7c53-0000-4000-8000-000000000001",
        "hlc": "1795543207978.00000",
        "date": "2024-01-01",
        "datetime": "2024-01-01T10:00:00.811228+98:74",
    }.get(f.kind, "x")
    return [valid + "\n", " " + valid, valid.upper(), valid[:-1], Text(valid),
            Text(valid + "\n"), "x" * n, "x" * (n + 1), Text("x" * (n + 1)),
            "2024-13-99", "9" * 20]  # fmt: skip


@cache
def wild_value(f: Field) -> st.SearchStrategy[Any]:
    """Values around and past every limit, of every type."""
    return st.one_of(
        st.sampled_from(_edges(f)),
        st.none(),
        st.integers(),
        st.floats(),
        st.text(max_size=3),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
        valid_value(f),
        st.uuids().map(str),
        hlcs,
        dates,
        datetimes,
    )


@st.composite
def lines(draw: st.DrawFn, *, wild: bool) -> dict[str, Any]:
    """A payload line of any table; with `wild`, one to three values are anything."""
    table = draw(st.sampled_from(TABLE_ORDER))
    fields = record_fields(table)
    record: dict[str, Any] = {f.name: draw(valid_value(f)) for f in fields}
    if table != AUDIT:
        record["version"] = draw(st.integers(1, MAX_INT))
    if table == "activities":
        record[PROMISE_LINKS] = draw(st.lists(st.uuids().map(str), max_size=3))
    if wild:
        for f in draw(st.lists(st.sampled_from(fields), min_size=1, max_size=3)):
            record[f.name] = draw(wild_value(f))
    return {"t": table, "r": record}


def _outcome(line: dict[str, Any]) -> tuple[str, Any]:
    try:
        return "accepted", check_line(line, "rad 7")
    except SchemaError as exc:
        return "refused", str(exc)


def _strict(line: dict[str, Any]) -> tuple[str, Any]:
    """check_line with no quick test: `_check_value` decides every field."""
    every_field: Callable[[dict[str, Any]], int] = lambda record: 0  # noqa: E731
    with patch.dict(schema._QUICK, dict.fromkeys(TABLE_ORDER, every_field)):
        return _outcome(line)


@settings(max_examples=1000)
@given(lines(wild=True))
def test_quick_check_decides_as_the_strict_one(line: dict[str, Any]) -> None:
    assert _outcome(line) == _strict(line)


@settings(max_examples=200)
@given(lines(wild=False))
def test_quick_check_accepts_every_valid_line(line: dict[str, Any]) -> None:
    assert _outcome(line) == _strict(line) == ("accepted", (line["t"], line["r"]))


def test_quick_check_decides_as_the_strict_one_on_every_edge() -> None:
    """Every field of every table, set to each kind's edge values in turn."""
    kinds = ("bool", "int", "float", "str", "uuid", "hlc", "date", "datetime")
    values = [None, *(v for k in kinds for v in _edges(Field("x", k, 5)))]
    for table in TABLE_ORDER:
        for f in record_fields(table):
            for value in [*_edges(f), *values]:
                line = {"t": table, "r": {**_valid_record(table), f.name: value}}
                assert _outcome(line) == _strict(line), (table, f.name, value)


def test_every_table_has_a_quick_check() -> None:
    for table in TABLE_ORDER:
        fields = record_fields(table)
        record = {f.name: "x" * 1000 for f in fields}
        assert schema._QUICK[table](record) == 0  # fails at the first field
        with pytest.raises(SchemaError, match="rad 3"):
            check_line({"t": table, "r": record}, "rad 3")


# -- the PII guard ------------------------------------------------------------------


@given(st.one_of(dates, datetimes))
def test_checked_dates_and_timestamps_never_hold_a_personnummer(value: str) -> None:
    """Why the guard may skip them: no valid date or timestamp matches."""
    assert find_personal_numbers(value) == []


@pytest.mark.parametrize(
    "value",
    [
        "1981-12-28",
        "2024-01-01T10:00:00.811228+98:74",
        "2024-01-01T10:00:00.198112+28:98",
        "1981-12-28T81:12:28.811228Z",
    ],
)
def test_timestamps_shaped_like_a_personnummer(value: str) -> None:
    assert DATE_RE.match(value) or DATETIME_RE.match(value)
    assert find_personal_numbers(value) == []


def test_the_guard_reads_every_field_the_record_scan_reads() -> None:
    """Each field the full scan reads is in TEXT_FIELDS, or of a kind that cannot hold
    a personnummer once checked."""
    for table in TABLE_ORDER:
        for f in record_fields(table):
            if is_text_key(f.name) and f.name not in TEXT_FIELDS[table]:
                assert f.kind in ("date", "datetime", "int", "float", "bool"), f


def _guard(table: str, record: dict[str, Any]) -> list[Any]:
    """What the import's guard finds: the full scan, when the prefilter lets it."""
    if text_prefilter(TEXT_FIELDS[table])(record):
        return personal_numbers_in_record(record)
    return []


@settings(max_examples=600)
@given(lines(wild=False))
def test_prefiltered_guard_finds_what_a_full_scan_finds(line: dict[str, Any]) -> None:
    table, record = line["t"], line["r"]
    assert _guard(table, record) == personal_numbers_in_record(record)


def _valid_record(table: str) -> dict[str, Any]:
    values = {
        "bool": False,
        "int": 1,
        "float": 1.5,
        "uuid": "0b0f7c53-0000-4000-8000-000000000001",
        "hlc": "1795543207978.00000",
        "date": "2024-10-15",
        "datetime": "2024-10-15T10:00:00.123456+00:00",
    }
    record = {f.name: values.get(f.kind, "") for f in record_fields(table)}
    if table == "activities":
        record[PROMISE_LINKS] = []
    return record


@pytest.mark.parametrize(
    ("table", "name"),
    [
        (t, f.name)
        for t in TABLE_ORDER
        for f in record_fields(t)
        if f.kind in ("str", "text") and is_text_key(f.name)
    ],
)
def test_a_personnummer_in_any_free_text_field_is_refused(
    table: str, name: str
) -> None:
    assert name in TEXT_FIELDS[table]
    field = next(f for f in record_fields(table) if f.name == name)
    if field.max_len < len(PNR):  # start_time, target_comparison: too short to hold one
        return
    record = _valid_record(table)
    record[name] = f"x {PNR}"[: field.max_len]
    check_line({"t": table, "r": record}, "rad 1")  # a valid line
    assert text_prefilter(TEXT_FIELDS[table])(record)
    with pytest.raises(ImportPrivacyError) as err:
        refuse_personal_numbers(table, record)
    assert err.value.field == name


def test_an_occurrence_key_is_read_as_free_text() -> None:
    """recurrence_id is named like an id but holds any string up to 32 characters:
    the guard must read it (it is in the parametrised refusal test above)."""
    assert "recurrence_id" in TEXT_FIELDS["activities"]


@pytest.mark.parametrize("kind", ["uuid", "hlc", "date", "datetime"])
def test_a_checked_value_with_a_trailing_newline_is_refused(kind: str) -> None:
    table = "activities"
    field = next(f for f in record_fields(table) if f.kind == kind)
    record = _valid_record(table)
    record[field.name] = f"{record[field.name]}\n"
    with pytest.raises(SchemaError, match="rad 2"):
        check_line({"t": table, "r": record}, "rad 2")
