"""A promise's window and weekdays, and an agreement's cadence, travel in sync
packages inside the records' JSON, and obey the domain's rules on the way in."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from lofte_desktop.app import Services
from lofte_desktop.domain.types import Cadence, TargetPer
from tests.sync.test_record_rules import lines_of, package, refused, template


def later(stamp: str) -> str:
    """A clock stamp a second from now: the record then wins the merge over both
    devices' own catalogue records."""
    wall, _ = stamp.split(".")
    now = int(time.time() * 1000) + 1000
    return f"{now:0{len(wall)}d}.00000"


def _good(police: Services, tmp_path: Path) -> list[dict[str, object]]:
    path = police.sync.export(tmp_path / "good.loftesync", full=True).path
    return lines_of(path)


def test_a_windowed_target_and_a_tertial_cadence_arrive_intact(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    lines = _good(police, tmp_path)
    municipality.sync.trust(police.sync.fingerprint)
    promise = template(lines, "promises")
    target = {**json.loads(promise["target"]), "per": "year", "min": 17}
    target |= {"window": [1, 4], "weekdays": [4, 7]}
    agreement = template(lines, "agreements")
    terms = {**json.loads(agreement["terms"]), "cadence": "tertial"}
    new_lines = [
        {
            "t": "promises",
            "r": {
                **promise,
                "target": json.dumps(target),
                "hlc": later(promise["hlc"]),
            },
        },
        {
            "t": "agreements",
            "r": {
                **agreement,
                "terms": json.dumps(terms),
                "hlc": later(agreement["hlc"]),
            },
        },
    ]
    path = package(tmp_path, police, lines, new_lines[0])
    municipality.sync.import_file(path)
    path = package(tmp_path, police, lines, new_lines[1])
    municipality.sync.import_file(path)
    got = {p.id: p.target for p in municipality.agreement.promises()}[promise["id"]]
    assert (got.per, got.min, got.window, got.weekdays) == (
        TargetPer.YEAR,
        17,
        (1, 4),
        (4, 7),
    )
    assert municipality.agreement.agreement().cadence is Cadence.TERTIAL
    assert replace(got, window=None, weekdays=()).restricted is False


@pytest.mark.parametrize(
    ("table", "field", "change"),
    [
        ("promises", "target", {"window": [0, 4]}),
        ("promises", "target", {"window": "januari"}),
        ("promises", "target", {"weekdays": [8]}),
        ("promises", "target", {"per": "fortnight"}),
        ("agreements", "terms", {"cadence": "weekly"}),
    ],
)
def test_impossible_windows_weekdays_and_cadences_are_refused(
    police: Services,
    municipality: Services,
    tmp_path: Path,
    table: str,
    field: str,
    change: dict[str, object],
) -> None:
    lines = _good(police, tmp_path)
    municipality.sync.trust(police.sync.fingerprint)
    record = template(lines, table)
    value = {**json.loads(record[field]), **change}
    bad = {
        "t": table,
        "r": {**record, field: json.dumps(value), "hlc": later(record["hlc"])},
    }
    message = refused(municipality, package(tmp_path, police, lines, bad))
    assert "kan inte läsas" in message or "ogiltig" in message.lower(), message
