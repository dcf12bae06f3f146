"""An agreement's own activity types: the catalogue's `types` section, the one
validation rule for a type, and what a count counts in the target's words."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.domain.catalogue import CatalogueError, parse_catalogue
from lofte_desktop.domain.catalogue_writer import catalogue_data, to_toml
from lofte_desktop.domain.errors import ValidationErrors
from lofte_desktop.domain.progress import describe_target
from lofte_desktop.domain.types import (
    DEFAULT_TYPES,
    TYPE_CODE_RE,
    ActivityType,
    ActivityTypes,
    shared_count_label,
)
from lofte_desktop.domain.validation import ActivityDraft, Rules, validate_activity

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "catalogues"
VADSTENA = CATALOGUES / "vadstena-2018-2019.toml"


def _vadstena() -> dict[str, Any]:
    return tomllib.loads(VADSTENA.read_text(encoding="utf-8"))


def _rules(types: ActivityTypes) -> Rules:
    return Rules(
        frozenset({"T1", "T2"}),
        ("Polisen", "Vadstena kommun"),
        date(2018, 1, 1),
        date(2019, 12, 31),
        types=types,
    )


def test_the_defaults_are_the_twelve_built_in_types() -> None:
    assert DEFAULT_TYPES.codes() == tuple(t.value for t in ActivityType)
    assert all(i.builtin and not i.retired for i in DEFAULT_TYPES)
    assert DEFAULT_TYPES.info("traffic_check").count_text() == "Kontrollerade fordon"
    assert DEFAULT_TYPES.info("presence").required == ("hours",)


def test_a_format_1_file_gets_the_defaults() -> None:
    data = tomllib.loads((CATALOGUES / "krokom-2023-2024.toml").read_text("utf-8"))
    cat = parse_catalogue(data)
    assert cat.activity_types == ()  # stored as the 12 defaults


def test_the_real_vadstena_agreement_lists_its_own_types() -> None:
    cat = parse_catalogue(_vadstena())
    codes = [i.code for i in cat.activity_types]
    assert codes == [
        "trygghetsvandring",
        "grannsamverkan_info",
        "grannsamverkan_omrade",
        "presence",
        "other",
    ]
    area = cat.activity_types[2]
    assert area.count_label.sv == "Etablerade grannsamverkansområden"
    assert area.required == ("count", "place") and not area.builtin
    # a built-in type named by its code alone is as it is by default
    presence = cat.activity_types[3]
    assert presence.fields == DEFAULT_TYPES.info("presence").fields
    assert cat.promises[1].activity_types == (
        "grannsamverkan_info",
        "grannsamverkan_omrade",
    )


def test_export_and_import_give_the_same_types() -> None:
    cat = parse_catalogue(_vadstena())
    again = parse_catalogue(tomllib.loads(to_toml(catalogue_data(cat, str))))
    assert again == cat


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"code": "Grann samverkan"}, "types[0].code", "små bokstäver"),
        ({"fields": ["count", "weight"]}, "types[0].fields[1]", "okänt fält"),
        (
            {"fields": ["place"], "required": ["count"]},
            "types[0].required",
            "finns inte bland fields",
        ),
        ({"count_label": None}, "types[0].count_label", "saknas"),
        ({"colour": "red"}, "types[0].colour", "okänt fält"),
        ({"place_kind": "forest"}, "types[0].place_kind", "okänt värde"),
    ],
)
def test_a_bad_type_is_refused_naming_the_field(
    change: dict[str, Any], field: str, problem: str
) -> None:
    data = _vadstena()
    first = dict(data["types"][0])
    for k, v in change.items():
        if v is None:
            first.pop(k, None)
        else:
            first[k] = v
    data["types"][0] = first
    with pytest.raises(CatalogueError) as err:
        parse_catalogue(data)
    assert err.value.field == field and problem in str(err.value)


def test_a_promise_may_name_only_the_agreements_types() -> None:
    data = _vadstena()
    data["focus_areas"][0]["promises"][0]["activity_types"] = ["school_visit"]
    with pytest.raises(CatalogueError) as err:
        parse_catalogue(data)
    assert "school_visit" in str(err.value) and "trygghetsvandring" in str(err.value)


def test_the_same_code_twice_is_refused() -> None:
    data = _vadstena()
    data["types"].append({"code": "presence"})
    with pytest.raises(CatalogueError, match="finns redan"):
        parse_catalogue(data)


def test_a_custom_type_is_validated_by_its_own_required_fields() -> None:
    types = ActivityTypes(parse_catalogue(_vadstena()).activity_types)
    rules = _rules(types)
    ok = validate_activity(
        ActivityDraft(
            "grannsamverkan_omrade",
            ["T2"],
            "2018-05-03",
            party="Polisen",
            count="2",
            place="Borghamn",
        ),
        rules,
    )
    assert ok.activity_type == "grannsamverkan_omrade" and ok.count == 2
    with pytest.raises(ValidationErrors) as err:
        validate_activity(
            ActivityDraft(
                "grannsamverkan_omrade", ["T2"], "2018-05-03", party="Polisen"
            ),
            rules,
        )
    assert {e.field for e in err.value.errors} == {"count", "place"}
    count = next(e for e in err.value.errors if e.field == "count")
    assert count.message() == (
        "Etablerade grannsamverkansområden måste anges för Nytt grannsamverkansområde."
    )
    assert count.message("en") == (
        "Neighbourhood-watch areas established is required for New "
        "neighbourhood-watch area."
    )
    # a built-in type the agreement does not list is unknown here
    with pytest.raises(ValidationErrors) as err:
        validate_activity(
            ActivityDraft("school_visit", ["T1"], "2018-05-03", party="Polisen"),
            rules,
        )
    assert err.value.errors[0].key == "err.unknown_type"


def test_a_retired_type_is_refused_for_new_activities_but_kept_by_old_ones() -> None:
    own = parse_catalogue(_vadstena()).activity_types
    types = ActivityTypes(
        tuple(i if i.code != "trygghetsvandring" else _retired(i) for i in own)
    )
    draft = ActivityDraft(
        "trygghetsvandring", ["T1"], "2018-09-20", party="Polisen", place="Torget"
    )
    with pytest.raises(ValidationErrors) as err:
        validate_activity(draft, _rules(types))
    assert err.value.errors[0].key == "err.retired_type"
    assert "avvecklad" in str(err.value)
    draft.existing_type = "trygghetsvandring"  # an edit of an old one
    assert validate_activity(draft, _rules(types)).activity_type == "trygghetsvandring"
    assert "trygghetsvandring" not in [i.code for i in types.offered()]


def _retired(info: Any) -> Any:
    from dataclasses import replace

    return replace(info, retired=True)


def test_the_count_label_is_said_in_the_targets_words() -> None:
    cat = parse_catalogue(_vadstena())
    types = ActivityTypes(cat.activity_types)
    label = shared_count_label(["grannsamverkan_omrade"], types)
    assert label is not None
    from lofte_desktop.domain.model import Target
    from lofte_desktop.domain.types import TargetPer, TargetUnit

    target = Target(TargetUnit.PEOPLE, TargetPer.YEAR, min=8)
    assert (
        describe_target(target, "sv", label.sv)
        == "minst 8 etablerade grannsamverkansområden per år"
    )
    # types that count different things: the unit's own word
    assert (
        shared_count_label(["grannsamverkan_info", "grannsamverkan_omrade"], types)
        is None
    )
    assert describe_target(target, "sv") == "minst 8 personer per år"


@given(st.text(max_size=40))
def test_any_code_is_either_a_valid_code_or_refused(code: str) -> None:
    rules = _rules(DEFAULT_TYPES)
    draft = ActivityDraft(code, ["T1"], "2018-05-03", party="Polisen")
    try:
        valid = validate_activity(draft, rules)
    except ValidationErrors as err:
        assert any(e.field == "type" for e in err.errors) or code.strip() in (
            DEFAULT_TYPES.codes()
        )
    else:
        assert valid.activity_type in DEFAULT_TYPES.codes()
        assert TYPE_CODE_RE.fullmatch(valid.activity_type)
