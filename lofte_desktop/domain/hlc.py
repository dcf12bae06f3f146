"""Hybrid logical clock stamps for sync: sortable strings, monotonic per device.

A stamp is "WWWWWWWWWWWWW.CCCCC": wall-clock milliseconds and a counter, zero padded
so that string order is time order. Ties between devices are broken by device id:
the winner of a merge is the greatest (stamp, device_id).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_MS_WIDTH = 13
_COUNTER_WIDTH = 5
ZERO = "0" * _MS_WIDTH + "." + "0" * _COUNTER_WIDTH


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int

    def encode(self) -> str:
        return f"{self.wall_ms:0{_MS_WIDTH}d}.{self.counter:0{_COUNTER_WIDTH}d}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        wall, _, counter = text.partition(".")
        if (
            len(wall) != _MS_WIDTH
            or len(counter) != _COUNTER_WIDTH
            or not wall.isdigit()
            or not counter.isdigit()
        ):
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter))


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def next_stamp(last: str | None, *, now: Callable[[], int] = now_ms) -> str:
    """The stamp for a local change after `last` (the greatest stamp seen so far)."""
    wall = now()
    prev = Stamp.decode(last) if last else Stamp(0, 0)
    if wall > prev.wall_ms:
        return Stamp(wall, 0).encode()
    if prev.counter + 1 >= 10**_COUNTER_WIDTH:  # a full counter carries on
        return Stamp(prev.wall_ms + 1, 0).encode()
    return Stamp(prev.wall_ms, prev.counter + 1).encode()


def next_stamps(
    last: str | None, n: int, *, now: Callable[[], int] = now_ms
) -> list[str]:
    """`n` increasing stamps after `last` for one bulk write, reading the clock
    once: the counter counts on, and a full counter carries into the next
    millisecond (so the string order stays the time order)."""
    if n <= 0:
        return []
    first = Stamp.decode(next_stamp(last, now=now))
    limit = 10**_COUNTER_WIDTH
    out: list[str] = []
    wall, counter = first.wall_ms, first.counter
    while len(out) < n:  # one run of counters per millisecond
        take = min(n - len(out), limit - counter)
        prefix = Stamp(wall, 0).encode()[: _MS_WIDTH + 1]
        out.extend(
            [f"{prefix}{c:0{_COUNTER_WIDTH}d}" for c in range(counter, counter + take)]
        )
        wall, counter = wall + 1, 0
    return out


def observe(last: str | None, remote: str) -> str:
    """The greatest stamp after seeing `remote`, so later local stamps sort after it."""
    if last is None or remote > last:
        return remote
    return last


def is_far_future(
    stamp: str, *, now: Callable[[], int] = now_ms, tolerance_ms: int = 24 * 3600 * 1000
) -> bool:
    """A stamp more than `tolerance_ms` ahead of this machine's clock."""
    return Stamp.decode(stamp).wall_ms > now() + tolerance_ms
