"""Which activity dates count towards a target: the one SQL form of the rule.

A target may count only some days: a window of months in each year (January–April)
and some weekdays (Thursdays and Sundays); `domain.model.Target` says which
(`window_months`, `counted_weekdays`). Every sum of progress goes through
`counted_links` here (storage/activities.totals_by_promise, which ProgressService,
the reports, the CLI and the dashboard snapshot all use), so the rule is written
once. The CLI's quick log leaves a snapshot with such a target to be counted again
rather than apply the rule a second time in Python.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, extract, or_

from lofte_desktop.domain.model import Target


def counted_day(date_column: Any, target: Target) -> Any:
    """SQL truth of "an activity on `date_column` counts towards `target`".

    SQLite and PostgreSQL both number weekdays 0 (Sunday) … 6 (Saturday)."""
    conditions = []
    if target.window is not None:
        conditions.append(
            extract("month", date_column).in_(list(target.window_months()))
        )
    if target.weekdays:
        conditions.append(
            extract("dow", date_column).in_([d % 7 for d in target.counted_weekdays()])
        )
    return and_(*conditions)


def counted_links(
    promise_column: Any, date_column: Any, targets: Mapping[str, Target]
) -> Any | None:
    """SQL truth of "this activity–promise link counts": links to promises whose
    target counts every day always do; the others only on their counted days.
    None when no target in `targets` is restricted."""
    restricted = {pid: tg for pid, tg in targets.items() if tg.restricted}
    if not restricted:
        return None
    return or_(
        promise_column.not_in(list(restricted)),
        *(
            and_(promise_column == pid, counted_day(date_column, tg))
            for pid, tg in sorted(restricted.items())
        ),
    )
