"""Importing an activity log: mapping, preview, every error class, writing, re-import
and undo, on a real SQLite file with real .xlsx and .csv files."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import LockedError, ValidationError
from lofte_desktop.domain.import_rules import ImportMapping, TypeRule, guess_columns
from lofte_desktop.domain.pii import luhn_digit
from lofte_desktop.domain.query import ActivityFilter
from lofte_desktop.domain.types import ActivityType
from lofte_desktop.services.excel_import import Preview
from tests.excel.conftest import HEADERS, ROWS, write_csv, write_xlsx


def confirmed(svc: Services, path: Path, **defaults: str) -> Preview:
    """The preview after the user accepted the suggested column and type rules."""
    sheet = svc.imports.read(path)
    mapping = ImportMapping(guess_columns(sheet.headers), [], {"party": "Polisen"})
    mapping.defaults.update(defaults)
    first = svc.imports.preview(sheet, mapping)
    mapping.rules = [r for r in first.unconfirmed.values() if r is not None]
    return svc.imports.preview(sheet, mapping)


def pnr(yymmdd: str = "810101", serial: str = "123") -> str:
    nine = yymmdd + serial
    return f"{yymmdd}-{serial}{luhn_digit(nine)}"


def count_rows(db: Path, sql: str = "SELECT count(*) FROM activities") -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


# --- mapping -------------------------------------------------------------------


def test_columns_are_recognised_by_swedish_and_english_headers(
    services: Services, log_xlsx: Path
) -> None:
    sheet = services.imports.read(log_xlsx)
    assert guess_columns(sheet.headers) == {
        "Datum": "date",
        "Aktivitet": "type",
        "Skola": "place",
        "Timmar": "hours",
        "Antal": "count",
        "Anteckning": "note",
    }
    assert guess_columns(["Date", "Activity", "Place", "Hours", "Count", "Notes"]) == {
        "Date": "date",
        "Activity": "type",
        "Place": "place",
        "Hours": "hours",
        "Count": "count",
        "Notes": "note",
    }


def test_free_text_names_need_a_confirmed_rule(
    services: Services, log_xlsx: Path
) -> None:
    sheet = services.imports.read(log_xlsx)
    mapping = ImportMapping(guess_columns(sheet.headers), [], {"party": "Polisen"})
    first = services.imports.preview(sheet, mapping)
    # "Närvaro" and "Föräldramöte" name a type exactly; the others are proposals
    assert first.unconfirmed == {
        "Skolbesök Ås": TypeRule("Skolbesök", ActivityType.SCHOOL_VISIT, prefix=True),
        "Trafikkontroll E14": TypeRule(
            "Trafikkontroll", ActivityType.TRAFFIC_CHECK, prefix=True
        ),
    }
    assert [r.row for r in first.bad] == [2, 3, 6]
    assert "ingen godkänd typ" in first.bad[0].errors[0].message
    mapping.rules = list(first.unconfirmed.values())  # type: ignore[arg-type]
    second = services.imports.preview(sheet, mapping)
    assert not second.bad
    types = [r.valid.activity_type for r in second.rows if r.valid]
    assert types == [
        ActivityType.SCHOOL_VISIT,
        ActivityType.TRAFFIC_CHECK,
        ActivityType.PRESENCE,
        ActivityType.PARENT_MEETING,
        ActivityType.TRAFFIC_CHECK,
    ]


def test_a_corrected_column_mapping_is_used(services: Services, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        ["När", "Vad", "Var", "h"],
        [(date(2024, 3, 5), "Närvaro", "Torget", 2.0)],
    )
    sheet = services.imports.read(path)
    guessed = ImportMapping(guess_columns(sheet.headers), [], {"party": "Polisen"})
    with pytest.raises(ValidationError, match="Ingen kolumn är vald för Datum"):
        services.imports.preview(sheet, guessed)
    fixed = ImportMapping(
        {"När": "date", "Vad": "type", "Var": "place", "h": "hours"},
        [],
        {"party": "Polisen"},
    )
    (row,) = services.imports.preview(sheet, fixed).rows
    assert row.valid is not None
    assert (row.valid.date, row.valid.place, row.valid.hours) == (
        date(2024, 3, 5),
        "Torget",
        2.0,
    )


def test_mapping_file_round_trip_and_reuse(
    services: Services, log_xlsx: Path, tmp_path: Path
) -> None:
    preview = confirmed(services, log_xlsx)
    target = tmp_path / "mappning.json"
    services.imports.save_mapping(preview.mapping, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["columns"]["Skola"] == "place"
    assert {"text": "Skolbesök", "match": "prefix", "type": "school_visit"} in data[
        "types"
    ]
    again = services.imports.load_mapping(target)
    assert again == preview.mapping
    # next month's sheet has another activity name with the same start
    rule = again.rules[0]
    assert rule.matches("Skolbesök Nälden") and not rule.matches("Skolbesökare")


def test_a_broken_mapping_file_is_refused(services: Services, tmp_path: Path) -> None:
    bad = tmp_path / "m.json"
    bad.write_text('{"columns": {"Datum": "datum"}}', encoding="utf-8")
    with pytest.raises(ValidationError, match="Okänt fält"):
        services.imports.load_mapping(bad)


# --- files as Swedish Excel writes them ---------------------------------------------


@pytest.mark.parametrize("fixture", ["log_xlsx", "log_csv"])
def test_swedish_excel_files_import_exactly(
    services: Services, fixture: str, request: pytest.FixtureRequest, db_path: Path
) -> None:
    path: Path = request.getfixturevalue(fixture)
    preview = confirmed(services, path)
    assert [r.row for r in preview.new] == [2, 3, 4, 5, 6]
    result = services.imports.commit(preview)
    assert (result.new, result.skipped_duplicates, result.skipped_bad) == (5, 0, 0)
    got = services.activities.query(ActivityFilter())
    got.sort(key=lambda a: (a.date, a.activity_type))
    assert [(a.date, a.place, a.hours, a.count, a.note) for a in got] == [
        (d, place, hours, count, note) for d, _n, place, hours, count, note in ROWS
    ]
    assert {a.party for a in got} == {"Polisen"}
    # the type's promises are ticked, as in the log form
    visit = got[0]
    assert visit.promise_codes == tuple(
        p.code for p in services.agreement.promises_for_type(ActivityType.SCHOOL_VISIT)
    )
    # audited like any write, stamped for sync
    assert services.activities.history(visit.id)[0].action == "import"


def test_utf8_bom_and_comma_separated_csv(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bom.csv", HEADERS, ROWS, encoding="utf-8-sig", sep=",")
    preview = confirmed(services, path)
    assert len(preview.new) == 5
    assert preview.rows[0].cells["place"] == "Ås skola"
    assert preview.rows[2].valid is not None and preview.rows[2].valid.hours == 2.5


def test_text_dates_serial_numbers_and_decimal_commas(
    services: Services, tmp_path: Path
) -> None:
    rows = [
        ("15 mars 2024", "Närvaro", "Torget", "2,5", None, ""),
        ("2024-03-16", "Närvaro", "Torget", "1,25", None, ""),
        (45368, "Närvaro", "Torget", 3, None, ""),  # a day number without a format
        ("18/3/2024", "Närvaro", "Torget", "0,5", None, ""),
        ("19.3.2024", "Trafikkontroll", "E14", "1", "1 200", ""),
    ]
    path = write_xlsx(tmp_path / "blandat.xlsx", HEADERS, rows)
    preview = confirmed(services, path)
    assert not preview.bad
    got = [
        (r.valid.date, r.valid.hours, r.valid.count) for r in preview.rows if r.valid
    ]
    assert got == [
        (date(2024, 3, 15), 2.5, None),
        (date(2024, 3, 16), 1.25, None),
        (date(2024, 3, 17), 3.0, None),
        (date(2024, 3, 18), 0.5, None),
        (date(2024, 3, 19), 1.0, 1200),
    ]


# --- errors ----------------------------------------------------------------------


def _errors(svc: Services, path: Path) -> dict[int, list[tuple[str, str]]]:
    preview = confirmed(svc, path)
    return {r.row: [(e.field, e.message) for e in r.errors] for r in preview.bad}


def test_every_error_class_is_shown_per_row(services: Services, tmp_path: Path) -> None:
    rows = [
        ("2024-02-30", "Närvaro", "Torget", 2, None, ""),  # impossible date
        ("2019-05-01", "Närvaro", "Torget", 2, None, ""),  # outside the agreement
        ("2024-03-05", "Fika", "Torget", 2, None, ""),  # unknown type
        ("2024-03-05", "Närvaro", "Torget", 30, None, ""),  # hours out of range
        ("2024-03-05", "Närvaro", "Torget", -1, None, ""),  # negative hours
        ("2024-03-05", "Närvaro", "Torget", 2, None, f"pnr {pnr()}"),  # personnummer
        ("2024-03-05", "Närvaro", "Torget", 2, None, ""),  # fine
        ("", "Närvaro", "Torget", 2, None, ""),  # no date
    ]
    path = write_csv(tmp_path / "fel.csv", HEADERS, rows)
    errors = _errors(services, path)
    assert set(errors) == {2, 3, 4, 5, 6, 7, 9}
    assert errors[2] == [
        (
            "date",
            "Ogiltigt datum: 2024-02-30 finns inte, för februari 2024 har 29 dagar.",
        )
    ]
    assert errors[3][0][0] == "date" and "utanför avtalsperioden" in errors[3][0][1]
    assert errors[4][0][0] == "type" and "Okänd aktivitetstyp: Fika" in errors[4][0][1]
    assert errors[5] == [("hours", "Timmar kan inte vara mer än 24 timmar på en dag.")]
    assert errors[6] == [("hours", "Timmar kan inte vara negativt.")]
    assert errors[7][0][0] == "note" and "personnummer (810101-XXXX)" in errors[7][0][1]
    assert errors[9] == [("date", "Datum måste anges.")]


def test_personnummer_in_any_cell_is_refused(
    services: Services, tmp_path: Path
) -> None:
    samordning = pnr("810161", "234")  # day + 60
    rows = [
        ("2024-03-05", "Närvaro", "Torget", 2, None, "", pnr("900315", "456")),
        ("2024-03-05", "Närvaro", f"Torget {samordning}", 2, None, "", ""),
        ("2024-03-05", "Närvaro", "Torget", 2, None, "ring 0701234567", ""),
        # a personnummer stored as a number (Excel drops the dash)
        (
            "2024-03-05",
            "Närvaro",
            "Torget",
            2,
            None,
            "",
            int("19" + pnr("900315", "456").replace("-", "")),
        ),
    ]
    path = write_xlsx(tmp_path / "pnr.xlsx", [*HEADERS, "Kontakt"], rows)
    preview = confirmed(services, path)
    bad = {r.row: r.errors for r in preview.bad}
    assert set(bad) == {2, 3, 5}
    assert bad[2][0].field == "Kontakt"  # a column that is not imported at all
    assert "900315-XXXX" in bad[2][0].message
    assert bad[3][0].field == "place" and "810161-XXXX" in bad[3][0].message
    assert len(bad[3]) == 1  # said once, not again by the validation
    assert bad[5][0].field == "Kontakt"
    # the number never reaches the database, not even with --skip-bad
    services.imports.commit(preview, skip_bad=True)
    with sqlite3.connect(services.ctx.db.path) as conn:
        dump = "\n".join(conn.iterdump())
    assert "900315" not in dump and "810161" not in dump


def test_nothing_is_written_while_a_row_has_an_error(
    services: Services, tmp_path: Path, db_path: Path
) -> None:
    rows = [*ROWS[:3], ("2024-02-30", "Närvaro", "Torget", 2, None, "")]
    path = write_csv(tmp_path / "fel.csv", HEADERS, rows)
    preview = confirmed(services, path)
    with pytest.raises(ValidationError, match=r"1 rader har fel\. Inget importerades"):
        services.imports.commit(preview)
    assert count_rows(db_path) == 0
    assert count_rows(db_path, "SELECT count(*) FROM imports") == 0
    result = services.imports.commit(preview, skip_bad=True)
    assert (result.new, result.skipped_bad) == (3, 1)
    assert count_rows(db_path) == 3


def test_a_locked_period_refuses_rows_and_writes_nothing(
    services: Services, log_xlsx: Path, db_path: Path
) -> None:
    preview = confirmed(services, log_xlsx)
    services.locks.lock("VT2024", reason="uppföljning")
    with pytest.raises(LockedError):
        services.imports.commit(preview, skip_bad=True)  # the preview was older
    assert count_rows(db_path) == 0
    again = confirmed(services, log_xlsx)
    assert {e.message for e in again.errors} == {
        "Perioden VT2024 är låst efter uppföljning. Lås upp den först."
    }


# --- re-import and undo -------------------------------------------------------------


def test_importing_the_same_file_again_adds_nothing(
    services: Services, log_xlsx: Path, log_csv: Path, db_path: Path
) -> None:
    assert services.imports.commit(confirmed(services, log_xlsx)).new == 5
    again = confirmed(services, log_xlsx)
    assert len(again.duplicates) == 5 and not again.new
    result = services.imports.commit(again)
    assert (result.new, result.skipped_duplicates, result.import_id) == (5 - 5, 5, None)
    # the same rows saved as CSV (text dates, decimal commas) are the same rows
    assert services.imports.commit(confirmed(services, log_csv)).new == 0
    assert count_rows(db_path) == 5


def test_reimport_after_editing_and_saving_again_adds_only_the_new_rows(
    services: Services, log_xlsx: Path, tmp_path: Path, db_path: Path
) -> None:
    services.imports.commit(confirmed(services, log_xlsx))
    # the team opens the sheet, adds a row, fixes a note, and saves it again; Excel
    # rewrites every cell (here: dates typed as text, hours with a decimal comma)
    edited = [
        (
            d.strftime("%-d/%-m/%Y"),
            name,
            place,
            None if h is None else f"{h:g}".replace(".", ","),
            n,
            note,
        )
        for d, name, place, h, n, note in ROWS
    ]
    edited[2] = (*edited[2][:5], "Lugnt, regn")
    edited.append(("2024-06-04", "Närvaro", "Centrumparken", "3", None, ""))
    path = write_xlsx(tmp_path / "logg.xlsx", HEADERS, edited)
    preview = confirmed(services, path)
    assert [r.row for r in preview.new] == [4, 7]
    assert len(preview.duplicates) == 4
    assert services.imports.commit(preview).new == 2
    assert count_rows(db_path) == 7
    assert services.imports.commit(confirmed(services, path)).new == 0


def test_two_identical_rows_stay_two(services: Services, tmp_path: Path) -> None:
    row = ("2024-03-05", "Närvaro", "Torget", 2, None, "")
    path = write_csv(tmp_path / "tva.csv", HEADERS, [row, row])
    assert services.imports.commit(confirmed(services, path)).new == 2
    assert services.imports.commit(confirmed(services, path)).new == 0
    three = write_csv(tmp_path / "tre.csv", HEADERS, [row, row, row])
    assert services.imports.commit(confirmed(services, three)).new == 1


def test_undo_deletes_the_whole_import_with_tombstones(
    services: Services, log_xlsx: Path, db_path: Path
) -> None:
    result = services.imports.commit(confirmed(services, log_xlsx))
    assert result.import_id is not None
    (record,) = services.imports.imports()
    assert (record.new_count, record.live, record.undone_at) == (5, 5, None)
    stamps = dict(
        sqlite3.connect(db_path).execute("SELECT id, hlc FROM activities").fetchall()
    )
    assert services.imports.undo(result.import_id) == 5
    assert services.activities.count() == 0
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT id, deleted, hlc FROM activities").fetchall()
    # tombstones with newer clock stamps: the next sync package carries the deletion
    assert len(rows) == 5 and all(d == 1 and hlc > stamps[i] for i, d, hlc in rows)
    (record,) = services.imports.imports()
    assert record.undone_at is not None and record.live == 0
    with pytest.raises(Exception, match="redan ångrad"):
        services.imports.undo(result.import_id)
    # importing the file again after the undo brings the rows back
    back = services.imports.commit(confirmed(services, log_xlsx))
    assert back.new == 5 and services.activities.count() == 5


def test_undo_leaves_other_activities_alone(services: Services, log_xlsx: Path) -> None:
    from tests.conftest import draft

    mine = services.activities.log(draft())
    result = services.imports.commit(confirmed(services, log_xlsx))
    assert result.import_id is not None
    services.imports.undo(result.import_id)
    assert [a.id for a in services.activities.query()] == [mine.id]


def test_undo_into_a_locked_period_is_refused_whole(
    services: Services, log_xlsx: Path
) -> None:
    result = services.imports.commit(confirmed(services, log_xlsx))
    assert result.import_id is not None
    services.locks.lock("VT2024", reason="uppföljning")
    with pytest.raises(LockedError):
        services.imports.undo(result.import_id)
    assert services.activities.count() == 5
    assert services.imports.imports()[0].undone_at is None


def test_sync_carries_the_import_and_its_undo(
    services: Services, log_xlsx: Path, tmp_path: Path
) -> None:
    from tests.sync.conftest import device

    services.sync.set_identity(name="Polisen Krokom", party="Polisen")
    other = device(tmp_path / "kommun.sqlite", "Krokoms kommun", "Kommunen")
    try:
        other.sync.trust(services.sync.fingerprint)
        result = services.imports.commit(confirmed(services, log_xlsx))
        assert result.import_id is not None
        other.sync.import_file(services.sync.export(tmp_path / "p1").path)
        assert sorted(a.id for a in other.activities.query()) == sorted(
            a.id for a in services.activities.query()
        )
        services.imports.undo(result.import_id)
        other.sync.import_file(services.sync.export(tmp_path / "p2").path)
        assert other.activities.count() == 0
        # the other device reading the same sheet finds the same records (the ids
        # come from the content): recognised, and the deletion it received stands
        redo = other.imports.commit(confirmed(other, log_xlsx, party="Polisen"))
        assert (redo.new, redo.skipped_duplicates) == (0, 5)
    finally:
        other.close()


def test_our_own_export_is_recognised_by_its_id(
    services: Services, tmp_path: Path
) -> None:
    from lofte_desktop.app import build_services
    from tests.conftest import TODAY, draft

    logged = services.activities.log(draft())
    services.activities.log(draft(date="2024-09-11"))
    services.excel.activities_xlsx(tmp_path / "akt.xlsx")
    services.export.activities_csv(tmp_path / "akt.csv")
    for path in (tmp_path / "akt.xlsx", tmp_path / "akt.csv"):
        preview = confirmed(services, path)
        assert (len(preview.new), len(preview.duplicates)) == (0, 2), path
    # on another device the records keep their ids: sync merges, never doubles
    other = build_services(str(tmp_path / "annan.sqlite"), today=lambda: TODAY)
    try:
        other.agreement.load_catalogue()
        assert other.imports.commit(confirmed(other, tmp_path / "akt.csv")).new == 2
        copy = other.activities.get(logged.id)
        assert (copy.date, copy.place, copy.count, copy.note) == (
            logged.date,
            logged.place,
            logged.count,
            logged.note,
        )
    finally:
        other.close()


def test_backup_and_restore_keep_imports_and_activities_together(
    services: Services, log_xlsx: Path, tmp_path: Path
) -> None:
    result = services.imports.commit(confirmed(services, log_xlsx))
    assert result.import_id is not None
    copy = services.backups.backup(tmp_path / "kopia.sqlite")
    services.imports.undo(result.import_id)
    services.backups.restore(copy)
    (record,) = services.imports.imports()
    assert (record.undone_at, record.live) == (None, 5)
    assert services.activities.count() == 5
    assert services.imports.undo(result.import_id) == 5  # still one action


def test_a_backup_from_before_imports_restores_and_can_import(
    services: Services, log_xlsx: Path
) -> None:
    old = Path(__file__).parents[1] / "fixtures" / "old_dbs" / "schema-0001.sqlite"
    services.backups.restore(old)
    assert services.imports.imports() == []
    # The restored file holds its agreement already (adding never replaces it).
    assert services.imports.commit(confirmed(services, log_xlsx)).new == 5


def test_an_agreements_own_types_import_by_their_names(
    empty_services: Services, tmp_path: Path
) -> None:
    """Vadstena 2018–2019's own types: named exactly, a row takes the type; a
    retired one is refused as the log form refuses it."""
    from lofte_desktop.runtime.paths import catalogues_dir
    from lofte_desktop.services.agreement_files import AgreementFiles

    svc = empty_services
    AgreementFiles(svc.agreement).add_file(
        str(catalogues_dir() / "vadstena-2018-2019.toml")
    )
    path = write_xlsx(
        tmp_path / "vadstena.xlsx",
        ["Datum", "Aktivitet", "Plats", "Antal"],
        [
            [date(2018, 5, 3), "Nytt grannsamverkansområde", "Borghamn", 2],
            [date(2018, 9, 20), "Trygghetsvandring", "Stora torget", 14],
        ],
    )
    preview = confirmed(svc, path)
    assert not preview.bad and len(preview.new) == 2
    svc.imports.commit(preview)
    got = sorted((a.activity_type, a.count) for a in svc.activities.query())
    assert got == [("grannsamverkan_omrade", 2), ("trygghetsvandring", 14)]

    svc.agreement.retire_type("trygghetsvandring")
    again = write_xlsx(
        tmp_path / "again.xlsx",
        ["Datum", "Aktivitet", "Plats", "Antal"],
        [[date(2019, 4, 24), "Trygghetsvandring", "Klosterområdet", 9]],
    )
    refused = confirmed(svc, again)
    assert len(refused.bad) == 1
    assert "avvecklad" in " ".join(e.message for e in refused.errors)
