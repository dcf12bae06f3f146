"""Follow-up PDFs with ReportLab: plain data in (reports.model), PDF bytes out.

Imports neither Qt nor SQLAlchemy (tests/test_architecture.py checks it). The
report service in services/reports.py gathers the numbers; this package only
draws them. `smoke_pdf()` renders a tiny built-in report without any database,
for `lofte-desktop --self-test`.
"""

from __future__ import annotations

from datetime import date

from lofte_desktop.reports.model import (
    AppendixRow,
    FocusSection,
    IndicatorLine,
    PartyWork,
    PresencePlaces,
    PromiseLine,
    ReportData,
    SchoolVisits,
    Summary,
    TypeCount,
)

__all__ = [
    "AppendixRow",
    "FocusSection",
    "IndicatorLine",
    "PartyWork",
    "PresencePlaces",
    "PromiseLine",
    "ReportData",
    "SchoolVisits",
    "Summary",
    "TypeCount",
    "render_report",
    "smoke_data",
    "smoke_pdf",
]


def render_report(data: ReportData) -> bytes:
    """The report as PDF bytes. ReportLab is imported only here, on first use, so
    importing the data classes stays cheap."""
    from lofte_desktop.reports.render import render_report as render

    return render(data)


def smoke_data() -> ReportData:
    """A tiny made-up report that exercises fonts (å, ä, ö), tables and charts."""
    promise = PromiseLine(
        code="N1",
        text="Polisen och kommunen besöker föräldrar i högstadiet.",
        target="2–3 skolbesök per termin",
        result="2 tillfällen",
        outcome="genomfort",
        outcome_label="Genomfört",
        fraction=1.0,
    )
    area = FocusSection(
        code="prov",
        name="Självtest",
        promises=(promise,),
        parties=(
            PartyWork(
                "Polisen",
                "Detta har polisen genomfört",
                (TypeCount("Skolbesök", 2, 4.0, 48, "Föräldrar nådda"),),
            ),
        ),
    )
    return ReportData(
        agreement="Självtest Löfte Desktop",
        municipality="Provkommun",
        police_area="Polisområde Prov",
        parties=("Polisen", "Provkommun"),
        period_code="VT2024",
        period_label="Vårtermin 2024",
        period_range="2024-01-01 – 2024-06-30",
        generated=date(2024, 1, 1),
        summary=Summary(done=1, partly=0, not_done=0, activities=2, hours=4.0),
        focus_areas=(area,),
        indicators=(),
        months=(),
        cover=False,
    )


def smoke_pdf() -> bytes:
    """A one-page PDF rendered in memory from built-in data, no database: proves
    ReportLab and the bundled fonts work (the packaged app's `--self-test`)."""
    return render_report(smoke_data())
