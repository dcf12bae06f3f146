"""Period locks: locked terms refuse edits until explicitly unlocked; both logged."""

from __future__ import annotations

from datetime import date

import pytest

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import LockedError
from lofte_desktop.domain.refusals import RefusedError
from lofte_desktop.domain.validation import ValidActivity
from lofte_desktop.services.events import PeriodLocksChanged
from tests.conftest import draft


def test_lock_blocks_log_edit_delete_and_unlock_allows_again(
    services: Services,
) -> None:
    act = services.activities.log(draft(date="2023-10-03"))
    other = services.activities.log(draft(date="2024-02-01"))  # VT2024, not locked
    seen: list[PeriodLocksChanged] = []
    services.events.subscribe(PeriodLocksChanged, seen.append)

    lock = services.locks.lock("HT2023", reason="Uppföljning december")
    assert lock.locked and lock.period.code == "HT2023"
    assert seen == [PeriodLocksChanged("HT2023", True)]

    with pytest.raises(LockedError) as err:
        services.activities.log(draft(date="2023-11-20"))
    assert "HT2023" in str(err.value) and "låst" in str(err.value)
    with pytest.raises(LockedError):
        services.activities.edit(act.id, {"count": 99})
    with pytest.raises(LockedError):  # moving a record INTO a locked term
        services.activities.edit(other.id, {"date": "2023-12-01"})
    with pytest.raises(LockedError):
        services.activities.delete(act.id)
    assert services.activities.get(act.id).count == 25  # nothing written
    services.activities.edit(other.id, {"count": 7})  # other terms are open

    with pytest.raises(RefusedError):
        services.locks.unlock("HT2023", reason="  ")  # a reason is required
    services.locks.unlock("HT2023", reason="Rättelse av antal")
    assert services.activities.edit(act.id, {"count": 30}).count == 30
    assert services.locks.locks() == []
    assert [lk.reason for lk in services.locks.locks(include_unlocked=True)] == [
        "Rättelse av antal"
    ]


def test_lock_and_unlock_are_in_the_audit_log(services: Services) -> None:
    services.ctx.user = "Samordnare Krokom"
    services.locks.lock("2023")
    services.locks.lock("2023")  # idempotent: no second entry
    services.locks.unlock("2023", reason="Sent inrapporterade besök")
    history = services.locks.history("2023")
    assert [h.action for h in history] == ["lock", "unlock"]
    assert history[1].changes["reason"][1] == "Sent inrapporterade besök"
    assert history[1].changes["locked"] == [True, False]
    assert {h.user for h in history} == {"Samordnare Krokom"}
    assert all(h.device_id == services.ctx.device_id for h in history)


def test_year_lock_covers_both_terms_and_bulk_writes(services: Services) -> None:
    services.locks.lock("2024")
    assert services.locks.locked_period(date(2024, 3, 1)) is not None
    assert services.locks.locked_period(date(2023, 12, 31)) is None
    valid = services.activities.validate(draft(date="2024-05-05"))
    assert isinstance(valid, ValidActivity)
    with pytest.raises(LockedError):
        services.activities.bulk_log([valid])
    assert services.activities.count() == 0


def test_only_terms_and_years_lock(services: Services) -> None:
    with pytest.raises(RefusedError):
        services.locks.lock("2024-01-01..2024-02-01")
    with pytest.raises(RefusedError):
        services.locks.unlock("VT2024", reason="inte låst")


def test_a_tertial_and_a_quarter_lock_their_own_days(services: Services) -> None:
    services.locks.lock("T3-2024", reason="Uppföljning tertial 3")
    with pytest.raises(LockedError) as err:
        services.activities.log(draft(date="2024-09-02"))
    assert "T3-2024" in str(err.value)
    services.activities.log(draft(date="2024-08-30"))  # T2-2024 is open
    services.locks.lock("K1-2024")
    with pytest.raises(LockedError):
        services.activities.log(draft(date="2024-03-31"))
    services.activities.log(draft(date="2024-04-01"))  # K2-2024 is open
    assert [lk.period.code for lk in services.locks.locks()] == ["K1-2024", "T3-2024"]
