"""Random record ids are version 4 UUIDs as `str(uuid.uuid4())` writes them,
one at a time or many at once, and never repeat."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.ids import is_uuid, new_id, new_ids


@given(n=st.integers(min_value=0, max_value=2_000))
def test_new_ids_are_random_uuid4_text(n: int) -> None:
    ids = new_ids(n)
    assert len(ids) == n == len(set(ids))
    for text in ids:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == text


def test_one_new_id_is_one_of_them() -> None:
    ids = {new_id() for _ in range(1_000)}
    assert len(ids) == 1_000 and all(
        is_uuid(i) and uuid.UUID(i).version == 4 for i in ids
    )


def test_every_bit_outside_version_and_variant_varies() -> None:
    """The random bits really are random: each of the 122 takes both values."""
    ints = [uuid.UUID(i).int for i in new_ids(400)]
    fixed = (0xF << 76) | (0x3 << 62)  # the version nibble and the variant bits
    for bit in range(128):
        if (1 << bit) & fixed:
            continue
        assert {(x >> bit) & 1 for x in ints} == {0, 1}, bit
