"""The hand-written validator, the shipped JSON Schema and the storage models agree."""

from __future__ import annotations

import json
import typing
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Table

from lofte_desktop.app import Services
from lofte_desktop.runtime.paths import resources_dir
from lofte_desktop.storage.models import SYNCED_TABLES, AuditRow
from lofte_desktop.sync.schema import (
    AUDIT,
    TABLE_ORDER,
    SchemaError,
    check_line,
    check_manifest,
    record_fields,
)
from lofte_desktop.sync.schema_json import json_schema
from tests.conftest import draft

SCHEMA_FILE = resources_dir() / "schemas" / "loftesync-v1.schema.json"


def test_shipped_schema_is_current() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema()
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_fields_match_the_models() -> None:
    """Every synced column travels, with the right nullability; nothing else does."""
    tables = {typing.cast(Table, t.__table__).name: t for t in SYNCED_TABLES}  # type: ignore[attr-defined]
    tables[AUDIT] = AuditRow  # type: ignore[assignment]
    assert set(tables) == set(TABLE_ORDER)
    for name in TABLE_ORDER:
        table = typing.cast(Table, tables[name].__table__)  # type: ignore[attr-defined]
        cols = {c.name: c.nullable for c in table.columns}
        fields = {f.name: f.nullable for f in record_fields(name)}
        assert fields == {k: bool(v) and k != "id" for k, v in cols.items()}, name


def real_lines(services: Services, tmp_path: Path) -> tuple[dict[str, Any], list[Any]]:
    services.activities.log(draft())
    services.activities.log(
        draft(
            place=None,
            hours=1.5,
            count=None,
            activity_type="presence",
            promise_codes=["T2"],
        )
    )
    pkg = services.sync.export(tmp_path / "p.loftesync", full=True).path
    with zipfile.ZipFile(pkg) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        lines = [json.loads(x) for x in zf.read("payload.jsonl").splitlines()]
    return manifest, lines


def test_real_package_passes_both(services: Services, tmp_path: Path) -> None:
    manifest, lines = real_lines(services, tmp_path)
    validator = jsonschema.Draft202012Validator(json_schema())
    manifest_validator = jsonschema.Draft202012Validator(
        {**json_schema()["$defs"]["manifest"], "$defs": json_schema()["$defs"]}
    )
    manifest_validator.validate(manifest)
    check_manifest(manifest)
    assert {ln["t"] for ln in lines} >= {"activities", "places", "promises", AUDIT}
    for i, line in enumerate(lines):
        validator.validate(line)
        check_line(line, f"rad {i}")


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_validator_agrees_with_the_schema_on_mutations(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Random damage to real lines: the validator refuses exactly what the schema does."""
    line = data.draw(st.sampled_from(_SAMPLES))
    rec = dict(line["r"])
    key = data.draw(st.sampled_from(sorted(rec)))
    value = data.draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-(2**60), 2**60),
            st.floats(allow_nan=False, allow_infinity=False),
            st.text(max_size=50),
            st.lists(st.text(max_size=5), max_size=3),
            st.just("x" * 130_000),
            st.just("2024-13-99"),
            st.just("0000000000001.00000"),
        )
    )
    action = data.draw(st.sampled_from(["set", "drop", "add"]))
    if action == "set":
        rec[key] = value
    elif action == "drop":
        rec.pop(key)
    else:
        rec["extra_" + key] = value
    mutated = {"t": line["t"], "r": rec}
    schema_ok = _VALIDATOR.is_valid(mutated)
    try:
        check_line(mutated, "rad 1")
        ours = True
    except SchemaError:
        ours = False
    if isinstance(value, float) and value.is_integer() and schema_ok and not ours:
        # JSON Schema counts 1.0 as an integer and cannot say otherwise; the
        # validator is stricter on purpose. Stricter, never looser:
        return
    assert ours == schema_ok, (key, action, value)


_SAMPLES: list[dict[str, Any]] = []
_VALIDATOR = jsonschema.Draft202012Validator(json_schema())


@pytest.fixture(autouse=True, scope="module")
def _samples(tmp_path_factory: pytest.TempPathFactory) -> None:
    from lofte_desktop.app import build_services

    folder = tmp_path_factory.mktemp("schema")
    with pytest.MonkeyPatch.context() as mp:  # keys go under tmp, never in ~/
        mp.setenv("LOFTE_DATA_DIR", str(folder / "data"))
        mp.setenv("LOFTE_CONFIG_DIR", str(folder / "config"))
        svc = build_services(str(folder / "s.sqlite"))
        svc.agreement.load_catalogue()
        _manifest, lines = real_lines(svc, folder)
    seen: set[str] = set()
    for line in lines:
        if line["t"] not in seen or line["t"] == "activities":
            _SAMPLES.append(line)
            seen.add(line["t"])
    svc.close()
