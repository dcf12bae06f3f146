"""Two municipalities in one store, with overlapping periods: Planering, the
.ics export and Uppföljning list only the agreement in use (the work that counts
towards its promises), never the other municipality's (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from lofte_desktop.app import Services
from lofte_desktop.domain.agreement_edit import (
    FocusAreaDraft,
    PromiseDraft,
    TargetDraft,
)
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.planning import PlanDraft
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.agreement_edit import AgreementEditor
from lofte_desktop.services.agreement_files import AgreementFiles, BlankDraft
from lofte_desktop.services.ics_export import IcsExporter
from lofte_desktop.services.planning import PlanningService
from lofte_desktop.services.reports import ReportRequest, ReportService
from tests.conftest import draft


def ostby(services: Services) -> Agreement:
    """Östby 2024 (made up), beside Krokom 2023–2024, with one promise Ö1."""
    cat = AgreementFiles(services.agreement).create(
        BlankDraft(
            "ostby-2024",
            "Medborgarlöfte Östby 2024 (Exempel)",
            "Östby",
            "Polisområde Exempel",
            ["Polisen", "Östby kommun"],
            "2024-01-01",
            "2024-12-31",
        )
    )
    view = services.agreement.scoped(cat.agreement)
    editor = AgreementEditor(view)
    editor.add_focus_area(FocusAreaDraft("skola", "Skolan", ""))
    editor.add_promise(
        PromiseDraft(
            "Ö1",
            "skola",
            "Föräldramöten i Östby.",
            ["Polisen"],
            ["parent_meeting", "school_visit"],
            TargetDraft("min", "2"),
        )
    )
    return cat.agreement


def plan(code: str, start: str) -> PlanDraft:
    return PlanDraft(
        activity_type="parent_meeting",
        promise_codes=[code],
        start=start,
        start_time="18:00",
        duration=2,
        place="Skolan",
        party="Polisen",
        rrule="FREQ=WEEKLY;BYDAY=TU",
        until="2024-11-26",
    )


def test_pages_list_only_the_agreement_in_use(services: Services) -> None:
    other = ostby(services)
    there = services.agreement.scoped(other)
    there_acts = ActivityService(services.ctx, there)
    # Krokom's work, and Östby's on the same days.
    services.activities.log(draft(date="2024-10-08"))
    there_acts.log(draft(date="2024-10-08", promise_codes=["Ö1"], place="Östby skola"))
    services.activities.log(draft(date="2024-10-22", status="planned"))
    there_acts.log(
        draft(date="2024-10-22", promise_codes=["Ö1"], status="planned", place="Ö")
    )
    services.planning.add(plan("N1", "2024-10-01"))
    PlanningService(services.ctx, there, there_acts).add(plan("Ö1", "2024-10-03"))
    assert services.agreement.agreement().code == "krokom-2023-2024"

    items = services.planning.items(date(2024, 10, 1), date(2024, 10, 31))
    assert items and all("Ö1" not in i.promise_codes for i in items)
    assert {i.place for i in items} == {"Högstadiet Krokom", "Skolan"}
    assert any(i.series_id for i in items)

    cal = IcsExporter(services.planning).calendar()
    places = {str(ev.get("location")) for ev in cal.walk("VEVENT")}
    assert places and "Ö" not in places and "Östby skola" not in places

    data = ReportService(
        services.ctx, services.agreement, services.activities, services.progress
    ).gather(ReportRequest(period="HT2024", appendix=True))
    assert data.appendix is not None
    assert {r.place for r in data.appendix} == {"Högstadiet Krokom"}

    # Östby's own view lists Östby's work only.
    mine = PlanningService(services.ctx, there, there_acts).items(
        date(2024, 10, 1), date(2024, 10, 31)
    )
    assert mine and all(i.promise_codes == ("Ö1",) for i in mine)
