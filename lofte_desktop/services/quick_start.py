"""The GUI's quick start: what Översikt needs for its first paint, read with the
standard library before the database layer is loaded (storage/quick_read.py).

The figures come from the stored dashboard snapshot (storage/snapshot.py), and
only while it is current: same data generation, schema, app version, agreement
and term. Otherwise `figures` is None and the page counts them once the services
are open. Status, weeks left and texts are computed here, for today and the
language, by the same code ProgressService uses (services/progress_figures.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lofte_desktop.domain.agreement_periods import default_period, selectable_periods
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.terms import TermCalendar
from lofte_desktop.services.progress_figures import (
    DashboardFigures,
    PresenceComparison,
    indicator_statuses,
    promise_progress,
    values_by_code,
)
from lofte_desktop.storage import quick_read, snapshot
from lofte_desktop.storage.migrate import SCHEMA_HEAD


@dataclass(frozen=True)
class QuickStart:
    agreement: Agreement
    periods: list[Period]
    #: The current (or nearest) term: what Översikt opens on.
    period: Period
    #: Its figures from a current snapshot, or None when they must be counted.
    figures: DashboardFigures | None
    #: The language of the figures' texts.
    lang: str = "sv"


def quick_start(
    path: str, today: date, lang: str = "sv", *, own: str | None = None
) -> QuickStart | None:
    """None when the file needs the normal start (new, old, damaged, PostgreSQL, no
    agreement): the caller then opens the services first."""
    data = quick_read.read(path, today, own)
    if data is None:
        return None
    a = data.agreement
    period = default_period(a, today)
    snap = snapshot.decode(data.snapshot)
    figures = None
    if (
        snap is not None
        and data.generation is not None
        and snap.generation == data.generation
        and snap.schema == SCHEMA_HEAD
        and snap.agreement_id == a.id
        and (snap.period_code, snap.start, snap.end)
        == (period.code, period.start, period.end)
    ):
        cal = TermCalendar.for_agreement(a)
        figures = DashboardFigures(
            promise_progress(a, data.promises, period, cal, snap.sums, today, lang),
            PresenceComparison(
                period,
                snap.presence_hours,
                period.shifted_years(-1),
                snap.previous_presence_hours,
            ),
            indicator_statuses(
                data.indicators, values_by_code(data.indicators, data.indicator_values)
            ),
            data.focus_areas,
        )
    return QuickStart(a, selectable_periods(a), period, figures, lang)
