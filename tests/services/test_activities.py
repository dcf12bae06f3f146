from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import NotFoundError, ValidationErrors
from lofte_desktop.domain.query import ActivityFilter, Sort
from lofte_desktop.domain.types import ActivityType, Status
from lofte_desktop.services.events import ActivitiesChanged
from tests.conftest import draft


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_log_stores_every_field(services: Services) -> None:
    a = services.activities.log(draft(start_time="18:30", hours="2,5"))
    got = services.activities.get(a.id)
    assert got.activity_type == ActivityType.SCHOOL_VISIT
    assert got.promise_codes == ("N1",)
    assert (got.date, got.party, got.count, got.place, got.hours, got.start_time) == (
        date(2024, 9, 10),
        "Polisen",
        25,
        "Högstadiet Krokom",
        2.5,
        "18:30",
    )
    assert got.status is Status.DONE and got.version == 1
    assert got.hlc and got.device_id == services.ctx.device_id
    assert got.created_at is not None and got.created_at.tzinfo is not None


def test_party_is_matched_loosely_but_stored_canonically(services: Services) -> None:
    assert services.activities.log(draft(party="kommun")).party == "Krokoms kommun"


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"activity_type": "dance"}, "type"),
        ({"promise_codes": ["X9"]}, "promises"),
        ({"promise_codes": []}, "promises"),
        ({"date": "2024-02-30"}, "date"),
        ({"date": "2025-03-01"}, "date"),
        ({"hours": "-1"}, "hours"),
        ({"hours": "25"}, "hours"),
        ({"hours": "två"}, "hours"),
        ({"count": "2.5"}, "count"),
        ({"party": "Brandkåren"}, "party"),
        ({"note": "Elev 080517-1238 oroad"}, "note"),
        ({"start_time": "25:00"}, "start_time"),
    ],
)
def test_bad_input_is_refused_without_a_write(
    services: Services, db_path: Path, override: dict[str, object], field: str
) -> None:
    before = services.activities.count(ActivityFilter(include_deleted=True))
    with pytest.raises(ValidationErrors) as err:
        services.activities.log(draft(**override))
    assert field in [e.field for e in err.value.errors]
    assert services.activities.count(ActivityFilter(include_deleted=True)) == before


def test_all_errors_are_reported_at_once(services: Services) -> None:
    with pytest.raises(ValidationErrors) as err:
        services.activities.log(draft(hours="-2", count="x", date="igår"))
    assert {e.field for e in err.value.errors} >= {"hours", "count", "date"}
    assert all(e.message() for e in err.value.errors)


def test_edit_changes_fields_bumps_version_and_audits(services: Services) -> None:
    a = services.activities.log(draft())
    b = services.activities.edit(a.id, {"count": 40, "promise_codes": ["N1", "T1"]})
    assert (b.count, b.promise_codes, b.version) == (40, ("N1", "T1"), 2)
    assert b.hlc is not None and a.hlc is not None and b.hlc > a.hlc
    history = services.activities.history(a.id)
    assert [h.action for h in history] == ["create", "update"]
    assert history[1].changes["count"] == [25, 40]
    assert history[1].changes["promises"][1] == sorted(
        [services.agreement.promise("N1").id, services.agreement.promise("T1").id]
    )


def test_edit_with_a_stale_version_is_refused(services: Services) -> None:
    from lofte_desktop.domain.errors import ConflictError

    a = services.activities.log(draft())
    services.activities.edit(a.id, {"count": 30})
    with pytest.raises(ConflictError):
        services.activities.edit(a.id, {"count": 31}, expected_version=1)
    assert services.activities.get(a.id).count == 30


def test_delete_leaves_a_tombstone_and_restore_undoes_it(services: Services) -> None:
    a = services.activities.log(draft())
    services.activities.delete(a.id)
    with pytest.raises(NotFoundError):
        services.activities.get(a.id)
    assert services.activities.count() == 0
    assert services.activities.count(ActivityFilter(include_deleted=True)) == 1
    restored = services.activities.restore(a.id)
    assert restored.id == a.id and services.activities.count() == 1
    assert [h.action for h in services.activities.history(a.id)] == [
        "create",
        "delete",
        "restore",
    ]


def test_events_are_published(services: Services) -> None:
    seen: list[ActivitiesChanged] = []
    services.events.subscribe(ActivitiesChanged, seen.append)
    a = services.activities.log(draft())
    services.activities.delete(a.id)
    assert [(e.kind, e.ids) for e in seen] == [
        ("created", (a.id,)),
        ("deleted", (a.id,)),
    ]


def test_filters_and_sorting(services: Services) -> None:
    acts = services.activities
    acts.log(draft(date="2024-09-01", note="Föräldrakväll i aulan"))
    acts.log(
        draft(
            activity_type="presence",
            promise_codes=["T2"],
            hours=2,
            count=None,
            place="Centrumparken",
            date="2024-09-03",
            note="Lugnt",
        )
    )
    acts.log(
        draft(
            activity_type="traffic_check",
            promise_codes=["T3"],
            hours=1,
            count=80,
            place="E14 vid Krokom",
            date="2023-05-05",
            note="",
        )
    )
    assert acts.count(ActivityFilter(types=frozenset({"presence"}))) == 1
    assert acts.count(ActivityFilter(promise_codes=frozenset({"N1"}))) == 1
    assert acts.count(ActivityFilter(start=date(2024, 1, 1))) == 2
    assert acts.count(ActivityFilter(text="AULAN")) == 1
    assert acts.count(ActivityFilter(text="centrum")) == 1  # place names too
    assert acts.count(ActivityFilter(text="100%_")) == 0
    assert acts.count(ActivityFilter(places=frozenset({"E14 vid Krokom"}))) == 1
    by_date = [a.date.isoformat() for a in acts.query(sort=Sort("date", False))]
    assert by_date == sorted(by_date)
    by_count = [a.count for a in acts.query(sort=Sort("count", True))]
    assert by_count[0] == 80
    assert [a.promise_codes[0] for a in acts.query(sort=Sort("promises", False))] == [
        "N1",
        "T2",
        "T3",
    ]


def test_indicator_values_are_one_per_year(services: Services) -> None:
    services.agreement.set_indicator_value("BEDR", 2023, "151")
    services.agreement.set_indicator_value("bedr", "2023", "149,0")
    values = services.agreement.indicator_values()["BEDR"]
    assert [(v.year, v.value) for v in values] == [(2023, 149.0)]
    status = {s.indicator.code: s for s in services.progress.indicators()}["BEDR"]
    assert status.meets_target is False  # 149 is not under 145


def test_loading_the_catalogue_twice_changes_nothing(services: Services) -> None:
    assert services.agreement.load_catalogue().changed_rows == 0


def test_agreement_changed_event_refreshes_cached_promises(services: Services) -> None:
    from lofte_desktop.services.events import AgreementChanged
    from lofte_desktop.storage.models import PromiseRow

    assert services.agreement.promise("N1").text.startswith("Polisen och kommunen")
    with services.ctx.db.write() as s:  # as a sync import would change it
        s.query(PromiseRow).filter_by(code="N1").update({"text": "Ny lydelse"})
    assert services.agreement.promise("N1").text != "Ny lydelse"  # still cached
    services.events.publish(AgreementChanged("krokom-2023-2024"))
    assert services.agreement.promise("N1").text == "Ny lydelse"
