"""Issue 15: a signed package that breaks the log's rules is refused in the Synk page
with a Swedish message that names the record and the field; nothing is imported."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lofte_desktop.app import Services
from lofte_desktop.domain.ids import new_id
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.pages.sync_page import SyncPage
from tests.conftest import draft
from tests.sync.conftest import device, forge_payload
from tests.ui.scripted_dialogs import ScriptedDialogs


@pytest.fixture
def kommun(tmp_path: Path) -> Iterator[Services]:
    """The sending device."""
    svc = device(tmp_path / "kommun.sqlite", "Krokoms kommun", "Krokoms kommun")
    yield svc
    svc.close()


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("hours", 30.0, ("Timmar", "24 timmar")),
        ("hours", -2.0, ("Timmar", "negativ")),
        ("date", "2024-02-30", ("Datum", "2024-02-30")),
        ("date", "2026-11-29", ("utanför avtalsperioden",)),
        ("count", -5, ("negativ",)),
    ],
)
def test_a_package_breaking_the_rules_is_refused_with_a_message(
    ui: UiContext,
    kommun: Services,
    qtbot: QtBot,
    tmp_path: Path,
    field: str,
    value: object,
    words: tuple[str, ...],
) -> None:
    kommun.activities.log(draft(activity_type="presence", promise_codes=["T2"],
                                hours=2.0, count=3, place="Torget", note=""))  # fmt: skip
    good = kommun.sync.export(tmp_path / "good.loftesync", full=True).path
    with zipfile.ZipFile(good) as zf:
        lines = [json.loads(x) for x in zf.read("payload.jsonl").splitlines()]
    activity = next(x["r"] for x in lines if x["t"] == "activities")
    activity[field] = value
    bad = forge_payload(tmp_path / "bad.loftesync", kommun, lines, package_id=new_id())
    services = ui.services
    services.sync.trust(kommun.sync.fingerprint)
    before = services.activities.count()

    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    page = SyncPage(ui)
    qtbot.addWidget(page)
    dialogs.file_answers = [str(bad)]
    page.import_button.click()

    kind, _title, text = dialogs.messages[-1]
    assert kind == "error"
    assert "Paketet importerades inte" in text and activity["id"] in text
    assert "Traceback" not in text
    for word in words:
        assert word in text
    assert services.activities.count() == before
    assert services.sync.history() == []  # no package recorded as received
