"""Issue 14 figures: progress for a tertial on 200k activities.

- `ProgressService.progress("T1-2026")` on the tests' made-up July–June agreement
  followed up per tertial (tests/fixtures/catalogues/exempel-2025-2027.toml), with a
  windowed target (January–April, Thursdays and Sundays), a per-tertial, a
  per-quarter and a year-before target: at most 200 ms (best of 5, warm).
- Side by side, in the same run: the raw baseline, the very statements the
  service runs (the storage core's sums from the activity totals, with the window
  rule, and the year-before sums of the promise compared with it), run on a
  stdlib `sqlite3` connection (storage/activity_core.LiteSql).

The database is built once in the temp folder (LOFTE_BENCH_FRESH=1 rebuilds).
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

N = 200_000
RUNS = 5
TARGET_MS = 200.0
TMP = Path(tempfile.gettempdir()) / "lofte-bench-periods"
DB = TMP / "periods-200k.sqlite"
os.environ.setdefault("LOFTE_CONFIG_DIR", str(TMP / "cfg"))
os.environ.setdefault("LOFTE_DATA_DIR", str(TMP / "data"))

#: The made-up July–June agreement the tests use, followed up per tertial.
CATALOGUE = (
    Path(__file__).resolve().parents[1]
    / "tests/fixtures/catalogues/exempel-2025-2027.toml"
)


def _activities(n: int) -> Iterator[object]:
    from lofte_desktop.domain.types import ActivityType as T
    from lofte_desktop.domain.types import Status
    from lofte_desktop.domain.validation import ValidActivity

    rng = random.Random(14)
    start, days = date(2025, 7, 1), 730
    kinds = [
        (T.TRAFFIC_CHECK, ("W1",), "Polisen", 2.0, 30),
        (T.PRESENCE, ("T2",), "Polisen", 1.5, None),
        (T.INFORMATION_EFFORT, ("Q1",), "Exempels kommun", None, 40),
        (T.SCHOOL_VISIT, ("C1",), "Polisen", None, 25),
    ]
    for _ in range(n):
        kind, codes, party, hours, count = rng.choice(kinds)
        yield ValidActivity(
            kind,
            codes,
            start + timedelta(days=rng.randrange(days)),
            party,
            hours,
            count,
            None,
            Status.DONE,
            "",
            None,
        )


def build_db() -> None:
    from lofte_desktop.app import build_services

    if DB.exists() and not os.environ.get("LOFTE_BENCH_FRESH"):
        return
    TMP.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DB}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    svc = build_services(str(DB), today=lambda: date(2026, 2, 15))
    svc.agreement.load_catalogue(str(CATALOGUE))
    # The same batched bulk insert as bench_ui's 200k database.
    from bench_ui import bulk_log_batches

    bulk_log_batches(svc, _activities(N))
    svc.close()
    print(f"built {N:,} activities in {time.perf_counter() - t0:.1f} s")


def best_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1000 * min(times)


def raw_sums(svc: Any, period: Any, conn: sqlite3.Connection) -> Any:
    """The sums ProgressService.progress reads for `period`, read through the
    storage core on a plain sqlite3 connection (no SQLAlchemy, no services)."""
    from lofte_desktop.services.progress_figures import sums_needed
    from lofte_desktop.storage import activity_core as core
    from lofte_desktop.storage import activity_totals

    a, promises = svc.agreement.agreement(), svc.agreement.promises()
    need = sums_needed(a, promises, period, svc.ctx.calendar())
    assert not need.cumulative_ids
    return activity_totals.progress_sums(core.LiteSql(conn), a, promises, period, need)


def measure(svc: Any, code: str) -> float:
    """Prints the layer and the raw figures for one period; returns the layer's."""
    period = svc.progress.period(code)

    def layer() -> object:
        return svc.progress.progress(period)

    conn = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)

    def raw() -> Any:
        return raw_sums(svc, period, conn)

    figures = {p.promise.code: p.done for p in svc.progress.progress(period)}
    w1 = next(p.id for p in svc.agreement.promises() if p.code == "W1")
    raw_w1 = raw().totals[(w1, "done")].occasions
    assert figures["W1"] == raw_w1, (figures["W1"], raw_w1)
    # Interleaved rounds, so both see the same load on a shared machine.
    layer_runs, raw_runs = [], []
    for _ in range(RUNS):
        layer_runs.append(best_ms(layer, 1))
        raw_runs.append(best_ms(raw, 1))
    layer_ms, raw_ms = min(layer_runs), min(raw_runs)
    conn.close()
    print(f"{code}: figures {figures}")
    print(f"  raw sqlite3, the same statements: {raw_ms:.0f} ms")
    print(
        f"  ProgressService.progress('{code}'): {layer_ms:.0f} ms "
        f"(target <= {TARGET_MS:.0f} ms; {layer_ms / raw_ms:.2f}× raw)"
    )
    return layer_ms


def main() -> int:
    build_db()
    from lofte_desktop.app import build_services

    svc = build_services(str(DB), today=lambda: date(2026, 2, 15))
    assert svc.progress.period().code == "T1-2026"  # the cadence's default
    # T1-2026 has no year before inside the agreement (it starts 1 July 2025);
    # T1-2027 also sums C1's T1-2026 for "more than the same period a year earlier".
    worst = max(measure(svc, "T1-2026"), measure(svc, "T1-2027"))
    svc.close()
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
