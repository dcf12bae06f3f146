"""The pure merge (`sync.merge.plan`) on its own: for every batch of versions,
merging is idempotent and order-independent, and a tombstone wins over every older
edit. A dict stands in for the table: the plan's inserts and updates are applied
as storage applies them (overwrite by id)."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.sync import merge
from lofte_desktop.sync.merge import LockedPeriods, Outcome, clock_only

Table = dict[str, dict[str, Any]]

IDS = [f"{n:08d}-0000-4000-8000-000000000000" for n in range(3)]
DEVICES = [c * 8 + "-0000-4000-8000-000000000000" for c in "ab"]
STAMP = st.integers(0, 6).map(lambda n: f"{1_700_000_000_000 + n:013d}.00000")
version = st.builds(
    lambda rid, h, dev, count, deleted, day: {
        "id": rid,
        "hlc": h,
        "device_id": dev,
        "count": count,
        "deleted": deleted,
        "date": f"2024-09-{day:02d}",
        "promise_ids": ["p2", "p1", "p2"][: 1 + count % 3],
        "version": 1,
    },
    st.sampled_from(IDS),
    STAMP,
    st.sampled_from(DEVICES),
    st.integers(0, 3),
    st.booleans(),
    st.integers(1, 28),
)
batches = st.lists(version, max_size=8)


def consistent(*groups: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The batches with one content per version: a (clock, device) pair names one
    version of a record, never two (the first one generated stands)."""
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    return [
        [seen.setdefault((v["id"], v["hlc"], v["device_id"]), v) for v in g]
        for g in groups
    ]


def apply(table: Table, batch: list[dict[str, Any]], **kw: Any) -> merge.MergePlan:
    """One merge of `batch` into `table`, applied; returns the plan."""
    incoming = merge.latest("activities", batch)
    local = {rid: table[rid] for rid in incoming if rid in table}
    plan = merge.plan("activities", incoming, local, sender_seen={}, our_seen={}, **kw)
    for rec in (*plan.inserts, *plan.updates):
        table[rec["id"]] = rec
    return plan


def merged(*batches: list[dict[str, Any]], **kw: Any) -> Table:
    table: Table = {}
    for batch in batches:
        apply(table, batch, **kw)
    return table


def greatest(versions: list[dict[str, Any]]) -> Table:
    """What every merge order must end with: the greatest version of each id."""
    out: Table = {}
    for v in versions:
        cur = out.get(v["id"])
        if cur is None or merge.key(v) > merge.key(cur):
            out[v["id"]] = v
    return {
        rid: {**v, "promise_ids": sorted(set(v["promise_ids"]))}
        for rid, v in out.items()
    }


@given(batches, batches)
def test_merging_is_order_independent(a: list[Any], b: list[Any]) -> None:
    a, b = consistent(a, b)
    assert merged(a, b) == merged(b, a) == merged(a + b) == greatest(a + b)


@given(batches, batches)
def test_merging_again_writes_nothing(a: list[Any], b: list[Any]) -> None:
    a, b = consistent(a, b)
    table = merged(a)
    plan = apply(table, a)
    assert plan.inserts == plan.updates == plan.conflicts == []
    assert plan.counts[Outcome.UNCHANGED] == len({v["id"] for v in a})
    table = merged(a, b)
    before = {rid: dict(rec) for rid, rec in table.items()}
    for again in (a, b, a + b):
        plan = apply(table, again)
        assert plan.inserts == plan.updates == []
        assert plan.counts[Outcome.NEW] == plan.counts[Outcome.UPDATED] == 0
    assert table == before


@given(version, version, st.booleans())
def test_a_tombstone_wins_over_an_older_edit(
    edit: dict[str, Any], other: dict[str, Any], tombstone_first: bool
) -> None:
    edit = {**edit, "deleted": False}
    tomb = {**other, "id": edit["id"], "deleted": True}
    if merge.key(tomb) <= merge.key(edit):
        tomb["hlc"] = f"{int(edit['hlc'][:13]) + 1:013d}.00000"
    order = [[tomb], [edit]] if tombstone_first else [[edit], [tomb]]
    table = merged(*order)
    assert table[edit["id"]]["deleted"] is True
    assert merged([edit, tomb])[edit["id"]]["deleted"] is True
    plan = apply(merged([edit]), [tomb])
    assert plan.counts[Outcome.DELETED] == 1 and [tomb["id"]] == [
        r["id"] for r in plan.tombstones
    ]


def test_a_rule_without_the_device_tie_break_is_caught() -> None:
    """The same properties with `clock_only` fail somewhere: they have teeth."""
    tie = [
        {**v, "hlc": "1700000000000.00000", "count": i}
        for i, v in enumerate(
            [{"id": IDS[0], "device_id": d, "deleted": False} for d in DEVICES]
        )
    ]
    for v in tie:
        v.update(date="2024-09-01", promise_ids=["p1"], version=1)
    assert merged([tie[0]], [tie[1]], policy=clock_only) != merged(
        [tie[1]], [tie[0]], policy=clock_only
    )


LOCK = LockedPeriods([(date(2024, 9, 1), date(2024, 9, 15))])


@given(batches, batches)
def test_a_lock_keeps_its_period_as_it_was(a: list[Any], b: list[Any]) -> None:
    """Nothing dated inside a locked period changes; each change that would have
    been made is kept for review instead (a new stamp on the same content is no
    change and is taken)."""
    a, b = consistent(a, b)
    table = merged(a)
    frozen = {rid: rec for rid, rec in table.items() if LOCK.hold(rec)}
    plan = apply(table, b, locks=LOCK)
    for rec in (*plan.inserts, *plan.updates):
        was = frozen.get(rec["id"])
        if was is None:
            assert not LOCK.hold(rec)
        else:
            assert merge.same_content(was, rec)
    for rid, rec in frozen.items():
        assert merge.same_content(rec, table[rid])
    assert all(c["reason"] in ("locked", "concurrent") for c in plan.conflicts)


def test_a_newer_version_settles_an_open_conflict() -> None:
    old = {
        "id": IDS[0],
        "hlc": "1700000000000.00000",
        "device_id": DEVICES[0],
        "count": 1,
        "deleted": False,
        "date": "2024-10-01",
        "promise_ids": ["p1"],
        "version": 1,
    }
    new = {**old, "hlc": "1700000000001.00000", "count": 2}
    plan = merge.plan(
        "activities",
        {old["id"]: new},
        {old["id"]: old},
        sender_seen={DEVICES[0]: old["hlc"]},
        our_seen={},
        open_conflicts={old["id"]: "c1"},
    )
    assert plan.updates == [new] and plan.settled == ["c1"] and not plan.conflicts


def test_concurrent_edits_keep_the_loser_for_review() -> None:
    mine = {
        "id": IDS[0],
        "hlc": "1700000000002.00000",
        "device_id": DEVICES[1],
        "count": 1,
        "deleted": False,
        "date": "2024-10-01",
        "promise_ids": ["p1"],
        "version": 2,
    }
    theirs = {**mine, "device_id": DEVICES[0], "count": 5}
    plan = merge.plan(
        "activities", {mine["id"]: theirs}, {mine["id"]: mine},
        sender_seen={}, our_seen={},
    )  # fmt: skip
    [row] = plan.conflicts
    assert plan.updates == [] and row["reason"] == "concurrent"
    assert '"count": 1' in row["local"] and '"count": 5' in row["remote"]


def test_audit_is_a_union() -> None:
    recs = [{"id": "a"}, {"id": "b"}]
    assert merge.fresh_audit(recs, {"a"}) == [{"id": "b"}]


@given(st.lists(batches, max_size=4))
def test_the_link_changes_keep_the_links_of_the_stored_versions(
    groups: list[list[Any]],
) -> None:
    """Storage writes only the links a plan adds and drops: applied after every
    merge, they are the links of the versions that end up stored."""
    groups = consistent(*groups)
    table: Table = {}
    links: set[tuple[str, str]] = set()
    for batch in groups:
        plan = apply(table, batch)
        assert not links & set(plan.links_added)
        assert set(plan.links_removed) <= links
        links = (links - set(plan.links_removed)) | set(plan.links_added)
        assert links == {(rid, p) for rid, r in table.items() for p in r["promise_ids"]}
