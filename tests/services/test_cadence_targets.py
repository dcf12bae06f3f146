"""Real databases with a July–June agreement followed up per tertial, and targets
that count only some days: summed by SQL on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from lofte_desktop.app import Services, build_services
from lofte_desktop.domain.catalogue import parse_catalogue
from lofte_desktop.domain.types import Cadence, ProgressStatus
from lofte_desktop.services.agreement import read_catalogue_file
from lofte_desktop.services.first_paint import first_paint
from lofte_desktop.storage import fast_log
from tests.conftest import draft

#: A made-up July–June agreement followed up per tertial (see the file's header).
EXAMPLE = (
    Path(__file__).resolve().parents[1] / "fixtures/catalogues/exempel-2025-2027.toml"
)
CATALOGUE = EXAMPLE.read_text(encoding="utf-8")

TODAY = date(2026, 2, 15)  # inside T1-2026


@pytest.fixture
def catalogue_file() -> Path:
    return EXAMPLE


@pytest.fixture
def svc(db_target: str, catalogue_file: Path) -> Iterator[Services]:
    s = build_services(db_target, today=lambda: TODAY)
    s.agreement.load_catalogue(str(catalogue_file))
    yield s
    s.close()


def check(day: str, hours: float = 2, count: int = 10) -> dict[str, object]:
    return dict(
        activity_type="traffic_check",
        promise_codes=["W1"],
        date=day,
        hours=hours,
        count=count,
        place="Riksvägen",
        note="",
    )


def progress(svc: Services, period: str | None = None) -> dict[str, object]:
    return {p.promise.code: p for p in svc.progress.progress(period)}


def test_only_activities_in_the_window_and_on_the_weekdays_count(
    svc: Services,
) -> None:
    for day in (
        "2026-01-01",  # Thursday in January: counts
        "2026-01-04",  # Sunday: counts
        "2026-01-05",  # Monday: does not
        "2026-04-30",  # Thursday, last day of the window: counts
        "2026-05-07",  # Thursday in May, outside the window: does not
        "2025-12-25",  # Thursday in December: does not
    ):
        svc.activities.log(draft(**check(day)))
    w1 = progress(svc, "T1-2026")["W1"]
    assert (w1.done, w1.target_min, w1.status) == (3, 3, ProgressStatus.MET)
    assert w1.target_text == (
        "minst 3 tillfällen torsdagar och söndagar under januari–april"
    )
    # Over the whole agreement the May and December checks still do not count,
    # and the target is 3 for each of the two winters.
    whole = progress(svc, "hela")["W1"]
    assert (whole.done, whole.target_min) == (3, 6)
    # T2-2026 holds no day of the window: no target there, and May does not count.
    t2 = progress(svc, "T2-2026")["W1"]
    assert (t2.done, t2.target_min, t2.outside_window) == (0, 0, True)
    assert (t2.status_label(), t2.fraction, t2.target_span()) == (
        "Gäller inte perioden",
        0.0,
        "–",
    )
    assert not progress(svc, "T1-2026")["W1"].outside_window
    # The activity list still holds all six: only the target's sum leaves some out.
    assert len(svc.activities.query()) == 6


def test_the_pages_default_to_the_agreements_tertials(svc: Services) -> None:
    a = svc.agreement.agreement()
    assert a.cadence is Cadence.TERTIAL
    p = svc.progress.period()
    assert (p.code, p.start, p.end) == ("T1-2026", date(2026, 1, 1), date(2026, 4, 30))
    codes = [x.code for x in svc.progress.periods()]
    assert codes[:2] == ["T2-2025", "T3-2025"]
    assert "K1-2026" not in codes and "2026" in codes and codes[-1] == "hela"
    # The first tertial is clipped to the agreement, which starts 1 July.
    first = svc.progress.period("T2-2025")
    assert (first.start, first.end) == (date(2025, 7, 1), date(2025, 8, 31))


def test_quarterly_and_tertial_targets(svc: Services) -> None:
    info = dict(
        activity_type="information_effort",
        promise_codes=["Q1"],
        party="Exempels kommun",
        count=40,
        place=None,
        note="",
    )
    svc.activities.log(draft(**info, date="2026-01-20"))
    svc.activities.log(draft(**info, date="2026-04-02"))
    presence = dict(
        activity_type="presence",
        promise_codes=["T2"],
        count=None,
        place="Torget",
        note="",
    )
    svc.activities.log(draft(**presence, date="2026-02-01", hours=2.5))
    t1 = progress(svc, "T1-2026")
    # T1 (January–April) covers K1 and a third of K2: 1 + ceil(1/3) = 2 occasions.
    assert (t1["Q1"].done, t1["Q1"].target_min) == (2, 2)
    assert (t1["T2"].done, t1["T2"].target_min) == (2.5, 4)
    assert t1["T2"].status is ProgressStatus.ON_TRACK  # 2.5 h by mid-February
    k1 = progress(svc, "K1-2026")
    assert (k1["Q1"].done, k1["Q1"].target_min, k1["Q1"].status) == (
        1,
        1,
        ProgressStatus.MET,
    )
    # 2025 is clipped to July–December: half a year's worth of a tertial target.
    y = progress(svc, "2025")
    # 1.5 tertials (July–August is half of T2, then T3) × 4 hours.
    assert y["T2"].target_min == 6


def test_year_before_comparisons_inside_a_july_to_june_agreement(
    svc: Services,
) -> None:
    visit = dict(promise_codes=["C1"], party="Polisen")
    svc.activities.log(draft(**visit, date="2025-09-10"))
    svc.activities.log(draft(**visit, date="2026-09-10"))
    svc.activities.log(draft(**visit, date="2026-10-10"))
    ht26 = progress(svc, "HT2026")["C1"]
    assert (ht26.done, ht26.previous, ht26.status) == (2, 1, ProgressStatus.MET)
    # 2026 against the year before: 2025 is half outside, so there is no
    # comparison (nothing was logged before 1 July 2025).
    assert progress(svc, "2026")["C1"].previous is None
    # The first half of 2027 (all the agreement holds of it) against the first
    # half of 2026.
    first_half = progress(svc, "2027")["C1"]
    assert first_half.period.end == date(2027, 6, 30)
    assert first_half.previous == 0


def test_the_new_fields_survive_the_database(
    svc: Services, catalogue_file: Path
) -> None:
    cat, _ = read_catalogue_file(str(catalogue_file))
    assert svc.agreement.agreement() == cat.agreement
    stored = {p.code: p.target for p in svc.agreement.promises()}
    assert stored == {p.code: p.target for p in cat.promises}
    assert stored["W1"].window == (1, 4) and stored["W1"].weekdays == (4, 7)


def test_a_format_1_catalogue_still_loads_with_terms() -> None:
    cat, _ = read_catalogue_file("krokom-2023-2024")
    assert cat.agreement.cadence is Cadence.TERM
    assert all(p.target.window is None for p in cat.promises)
    # And the same file says format 2 just as well.
    data = {"format": 2, **{k: v for k, v in _krokom().items() if k != "format"}}
    assert parse_catalogue(data) == cat


def _krokom() -> dict[str, object]:
    import tomllib

    from lofte_desktop.runtime.paths import catalogues_dir

    with open(catalogues_dir() / "krokom-2023-2024.toml", "rb") as fh:
        return tomllib.load(fh)


def test_a_quick_log_of_a_windowed_target_shows_at_once_on_its_days_only(
    db_path: Path, catalogue_file: Path
) -> None:
    s = build_services(str(db_path), today=lambda: TODAY)
    try:
        s.agreement.load_catalogue(str(catalogue_file))
        s.activities.log(draft(**check("2026-01-08")))
        # A Monday: it must not count towards W1's sum.
        fast_log.log_activity(str(db_path), draft(**check("2026-01-12")), user="test")
        after = first_paint(str(db_path), TODAY)
        assert after is not None and after.figures is not None
        w1 = {p.promise.code: p for p in s.progress.progress()}["W1"]
        assert w1.done == 1
        assert {p.promise.code: p for p in after.figures.progress}["W1"] == w1
    finally:
        s.close()


@pytest.mark.parametrize("period", ["T1-2026", "K2-2026"])
def test_reports_and_published_outputs_for_tertials_and_quarters(
    svc: Services, tmp_path: Path, period: str
) -> None:
    from lofte_desktop.services.publish import PublishRequest
    from lofte_desktop.services.reports import ReportRequest
    from tests.reports.conftest import pdf_text

    svc.activities.log(draft(**check("2026-01-08")))  # Thursday: counts in T1, K1
    label = svc.progress.period(period).label()
    _, pages = pdf_text(svc.reports.build(ReportRequest(period)))
    text = " ".join(pages)
    assert label in text
    assert "minst 3 tillfällen torsdagar och söndagar under januari–april" in text
    files = svc.publish.publish(
        PublishRequest(period, tmp_path, ("pdfua", "html", "data"))
    ).files
    names = sorted(f.name for f in files)
    assert all(period in n for n in names), names
    page = next(f for f in files if f.suffix == ".html").read_text("utf-8")
    assert label in page
    if period == "K2-2026":  # April is the window's last month: ceil(3 × 1/4) = 1
        assert progress(svc, period)["W1"].target_min == 1
