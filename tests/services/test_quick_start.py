"""The quick start's figures: from the stored dashboard snapshot, and only while it
is current. Real SQLite files, real services, the CLI's real fast path.

The rule that must hold for every sequence of writes: whatever the quick start
shows is exactly what the services would count now; after a write it shows
nothing (the page counts afresh) until the dashboard has been counted again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lofte_desktop.app import Services, build_services
from lofte_desktop.services.progress_figures import DashboardFigures
from lofte_desktop.services.quick_start import quick_start
from lofte_desktop.storage import lite
from lofte_desktop.storage.generation import DASHBOARD_SNAPSHOT, GENERATION
from tests.conftest import TODAY, draft
from tests.planning.test_service import series_draft


@pytest.fixture
def local(db_path: Path) -> Iterator[Services]:
    """Services on a SQLite file (the quick start reads SQLite files only)."""
    svc = build_services(str(db_path), today=lambda: TODAY)
    svc.agreement.load_catalogue()
    yield svc
    svc.close()


def counted(svc: Services, lang: str = "sv") -> DashboardFigures:
    """What the services count now for the current term, storing nothing."""
    p = svc.progress.period()
    return DashboardFigures(
        svc.progress.progress(p, lang=lang),
        svc.progress.presence(p),
        svc.progress.indicators(),
        svc.agreement.focus_areas(),
    )


def meta(path: Path, key: str) -> str | None:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def test_figures_come_from_the_snapshot_once_the_dashboard_was_counted(
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
    before = quick_start(str(db_path), TODAY)
    assert before is not None and before.figures is None
    assert before.period.code == "HT2024"
    assert before.agreement.code == local.agreement.agreement().code
    assert [p.code for p in before.periods] == [
        p.code for p in local.progress.periods()
    ]

    shown = local.progress.dashboard()
    assert shown == counted(local)
    for lang in ("sv", "en"):
        quick = quick_start(str(db_path), TODAY, lang)
        assert quick is not None and quick.figures == counted(local, lang)
    n1 = next(p for p in shown.progress if p.promise.code == "N1")
    assert n1.summary() == "1 av 2–3 tillfälle; 11 veckor kvar"
    assert shown.presence.hours == 2.5


def test_any_write_makes_the_snapshot_stale(local: Services, db_path: Path) -> None:
    local.progress.dashboard()
    assert quick_start(str(db_path), TODAY).figures is not None  # type: ignore[union-attr]
    first = meta(db_path, GENERATION)
    local.activities.log(draft())
    assert meta(db_path, GENERATION) not in (None, first)
    assert quick_start(str(db_path), TODAY).figures is None  # type: ignore[union-attr]


def test_a_snapshot_of_another_period_or_a_damaged_one_is_not_used(
    local: Services, db_path: Path
) -> None:
    local.activities.log(draft())
    local.progress.dashboard("2023")  # not the current term: nothing is stored
    assert meta(db_path, DASHBOARD_SNAPSHOT) is None
    local.progress.dashboard()
    # Tomorrow is still HT2024; a day in VT2025 would be another term.
    assert quick_start(str(db_path), TODAY.replace(day=16)).figures is not None  # type: ignore[union-attr]
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "UPDATE meta SET value = '{\"format\": 1' WHERE key = ?",
            (DASHBOARD_SNAPSHOT,),
        )
    quick = quick_start(str(db_path), TODAY)
    assert quick is not None and quick.figures is None


def test_the_snapshot_is_written_without_renewing_the_generation(
    local: Services, db_path: Path
) -> None:
    local.activities.log(draft())
    generation = meta(db_path, GENERATION)
    local.progress.dashboard()
    assert meta(db_path, GENERATION) == generation
    assert generation is not None and generation in (
        meta(db_path, DASHBOARD_SNAPSHOT) or ""
    )


def test_files_the_quick_start_does_not_cover(tmp_path: Path, db_path: Path) -> None:
    assert quick_start(str(tmp_path / "missing.sqlite"), TODAY) is None
    (tmp_path / "text.sqlite").write_text("not a database")
    assert quick_start(str(tmp_path / "text.sqlite"), TODAY) is None
    assert quick_start("postgresql://user@host/db", TODAY) is None
    svc = build_services(str(db_path), today=lambda: TODAY)  # no agreement yet
    svc.close()
    assert quick_start(str(db_path), TODAY) is None
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert quick_start(str(db_path), TODAY) is None


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
            lite.log_activity(str(self.path), draft(**kind), user="test")
        elif name == "dashboard":
            svc.progress.dashboard()


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
    "dashboard",
]


@pytest.mark.parametrize("name", [s for s in STEPS if s != "dashboard"])
def test_each_kind_of_write_leaves_no_stale_snapshot(
    local: Services, db_path: Path, name: str
) -> None:
    local.agreement.add_place("Centrumparken")
    writes = Writes(local, db_path)
    writes.step("log", 0)
    writes.step("log", 1)
    writes.step("delete", 0)  # so that "undo" has something to undo
    assert local.activities.ids()  # and "edit" and "delete" have one to change
    local.progress.dashboard()
    before = quick_start(str(db_path), TODAY)
    assert before is not None and before.figures is not None
    writes.step(name, 1)
    quick = quick_start(str(db_path), TODAY)
    assert quick is not None
    if name.startswith("cli log"):
        # The fast path adds its activity to the snapshot: still current.
        assert quick.figures == counted(local) != before.figures
        return
    assert quick.figures is None
    local.progress.dashboard()
    assert quick_start(str(db_path), TODAY).figures == counted(local)  # type: ignore[union-attr]


@settings(
    max_examples=25,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(st.sampled_from(STEPS), min_size=1, max_size=8))
def test_the_quick_start_never_shows_stale_figures(
    tmp_path_factory: pytest.TempPathFactory, steps: list[str]
) -> None:
    path = tmp_path_factory.mktemp("quick") / "lofte.sqlite"
    svc = build_services(str(path), today=lambda: TODAY)
    try:
        svc.agreement.add_place("Centrumparken")
        svc.agreement.load_catalogue()
        writes = Writes(svc, path)
        for n, name in enumerate(steps):
            writes.step(name, n)
            quick = quick_start(str(path), TODAY)
            assert quick is not None
            if name == "dashboard":
                assert quick.figures is not None
            if quick.figures is not None:
                assert quick.figures == counted(svc), f"after {steps[: n + 1]}"
    finally:
        svc.close()


def test_a_sync_import_makes_the_snapshot_stale(
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
    local.progress.dashboard()
    local.sync.import_file(package)
    assert quick_start(str(db_path), TODAY).figures is None  # type: ignore[union-attr]
    local.progress.dashboard()
    quick = quick_start(str(db_path), TODAY)
    assert quick is not None and quick.figures == counted(local)
    n1 = next(p for p in quick.figures.progress if p.promise.code == "N1")
    assert n1.done == 1
