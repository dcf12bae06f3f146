"""A few made-up plan series for the demo database (`lofte plan demo`).

They start in late November 2024, where the demo's logged work turns into planned
work, and show each kind of calendar entry: series, a skipped day, a done, a moved
and a cancelled occurrence. Places and counts only; never names.
"""

from __future__ import annotations

from datetime import date

from lofte_desktop.domain.planning import PlanDraft
from lofte_desktop.services.planning import PlanningService

DEMO_NOTE = "Demoplan"


def add_demo_plans(planning: PlanningService) -> list[str]:
    """Adds the demo series once (none if they are there); returns their ids."""
    start = date(2024, 11, 1)
    existing = [
        i for i in planning.items(start, date(2024, 12, 31)) if i.note == DEMO_NOTE
    ]
    if existing:
        return sorted({i.series_id or i.key for i in existing})

    def add(**kw: object) -> str:
        values: dict[str, object] = dict(
            party="Polisen", note=DEMO_NOTE, until="2024-12-20", duration=2
        )
        values.update(kw)
        return planning.add(PlanDraft(**values)).key  # type: ignore[arg-type]

    meetings = add(
        activity_type="parent_meeting",
        promise_codes=["N1"],
        start="2024-11-05",
        start_time="18:00",
        place="Högstadiet Krokom",
        party="Krokoms kommun",
        rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    )
    patrol = add(
        activity_type="presence",
        promise_codes=["T2"],
        start="2024-11-08",
        start_time="20:00",
        duration=3,
        place="Busstationen Krokom",
        rrule="FREQ=WEEKLY;BYDAY=FR",
    )
    visits = add(
        activity_type="school_visit",
        promise_codes=["N1"],
        start="2024-11-07",
        start_time="13:00",
        duration=1.5,
        place="Skolan i Föllinge",
        rrule="FREQ=MONTHLY;BYDAY=1TH",
    )
    planning.done(f"{meetings}@2024-11-05", count=34)
    planning.done(f"{patrol}@2024-11-08", hours=2.5)
    planning.done(f"{visits}@2024-11-07", count=22)
    planning.cancel(f"{patrol}@2024-11-15", "Personalbrist")
    planning.move(f"{meetings}@2024-12-17", "2024-12-12", "18:30")
    planning.skip(f"{patrol}@2024-12-20")
    return [meetings, patrol, visits]
