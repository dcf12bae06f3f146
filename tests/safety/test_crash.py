"""Durability: a writer killed with SIGKILL at random moments never loses a write it
reported as done, and never leaves a damaged database.

The writer is a forked child of the test process: it has every module imported
already, so each of the 100+ rounds costs a fork and a short run instead of a
Python start-up (the whole test stays well under a minute on two cores). The child
goes through the service layer exactly as the GUI's worker and the CLI do, and
reports an id on its pipe only AFTER the call that committed it returned.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from lofte_desktop.app import build_services
from lofte_desktop.storage import fast_log
from tests.conftest import draft

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(os, "fork"), reason="needs fork and SIGKILL"
)

ROUNDS = 110


def _writer(db: Path, out_fd: int, seed: int) -> None:
    """The child: log activities until killed, as the GUI's worker does (service
    layer), as `lofte log` does (its stdlib fast path), with edits and bulk writes."""
    rng = random.Random(seed)
    out = os.fdopen(out_fd, "w", buffering=1)
    svc = build_services(str(db))
    i = 0
    while True:
        i += 1
        roll = rng.random()
        if roll < 0.15:  # the CLI's path
            done = fast_log.log_activity(str(db), draft(count=i), user="CLI")
            out.write(f"L {done.id}\n")
        elif roll < 0.25:  # a bulk import: five rows, all or nothing
            marker = f"bulk {seed}-{i}"
            valid = svc.activities.validate(draft(note=marker))
            svc.activities.bulk_log([valid] * 5)
            out.write(f"B {marker}\n")
        else:
            a = svc.activities.log(draft(count=i, note=f"Runda {seed}, skrivning {i}"))
            out.write(f"L {a.id}\n")
            if rng.random() < 0.3:
                out.flush()
                marker_count = 1000 + i
                svc.activities.edit(a.id, {"count": marker_count})
                out.write(f"E {a.id} {marker_count}\n")
        out.flush()


def _run_and_kill(db: Path, seed: int, delay: float) -> list[str]:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(r)
        try:
            _writer(db, w, seed)
        finally:
            os._exit(0)
    os.close(w)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    with os.fdopen(r) as fh:
        lines = fh.read().splitlines()
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, lines
    return lines


def test_sigkill_at_random_moments_loses_no_acknowledged_write(
    tmp_path: Path,
) -> None:
    db = tmp_path / "lofte.sqlite"
    setup = build_services(str(db))
    setup.agreement.load_catalogue()
    setup.activities.log(draft())  # creates the place, so every child can log
    setup.close()

    rng = random.Random(20241015)
    reported: dict[str, int | None] = {}
    bulks: set[str] = set()
    rounds_with_writes = 0
    for round_no in range(ROUNDS):
        # Mostly short delays, so kills also land in start-up, in the daily backup
        # and between BEGIN IMMEDIATE and COMMIT.
        delay = rng.choice([rng.uniform(0.0, 0.08), rng.uniform(0.1, 0.45)])
        lines = _run_and_kill(db, round_no, delay)
        rounds_with_writes += bool(lines)
        for line in lines:
            parts = line.split()
            if parts[0] == "L":
                reported[parts[1]] = None
            elif parts[0] == "E":
                reported[parts[1]] = int(parts[2])
            elif parts[0] == "B":
                bulks.add(line[2:])

        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            stored = dict(
                conn.execute("SELECT id, count FROM activities WHERE deleted = 0")
            )
            per_bulk = dict(
                conn.execute(
                    "SELECT note, count(*) FROM activities "
                    "WHERE note LIKE 'bulk %' GROUP BY note"
                )
            )
        finally:
            conn.close()
        missing = set(reported) - set(stored)
        assert not missing, f"round {round_no}: lost {len(missing)} acknowledged"
        edited_wrong = {
            aid: (want, stored[aid])
            for aid, want in reported.items()
            if want is not None and stored[aid] != want
        }
        assert not edited_wrong, f"round {round_no}: lost edits {edited_wrong}"
        assert all(per_bulk.get(m) == 5 for m in bulks), f"round {round_no}: bulk"
        assert set(per_bulk.values()) <= {5}, f"round {round_no}: half a bulk write"

    # The test must really have exercised writes, not just killed idle starters.
    assert rounds_with_writes >= ROUNDS // 3
    assert len(reported) >= ROUNDS
