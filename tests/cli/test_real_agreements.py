"""The real agreements of other municipalities in resources/catalogues load into a
fresh database with `lofte init --catalogue FILE` and give sensible progress and
reports for a few made-up activities."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from lofte_desktop.runtime.paths import catalogues_dir
from tests.cli.test_cli import run


def _init(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> str:
    db = str(tmp_path / f"{name}.sqlite")
    code, _, err = run(
        capsys, "init", "--db", db, "--catalogue", str(catalogues_dir() / name)
    )
    assert code == 0, err
    return db


def _log(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> None:
    code, _, err = run(capsys, "log", "--db", db, *args)
    assert code == 0, err


def _progress(
    capsys: pytest.CaptureFixture[str], db: str, period: str
) -> dict[str, dict[str, object]]:
    code, out, err = run(capsys, "progress", "--db", db, "--period", period, "--json")
    assert code == 0, err
    return {p["id"]: p for p in json.loads(out)["promises"]}


def _pdf_text(
    capsys: pytest.CaptureFixture[str], db: str, period: str, out: Path
) -> str:
    code, _, err = run(
        capsys, "report", "--db", db, "--period", period, "--out", str(out)
    )
    assert code == 0, err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_malung_salen_2016_counts_january_meetings_only_in_january(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _init(tmp_path, capsys, "malung-salen-2016.toml")
    code, out, _ = run(capsys, "promises", "--db", db, "--json")
    listed = json.loads(out)
    assert code == 0 and listed["agreement"]["cadence"] == "year"
    a4 = next(p for p in listed["promises"] if p["id"] == "A4")["target"]
    assert (a4["window"], a4["weekdays"]) == ([1, 1], [])
    meeting = ("--type", "information_effort", "--party", "Polisen", "--count")
    _log(capsys, db, *meeting, "45", "--promise", "A4", "--date", "2016-01-21")
    # A meeting in February does not keep the January promise.
    _log(capsys, db, *meeting, "12", "--promise", "A4", "--date", "2016-02-11")
    _log(capsys, db, *meeting, "30", "--promise", "A6", "--date", "2016-04-07")
    _log(
        capsys,
        db,
        *("--type", "traffic_check", "--promise", "A1", "--party", "Polisen"),
        *("--date", "2016-05-14", "--hours", "3", "--count", "22"),
        *("--place", "Väg 66 vid Malung"),
    )
    year = _progress(capsys, db, "2016")
    assert (year["A4"]["done"], year["A4"]["target"]["min"]) == (1, 1)
    assert year["A4"]["status"] == "met"
    # The March meeting was held in April: it does not count, and A6 is not met.
    assert (year["A6"]["done"], year["A6"]["status"]) == (0, "behind")
    assert year["A6"]["target"]["text"] == "minst 1 tillfälle under mars"
    assert year["A1"]["done"] == 1
    # Per tertial, the January meeting belongs to T1; T2 asks for no meeting.
    t1 = _progress(capsys, db, "T1-2016")
    assert (t1["A4"]["done"], t1["A4"]["target"]["min"]) == (1, 1)
    assert _progress(capsys, db, "T2-2016")["A4"]["target"]["min"] == 0
    text = _pdf_text(capsys, db, "2016", tmp_path / "malung.pdf")
    assert "Medborgarlöfte Malung-Sälen 2016" in text
    assert "minst 1 tillfälle under januari" in text
    quarter = _pdf_text(capsys, db, "K1-2016", tmp_path / "k1.pdf")
    assert "Kvartal 1 2016" in quarter


def test_mala_2024_yearly_promises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _init(tmp_path, capsys, "mala-2024.toml")
    extra = ("--type", "presence", "--promise", "U4", "--party", "Polisen")
    for day in ("2024-04-30", "2024-06-07", "2024-08-17"):
        _log(capsys, db, *extra, "--date", day, "--hours", "4", "--place", "Malå")
    _log(
        capsys,
        db,
        *("--type", "information_effort", "--promise", "U2", "--party", "Malå kommun"),
        *("--date", "2024-05-20", "--count", "300"),
    )
    year = _progress(capsys, db, "2024")
    assert (year["U4"]["done"], year["U4"]["target"]["min"]) == (3, 3)
    assert year["U4"]["status"] == "met"
    assert (year["U2"]["done"], year["U2"]["status"]) == (1, "met")
    assert year["U1"]["target"]["text"] == "minst 1 tillfälle per år"
    assert year["U1"]["status"] == "behind"  # no tillsyn logged by year's end
    # The agreement is followed up per year: that is the default period.
    assert _progress(capsys, db, "")["U4"]["done"] == 3
    t2 = _progress(capsys, db, "T2-2024")
    assert t2["U4"]["done"] == 2 and t2["U4"]["target"]["min"] == 1
    text = _pdf_text(capsys, db, "T2-2024", tmp_path / "mala.pdf")
    assert "Medborgarlöfte Malå 2024" in text and "Tertial 2 2024" in text
    # "tillsyn" is the agreement's own type: its one promise takes it by itself
    _log(
        capsys,
        db,
        *("--type", "tillsyn", "--party", "Malå kommun", "--date", "2024-10-02"),
        *("--count", "4", "--place", "Malå centrum"),
    )
    assert _progress(capsys, db, "2024")["U1"]["status"] == "met"


def test_vadstena_2018_2019_logs_its_own_activity_types(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "vadstena.sqlite")
    file = str(catalogues_dir() / "vadstena-2018-2019.toml")
    code, out, err = run(capsys, "agreement", "add", "--db", db, file)
    assert code == 0, err
    code, out, _ = run(capsys, "promises", "--db", db, "--json")
    types = {t["code"]: t for t in json.loads(out)["activity_types"]}
    assert types["grannsamverkan_omrade"]["name"] == "Nytt grannsamverkansområde"
    assert types["grannsamverkan_omrade"]["count_label"] == (
        "Etablerade grannsamverkansområden"
    )
    assert "school_visit" not in types
    # `lofte log --type CODE` takes the agreement's own codes (the fast lane)
    area = ("--type", "grannsamverkan_omrade", "--party", "Polisen")
    _log(
        capsys, db, *area, "--date", "2018-05-03", "--count", "2", "--place", "Borghamn"
    )
    _log(
        capsys, db, *area, "--date", "2018-10-11", "--count", "1", "--place", "Hagalund"
    )
    walk = ("--type", "trygghetsvandring", "--party", "Vadstena kommun")
    _log(capsys, db, *walk, "--date", "2018-09-20", "--place", "Stora torget")
    # the type's own required fields, and a type this agreement does not have
    code, _, err = run(capsys, "log", "--db", db, *area, "--date", "2018-06-01")
    assert code == 1 and "måste anges för Nytt grannsamverkansområde" in err
    code, _, err = run(
        capsys, "log", "--db", db, "--type", "school_visit", "--promise", "T1",
        "--party", "Polisen", "--date", "2018-06-01", "--count", "3",
    )  # fmt: skip
    assert code == 1 and "Okänd aktivitetstyp: school_visit" in err

    figures = _progress(capsys, db, "2018")
    assert figures["T1"]["done"] == 1 and figures["T2"]["done"] == 2
    code, out, _ = run(capsys, "activities", "--db", db)
    assert "Nytt grannsamverkansomr" in out and "type." not in out
    text = _pdf_text(capsys, db, "2018", tmp_path / "vadstena-2018.pdf")
    assert "Nytt grannsamverkansområde 2 – 3 (etablerade grannsamverkansområden)" in (
        text
    )
    assert "Trygghetsvandring 1" in text

    # in use: retired, never deleted
    code, _, err = run(capsys, "types", "delete", "--db", db, "grannsamverkan_omrade")
    assert code == 1 and "används av 2 aktiviteter" in err and "Avveckla" in err
    code, out, _ = run(capsys, "types", "retire", "--db", db, "grannsamverkan_omrade")
    assert code == 0 and "Avvecklad" in out
    code, _, err = run(
        capsys, "log", "--db", db, *area, "--date", "2019-02-01", "--count", "1",
        "--place", "Nässja",
    )  # fmt: skip
    assert code == 1 and "avvecklad" in err
    code, out, _ = run(capsys, "types", "--db", db, "--json")
    listed = {t["code"]: t for t in json.loads(out)["activity_types"]}
    assert listed["grannsamverkan_omrade"]["retired"] is True
    assert _progress(capsys, db, "2018")["T2"]["done"] == 2  # the old ones count
    code, _, err = run(capsys, "types", "delete", "--db", db, "grannsamverkan_info")
    assert code == 0, err
