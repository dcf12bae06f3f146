"""`lofte init --demo`: Krokom 2023–2024 as history, and a made-up renewal
"Krokom 2025–2026 (Exempel)" with made-up activities up to today, so the demo is
alive on today's date. Everything made up and anonymous (services/demo.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lofte_desktop.domain.model import Agreement
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.agreement_files import AgreementFiles, RenewDraft
from lofte_desktop.services.demo import DEMO_INDICATOR_VALUES, demo_activities

#: The made-up renewal: "Exempel" in its code and name, wherever it is shown.
EXAMPLE_CODE = "krokom-2025-2026-exempel"
EXAMPLE_NAME = "Medborgarlöften Krokom 2025–2026 (Exempel)"
EXAMPLE_START, EXAMPLE_END = date(2025, 1, 1), date(2026, 12, 31)
#: Made-up indicator values for the example agreement's years.
EXAMPLE_INDICATOR_VALUES = [("BEDR", 2025, 131.0)]


@dataclass(frozen=True)
class DemoResult:
    history: int  # activities under the 2023–2024 agreement
    current: int  # activities under the example renewal, up to today
    skipped: bool  # the database already had activities: nothing was added


def load_demo(agreements: AgreementService, history: Agreement) -> DemoResult:
    """Adds the example renewal (once) and, to a database without activities,
    the made-up activities of both agreements (none dated after today)."""
    ctx = agreements.ctx
    files = AgreementFiles(agreements)
    if not any(a.code == EXAMPLE_CODE for a in agreements.agreements()):
        files.renew(
            history.code,
            RenewDraft(EXAMPLE_CODE, EXAMPLE_NAME, EXAMPLE_START, EXAMPLE_END),
        )
    example = next(a for a in agreements.agreements() if a.code == EXAMPLE_CODE)
    old_view, new_view = agreements.scoped(history), agreements.scoped(example)
    if ActivityService(ctx, old_view).count() > 0:
        return DemoResult(0, 0, True)
    n_old = ActivityService(ctx, old_view).bulk_log(
        demo_activities(history.start, history.end), logged_by="Demo"
    )
    for code, year, value in DEMO_INDICATOR_VALUES:
        old_view.set_indicator_value(code, year, value, "Demodata")
    today = ctx.today()
    n_new = 0
    if today >= example.start:
        n_new = ActivityService(ctx, new_view).bulk_log(
            demo_activities(
                example.start,
                min(today, example.end),
                planned_from=None,
                seed=2026,
            ),
            logged_by="Demo",
        )
        for code, year, value in EXAMPLE_INDICATOR_VALUES:
            if year <= today.year:
                new_view.set_indicator_value(code, year, value, "Demodata (exempel)")
    return DemoResult(n_old, n_new, False)
