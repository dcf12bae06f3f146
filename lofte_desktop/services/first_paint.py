"""The GUI's first paint: what Översikt needs, read with sqlite3 before the
database layer is loaded (storage/first_paint.py).

The figures are computed from the activity totals by the same storage core and
the same progress rules ProgressService uses (storage/activity_totals.progress_sums
and presence, services/progress_figures.dashboard_figures), so they are current
after any write, made here or elsewhere. Only when a live plan series reaches the
period are they left to the services (`figures` None): its occurrences are
virtual and counted there.
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
    dashboard_figures,
    sums_needed,
    values_by_code,
)
from lofte_desktop.storage import activity_core as core
from lofte_desktop.storage import activity_totals
from lofte_desktop.storage import first_paint as read


@dataclass(frozen=True)
class FirstPaint:
    agreement: Agreement
    periods: list[Period]
    #: The current (or nearest) term: what Översikt opens on.
    period: Period
    #: Its figures, or None when the services must count them (plan series).
    figures: DashboardFigures | None
    #: The language of the figures' texts.
    lang: str = "sv"


def first_paint(
    path: str, today: date, lang: str = "sv", *, own: str | None = None
) -> FirstPaint | None:
    """None when the file needs the normal start (new, old, damaged, PostgreSQL, no
    agreement): the caller then opens the services first."""
    with read.reading(path) as sql:
        if sql is None:
            return None
        data = read.agreement_data(sql, today, own)
        if data is None:
            return None
        a, promises = data.agreement, data.promises
        period = default_period(a, today)
        figures = None
        if not read.has_plan_series(sql, min(a.start, period.start), period.end):
            need = sums_needed(a, promises, period, TermCalendar.for_agreement(a))
            figures = dashboard_figures(
                a,
                promises,
                period,
                activity_totals.progress_sums(sql, a, promises, period, need),
                activity_totals.presence(sql, promises, period),
                data.focus_areas,
                data.indicators,
                values_by_code(data.indicators, data.indicator_values),
                today,
                lang,
                core.activity_types(sql, a.id),
            )
        return FirstPaint(a, selectable_periods(a), period, figures, lang)
    return None
