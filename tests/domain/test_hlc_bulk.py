"""A bulk write's clock stamps: increasing, unique, after the last one, whatever
the clock says and however many."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.hlc import Stamp, next_stamp, next_stamps


@given(
    wall=st.integers(min_value=0, max_value=10**12),
    counter=st.integers(min_value=0, max_value=99_999),
    clock=st.integers(min_value=0, max_value=10**12),
    n=st.integers(min_value=0, max_value=120_000),
)
def test_bulk_stamps_increase_after_the_last(
    wall: int, counter: int, clock: int, n: int
) -> None:
    last = Stamp(wall, counter).encode()
    stamps = next_stamps(last, n, now=lambda: clock)
    assert len(stamps) == n
    assert stamps == sorted(set(stamps))
    assert all(s > last for s in stamps)
    assert all(Stamp.decode(s).encode() == s for s in stamps[:3] + stamps[-3:])
    if stamps:
        assert stamps[0] == next_stamp(last, now=lambda: clock)


def test_a_full_counter_carries_into_the_next_millisecond() -> None:
    """A stamp is always well formed and sorts after the last, even when 100,000
    changes fall in one millisecond (found by the test above)."""
    last = Stamp(5, 99_999).encode()
    after = next_stamp(last, now=lambda: 0)
    assert after == Stamp(6, 0).encode() and after > last
    assert next_stamps(last, 2, now=lambda: 0) == [after, Stamp(6, 1).encode()]
