"""Several clients write to one shared store at once: nothing is lost.

Four processes write for SOAK_SECONDS (20 by default; LOFTE_SOAK_SECONDS overrides
it for a quick local run) through the normal services. Afterwards every logged
activity is there, the shared counter equals the sum of the increments each worker
saw succeed, each worker's last value of its own field survived, every audit entry
is there, every clock stamp is unique, stamps grow in commit order (what sync's
incremental export relies on), and no worker met an unhandled error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from lofte_desktop.app import Services
from lofte_desktop.storage.models import ActivityRow, AuditRow
from tests.conftest import draft
from tests.pg.server import PgServer

WORKERS = 4
SOAK_SECONDS = float(os.environ.get("LOFTE_SOAK_SECONDS", "20"))
ROOT = Path(__file__).resolve().parents[2]


def _out_of_order_commits(svc: Services) -> list[tuple[str, str]]:
    """Write transactions whose stamps are not above every earlier commit's.

    Every write adds audit rows stamped inside its transaction. Sorted by commit
    time (track_commit_timestamp), each transaction's stamps must lie above all
    stamps committed before it; otherwise an incremental sync export ("everything
    after stamp X") could skip a change for good. Returns offending (prev, next).
    """
    with svc.ctx.db.read() as s:
        rows = s.execute(
            text(
                "SELECT min(pg_xact_commit_timestamp(xmin)) AS at, min(hlc), max(hlc) "
                "FROM audit_log GROUP BY xmin::text ORDER BY 1"
            )
        ).all()
    bad: list[tuple[str, str]] = []
    top = ""
    for _at, low, high in rows:
        if low <= top:
            bad.append((top, low))
        top = max(top, high)
    return bad


@pytest.mark.postgres
@pytest.mark.slow
def test_four_processes_writing_for_a_while_lose_nothing(
    pg_server: PgServer, tmp_path: Path
) -> None:
    from lofte_desktop.app import build_services
    from tests.conftest import TODAY

    url = pg_server.create_database()
    svc: Services = build_services(url, today=lambda: TODAY)
    svc.agreement.load_catalogue()
    counter = svc.activities.log(draft(count=0, note="räknare"))
    shared = svc.activities.log(draft(note="delad", hours=1))

    go = tmp_path / "go"
    outs = [tmp_path / f"w{i}.json" for i in range(WORKERS)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.pg.soak_worker",
                url,
                str(i),
                str(go),
                str(out),
                counter.id,
                shared.id,
            ],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i, out in enumerate(outs)
    ]
    started = time.monotonic()
    while not all(Path(f"{o}.ready").exists() for o in outs):
        assert all(p.poll() is None for p in procs), "a worker died on start-up"
        assert time.monotonic() - started < 120, "workers did not start"
        time.sleep(0.05)
    go.write_text(str(time.time() + SOAK_SECONDS), encoding="utf-8")
    for p in procs:
        _, err = p.communicate(timeout=SOAK_SECONDS + 120)
        assert p.returncode == 0, err
    results = [json.loads(o.read_text(encoding="utf-8")) for o in outs]

    assert [r["errors"] for r in results] == [[]] * WORKERS
    assert _out_of_order_commits(svc) == []
    assert all(r["rounds"] > 3 for r in results)  # every worker really wrote

    logged = [aid for r in results for aid in r["logged"]]
    increments = sum(r["increments"] for r in results)
    assert len(set(logged)) == len(logged)
    assert svc.activities.count() == 2 + len(logged)
    assert {a.id for a in svc.activities.by_ids(logged)} == set(logged)

    final = svc.activities.get(counter.id)
    assert final.count == increments  # 0 lost updates
    assert final.version == 1 + increments

    got = svc.activities.get(shared.id)
    for r in results:
        if r["field"] is not None:
            name, value = r["field"]
            assert getattr(got, name) == value, name

    with svc.ctx.db.read() as s:
        updates = s.execute(
            select(func.count())
            .select_from(AuditRow)
            .where(AuditRow.record_id == counter.id, AuditRow.action == "update")
        ).scalar()
        stamps, distinct = s.execute(
            select(func.count(), func.count(ActivityRow.hlc.distinct()))
        ).one()
    assert updates == increments
    assert stamps == distinct  # the shared clock never handed out a stamp twice
    svc.close()
    pg_server.drop_database(url)
