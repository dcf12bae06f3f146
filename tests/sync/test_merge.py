"""Merge rules on real databases: conflicts, resolution, locks, tombstones, keys."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.app import Services
from lofte_desktop.sync import signing
from lofte_desktop.sync.errors import SyncError
from lofte_desktop.sync.merge import decide, greatest_wins, learned
from tests.conftest import draft


def pair(a: Services, b: Services) -> None:
    a.sync.trust(b.sync.fingerprint)
    b.sync.trust(a.sync.fingerprint)


def send(src: Services, dst: Services, tmp_path: Path, name: str) -> dict[str, int]:
    out = src.sync.export(tmp_path / f"{name}.loftesync", peer=dst.ctx.device_id)
    return dst.sync.import_file(out.path).as_dict()


def test_concurrent_edits_make_a_conflict_and_the_choice_syncs(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    pair(police, municipality)
    visit = police.activities.log(draft(count=10))
    send(police, municipality, tmp_path, "1")
    police.activities.edit(visit.id, {"count": 11})
    municipality.activities.edit(visit.id, {"note": "Fler föräldrar än väntat"})
    s = send(municipality, police, tmp_path, "2")
    assert s["conflicts"] == 1
    send(police, municipality, tmp_path, "3")
    # both converge on the greater (clock, device) and both keep the conflict
    assert police.activities.get(visit.id) == municipality.activities.get(visit.id)
    [c] = police.sync.conflicts()
    assert c.reason == "concurrent" and c.mine and c.theirs
    assert {c.mine["count"], c.theirs["count"]} == {10, 11}
    police.sync.resolve(c.id, "mine")
    assert police.sync.conflicts() == []
    assert police.activities.get(visit.id).count == 11
    send(police, municipality, tmp_path, "4")
    assert municipality.activities.get(visit.id).count == 11
    assert municipality.sync.conflicts() == []  # superseded by the choice
    with pytest.raises(SyncError):
        police.sync.resolve(c.id, "theirs")


def test_sequential_edits_are_not_conflicts(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    pair(police, municipality)
    visit = police.activities.log(draft())
    send(police, municipality, tmp_path, "1")
    municipality.activities.edit(visit.id, {"count": 3})
    s = send(municipality, police, tmp_path, "2")
    assert (s["updated"], s["conflicts"]) == (1, 0)
    police.activities.edit(visit.id, {"count": 4})
    s = send(police, municipality, tmp_path, "3")
    assert (s["updated"], s["conflicts"]) == (1, 0)
    assert municipality.activities.get(visit.id).count == 4


def test_a_tombstone_is_not_undone_by_an_old_package(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    pair(police, municipality)
    visit = police.activities.log(draft())
    old = police.sync.export(tmp_path / "old.loftesync", full=True).path
    municipality.sync.import_file(old)
    police.activities.delete(visit.id)
    s = send(police, municipality, tmp_path, "del")
    assert s["deleted"] == 1
    # the old package again (under a new id: re-sent from a backup copy)
    again = municipality.sync.import_file(old)
    assert again.skipped == "already"
    police.activities.restore(visit.id)
    police.activities.delete(visit.id)
    older = police.sync.export(tmp_path / "x.loftesync", full=True)
    municipality.sync.import_file(older.path)
    assert municipality.activities.count() == 0


def test_change_in_a_locked_period_waits_for_review(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    pair(police, municipality)
    visit = police.activities.log(draft(date="2024-09-10"))
    send(police, municipality, tmp_path, "1")
    police.locks.lock("HT2024", reason="Uppföljningen är inlämnad")
    municipality.activities.edit(visit.id, {"count": 99})
    s = send(municipality, police, tmp_path, "2")
    assert s["conflicts"] == 1 and s["updated"] == 0
    assert police.activities.get(visit.id).count == 25
    [c] = police.sync.conflicts()
    assert c.reason == "locked" and c.theirs and c.theirs["count"] == 99


def test_key_file_is_private(police: Services, tmp_path: Path) -> None:
    from lofte_desktop.runtime.paths import data_dir

    path = signing.key_path(data_dir(), police.ctx.device_id)
    assert path.exists()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    status = police.sync.status()
    assert status["fingerprint"] == signing.fingerprint(
        signing.public_b64(police.sync.key)
    )


def test_sync_folder_never_holds_the_database(police: Services, tmp_path: Path) -> None:
    with pytest.raises(SyncError, match="Databasen"):
        police.sync.set_folder(tmp_path)  # polis.sqlite lives here
    with pytest.raises(SyncError, match="finns inte"):
        police.sync.set_folder(tmp_path / "saknas")
    share = tmp_path / "usb"
    share.mkdir()
    assert police.sync.set_folder(share) == share.resolve()


def test_package_for_another_peer_does_not_overclaim(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    """A package made for B, picked up by C, must not make C claim B's history."""
    from tests.sync.conftest import device

    school = device(tmp_path / "skola.sqlite", "Skolan", "Krokoms kommun")
    for a, b in ((police, municipality), (police, school), (municipality, school)):
        pair(a, b)
    patrol = {"activity_type": "presence", "promise_codes": ["T2"], "place": None}
    first = police.activities.log(draft(**patrol, hours=1.0, count=None))
    send(police, municipality, tmp_path, "1")
    send(municipality, police, tmp_path, "2")  # police learns what B has confirmed
    police.activities.log(draft(**patrol, hours=2.0, count=None))
    for_b = police.sync.export(
        tmp_path / "forb.loftesync", peer=municipality.ctx.device_id
    )
    school.sync.import_file(for_b.path)  # lacks `first`
    send(school, police, tmp_path, "3")  # school tells police what it has seen
    for_c = police.sync.export(tmp_path / "forc.loftesync", peer=school.ctx.device_id)
    school.sync.import_file(for_c.path)
    assert school.activities.get(first.id).hours == 1.0
    school.close()


STAMP = st.integers(0, 5).map(lambda n: f"{1_700_000_000_000 + n:013d}.00000")
DEVICE = st.sampled_from(
    ["a" * 8 + "-0000-4000-8000-000000000000", "b" * 8 + "-0000-4000-8000-000000000000"]
)


@given(
    st.lists(st.tuples(STAMP, DEVICE, st.integers(0, 3)), min_size=1, max_size=6),
    st.randoms(),
)
def test_merge_is_order_independent(
    versions: list[tuple[str, str, int]], rnd: object
) -> None:
    recs = [
        {"hlc": h, "device_id": d, "count": c, "deleted": False} for h, d, c in versions
    ]
    shuffled = list(recs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    results = []
    for order in (recs, shuffled, recs + recs):
        local = None
        for r in order:
            if decide(
                local, r, sender_seen={}, our_seen={}, policy=greatest_wins
            ).apply:
                local = r
        results.append(local)
    best = max(recs, key=lambda r: (r["hlc"], r["device_id"]))
    assert all(
        (r["hlc"], r["device_id"]) == (best["hlc"], best["device_id"])
        for r in results
        if r
    )


def test_learned_needs_the_base() -> None:
    d = "d" * 8 + "-0000-4000-8000-000000000000"
    stamp = "1700000000000.00001"
    assert learned({}, {}, {d: stamp}) == {d: stamp}
    assert learned({}, {d: "1700000000000.00000"}, {d: stamp}) == {}
