"""Publishing fixtures: the report suite's known database, with comments."""

from __future__ import annotations

from datetime import date

import pytest

from lofte_desktop.app import Services
from tests.reports.conftest import known  # noqa: F401 (a fixture)
from tests.sync.conftest import municipality, police  # noqa: F401 (fixtures)

B2_COMMENT = "Inte genomfört: polisen saknade personal i oktober.\nGörs i februari."
SUMMARY = "Hösten gick bra; bedrägeriarbetet släpar."


@pytest.fixture
def commented(known: Services) -> Services:  # noqa: F811
    known.comments.set_promise_comment("HT2024", "B2", B2_COMMENT)
    known.comments.set_summary("HT2024", SUMMARY)
    known.comments.set_approval(
        "HT2024", role="Kommunchef", name="Anna Exempel", on=date(2026, 12, 10)
    )
    return known
