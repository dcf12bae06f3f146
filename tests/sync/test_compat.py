"""The hold-back rules for a peer on release 0.1.0 (sync/compat.py), record by
record; tests/sync/test_cross_version.py runs them against the 0.1.0 code."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain import hlc
from lofte_desktop.sync.compat import CURRENT_SCHEMA, LEGACY_SCHEMA, Filter, just_before
from lofte_desktop.sync.package import Writer

DEV = "00000000-0000-4000-8000-00000000000a"
OTHER = "00000000-0000-4000-8000-00000000000b"
AGREEMENT = "10000000-0000-4000-8000-000000000001"
RENEWED = "10000000-0000-4000-8000-000000000002"


def rec(id_: str, stamp: str = "1730000000000.00003", dev: str = DEV, **kw: Any) -> Any:
    return {"id": id_, "hlc": stamp, "device_id": dev, "deleted": False, **kw}


def promise(id_: str, agreement: str = AGREEMENT, **kw: Any) -> Any:
    target = kw.pop("target", {"unit": "occasions", "per": "term", "min": 2})
    types = kw.pop("types", ["presence"])
    return rec(
        id_,
        agreement_id=agreement,
        target=json.dumps(target),
        activity_types=json.dumps(types),
        continues_id=kw.pop("continues_id", None),
        **kw,
    )


def activity(id_: str, kind: str = "presence", promises: tuple[str, ...] = ()) -> Any:
    return rec(id_, activity_type=kind, promise_ids=list(promises))


def legacy() -> Filter:
    f = Filter(LEGACY_SCHEMA)
    f.hold_agreements([RENEWED])
    return f


def test_a_current_peer_gets_every_record_as_it_is() -> None:
    f = Filter(CURRENT_SCHEMA)
    p = promise("p1", continues_id="p0", target={"per": "tertial", "window": [1, 4]})
    assert f.admit("promises", p) is p
    assert f.admit("period_comments", rec("c1")) is not None
    assert f.told() == []


def test_what_0_1_0_reads_goes_without_the_fields_it_does_not_know() -> None:
    f = legacy()
    p = promise("p1")
    sent = f.admit("promises", p)
    assert sent is not None and "continues_id" not in sent
    assert {**sent, "continues_id": None} == p  # nothing else changed
    a = activity("a1", promises=("p1",))
    assert f.admit("activities", a) == a
    assert f.told() == []


def test_each_rule_holds_back_and_is_counted() -> None:
    f = legacy()
    f.prepare(
        "promises",
        [
            promise("held-window", target={"per": "term", "min": 2, "window": [1, 4]}),
            promise("held-tertial", target={"per": "tertial", "min": 1}),
            promise("held-renewal", RENEWED),
            promise("ok"),
        ],
    )
    held: dict[str, Any] = {
        "period_comments": rec("c1"),
        "promises": promise("p9", continues_id="p0"),
        "agreements": rec(RENEWED),
        "focus_areas": rec("f1", agreement_id=RENEWED),
        "period_locks": rec("l1", agreement_id=RENEWED),
    }
    for table, r in held.items():
        assert f.admit(table, r) is None, table
    assert f.admit("activities", activity("a1", "night_walk", ("ok",))) is None
    for p in ("held-window", "held-tertial", "held-renewal"):
        assert f.admit("activities", activity("a-" + p, "presence", (p,))) is None
    assert f.admit("activities", activity("a-ok", "presence", ("ok",))) is not None
    plan = rec("s1", activity_type="presence", promise_ids=json.dumps(["held-window"]))
    assert f.admit("plan_series", plan) is None
    assert dict(f.told()) == {
        "new_types": 1,
        "activities": 3,
        "plans": 1,
        "agreement": 4,
        "comments": 1,
    }


def test_a_kind_or_field_0_1_0_lacks_waits_even_without_a_line_of_its_own() -> None:
    f = legacy()
    assert f.admit("activity_types", rec("t1", code="night_walk")) is None
    assert f.admit("activity_types", rec("t2", code="presence")) is None  # untold
    place = rec("pl1", name="Torget", kind="other", note="")
    assert f.admit("places", {**place, "colour": None}) == place
    assert f.admit("places", {**place, "colour": "röd"}) is None
    assert dict(f.told()) == {"agreement": 2}


def test_seen_stays_below_every_held_record_of_its_origin() -> None:
    f = legacy()
    f.admit("period_comments", rec("c1", "1730000000000.00007", DEV))
    f.admit("period_comments", rec("c2", "1730000000000.00005", DEV))
    f.admit("period_comments", rec("c3", "1730000000500.00000", OTHER))
    seen = {DEV: "1730000000900.00000", OTHER: "1730000000100.00000"}
    # OTHER's held record is newer than what we say we have seen of it: unchanged
    assert f.cap(seen) == {DEV: "1730000000000.00004", OTHER: "1730000000100.00000"}


def test_a_package_says_who_wrote_it() -> None:
    old = {"schema_version": 1}
    assert Writer.of(old, b"") == Writer("0.1.0", 1, 1)
    # this release writing for 0.1.0: schema 1, but it reads 2
    assert Writer.of(old, Writer("0.2.0", 2, 2).note()) == Writer("0.2.0", 1, 2)
    assert Writer.of({"schema_version": 2, "app_version": "0.2.0"}, b"") == Writer(
        "0.2.0", 2, 2
    )
    assert Writer.of(old, b"\xff not json") == Writer("0.1.0", 1, 1)


stamps = st.builds(hlc.Stamp, st.integers(0, 10**13 - 1), st.integers(0, 99_999)).map(
    lambda s: s.encode()
)


@given(stamps)
def test_just_before_is_the_greatest_stamp_below(stamp: str) -> None:
    before = just_before(stamp)
    if stamp == hlc.ZERO:
        assert before == stamp
        return
    assert before < stamp
    b, s = hlc.Stamp.decode(before), hlc.Stamp.decode(stamp)
    if s.counter:
        assert (b.wall_ms, b.counter) == (s.wall_ms, s.counter - 1)
    else:
        assert (b.wall_ms, b.counter) == (s.wall_ms - 1, 99_999)
