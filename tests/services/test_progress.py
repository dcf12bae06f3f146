from __future__ import annotations

from datetime import date

from lofte_desktop.app import Services
from lofte_desktop.domain.types import ProgressStatus
from tests.conftest import draft


def _by_code(services: Services, period: str) -> dict[str, object]:
    return {p.promise.code: p for p in services.progress.progress(period)}


def test_school_visits_count_against_two_to_three_per_term(services: Services) -> None:
    services.activities.log(draft(date="2024-09-10"))
    services.activities.log(draft(date="2024-10-01", activity_type="parent_meeting"))
    services.activities.log(draft(date="2024-11-20", status="planned"))
    n1 = _by_code(services, "HT2024")["N1"]
    assert (n1.done, n1.planned, n1.target_min, n1.target_max) == (2, 1, 2, 3)
    assert n1.status is ProgressStatus.MET
    assert n1.summary().startswith("2 av 2–3 tillfällen; ")
    year = _by_code(services, "2024")["N1"]
    assert (year.target_min, year.target_max) == (4, 6)
    # 2 done + 1 planned < 4 for the year, and 78% of it has passed: behind.
    assert year.status is ProgressStatus.BEHIND
    services.activities.log(draft(date="2024-12-02", status="planned"))
    assert _by_code(services, "2024")["N1"].status is ProgressStatus.ON_TRACK


def test_deleted_and_cancelled_work_does_not_count(services: Services) -> None:
    a = services.activities.log(draft())
    services.activities.log(draft(status="cancelled"))
    services.activities.delete(a.id)
    assert _by_code(services, "HT2024")["N1"].done == 0


def test_presence_hours_against_the_same_term_a_year_earlier(
    services: Services,
) -> None:
    pres = dict(
        activity_type="presence",
        promise_codes=["T2"],
        count=None,
        place="Centrumparken",
    )
    services.activities.log(draft(**pres, date="2023-09-01", hours=3))
    services.activities.log(draft(**pres, date="2024-09-01", hours=2.5))
    services.activities.log(draft(**pres, date="2024-09-02", hours=1))
    t2 = _by_code(services, "HT2024")["T2"]
    assert (t2.done, t2.previous) == (3.5, 3.0)
    assert t2.status is ProgressStatus.MET
    comp = services.progress.presence("HT2024")
    assert (comp.hours, comp.previous_hours) == (3.5, 3.0)
    assert round(comp.change_pct or 0, 1) == 16.7
    # HT2023 has no comparison: the year before is outside the agreement.
    assert _by_code(services, "HT2023")["T2"].previous is None
    # Nor has the whole period: the two years before it are half outside.
    assert _by_code(services, "hela")["T2"].previous is None
    assert _by_code(services, "2024")["T2"].previous == 3.0


def test_per_period_promise_counts_from_the_agreement_start(services: Services) -> None:
    services.activities.log(
        draft(
            activity_type="theatre", promise_codes=["N3"], date="2023-11-08", count=200
        )
    )
    n3 = _by_code(services, "HT2024")["N3"]
    assert n3.cumulative and n3.done == 1 and n3.status is ProgressStatus.MET


def test_default_period_is_todays_term(services: Services) -> None:
    assert services.progress.period().code == "HT2024"
    assert services.ctx.today() == date(2024, 10, 15)
