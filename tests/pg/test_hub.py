"""The shared store as a sync hub: two offline field laptops (SQLite) and one
PostgreSQL installation exchange packages with the unchanged `lofte sync` and end
identical, table by table."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lofte_desktop.app import build_services
from lofte_desktop.entry.cli import main
from lofte_desktop.storage import sync_store
from lofte_desktop.storage.models import ActivityPromiseRow
from tests.conftest import TODAY
from tests.pg.server import PgServer

pytestmark = pytest.mark.postgres


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def log(capsys: pytest.CaptureFixture[str], db: str, *extra: str) -> str:
    return ok(
        capsys, "log", "--db", db, "--type", "presence", "--promise", "T2",
        "--date", "2024-03-05", "--hours", "2", "--place", "Centrumparken", *extra,
    ).strip()  # fmt: skip


def send(
    capsys: pytest.CaptureFixture[str], src: str, dst: str, out: Path
) -> dict[str, Any]:
    ok(capsys, "sync", "export", "--db", src, "--out", str(out))
    return dict(
        json.loads(ok(capsys, "sync", "import", str(out), "--db", dst, "--json"))
    )


def _plain(value: Any) -> Any:
    """Datetimes compared as UTC instants (SQLite gives them back naive)."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
    return value


def content(db: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table, row by row, as the device stores it."""
    svc = build_services(db, today=lambda: TODAY)
    out: dict[str, list[tuple[Any, ...]]] = {}
    tables = {
        **sync_store.TABLES_ALL,
        "activity_promises": ActivityPromiseRow.__table__,
    }
    with svc.ctx.db.read_connection() as conn:
        for name, table in tables.items():
            rows = conn.execute(select(table)).all()  # type: ignore[call-overload]
            out[name] = sorted(tuple(_plain(v) for v in r) for r in rows)
    svc.close()
    return out


def test_two_field_laptops_and_a_postgres_hub_end_identical(
    pg_server: PgServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = pg_server.create_database(migrated=False)
    police, kommun = str(tmp_path / "polis.sqlite"), str(tmp_path / "kommun.sqlite")
    for db in (police, kommun, hub):
        ok(capsys, "init", "--db", db)
    fp = {
        db: json.loads(ok(capsys, "sync", "status", "--db", db, "--json"))[
            "fingerprint"
        ]
        for db in (police, kommun, hub)
    }
    for field in (police, kommun):  # each laptop and the hub trust each other
        ok(capsys, "sync", "trust", fp[hub], "--db", field)
        ok(capsys, "sync", "trust", fp[field], "--db", hub)

    p1 = log(capsys, police, "--party", "Polisen")
    p2 = log(capsys, police, "--party", "Polisen", "--hours", "3")
    k1 = log(capsys, kommun, "--party", "Krokoms kommun", "--hours", "1.5")
    h1 = log(capsys, hub, "--party", "Krokoms kommun", "--note", "Från kontoret")

    def round_trip(tag: str) -> list[dict[str, Any]]:
        got = [
            send(capsys, police, hub, tmp_path / f"{tag}-p.loftesync"),
            send(capsys, kommun, hub, tmp_path / f"{tag}-k.loftesync"),
        ]
        ok(capsys, "sync", "export", "--db", hub, "--out", str(tmp_path / tag))
        for field in (police, kommun):
            for pkg in sorted((tmp_path / tag).glob("*.loftesync")):
                got.append(
                    json.loads(
                        ok(capsys, "sync", "import", str(pkg), "--db", field, "--json")
                    )
                )
        return got

    (tmp_path / "r1").mkdir()
    first = round_trip("r1")
    assert first[0]["new"] >= 2 and first[1]["new"] >= 1  # the hub took both in

    # everyone changes things while offline, one record on both laptops at once
    ok(capsys, "edit", p1[:8], "--db", kommun, "--hours", "4")
    ok(capsys, "edit", p1[:8], "--db", police, "--count", "12")
    ok(capsys, "delete", p2[:8], "--db", police)
    ok(capsys, "edit", k1[:8], "--db", hub, "--hours", "2.5")
    ok(capsys, "edit", h1[:8], "--db", police, "--note", "Kompletterad i fält")
    k2 = log(capsys, kommun, "--party", "Krokoms kommun", "--date", "2024-03-06")

    for tag in ("r2", "r3"):  # the second round carries what the first merged
        (tmp_path / tag).mkdir()
        round_trip(tag)

    states = [content(db) for db in (police, kommun, hub)]
    assert states[0] == states[1] == states[2]
    assert len(states[0]["activities"]) == 5  # with p2's tombstone
    assert len(states[0]["audit_log"]) >= 11  # every device's history travelled
    lists = [
        json.loads(ok(capsys, "activities", "--db", db, "--json"))
        for db in (police, kommun, hub)
    ]
    assert lists[0] == lists[1] == lists[2]
    by_id = {a["id"]: a for a in lists[0]}
    assert set(by_id) == {p1, k1, h1, k2}  # p2 deleted everywhere
    assert by_id[k1]["hours"] == 2.5
    assert by_id[h1]["note"] == "Kompletterad i fält"

    # nothing left to carry: importing the hub's next package changes nothing
    (tmp_path / "r4").mkdir()
    ok(capsys, "sync", "export", "--db", hub, "--out", str(tmp_path / "r4"))
    for pkg in sorted((tmp_path / "r4").glob("*.loftesync")):
        again = json.loads(ok(capsys, "sync", "import", str(pkg), "--db", police,
                              "--json"))  # fmt: skip
        assert (again["new"], again["updated"], again["deleted"]) == (0, 0, 0)
    pg_server.drop_database(hub)
