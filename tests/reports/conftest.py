"""A known database for the report tests: every figure below is chosen by hand."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from lofte_desktop.app import Services
from tests.conftest import draft

#: (type, promises, party, date, hours, count, place, status, note)
KNOWN: list[dict[str, object]] = [
    # N1: three school visits in HT2024 (target 2–3 per term) and one planned.
    dict(date="2024-09-10", party="Polisen", count=25, place="Högstadiet Krokom"),
    dict(date="2024-10-02", party="Krokoms kommun", count=18, place="Skolan i Ås"),
    dict(date="2024-10-08", party="Polisen", count=31, place="Högstadiet Krokom"),
    dict(date="2024-11-20", party="Polisen", count=20, status="planned"),
    # T2: presence hours, against HT2023.
    *(
        dict(
            activity_type="presence",
            promise_codes=["T2"],
            date=d,
            hours=h,
            count=None,
            place=pl,
            note="Fotpatrull kvällstid.",
        )
        for d, h, pl in (
            ("2024-08-05", 2.5, "Centrumparken"),
            ("2024-09-12", 3.0, "Busstationen Krokom"),
            ("2024-10-01", 1.5, "Centrumparken"),
            ("2023-09-01", 2.0, "Centrumparken"),
        )
    ),
    dict(
        activity_type="traffic_check",
        promise_codes=["T3"],
        date="2024-09-20",
        hours=2.0,
        count=87,
        place="E14 vid Krokom",
        note="Hastighetskontroll.",
    ),
    dict(
        activity_type="est_meeting",
        promise_codes=["T4"],
        date="2024-09-03",
        party="Krokomsbostäder",
        hours=1.0,
        count=None,
        place=None,
        note="",
    ),
    dict(
        activity_type="information_effort",
        promise_codes=["B1"],
        date="2024-10-01",
        party="Krokoms kommun",
        count=412,
        place=None,
        note="",
    ),
    # Outside HT2024: must not be counted there.
    dict(date="2024-03-05", party="Polisen", count=40, place="Skolan i Nälden"),
]


@pytest.fixture
def known(services: Services) -> Services:
    for values in KNOWN:
        services.activities.log(draft(**values))
    services.agreement.set_indicator_value("BEDR", 2023, 151, "test")
    services.agreement.set_indicator_value("BEDR", 2024, 139, "test")
    services.agreement.set_indicator_value("CAN", 2023, 4, "test")
    return services


def pdf_text(pdf: bytes) -> tuple[PdfReader, list[str]]:
    """The reader and each page's text with whitespace collapsed to single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]
    return reader, pages
