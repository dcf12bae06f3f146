from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.pii import (
    find_personal_numbers,
    luhn_digit,
    personal_numbers_in_record,
    redact,
)


def _pnr(born: date, serial: int, *, samordning: bool = False) -> tuple[str, str]:
    """(YYMMDDNNNC, century) for a made-up but valid number."""
    day = born.day + (60 if samordning else 0)
    nine = f"{born:%y%m}{day:02d}{serial:03d}"
    return nine + luhn_digit(nine), f"{born.year // 100}"


births = st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31))


@given(
    births,
    st.integers(0, 999),
    st.booleans(),
    st.sampled_from(
        ["short-dash", "short-plus", "short", "long", "long-dash", "short-space"]
    ),
)
def test_every_valid_number_in_every_layout_is_caught(
    born: date, serial: int, samordning: bool, layout: str
) -> None:
    ten, century = _pnr(born, serial, samordning=samordning)
    text = {
        "short-dash": f"{ten[:6]}-{ten[6:]}",
        "short-plus": f"{ten[:6]}+{ten[6:]}",
        "short": ten,
        "long": century + ten,
        "long-dash": f"{century}{ten[:6]}-{ten[6:]}",
        "short-space": f"{ten[:6]} {ten[6:]}",
    }[layout]
    found = find_personal_numbers(f"Samtal med elev {text} om oro.")
    assert len(found) == 1
    assert found[0].kind == ("samordningsnummer" if samordning else "personnummer")


@pytest.mark.parametrize(
    "note",
    [
        "Ring 070-123 45 67 vid frågor.",
        "Tel 0701234567 till skolans expedition.",
        "Möte 2024-03-15 kl 18.00, 42 föräldrar.",
        "Diarienummer K123456-24, se ärendet.",
        "Postnummer 835 31 Krokom.",
        "Orgnr 212000-2452 (kommunen).",
        "Kontroll av 120 fordon på E14 mellan 07:30 och 09:30.",
        "20240315 var vi på plats.",
    ],
)
def test_ordinary_numbers_are_not_flagged(note: str) -> None:
    assert find_personal_numbers(note) == []


def test_invalid_check_digit_is_not_flagged() -> None:
    ten, _ = _pnr(date(2008, 5, 17), 123)
    wrong = ten[:-1] + str((int(ten[-1]) + 1) % 10)
    assert find_personal_numbers(f"{wrong[:6]}-{wrong[6:]}") == []


def test_redact_and_mask() -> None:
    ten, _ = _pnr(date(2009, 2, 3), 42)
    text = f"Elev {ten[:6]}-{ten[6:]} sågs."
    match = find_personal_numbers(text)[0]
    assert match.masked.endswith("XXXX") and ten[6:] not in match.masked
    assert ten not in redact(text).replace("-", "")
    assert "[personnummer borttaget]" in redact(text)


def test_dates_around_leap_days() -> None:
    ten, _ = _pnr(date(2008, 2, 29), 1)
    assert find_personal_numbers(ten)
    nine = "090229001"  # 2009 has no 29 February (and neither has 1909)
    assert find_personal_numbers(nine + luhn_digit(nine)) == []
    assert timedelta(days=1)


# --- every layout, anywhere in a note ------------------------------------------------

DASHES = ["-", "\u2010", "\u2011", "\u2013", "\u2014", "\u2212", " - "]
PREFIXES = ["", "Elev ", "pnr ", "Pnr:", "personnummer: ", "nr ", "(", "Ref. ",
            "\n", "Samtal med pojke ", "född ", "id.", "sam.nr ", "\u00a0"]  # fmt: skip
SUFFIXES = ["", ".", ")", ",", " om oro i skolan.", "\n", ";", " – ej hemma"]


def _layout(ten: str, century: str, layout: str, dash: str) -> str:
    return {
        "short-dash": f"{ten[:6]}{dash}{ten[6:]}",
        "short-plus": f"{ten[:6]}+{ten[6:]}",
        "short": ten,
        "short-space": f"{ten[:6]} {ten[6:]}",
        "short-nbsp": f"{ten[:6]}\u00a0{ten[6:]}",
        "long": century + ten,
        "long-dash": f"{century}{ten[:6]}{dash}{ten[6:]}",
        "long-space": f"{century}{ten[:6]} {ten[6:]}",
    }[layout]


@given(
    births,
    st.integers(0, 999),
    st.booleans(),
    st.sampled_from(
        [
            "short-dash",
            "short-plus",
            "short",
            "short-space",
            "short-nbsp",
            "long",
            "long-dash",
            "long-space",
        ]
    ),
    st.sampled_from(DASHES),
    st.sampled_from(PREFIXES),
    st.sampled_from(SUFFIXES),
)
def test_valid_numbers_are_caught_in_any_layout_and_context(
    born: date,
    serial: int,
    samordning: bool,
    layout: str,
    dash: str,
    prefix: str,
    suffix: str,
) -> None:
    ten, century = _pnr(born, serial, samordning=samordning)
    number = _layout(ten, century, layout, dash)
    found = find_personal_numbers(f"{prefix}{number}{suffix}")
    assert len(found) == 1, (prefix, number, suffix)
    assert found[0].kind == ("samordningsnummer" if samordning else "personnummer")
    assert "".join(ch for ch in found[0].text if ch.isdigit()).endswith(ten)
    assert ten not in redact(f"{prefix}{number}{suffix}")


@given(st.lists(st.tuples(births, st.integers(0, 999)), min_size=1, max_size=4))
def test_every_number_in_a_note_is_found(people: list[tuple[date, int]]) -> None:
    numbers = [_pnr(b, s)[0] for b, s in people]
    note = " och ".join(f"{n[:6]}-{n[6:]}" for n in numbers)
    assert [m.text.replace("-", "") for m in find_personal_numbers(note)] == numbers


@given(births, st.integers(0, 999), st.integers(1, 9))
def test_a_wrong_check_digit_is_never_flagged(
    born: date, serial: int, shift: int
) -> None:
    ten, _ = _pnr(born, serial)
    wrong = ten[:-1] + str((int(ten[-1]) + shift) % 10)
    assert find_personal_numbers(f"Elev {wrong[:6]}-{wrong[6:]}") == []


# --- real-looking notes: zero false positives ----------------------------------------


def test_no_false_positives_on_realistic_notes() -> None:
    from tests.domain.pii_corpus import notes

    corpus = notes()
    assert len(corpus) >= 200
    with_numbers = [n for n in corpus if sum(ch.isdigit() for ch in n) >= 6]
    assert len(with_numbers) >= 200  # the corpus really is full of long numbers
    flagged = [(n, find_personal_numbers(n)) for n in corpus]
    flagged = [(n, m) for n, m in flagged if m]
    assert flagged == []


_fragments = st.one_of(
    st.text(alphabet="0123456789-+ :.\nabcÅÄÖ", max_size=24),
    st.builds(
        lambda b, s: "{}-{}".format(*(lambda t: (t[0][:6], t[0][6:]))(_pnr(b, s))),
        births,
        st.integers(0, 999),
    ),
    st.builds(lambda b, s: _pnr(b, s)[1] + _pnr(b, s)[0], births, st.integers(0, 999)),
)


@given(
    st.dictionaries(
        st.sampled_from(
            ["note", "name", "reason", "date", "place_id", "hlc", "changes"]
        ),
        st.lists(_fragments, max_size=3).map(" ".join),
        max_size=6,
    )
)
def test_record_scan_agrees_with_a_scan_of_each_field(record: dict[str, str]) -> None:
    """The one-pass pre-check over a whole record finds exactly what a field-by-field
    scan finds (imports rely on it for speed)."""
    expected = [
        (k, m)
        for k, v in record.items()
        if k not in ("hlc",) and not k.endswith("_id")
        for m in find_personal_numbers(v)
    ]
    assert personal_numbers_in_record(record) == expected
