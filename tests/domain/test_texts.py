"""Domain texts: both languages say everything, and record columns read as labels."""

from __future__ import annotations

from lofte_desktop.domain.texts import (
    FIELD_NAMES,
    column_name,
    column_value,
    keys,
)


def test_both_languages_have_every_text() -> None:
    assert keys("sv") == keys("en")
    assert set(FIELD_NAMES["sv"]) == set(FIELD_NAMES["en"])


def test_record_columns_read_as_labels_and_texts() -> None:
    assert column_name("count") == "Antal"
    assert column_name("activity_type") == "Typ"
    assert column_name("place_id", "en") == "Place"
    assert column_name("series_id") == "series_id"  # no label: as it is
    assert column_value("activity_type", "presence") == "Närvaro"
    assert column_value("status", "done", "en") == "Done"
    assert column_value("kind", "school") == "Skola"
    assert column_value("activity_type", "made_up") == "made_up"
    assert column_value("deleted", True) == "ja"
    assert column_value("deleted", False, "en") == "no"
    assert column_value("note", None) == "–"
    assert column_value("count", 26) == "26"
