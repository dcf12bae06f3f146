"""The activity totals always equal a recount of the activities, whatever was
written: logs, edits of every counted field and of the links, deletes, restores,
bulk writes, the CLI's fast lane. On SQLite and on PostgreSQL (the triggers of
db/versions/0005_activity_totals.py exist once per database)."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import LofteError
from lofte_desktop.storage import fast_log
from tests.conftest import draft

_KEYS = "date, activity_type, status"
RECOUNT = text(
    f"SELECT '' AS promise_id, {_KEYS}, count(*), COALESCE(sum(hours), 0), "
    f"COALESCE(sum(count), 0) FROM activities WHERE deleted = FALSE GROUP BY {_KEYS} "
    "UNION ALL SELECT ap.promise_id, a.date, a.activity_type, a.status, count(*), "
    "COALESCE(sum(a.hours), 0), COALESCE(sum(a.count), 0) FROM activities a "
    "JOIN activity_promises ap ON ap.activity_id = a.id WHERE a.deleted = FALSE "
    "GROUP BY ap.promise_id, a.date, a.activity_type, a.status"
)
STORED = text(
    "SELECT promise_id, day, activity_type, status, occasions, hours, people "
    "FROM activity_totals"
)


def _table(rows: Any) -> dict[tuple[str, str, str, str], tuple[int, float, int]]:
    return {
        (str(p), str(d)[:10], str(t), str(s)): (int(n), round(float(h), 6), int(c))
        for p, d, t, s, n, h, c in rows
    }


def assert_totals_match(svc: Services) -> None:
    with svc.ctx.db.read_connection() as conn:
        recount = _table(conn.execute(RECOUNT))
        stored = _table(conn.execute(STORED))
    assert stored == recount


PRESENCE: dict[str, Any] = dict(
    activity_type="presence", count=None, promise_codes=["T2"], place="Centrumparken"
)
EDITS: list[dict[str, Any]] = [
    {"date": "2024-10-02"},
    {"count": 7},
    {"status": "planned"},
    {"promise_codes": ["N1", "T2"]},
    {"promise_codes": ["T2"]},
    {"activity_type": "meeting", "place": None, "count": None},
    {"hours": 1.25},
]
STEPS = ["log", "log two", "presence", "edit", "delete", "restore", "bulk", "cli"]


class Writer:
    def __init__(self, svc: Services) -> None:
        self.svc = svc
        self.deleted: list[str] = []

    def step(self, name: str, n: int) -> None:
        acts = self.svc.activities
        ids = acts.ids()
        if name == "log":
            acts.log(draft(date=f"2024-{8 + n % 4:02d}-1{n % 10}", count=n))
        elif name == "log two":
            acts.log(draft(promise_codes=["N1", "T2"], date="2024-09-1" + str(n % 10)))
        elif name == "presence":
            acts.log(draft(**PRESENCE, date="2024-09-20", hours=0.5 + n))
        elif name == "edit" and ids:
            with suppress(LofteError):  # a refused edit writes nothing
                acts.edit(ids[n % len(ids)], EDITS[n % len(EDITS)])
        elif name == "delete" and ids:
            self.deleted.append(acts.delete(ids[n % len(ids)]).id)
        elif name == "restore" and self.deleted:
            acts.restore(self.deleted.pop())
        elif name == "bulk":
            one = acts.validate(draft(**PRESENCE, date="2024-09-21", hours=1.5))
            two = acts.validate(draft(date="2024-09-22"))
            acts.bulk_log([one, two, one])
        elif name == "cli" and self.svc.ctx.db.path:
            fast_log.log_activity(
                self.svc.ctx.db.path, draft(**PRESENCE, hours=2.0), user="polis"
            )


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(st.sampled_from(STEPS), min_size=1, max_size=10))
def test_totals_always_equal_a_recount(services: Services, steps: list[str]) -> None:
    services.agreement.add_place("Centrumparken")
    writer = Writer(services)
    for n, name in enumerate(steps):
        writer.step(name, n)
        assert_totals_match(services)


def test_every_kind_of_write_keeps_the_totals(services: Services) -> None:
    services.agreement.add_place("Centrumparken")
    writer = Writer(services)
    for n, name in enumerate(STEPS * 2):
        writer.step(name, n)
        assert_totals_match(services)
    with services.ctx.db.read_connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM activity_totals")).scalar()


@pytest.mark.parametrize("promise_codes", [["N1"], ["N1", "T2"]])
def test_a_hard_delete_takes_the_activity_out(
    services: Services, promise_codes: list[str]
) -> None:
    gone = services.activities.log(draft(promise_codes=promise_codes))
    services.activities.log(draft())
    with services.ctx.db.write_connection() as conn:
        conn.execute(
            text("DELETE FROM activity_promises WHERE activity_id = :id"),
            {"id": gone.id},
        )
        conn.execute(text("DELETE FROM activities WHERE id = :id"), {"id": gone.id})
    assert_totals_match(services)
