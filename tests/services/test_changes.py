"""Writes made elsewhere are noticed; the app's own writes are not reported twice.

Runs on SQLite and on PostgreSQL (the shared store: "another user" is a second
Services on the same database).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lofte_desktop.app import Services, build_services
from lofte_desktop.services.events import DataChanged
from tests.conftest import TODAY, draft


@pytest.fixture
def other(services: Services, db_target: str) -> Iterator[Services]:
    """A second user of the same database (another process, laptop or window)."""
    svc = build_services(db_target, today=lambda: TODAY)
    yield svc
    svc.close()


def _seen(services: Services) -> list[DataChanged]:
    seen: list[DataChanged] = []
    services.events.subscribe(DataChanged, seen.append)
    return seen


def test_a_write_elsewhere_is_reported_once(
    services: Services, other: Services
) -> None:
    seen = _seen(services)
    assert services.changes.poll() is False  # the first poll only learns the value
    other.activities.log(draft())
    assert services.changes.poll() is True
    assert [e.source for e in seen] == ["elsewhere"]
    assert services.changes.poll() is False


def test_own_writes_are_not_reported(services: Services) -> None:
    seen = _seen(services)
    services.changes.poll()
    services.activities.log(draft())
    services.agreement.set_indicator_value("BEDR", 2023, 151)
    assert services.changes.poll() is False
    assert seen == []


def test_a_write_between_own_writes_is_not_missed(
    services: Services, other: Services
) -> None:
    services.changes.poll()
    services.activities.log(draft())
    other.activities.log(draft(date="2024-09-11"))
    services.activities.log(draft(date="2024-09-12"))  # hides the other's stamp
    assert services.changes.poll() is True


def test_refresh_publishes_and_drops_cached_agreement(
    services: Services, other: Services
) -> None:
    seen = _seen(services)
    services.agreement.promises()  # cached
    services.changes.refresh()
    assert [e.source for e in seen] == ["refresh"]
    assert services.ctx._agreement is None
