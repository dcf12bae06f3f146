"""Issue 15: a signed package from a trusted device obeys the same rules as the form.

Hostile records (hypothesis) in packages signed with the trusted police key are always
refused whole: a Swedish message that names the record, and every table of the
database exactly as before (no record, no package bookkeeping, no peer state).
"""

from __future__ import annotations

import json
import math
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.ids import new_id
from lofte_desktop.domain.planning import PlanDraft
from lofte_desktop.entry.cli import main
from lofte_desktop.storage.models import Base
from lofte_desktop.sync.schema import TABLE_ORDER
from tests.conftest import draft
from tests.sync.conftest import forge_payload

PNR = "811228-9874"  # a valid made-up personnummer


def dump(svc: Services) -> dict[str, list[str]]:
    """Every row of every table, sorted: the whole database as data."""
    out: dict[str, list[str]] = {}
    with svc.ctx.db.read_connection() as conn:
        for table in Base.metadata.sorted_tables:
            out[table.name] = sorted(
                repr(tuple(r)) for r in conn.execute(select(table))
            )
    return out


def lines_of(path: Path) -> list[dict[str, Any]]:
    with zipfile.ZipFile(path) as zf:
        return [json.loads(x) for x in zf.read("payload.jsonl").splitlines()]


@pytest.fixture
def world(police: Services, municipality: Services, tmp_path: Path) -> Iterator[World]:
    """The police log, plan and measure; the municipality trusts the police key.
    Yields the lines of the police's full, good package."""
    police.activities.log(draft())
    police.activities.log(
        draft(activity_type="presence", promise_codes=["T2"], hours=2.5, count=None,
              place="Centrumparken", note="")
    )  # fmt: skip
    police.planning.add(
        PlanDraft(
            activity_type="parent_meeting", promise_codes=["N1"], start="2024-08-20",
            start_time="18:00", duration=2, place="Skolan i Ås", party="Polisen",
            rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", until="2024-12-20",
        )
    )  # fmt: skip
    police.agreement.set_indicator_value("BEDR", 2023, 151)
    good = police.sync.export(tmp_path / "good.loftesync", full=True).path
    municipality.sync.trust(police.sync.fingerprint)
    yield World((police, municipality, lines_of(good)))


class World(tuple):  # type: ignore[type-arg]
    """(police, municipality, good lines), with a short repr for hypothesis."""

    def __repr__(self) -> str:
        return "World(police, municipality, lines)"


def template(lines: list[dict[str, Any]], table: str) -> dict[str, Any]:
    return dict(next(x["r"] for x in lines if x["t"] == table))


def package(
    tmp_path: Path, police: Services, lines: list[dict[str, Any]], bad: dict[str, Any]
) -> Path:
    """The good package with `bad` (a line) added after the good lines of its table,
    so good records of earlier tables are written before it comes."""
    out = [x for x in lines if x["t"] != "audit_log"] + [bad]
    out.sort(key=lambda x: TABLE_ORDER.index(x["t"]))  # stable: bad after the good
    return forge_payload(
        tmp_path / f"{new_id()}.loftesync",
        police,
        out,
        package_id=new_id(),  # never "already imported"
    )


def refused(m: Services, path: Path) -> str:
    before = dump(m)
    with pytest.raises(LofteError) as info:  # SyncError, or the PII guard's
        m.sync.import_file(path)
    assert dump(m) == before
    text = info.value.message()
    assert "Traceback" not in text
    return text


# -- hostile values -------------------------------------------------------------------

_numbers_not_hours = st.one_of(
    st.floats(max_value=-0.001, allow_nan=False, allow_infinity=False),
    st.floats(min_value=24.001, allow_nan=False, allow_infinity=False),
    st.integers(max_value=-1),
    st.integers(min_value=25),
)
_wrong_types = st.one_of(
    st.text(max_size=8), st.booleans(), st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)  # fmt: skip
_bad_dates = st.one_of(
    st.sampled_from(
        ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31",
         "2022-12-31", "2025-01-01", "1900-01-01", "9999-12-31", "2024-3-5", "",
         "2024-03-05\n", "20240305", "2024-03-05T10:00"]
    ),
    st.dates().map(lambda d: d.isoformat()).filter(
        lambda s: not "2023-01-01" <= s <= "2024-12-31"
    ),
)  # fmt: skip
_unknown_words = st.text(min_size=1, max_size=12).filter(
    lambda s: (
        s.strip().casefold() not in {"polisen", "krokoms kommun", "krokomsbostäder"}
    )
)


def _activity_mutations() -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.fixed_dictionaries({"hours": st.one_of(_numbers_not_hours, _wrong_types,
                                                  st.sampled_from([math.nan, math.inf]))}),
        st.fixed_dictionaries({"count": st.one_of(
            st.integers(max_value=-1), st.integers(min_value=10_000_001),
            st.floats(allow_nan=True).filter(lambda f: not float(f).is_integer()),
            _wrong_types)}),
        st.fixed_dictionaries({"date": st.one_of(_bad_dates, _wrong_types)}),
        st.fixed_dictionaries({"activity_type": st.one_of(_unknown_words, _wrong_types)}),
        st.fixed_dictionaries({"status": st.one_of(_unknown_words, _wrong_types)}),
        st.fixed_dictionaries({"party": st.one_of(_unknown_words, _wrong_types,
                                                  st.just("polis"))}),
        st.fixed_dictionaries({"promise_ids": st.one_of(
            st.just([]), st.lists(st.uuids().map(str), min_size=1, max_size=3),
            _wrong_types)}),
        st.fixed_dictionaries({"note": st.sampled_from(
            [f"Samtal med {PNR}", f"pnr:{PNR.replace('-', '')}", "x" * 2001])}),
        st.fixed_dictionaries({"start_time": st.sampled_from(
            ["25:00", "9:5", "18.00", "kväll", "9:05"])}),
        st.fixed_dictionaries({"created_at": st.sampled_from(
            ["2024-02-30T10:00:00+00:00", "2024-10-15T25:00:00+00:00", "igår"])}),
        st.fixed_dictionaries({"version": st.sampled_from([0, -1, 2**60, "1", 1.5])}),
        st.fixed_dictionaries({"id": st.sampled_from([7, "x", None])}),
    )  # fmt: skip


def _other_mutations() -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    return st.one_of(
        st.tuples(st.just("indicator_values"), st.one_of(
            st.fixed_dictionaries({"year": st.one_of(st.integers(max_value=1899),
                                                     st.integers(min_value=3000))}),
            st.fixed_dictionaries({"value": st.one_of(
                st.floats(max_value=-0.001, allow_nan=False), st.just(math.nan),
                _wrong_types)}),
        )),
        st.tuples(st.just("places"), st.one_of(
            st.fixed_dictionaries({"kind": _unknown_words}),
            st.fixed_dictionaries({"name": st.sampled_from(["", "  ", f"Gården {PNR}",
                                                           " Torget "])}),
        )),
        st.tuples(st.just("plan_series"), st.one_of(
            st.fixed_dictionaries({"duration_hours": st.sampled_from(
                [0, 0.1, 24.5, 100, -2])}),
            st.fixed_dictionaries({"rrule": st.sampled_from(
                ["FREQ=SOMETIMES", "", "BYDAY=XX", "FREQ=WEEKLY;INTERVAL=-1"])}),
            st.fixed_dictionaries({"start_date": _bad_dates}),
            st.fixed_dictionaries({"party": _unknown_words}),
            st.fixed_dictionaries({"promise_ids": st.sampled_from(
                ["[]", "nej", '["00000000-0000-4000-8000-000000000000"]', "{}"])}),
            st.fixed_dictionaries({"exdates": st.sampled_from(
                ['["2024-02-30"]', "[1]", "x"])}),
        )),
        st.tuples(st.just("period_locks"), st.fixed_dictionaries(
            {"period_code": st.sampled_from(["HT1999x", "vinter", ""])})),
        st.tuples(st.just("promises"), st.fixed_dictionaries({"activity_types": st.sampled_from(
            ['["dance"]', "nope", "{}"])})),
        st.tuples(st.just("agreements"), st.fixed_dictionaries({"parties": st.sampled_from(
            ["nope", "{"])})),
    )  # fmt: skip


_LOCK = {
    "agreement_id": "",
    "period_code": "HT2023",
    "locked": True,
    "reason": "",
    "by_user": "test",
}


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    case=st.one_of(
        st.tuples(st.just("activities"), _activity_mutations()), _other_mutations()
    ),
    update=st.booleans(),
    drop=st.booleans(),
)
def test_hostile_signed_records_are_refused_whole(
    world: Any,
    tmp_path: Path,
    case: tuple[str, dict[str, Any]],
    update: bool,
    drop: bool,
) -> None:
    police, municipality, lines = world
    table, changes = case
    if table == "period_locks":
        agreement = template(lines, "agreements")
        base = {**template(lines, "places"), **_LOCK, "agreement_id": agreement["id"]}
        for k in ("name", "kind", "note"):
            base.pop(k)
    else:
        base = template(lines, table)
    record = {**base, **changes}
    if not update:  # a new record; else a newer version of the one it came from
        record["id"] = changes.get("id", new_id())
    record["hlc"] = record["hlc"][:-5] + "99999"
    if drop and len(changes) == 1 and "id" not in changes:
        record.pop(next(iter(changes)))  # a missing field is as bad as a wrong one
    text = refused(
        municipality, package(tmp_path, police, lines, {"t": table, "r": record})
    )
    assert "importerades inte" in text or "Inget importerades" in text


def test_the_message_names_the_record_and_the_field(world: Any, tmp_path: Path) -> None:
    police, municipality, lines = world
    bad = {**template(lines, "activities"), "id": new_id(), "hours": 30.0}
    bad["activity_type"], bad["promise_ids"] = (
        "presence",
        [template(lines, "promises")["id"]],
    )
    text = refused(
        municipality, package(tmp_path, police, lines, {"t": "activities", "r": bad})
    )
    assert bad["id"] in text
    assert "aktiviteten" in text and bad["date"] in text and "Närvaro" in text
    assert "Timmar" in text and "24 timmar" in text


def test_an_impossible_date_is_a_message_with_exit_code_1(
    world: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    police, municipality, lines = world
    bad = {**template(lines, "activities"), "id": new_id(), "date": "2024-02-30"}
    path = package(tmp_path, police, lines, {"t": "activities", "r": bad})
    before = dump(municipality)
    db = municipality.ctx.db.path or municipality.ctx.db.url
    code = main(["sync", "import", "--db", db, str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert (
        "2024-02-30" in err and "Traceback" not in err and "Inget importerades" in err
    )
    assert dump(municipality) == before


def test_valid_records_and_their_tombstones_are_accepted(
    world: Any, tmp_path: Path
) -> None:
    police, municipality, lines = world
    assert municipality.sync.import_file(package_of(tmp_path, police, lines)).new > 0
    activity_id = template(lines, "activities")["id"]
    police.activities.delete(activity_id)
    after = police.sync.export(tmp_path / "later.loftesync").path
    summary = municipality.sync.import_file(after)
    assert summary.deleted >= 1
    assert activity_id not in {a.id for a in municipality.activities.query()}


def package_of(tmp_path: Path, police: Services, lines: list[dict[str, Any]]) -> Path:
    return forge_payload(
        tmp_path / "plain.loftesync", police, lines, package_id=new_id()
    )
