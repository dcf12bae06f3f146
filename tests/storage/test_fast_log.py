"""The CLI's stdlib fast path writes exactly what the service layer writes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import LockedError, ValidationErrors
from lofte_desktop.storage import fast_log
from lofte_desktop.storage.models import ActivityRow
from tests.conftest import draft

SKIP = {"id", "hlc", "created_at", "updated_at"}


def _row(path: Path, activity_id: str) -> dict[str, Any]:
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        row = dict(
            conn.execute(
                "SELECT * FROM activities WHERE id = ?", (activity_id,)
            ).fetchone()
        )
        row["promises"] = sorted(
            r[0]
            for r in conn.execute(
                "SELECT promise_id FROM activity_promises WHERE activity_id = ?",
                (activity_id,),
            )
        )
        audit = conn.execute(
            "SELECT table_name, action, changes, user, device_id FROM audit_log "
            "WHERE record_id = ?",
            (activity_id,),
        ).fetchall()
        row["audit"] = [(a[0], a[1], json.loads(a[2]), a[3], a[4]) for a in audit]
    return row


def test_fast_path_stores_the_same_row_as_the_service(
    services: Services, db_path: Path
) -> None:
    services.agreement.add_place("Högstadiet Krokom")
    kwargs = dict(
        start_time="18:30", hours="2,5", promise_codes=["N1", "T1"], party="kommun"
    )
    slow = services.activities.log(draft(**kwargs))
    fast = fast_log.log_activity(str(db_path), draft(**kwargs), user=services.ctx.user)
    a, b = _row(db_path, slow.id), _row(db_path, fast.id)
    assert {k: v for k, v in a.items() if k not in SKIP} == {
        k: v for k, v in b.items() if k not in SKIP
    }
    assert set(a) - {"promises", "audit"} == {c.name for c in ActivityRow.__table__.c}
    # The service layer reads the fast path's row back as the same activity.
    got = services.activities.get(fast.id)
    assert (got.hours, got.party, got.promise_codes, got.place) == (
        2.5,
        "Krokoms kommun",
        ("N1", "T1"),
        "Högstadiet Krokom",
    )
    assert fast.hlc > (slow.hlc or "")
    assert len(a["created_at"]) == len(b["created_at"])  # same stored format
    assert got.created_at is not None


def test_fast_path_refuses_what_the_service_refuses(
    services: Services, db_path: Path
) -> None:
    with pytest.raises(ValidationErrors):
        fast_log.log_activity(str(db_path), draft(note="Elev 080517-1238"), user="x")
    with pytest.raises(ValidationErrors):
        fast_log.log_activity(str(db_path), draft(hours="25"), user="x")
    assert services.activities.count() == 0


def test_fast_path_respects_period_locks(services: Services, db_path: Path) -> None:
    services.agreement.add_place("Högstadiet Krokom")
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(
            "INSERT INTO period_locks (id, agreement_id, period_code, locked, reason, "
            "by_user, hlc, device_id, deleted, created_at, updated_at, version) "
            "VALUES ('l1', ?, 'HT2024', 1, '', '', '0', 'd', 0, '2024-12-20', "
            "'2024-12-20', 1)",
            (services.agreement.agreement().id,),
        )
    with pytest.raises(LockedError):
        fast_log.log_activity(str(db_path), draft(date="2024-09-10"), user="x")
    assert fast_log.log_activity(str(db_path), draft(date="2024-03-10"), user="x").id


@pytest.mark.parametrize("setup", ["missing", "new_place"])
def test_not_eligible_falls_back(
    services: Services, db_path: Path, tmp_path: Path, setup: str
) -> None:
    target = str(tmp_path / "none.sqlite") if setup == "missing" else str(db_path)
    with pytest.raises(fast_log.NotEligible):
        fast_log.log_activity(target, draft(place="Ny plats"), user="x")


def test_cli_log_uses_either_path_with_the_same_result(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("lofte")
    db = str(tmp_path / "c.sqlite")
    subprocess.run([exe, "--db", db, "init"], check=True, capture_output=True)
    args = [
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
        "Torget",
        "--party",
        "Polisen",
        "--json",
    ]
    first = json.loads(
        subprocess.run([exe, *args], check=True, capture_output=True, text=True).stdout
    )  # new place: full path
    second = json.loads(
        subprocess.run([exe, *args], check=True, capture_output=True, text=True).stdout
    )  # known place: fast path
    differ = {"id", "created_at", "updated_at"}
    assert {k: v for k, v in first.items() if k not in differ} == {
        k: v for k, v in second.items() if k not in differ
    }
