from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from lofte_desktop.domain.catalogue import CatalogueError, parse_catalogue
from lofte_desktop.domain.types import TargetPer
from lofte_desktop.runtime.paths import catalogues_dir
from lofte_desktop.services.agreement import read_catalogue_file

KROKOM = catalogues_dir() / "krokom-2023-2024.toml"


def krokom() -> dict[str, Any]:
    return tomllib.loads(KROKOM.read_text(encoding="utf-8"))


def test_krokom_catalogue_has_every_promise_and_both_indicators() -> None:
    cat = parse_catalogue(krokom())
    assert [p.code for p in cat.promises] == [
        "N1",
        "N2",
        "N3",
        "N4",
        "T1",
        "T2",
        "T3",
        "T4",
        "B1",
        "B2",
        "B3",
    ]
    assert cat.agreement.parties == ("Polisen", "Krokoms kommun", "Krokomsbostäder")
    assert (cat.agreement.start.isoformat(), cat.agreement.end.isoformat()) == (
        "2023-01-01",
        "2024-12-31",
    )
    n1 = cat.promises[0]
    assert (n1.target.min, n1.target.max, n1.target.per) == (2, 3, TargetPer.TERM)
    assert "två till tre skolbesök per termin" in n1.text
    t2 = next(p for p in cat.promises if p.code == "T2")
    assert t2.target.compare_previous and t2.target.min is None
    inds = {i.code: i for i in cat.indicators}
    assert (inds["BEDR"].baseline_value, inds["BEDR"].baseline_year) == (163, 2022)
    assert (
        inds["BEDR"].target_comparison,
        inds["BEDR"].target_value,
        inds["BEDR"].target_year,
    ) == ("<", 145, 2024)
    assert (inds["CAN"].baseline_value, inds["CAN"].baseline_year) == (5, 2019)


def test_ids_are_stable_across_loads() -> None:
    assert [p.id for p in parse_catalogue(krokom()).promises] == [
        p.id for p in parse_catalogue(krokom()).promises
    ]


def _broken(mutate: Any) -> dict[str, Any]:
    data = krokom()
    mutate(data)
    return data


@pytest.mark.parametrize(
    ("mutate", "field", "problem"),
    [
        (lambda d: d.pop("name"), "name", "saknas"),
        (lambda d: d.update(format=3), "format", "stöds inte"),
        (
            lambda d: d["focus_areas"][1]["promises"][0]["target"].update(min="två"),
            "focus_areas[1].promises[0].target.min",
            "ska vara ett tal",
        ),
        (
            lambda d: d["focus_areas"][0]["promises"][0]["target"].update(min=4),
            "focus_areas[0].promises[0].target.max",
            "mindre än min",
        ),
        (
            lambda d: d["focus_areas"][0]["promises"][1].update(
                activity_types=["dance"]
            ),
            "focus_areas[0].promises[1].activity_types[0]",
            "okänd aktivitetstyp",
        ),
        (
            lambda d: d["focus_areas"][2]["promises"][0].update(parties=["Brandkåren"]),
            "focus_areas[2].promises[0].parties[0]",
            "inte en av avtalets parter",
        ),
        (
            lambda d: d["focus_areas"][0]["promises"][1].update(code="N1"),
            "focus_areas[0].promises[1].code",
            "finns redan",
        ),
        (lambda d: d.update(colour="blå"), "colour", "okänt fält"),
        (lambda d: d.update(end=d["start"].replace(year=2020)), "end", "före start"),
        (
            lambda d: d["focus_areas"][2]["indicators"][0]["target"].update(
                comparison="!"
            ),
            "focus_areas[2].indicators[0].target.comparison",
            "ska vara en av",
        ),
    ],
)
def test_broken_catalogue_names_field_and_problem(
    mutate: Any, field: str, problem: str
) -> None:
    with pytest.raises(CatalogueError) as err:
        parse_catalogue(_broken(mutate))
    assert err.value.field == field
    assert problem in err.value.problem


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "trasig.toml"
    bad.write_text('format = 1\nname = "x\n', encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        read_catalogue_file(str(bad))
    assert err.value.source == str(bad) and err.value.field == "(syntax)"
    with pytest.raises(CatalogueError) as err:
        read_catalogue_file(str(tmp_path / "saknas.toml"))
    assert "finns inte" in str(err.value)
