"""Issue 2 and 13 figures: CLI start-up, `lofte log` cost, bulk insert rate.

Targets:
- `lofte --help` imports neither Qt, SQLAlchemy nor ReportLab;
- `lofte log` (the fast lane, storage/fast_log.py) takes at most 2x the process
  start time of `lofte --help`, on a database of 200k activities;
- bulk-inserting 200k activities through the storage layer — the activity totals
  kept by their triggers in the same transaction — reaches at least 60 % of raw
  `sqlite3.executemany` rows/s into the bare tables (no totals), measured in the
  same run; the two run in three interleaved rounds, the medians counting. The
  raw insert with the totals' triggers is shown beside it.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
N_RUNS = 15
N_ROWS = 200_000
#: Interleaved rounds of the raw insert and bulk_log (medians count).
BULK_ROUNDS = 3


def _time_cmd(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def cli_figures(tmp: Path, db: str) -> None:
    """`lofte --help` against `lofte log` into `db` (200k activities)."""
    env = {
        **os.environ,
        "LOFTE_CONFIG_DIR": str(tmp / "cfg"),
        "LOFTE_DATA_DIR": str(tmp / "data"),
    }
    code = (
        "import sys; from lofte_desktop import cli\n"
        "try:\n    cli.main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print([m for m in ('PySide6', 'sqlalchemy', 'reportlab', 'alembic') "
        "if m in sys.modules])"
    )
    out = (
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    print(f"frameworks imported by `lofte --help`: {out}   (target: [])")

    log = [
        str(BIN / "lofte"),
        "--db",
        db,
        "log",
        "--type",
        "presence",
        "--promise",
        "T2",
        "--date",
        "2024-03-05",
        "--hours",
        "2",
        "--place",
        "Centrumparken",
        "--party",
        "Polisen",
    ]
    subprocess.run(log, check=True, capture_output=True, env=env)  # creates the place
    helps, logs = [], []
    for _ in range(N_RUNS):  # interleaved, so machine load hits both alike
        helps.append(_time_cmd([str(BIN / "lofte"), "--help"], env))
        logs.append(_time_cmd(log, env))
    h, lg = statistics.median(helps), statistics.median(logs)
    print(f"lofte --help: median {h * 1000:.0f} ms over {N_RUNS} runs")
    print(
        f"lofte log:    median {lg * 1000:.0f} ms  -> {lg / h:.2f}x --help "
        f"(target <= 2x)"
    )


def _drafts(n: int) -> list[Any]:
    from lofte_desktop.domain.types import ActivityType, Status
    from lofte_desktop.domain.validation import ValidActivity

    rng = random.Random(1)
    start = date(2023, 1, 1)
    return [
        ValidActivity(
            ActivityType.PRESENCE,
            ("T2",),
            start + timedelta(days=rng.randrange(730)),
            "Polisen",
            float(rng.choice([1, 2, 3])),
            None,
            "Centrumparken",
            Status.DONE,
            "Fotpatrull",
            "19:00",
        )
        for _ in range(n)
    ]


def bulk_figures(tmp: Path) -> str:
    """Prints the bulk figures; returns the storage layer's 200k database."""
    os.environ["LOFTE_CONFIG_DIR"] = str(tmp / "cfg2")
    os.environ["LOFTE_DATA_DIR"] = str(tmp / "data2")
    from lofte_desktop.app import build_services

    drafts = _drafts(N_ROWS)

    # Raw: the same rows, prepared as tuples, with executemany into the same schema.
    raw_db = tmp / "raw.sqlite"
    svc = build_services(str(raw_db))
    svc.agreement.load_catalogue()
    promise = svc.agreement.promise_ids()["T2"]
    place = svc.agreement.add_place("Centrumparken")
    device = svc.ctx.device_id
    svc.close()
    import uuid

    rows, links = [], []
    for i, d in enumerate(drafts):
        aid = str(uuid.uuid4())
        rows.append(
            (
                aid,
                d.activity_type.value,
                d.party,
                d.date.isoformat(),
                d.start_time,
                d.hours,
                place,
                d.count,
                d.status.value,
                d.note,
                "bench",
                f"{i:013d}.00000",
                device,
                "2024-01-01 00:00:00.000000",
                "2024-01-01 00:00:00.000000",
            )
        )
        links.append((aid, promise))
    import shutil

    with_totals = tmp / "raw-totals.sqlite"
    shutil.copy(raw_db, with_totals)
    conn = sqlite3.connect(raw_db, isolation_level=None)
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")  # the bare tables: no totals kept
    conn.close()
    raw_totals = _raw_insert(with_totals, rows, links)

    # Interleaved rounds, medians counting: a busy moment of the (shared)
    # machine hits the raw insert and the storage layer alike.
    raws, layers = [], []
    layer_db = ""
    for i in range(BULK_ROUNDS):
        db = tmp / f"raw{i}.sqlite"
        shutil.copy(raw_db, db)
        raws.append(_raw_insert(db, rows, links))
        _remove(db)
        if layer_db:
            _remove(Path(layer_db))
        layer_db = str(tmp / f"layer{i}.sqlite")
        svc = build_services(layer_db)
        svc.agreement.load_catalogue()
        svc.agreement.add_place("Centrumparken")
        start = time.perf_counter()
        n = svc.activities.bulk_log(drafts, logged_by="bench")
        layers.append(time.perf_counter() - start)
        assert n == N_ROWS == svc.activities.count()
        svc.close()
    raw, layer = statistics.median(raws), statistics.median(layers)
    print(
        "rounds (s): raw " + ", ".join(f"{t:.2f}" for t in raws)
        + "; bulk_log " + ", ".join(f"{t:.2f}" for t in layers)
    )  # fmt: skip
    print(f"raw sqlite3.executemany: {N_ROWS / raw:,.0f} rows/s ({raw:.2f} s)")
    print(
        f"raw with the totals' triggers: {N_ROWS / raw_totals:,.0f} rows/s "
        f"({raw_totals:.2f} s)"
    )
    print(
        f"storage layer bulk_log:  {N_ROWS / layer:,.0f} rows/s ({layer:.2f} s) "
        f"-> {100 * raw / layer:.0f} % of raw (target >= 60 %)"
    )
    return layer_db


def _remove(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def _raw_insert(db: Path, rows: list[Any], links: list[Any]) -> float:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO activities (id, activity_type, party, date, start_time, hours, "
        "place_id, count, status, note, logged_by, hlc, device_id, deleted, "
        "created_at, updated_at, version) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,1)",
        rows,
    )
    conn.executemany("INSERT INTO activity_promises VALUES (?, ?)", links)
    conn.execute("COMMIT")
    took = time.perf_counter() - start
    conn.close()
    return took


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        big = bulk_figures(Path(d))
        cli_figures(Path(d), big)
