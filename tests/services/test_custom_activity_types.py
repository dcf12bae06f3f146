"""A real agreement with its own activity types (Vadstena 2018–2019) through log,
progress, report, CSV and .ics; a type in use is retired, never deleted. Runs on
SQLite and on PostgreSQL (see tests/pg/plugin.py)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from icalendar import Calendar

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import NotFoundError, ValidationError, ValidationErrors
from lofte_desktop.domain.validation import ActivityDraft
from lofte_desktop.reports.html import PRINT, render_html
from lofte_desktop.services.agreement_files import AgreementFiles, RenewDraft
from lofte_desktop.services.ics_export import IcsExporter
from lofte_desktop.services.reports import ReportRequest

CATALOGUE = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "catalogues"
    / "vadstena-2018-2019.toml"
)


@pytest.fixture
def vadstena(empty_services: Services) -> Services:
    svc = empty_services
    AgreementFiles(svc.agreement).add_file(str(CATALOGUE))
    log = svc.activities.log
    log(
        ActivityDraft(
            "trygghetsvandring",
            ["T1"],
            "2018-09-20",
            party="Vadstena kommun",
            hours="2",
            count="14",
            place="Stora torget",
        )
    )
    for day, n, where in (("2018-05-03", 2, "Borghamn"), ("2018-10-11", 1, "Hagalund")):
        log(
            ActivityDraft(
                "grannsamverkan_omrade",
                ["T2"],
                day,
                party="Polisen",
                count=n,
                place=where,
            )
        )
    return svc


def test_the_agreement_has_its_own_types(vadstena: Services) -> None:
    types = vadstena.agreement.activity_types()
    assert [i.code for i in types][:3] == [
        "trygghetsvandring",
        "grannsamverkan_info",
        "grannsamverkan_omrade",
    ]
    assert types.info("grannsamverkan_omrade").count_text() == (
        "Etablerade grannsamverkansområden"
    )
    acts = vadstena.activities.query()
    assert sorted(a.activity_type for a in acts) == [
        "grannsamverkan_omrade",
        "grannsamverkan_omrade",
        "trygghetsvandring",
    ]


def test_a_required_field_of_the_custom_type_is_asked_for(vadstena: Services) -> None:
    with pytest.raises(ValidationErrors) as err:
        vadstena.activities.log(
            ActivityDraft(
                "grannsamverkan_omrade", ["T2"], "2018-06-01", party="Polisen"
            )
        )
    assert {e.field for e in err.value.errors} == {"count", "place"}
    assert vadstena.activities.count() == 3  # nothing written


def test_progress_counts_the_custom_types(vadstena: Services) -> None:
    figures = {pp.promise.code: pp for pp in vadstena.progress.progress("2018")}
    assert figures["T1"].done == 1 and figures["T1"].status_label() == "Genomfört"
    assert figures["T2"].done == 2  # occasions
    assert figures["T2"].people == 3  # areas established
    nothing = {pp.promise.code: pp for pp in vadstena.progress.progress("2019")}
    assert nothing["T1"].done == 0


def test_the_report_names_the_types_and_their_counts(vadstena: Services) -> None:
    data = vadstena.reports.gather(ReportRequest("2018", appendix=True))
    work = {w.party: w for sec in data.focus_areas for w in sec.parties}
    police = {c.label: c for c in work["Polisen"].items}
    area = police["Nytt grannsamverkansområde"]
    assert (area.occasions, area.count) == (2, 3)
    assert area.count_label == "Etablerade grannsamverkansområden"
    town = {c.label: c for c in work["Vadstena kommun"].items}
    assert town["Trygghetsvandring"].count_label == "Deltagare"
    assert {r.type_label for r in data.appendix or ()} == {
        "Nytt grannsamverkansområde",
        "Trygghetsvandring",
    }
    html = render_html(data, audience=PRINT)  # the report as printed (the PDF)
    assert "Nytt grannsamverkansområde" in html and "type.grannsamverkan" not in html
    assert "3 (etablerade grannsamverkansområden)" in html
    english = vadstena.reports.gather(ReportRequest("2018", lang="en"))
    labels = {
        c.label for sec in english.focus_areas for w in sec.parties for c in w.items
    }
    assert labels == {"New neighbourhood-watch area", "Safety walk"}


def test_the_csv_export_names_the_custom_types(
    vadstena: Services, tmp_path: Path
) -> None:
    out = tmp_path / "aktiviteter.csv"
    assert vadstena.export.activities_csv(out) == 3
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert [r[1] for r in rows[1:]] == [
        "Nytt grannsamverkansområde",
        "Trygghetsvandring",
        "Nytt grannsamverkansområde",
    ]


def test_the_calendar_names_a_planned_custom_activity(
    vadstena: Services, tmp_path: Path
) -> None:
    vadstena.activities.log(
        ActivityDraft(
            "trygghetsvandring",
            ["T1"],
            "2019-04-24",
            party="Polisen",
            place="Klosterområdet",
            status="planned",
            start_time="18:00",
        )
    )
    out = tmp_path / "plan.ics"
    IcsExporter(vadstena.planning).write(out)
    cal = Calendar.from_ical(out.read_bytes())
    summaries = [str(ev["SUMMARY"]) for ev in cal.walk("VEVENT")]
    assert summaries == ["Trygghetsvandring (T1)"]


def test_a_type_in_use_is_retired_never_deleted(vadstena: Services) -> None:
    agreement = vadstena.agreement
    with pytest.raises(ValidationError) as err:
        agreement.delete_type("grannsamverkan_omrade")
    assert err.value.key == "err.type_in_use"
    assert "används av 2 aktiviteter" in str(err.value) and "Avveckla" in str(err.value)
    assert "grannsamverkan_omrade" in agreement.activity_types()

    agreement.retire_type("grannsamverkan_omrade")
    types = agreement.activity_types()
    assert types.info("grannsamverkan_omrade").retired
    assert "grannsamverkan_omrade" not in [i.code for i in types.offered()]
    with pytest.raises(ValidationErrors) as refused:
        vadstena.activities.log(
            ActivityDraft(
                "grannsamverkan_omrade",
                ["T2"],
                "2019-03-01",
                party="Polisen",
                count=1,
                place="Nässja",
            )
        )
    assert refused.value.errors[0].key == "err.retired_type"
    # the old ones keep their type, its name and their figures
    figures = {pp.promise.code: pp for pp in vadstena.progress.progress("2018")}
    assert figures["T2"].people == 3
    old = next(a for a in vadstena.activities.query() if a.place == "Hagalund")
    edited = vadstena.activities.edit(old.id, {"count": 2})
    assert edited.count == 2 and edited.activity_type == "grannsamverkan_omrade"

    agreement.retire_type("grannsamverkan_omrade", retired=False)
    assert not agreement.activity_types().info("grannsamverkan_omrade").retired


def test_an_unused_type_can_be_deleted(vadstena: Services) -> None:
    agreement = vadstena.agreement
    agreement.delete_type("grannsamverkan_info")
    assert "grannsamverkan_info" not in agreement.activity_types()
    with pytest.raises(NotFoundError):
        agreement.delete_type("grannsamverkan_info")


def test_renewal_and_export_keep_the_types(vadstena: Services, tmp_path: Path) -> None:
    files = AgreementFiles(vadstena.agreement)
    files.renew(
        "vadstena-2018-2019",
        RenewDraft(
            "vadstena-2020-2021", "Vadstena 2020–2021", "2020-01-01", "2021-12-31"
        ),
    )
    new = next(a for a in vadstena.agreement.agreements() if a.code.endswith("2021"))
    renewed = vadstena.agreement.activity_types(new.id)
    assert renewed == vadstena.agreement.activity_types(
        vadstena.agreement.agreements()[0].id
    )
    out = files.export("vadstena-2018-2019", tmp_path / "v.toml")
    assert "[[types]]" in out.read_text(encoding="utf-8")
    assert files.catalogue("vadstena-2018-2019").activity_types == tuple(
        vadstena.agreement.activity_types()
    )
