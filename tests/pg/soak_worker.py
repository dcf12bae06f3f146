"""One writer process of the concurrency test (tests/pg/test_concurrency.py).

Usage: python -m tests.pg.soak_worker URL WORKER GO_FILE OUT.json COUNTER_ID SHARED_ID

Once started it creates OUT.json.ready and waits for GO_FILE, which holds the time
to stop (so all workers write at the same time). Until then it loops over three kinds of write on the shared store:
- logs a new activity (each must survive);
- adds 1 to the shared counter's count, from the version it read (a conflict is
  retried; every success must show in the final count);
- sets its own field of a shared record without a version (the service redoes its
  merge, so no worker's field may be lost to another's stale copy).
Any other exception is an unhandled error, reported in the JSON it writes.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> int:
    url, worker, go_file, out, counter_id, shared_id = argv
    n_worker = int(worker)
    from lofte_desktop.app import build_services
    from lofte_desktop.domain.errors import ConflictError
    from lofte_desktop.services.settings_file import SettingsStore
    from tests.conftest import TODAY, draft

    settings = SettingsStore(Path(tempfile.mkdtemp()) / "settings.json")
    svc = build_services(url, today=lambda: TODAY, settings_store=settings)
    result: dict[str, Any] = {
        "worker": n_worker,
        "logged": [],
        "increments": 0,
        "conflicts": 0,
        "field": None,
        "errors": [],
    }
    field, make = {
        0: ("hours", lambda i: float(i % 20 + 1)),
        1: ("note", lambda i: f"arbetare 1, varv {i}"),
        2: ("count", lambda i: i),
        3: ("start_time", lambda i: f"{i % 24:02d}:{i % 60:02d}"),
    }[n_worker % 4]
    Path(out + ".ready").touch()
    waited = time.time()
    while not Path(go_file).exists():
        if time.time() - waited > 300:
            raise SystemExit("no go signal")
        time.sleep(0.05)
    end = float(Path(go_file).read_text(encoding="utf-8"))
    i = 0
    while time.time() < end:
        i += 1
        try:
            kind = i % 3
            if kind == 0:
                a = svc.activities.log(draft(note=f"w{n_worker}-{i}", count=i))
                result["logged"].append(a.id)
            elif kind == 1:
                while True:
                    cur = svc.activities.get(counter_id)
                    try:
                        svc.activities.edit(
                            counter_id,
                            {"count": (cur.count or 0) + 1},
                            expected_version=cur.version,
                        )
                    except ConflictError:
                        result["conflicts"] += 1
                        continue
                    result["increments"] += 1
                    break
            else:
                value = make(i)
                try:
                    svc.activities.edit(shared_id, {field: value})
                except ConflictError:
                    result["conflicts"] += 1
                else:
                    result["field"] = [field, value]
        except Exception:
            result["errors"].append(traceback.format_exc())
    result["rounds"] = i
    svc.close()
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
