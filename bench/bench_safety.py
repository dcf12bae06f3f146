"""Issue 7 figures: what data safety costs at start-up, and how long a restore takes.

No speed target in the issue; the goal is that the day's automatic backup and the
quick_check at open stay cheap. Printed for a demo-sized database (the Krokom demo,
~420 activities) and a large one (~20 000 activities):

- open_database's PRAGMA quick_check;
- the first start of the day: one SQLite backup-API copy + rotation;
- every later start: `daily()` when a backup from today exists (a folder listing);
- a restore (safety backup of the current database + one-transaction swap).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lofte_desktop.app import build_services  # noqa: E402
from lofte_desktop.services.backup import BackupService  # noqa: E402
from lofte_desktop.services.demo import demo_activities  # noqa: E402
from lofte_desktop.services.settings_file import SettingsStore  # noqa: E402
from lofte_desktop.storage.backup import check_database  # noqa: E402


def _median_ms(fn: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def make_db(path: Path, copies: int) -> int:
    svc = build_services(
        str(path), settings_store=SettingsStore(path.parent / "settings.json")
    )
    svc.agreement.load_catalogue()
    a = svc.agreement.agreement()
    acts = demo_activities(a.start, a.end)
    for _ in range(copies):
        svc.activities.bulk_log(acts, logged_by="Bench")
    n = svc.activities.count()
    svc.close()
    return n


class Days:
    """A clock that moves one day per call, so every daily() is due."""

    def __init__(self) -> None:
        self.t = datetime(2024, 1, 1, 8)

    def __call__(self) -> datetime:
        self.t += timedelta(days=1)
        return self.t


def figures(tmp: Path, label: str, copies: int) -> None:
    db = tmp / label / "lofte.sqlite"
    db.parent.mkdir()
    n = make_db(db, copies)
    size = db.stat().st_size / 1024 / 1024
    print(f"\n{label}: {n} activities, {size:.1f} MB")

    qc = _median_ms(lambda: check_database(db))
    print(f"  quick_check at open:                 {qc:7.1f} ms")

    due = BackupService(str(db), now=Days())
    first = _median_ms(due.daily)
    print(f"  first start of the day (backup):     {first:7.1f} ms   (keep 14)")

    today = BackupService(str(db), now=lambda: datetime(2030, 1, 1, 9))
    today.daily()
    later = _median_ms(today.daily, runs=21)
    print(f"  later starts that day (no backup):   {later:7.2f} ms")

    svc = build_services(
        str(db),
        today=lambda: date(2024, 10, 15),
        settings_store=SettingsStore(db.parent / "settings.json"),
    )
    backup = svc.backups.backup()
    start = time.perf_counter()
    svc.backups.restore(backup)
    restore = (time.perf_counter() - start) * 1000
    print(f"  restore (safety backup + swap):      {restore:7.1f} ms")
    svc.close()


def main() -> None:
    print("Target: none in issue 7; the day's backup and the quick_check at open")
    print("should be cheap next to the app's start-up (~1 s for the GUI).")
    with tempfile.TemporaryDirectory() as tmp:
        figures(Path(tmp), "demo", 1)
        figures(Path(tmp), "large", 48)


if __name__ == "__main__":
    main()
