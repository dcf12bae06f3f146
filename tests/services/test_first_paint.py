"""The first paint's figures: read with sqlite3 from the activity totals, and
always current. Real SQLite files, real services, the CLI's real fast lane, a
real sync import.

The rule that must hold for every sequence of writes: whatever the first paint
shows is exactly what the services count now, straight after the write, whoever
made it (the app, `lofte log`, a sync import). Only a plan series in the period
leaves the figures to the services (its occurrences are virtual).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lofte_desktop.app import Services, build_services
from lofte_desktop.services.first_paint import first_paint
from lofte_desktop.services.progress_figures import DashboardFigures
from lofte_desktop.storage import fast_log
from tests.conftest import TODAY, draft
from tests.planning.test_service import series_draft


@pytest.fixture
def local(db_path: Path) -> Iterator[Services]:
    """Services on a SQLite file (the first paint reads SQLite files only)."""
    svc = build_services(str(db_path), today=lambda: TODAY)
    svc.agreement.load_catalogue()
    yield svc
    svc.close()


def counted(svc: Services, lang: str = "sv") -> DashboardFigures:
    """What the services count now for the current term."""
    p = svc.progress.period()
    return DashboardFigures(
        svc.progress.progress(p, lang=lang),
        svc.progress.presence(p),
        svc.progress.indicators(),
        svc.agreement.focus_areas(),
    )


def test_the_figures_are_current_at_once_without_a_count(
    local: Services, db_path: Path
) -> None:
    local.activities.log(draft(date="2024-09-10"))
    local.activities.log(
        draft(
            activity_type="presence",
            count=None,
            hours=2.5,
            promise_codes=["T2"],
            place="Centrumparken",
        )
    )
    local.agreement.set_indicator_value("BEDR", 2023, 150)
    first = first_paint(str(db_path), TODAY)
    assert first is not None and first.figures is not None
    assert first.period.code == "HT2024"
    assert first.agreement.code == local.agreement.agreement().code
    assert [p.code for p in first.periods] == [p.code for p in local.progress.periods()]
    shown = local.progress.dashboard()
    assert shown == counted(local) == first.figures
    for lang in ("sv", "en"):
        paint = first_paint(str(db_path), TODAY, lang)
        assert paint is not None and paint.figures == counted(local, lang)
    n1 = next(p for p in shown.progress if p.promise.code == "N1")
    assert n1.summary() == "1 av 2–3 tillfälle; 11 veckor kvar"
    assert shown.presence.hours == 2.5


def test_a_cli_write_shows_on_the_next_first_paint(
    local: Services, db_path: Path
) -> None:
    local.agreement.add_place("Centrumparken")
    before = first_paint(str(db_path), TODAY)
    assert before is not None and before.figures is not None
    fast_log.log_activity(
        str(db_path), draft(date="2024-10-01", place="Centrumparken"), user="polis"
    )
    after = first_paint(str(db_path), TODAY)
    assert after is not None and after.figures == counted(local) != before.figures
    n1 = next(p for p in after.figures.progress if p.promise.code == "N1")
    assert n1.done == 1


def test_files_the_first_paint_does_not_cover(tmp_path: Path, db_path: Path) -> None:
    assert first_paint(str(tmp_path / "missing.sqlite"), TODAY) is None
    (tmp_path / "text.sqlite").write_text("not a database")
    assert first_paint(str(tmp_path / "text.sqlite"), TODAY) is None
    assert first_paint("postgresql://user@host/db", TODAY) is None
    svc = build_services(str(db_path), today=lambda: TODAY)  # no agreement yet
    svc.close()
    assert first_paint(str(db_path), TODAY) is None
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert first_paint(str(db_path), TODAY) is None


# --- the rule, for any sequence of writes ------------------------------------

PRESENCE = dict(
    activity_type="presence", count=None, promise_codes=["T2"], place="Centrumparken"
)


class Writes:
    """Every kind of write the app makes, each a step hypothesis can pick."""

    def __init__(self, svc: Services, path: Path) -> None:
        self.svc, self.path, self.deleted = svc, path, list[str]()

    def step(self, name: str, n: int) -> None:
        svc = self.svc
        ids = svc.activities.ids()
        if name == "log":
            svc.activities.log(draft(date=f"2024-{8 + n % 4:02d}-1{n % 10}"))
        elif name == "log last year":
            svc.activities.log(draft(**PRESENCE, date="2023-09-12", hours=1 + n))
        elif name == "plan":
            svc.activities.log(draft(date=f"2024-12-0{1 + n % 9}", status="planned"))
        elif name == "edit" and ids:
            svc.activities.edit(ids[n % len(ids)], {"count": 10 + n})
        elif name == "delete" and ids:
            self.deleted.append(svc.activities.delete(ids[n % len(ids)]).id)
        elif name == "undo" and self.deleted:
            svc.activities.restore(self.deleted.pop())
        elif name == "bulk":
            one = svc.activities.validate(
                draft(**PRESENCE, date="2024-09-20", hours=0.5)
            )
            svc.activities.bulk_log([one] * 3)
        elif name == "indicator":
            svc.agreement.set_indicator_value("BEDR", 2024, 140 + n)
        elif name == "series":
            svc.planning.add(series_draft(start="2024-10-22"))
        elif name.startswith("cli log"):
            # The CLI's fast path: presence now or a year ago, or a planned visit.
            kind = {
                "cli log": dict(**PRESENCE, date="2024-10-01", hours=2 + n),
                "cli log last year": dict(**PRESENCE, date="2023-10-02", hours=1.5),
                "cli log planned": dict(
                    date="2024-11-0" + str(1 + n % 9),
                    status="planned",
                    promise_codes=["N1", "T2"],
                    place="Centrumparken",
                ),
            }[name]
            fast_log.log_activity(str(self.path), draft(**kind), user="test")


STEPS = [
    "log",
    "log last year",
    "plan",
    "edit",
    "delete",
    "undo",
    "bulk",
    "indicator",
    "series",
    "cli log",
    "cli log last year",
    "cli log planned",
]


@pytest.mark.parametrize("name", STEPS)
def test_each_kind_of_write_shows_at_once(
    local: Services, db_path: Path, name: str
) -> None:
    local.agreement.add_place("Centrumparken")
    writes = Writes(local, db_path)
    writes.step("log", 0)
    writes.step("log", 1)
    writes.step("delete", 0)  # so that "undo" has something to undo
    assert local.activities.ids()  # and "edit" and "delete" have one to change
    before = first_paint(str(db_path), TODAY)
    assert before is not None and before.figures == counted(local)
    writes.step(name, 1)
    paint = first_paint(str(db_path), TODAY)
    assert paint is not None
    if name == "series":  # virtual occurrences: the services count them
        assert paint.figures is None
        return
    assert paint.figures == counted(local)


@settings(
    max_examples=25,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(st.sampled_from(STEPS), min_size=1, max_size=8))
def test_the_first_paint_never_shows_stale_figures(
    tmp_path_factory: pytest.TempPathFactory, steps: list[str]
) -> None:
    path = tmp_path_factory.mktemp("first") / "lofte.sqlite"
    svc = build_services(str(path), today=lambda: TODAY)
    try:
        svc.agreement.add_place("Centrumparken")
        svc.agreement.load_catalogue()
        writes = Writes(svc, path)
        for n, name in enumerate(steps):
            writes.step(name, n)
            paint = first_paint(str(path), TODAY)
            assert paint is not None
            if "series" not in steps[: n + 1]:
                assert paint.figures is not None
            if paint.figures is not None:
                assert paint.figures == counted(svc), f"after {steps[: n + 1]}"
    finally:
        svc.close()


def test_a_sync_import_shows_on_the_next_first_paint(
    local: Services, db_path: Path, tmp_path: Path
) -> None:
    other = build_services(str(tmp_path / "kommun.sqlite"), today=lambda: TODAY)
    try:
        other.agreement.load_catalogue()
        other.activities.log(draft(party="Krokoms kommun"))
        local.sync.trust(other.sync.fingerprint)
        package = other.sync.export(tmp_path / "in.loftesync", full=True).path
    finally:
        other.close()
    before = first_paint(str(db_path), TODAY)
    local.sync.import_file(package)
    paint = first_paint(str(db_path), TODAY)
    assert paint is not None and paint.figures == counted(local)
    assert before is not None and before.figures != paint.figures
    n1 = next(p for p in paint.figures.progress if p.promise.code == "N1")
    assert n1.done == 1
