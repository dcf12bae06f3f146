"""A sync merge keeps the activity totals true: after imports that add, edit,
relink, delete and restore activities, the stored totals are what summing the
activities from scratch gives, on the receiving device and on the sender."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from lofte_desktop.app import Services
from tests.conftest import draft

#: Every live activity under '' and under each promise it is linked to.
FROM_SCRATCH = """
SELECT p.promise_id, a.date, a.activity_type, a.status, COUNT(*),
       SUM(COALESCE(a.hours, 0)), SUM(COALESCE(a.count, 0))
FROM activities AS a
JOIN (SELECT id AS activity_id, '' AS promise_id FROM activities
      UNION ALL SELECT activity_id, promise_id FROM activity_promises) AS p
  ON p.activity_id = a.id
WHERE NOT a.deleted
GROUP BY p.promise_id, a.date, a.activity_type, a.status
"""
STORED = """
SELECT promise_id, day, activity_type, status, occasions, hours, people
FROM activity_totals WHERE occasions <> 0
"""


def rows(svc: Services, sql: str) -> set[tuple[Any, ...]]:
    with svc.ctx.db.read_connection() as conn:
        return {
            (str(p), str(d)[:10], t, s, int(n), round(float(h), 6), int(c))
            for p, d, t, s, n, h, c in conn.execute(text(sql))
        }


def totals_are_true(svc: Services) -> bool:
    with svc.ctx.db.read_connection() as conn:
        if not inspect(conn).has_table("activity_totals"):
            pytest.skip("the activity totals arrive with migration 0005")
    stored = rows(svc, STORED)
    return bool(stored) and stored == rows(svc, FROM_SCRATCH)


def test_merges_keep_the_totals_true(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    police.sync.trust(municipality.sync.fingerprint)
    municipality.sync.trust(police.sync.fingerprint)

    def send(src: Services, dst: Services, name: str) -> None:
        out = src.sync.export(tmp_path / f"{name}.loftesync", peer=dst.ctx.device_id)
        dst.sync.import_file(out.path)

    visits = [
        police.activities.log(draft(count=10 + i, date=f"2024-09-{10 + i}"))
        for i in range(4)
    ]
    send(police, municipality, "1")
    assert totals_are_true(municipality)
    police.activities.edit(visits[0].id, {"count": 40})  # figures
    police.activities.edit(visits[1].id, {"promise_codes": ["N1", "T1"]})  # links
    police.activities.edit(visits[2].id, {"date": "2024-10-01"})  # day
    police.activities.delete(visits[3].id)
    send(police, municipality, "2")
    assert totals_are_true(municipality)
    municipality.activities.edit(visits[1].id, {"promise_codes": ["T1"]})
    police.activities.restore(visits[3].id)
    send(municipality, police, "3")
    send(police, municipality, "4")
    assert totals_are_true(municipality) and totals_are_true(police)
    assert police.activities.get(visits[1].id) == municipality.activities.get(
        visits[1].id
    )
