"""Issue 14: an exported catalogue reads back to the same agreement, with the
format-2 fields of both halves of the issue: `continues`, the follow-up cadence,
and targets with a window and weekdays."""

from __future__ import annotations

import tomllib
from pathlib import Path

from lofte_desktop.domain.catalogue import parse_catalogue
from lofte_desktop.domain.catalogue_writer import catalogue_data, to_toml
from lofte_desktop.domain.types import Cadence

TERTIAL = (
    Path(__file__).resolve().parents[1] / "fixtures/catalogues/exempel-2025-2027.toml"
)


def test_cadence_windows_and_weekdays_survive_an_export() -> None:
    cat = parse_catalogue(tomllib.loads(TERTIAL.read_text(encoding="utf-8")))
    days = [p for p in cat.promises if p.target.window or p.target.weekdays]
    assert cat.agreement.cadence is not Cadence.TERM and days  # the case at hand
    text = to_toml(catalogue_data(cat, lambda pid: pid))
    again = parse_catalogue(tomllib.loads(text))
    assert again.agreement.cadence is cat.agreement.cadence
    assert [p.target for p in again.promises] == [p.target for p in cat.promises]
    assert again == cat
