"""Issue 9 figures: the shared store (PostgreSQL) against the SQLite file.

Targets (each measured against SQLite in the same run):
- logging one activity through the services against a local PostgreSQL takes at most
  3x the time against SQLite (median of many single-activity transactions);
- importing a 100k-activity sync package into an empty PostgreSQL store takes at most
  3x importing it into an empty SQLite file.

The server is a throwaway cluster started here (tests/pg/server.py) with PostgreSQL's
normal, durable settings (fsync on), over its Unix socket; SQLite runs with
synchronous=FULL, as the app does.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N_LOG = 300
N_IMPORT = 100_000


def time_logging(target: str) -> list[float]:
    from lofte_desktop.app import build_services
    from lofte_desktop.domain.validation import ActivityDraft

    svc = build_services(target)
    svc.agreement.load_catalogue()
    times = []
    for i in range(N_LOG + 20):
        draft = ActivityDraft(
            activity_type="presence",
            promise_codes=["T2"],
            date=(date(2024, 3, 1) + timedelta(days=i % 200)).isoformat(),
            party="Polisen",
            hours=2,
            place="Centrumparken",
            note=f"Rond {i}",
        )
        start = time.perf_counter()
        svc.activities.log(draft)
        times.append(time.perf_counter() - start)
    svc.close()
    return times[20:]  # the first ones warm caches and connection pools


def build_package(tmp: Path) -> tuple[Path, str]:
    from bench_sync import build_source  # the same 100k presence rows

    svc = build_source(tmp / "field.sqlite", N_IMPORT)
    package = svc.sync.export(tmp / "field.loftesync", full=True).path
    fingerprint = svc.sync.fingerprint
    svc.close()
    return Path(package), fingerprint


def time_import(target: str, package: Path, fingerprint: str) -> tuple[float, int]:
    from lofte_desktop.app import build_services

    svc = build_services(target)
    svc.agreement.load_catalogue()
    svc.sync.trust(fingerprint)
    start = time.perf_counter()
    svc.sync.import_file(package)
    took = time.perf_counter() - start
    n = svc.activities.count()
    svc.close()
    return took, n


def main() -> int:
    from tests.pg.server import PgServer, ServerUnavailable

    tmp = Path(tempfile.mkdtemp(prefix="bench_pg_"))
    os.environ["LOFTE_DATA_DIR"] = str(tmp / "data")
    os.environ["LOFTE_CONFIG_DIR"] = str(tmp / "cfg")
    server = PgServer(fast=False, port=54339)
    try:
        try:
            server.start()
        except ServerUnavailable as exc:
            print(f"no PostgreSQL server could be started: {exc}")
            return 1
        lite = time_logging(str(tmp / "log.sqlite"))
        pg = time_logging(server.create_database())
        ms_lite = statistics.median(lite) * 1000
        ms_pg = statistics.median(pg) * 1000
        print(
            f"log one activity (median of {N_LOG}): SQLite {ms_lite:.2f} ms, "
            f"PostgreSQL {ms_pg:.2f} ms"
        )
        log_ratio = ms_pg / ms_lite
        print(f"  ratio {log_ratio:.2f}x (target <= 3x)")

        package, fingerprint = build_package(tmp)
        t_lite, n_lite = time_import(str(tmp / "import.sqlite"), package, fingerprint)
        t_pg, n_pg = time_import(server.create_database(), package, fingerprint)
        print(
            f"import a {N_IMPORT // 1000}k-activity package: SQLite {t_lite:.2f} s "
            f"({n_lite} activities), PostgreSQL {t_pg:.2f} s ({n_pg} activities)"
        )
        import_ratio = t_pg / t_lite
        print(f"  ratio {import_ratio:.2f}x (target <= 3x)")
        ok = log_ratio <= 3 and import_ratio <= 3 and n_lite == n_pg == N_IMPORT
        print("all targets met" if ok else "TARGET MISSED")
        return 0 if ok else 1
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
