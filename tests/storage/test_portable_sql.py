"""SQL that must mean the same on SQLite and PostgreSQL (runs on both).

The foundation was written on SQLite only; these pin down the places where the two
databases differ by default: NULL ordering, month keys from dates, booleans,
columns named like SQL keywords ("end", "user"), and text search with LIKE escapes.
"""

from __future__ import annotations

from datetime import date

from lofte_desktop.app import Services
from lofte_desktop.domain.query import ActivityFilter, Sort
from lofte_desktop.storage import activities as store
from tests.conftest import draft


def test_empty_values_sort_first_ascending_and_last_descending(
    services: Services,
) -> None:
    acts = services.activities
    acts.log(
        draft(
            count=None,
            activity_type="presence",
            promise_codes=["T2"],
            hours=1,
            place="Torget",
            note="",
        )
    )
    acts.log(draft(count=5))
    acts.log(draft(count=50))
    up = [a.count for a in acts.query(sort=Sort("count", False))]
    down = [a.count for a in acts.query(sort=Sort("count", True))]
    assert up == [None, 5, 50]
    assert down == [50, 5, None]
    ids_up = acts.ids(sort=Sort("count", False))
    assert [a.count for a in acts.by_ids(ids_up)] == up


def test_breakdown_by_month_gives_iso_month_keys(services: Services) -> None:
    for day in ("2024-01-31", "2024-02-01", "2024-02-29", "2024-11-05"):
        services.activities.log(draft(date=day, count=10, hours=2))
    with services.ctx.db.read() as s:
        rows = store.breakdown(s, date(2024, 1, 1), date(2024, 12, 31), by="month")
    assert rows == [
        ("2024-01", 1, 2.0, 10),
        ("2024-02", 2, 4.0, 20),
        ("2024-11", 1, 2.0, 10),
    ]


def test_booleans_and_keyword_columns_round_trip(services: Services) -> None:
    a = services.activities.log(draft())
    services.activities.delete(a.id)
    assert services.activities.count() == 0
    assert services.activities.count(ActivityFilter(include_deleted=True)) == 1
    history = services.activities.history(a.id)  # audit_log."user"
    assert [h.action for h in history] == ["create", "delete"]
    assert history[0].user == services.ctx.user
    agreement = services.agreement.agreement()  # agreements."end"
    assert agreement.end > agreement.start


def test_text_search_treats_wildcards_literally_and_ignores_case(
    services: Services,
) -> None:
    services.activities.log(draft(note="Rabatt 100% på ÅÄÖ_kväll"))
    services.activities.log(draft(note="Vanlig kväll"))
    assert services.activities.count(ActivityFilter(text="100%")) == 1
    assert services.activities.count(ActivityFilter(text="_kväll")) == 1
    assert services.activities.count(ActivityFilter(text="KVÄLL")) == 2
