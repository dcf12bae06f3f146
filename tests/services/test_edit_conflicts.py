"""Edits on a store that several people use: a version check, never a silent
overwrite. Runs on SQLite and on PostgreSQL (the `services` fixture)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lofte_desktop.app import Services, build_services
from lofte_desktop.domain.errors import ConflictError
from tests.conftest import TODAY, draft


@pytest.fixture
def other(services: Services, db_target: str) -> Iterator[Services]:
    """A second user's services on the same database (another window or laptop)."""
    svc = build_services(db_target, today=lambda: TODAY)
    yield svc
    svc.close()


def test_an_edit_from_an_old_version_is_a_conflict(
    services: Services, other: Services
) -> None:
    a = services.activities.log(draft(count=25))
    opened = services.activities.get(a.id)  # the first user opens the edit dialog
    other.activities.edit(a.id, {"count": 30})  # someone else saves first

    with pytest.raises(ConflictError) as err:
        services.activities.edit(
            a.id, {"note": "Mitt utkast"}, expected_version=opened.version
        )
    assert "ändrat" in str(err.value) and "Inget skrevs över" in str(err.value)
    assert (err.value.expected, err.value.actual) == (1, 2)
    kept = services.activities.get(a.id)
    assert (kept.count, kept.note, kept.version) == (30, "Föräldrakväll", 2)
    assert [e.action for e in services.activities.history(a.id)] == [
        "create",
        "update",
    ]


def test_an_edit_from_the_current_version_goes_through(
    services: Services, other: Services
) -> None:
    a = services.activities.log(draft())
    other.activities.edit(a.id, {"count": 30})
    fresh = services.activities.get(a.id)
    done = services.activities.edit(
        a.id, {"note": "Nytt"}, expected_version=fresh.version
    )
    assert (done.count, done.note, done.version) == (30, "Nytt", 3)


def test_edits_without_a_version_keep_each_others_fields(
    services: Services, other: Services
) -> None:
    """Two quick CLI edits of different fields: both survive."""
    a = services.activities.log(draft(count=25, hours=1))
    services.activities.edit(a.id, {"count": 40})
    other.activities.edit(a.id, {"hours": 3})
    got = services.activities.get(a.id)
    assert (got.count, got.hours, got.version) == (40, 3.0, 3)


def test_the_conflict_message_is_in_english_too(services: Services) -> None:
    err = ConflictError("abc", expected=1, actual=4)
    assert "Someone else changed" in err.message("en")
    assert "version 4" in err.message("sv")
