"""Översikt and Uppföljning open on the agreement's own follow-up period."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from lofte_desktop.app import Services, build_services
from lofte_desktop.ui.main_window import MainWindow
from tests.conftest import draft
from tests.services.test_cadence_targets import CATALOGUE, check

TODAY = date(2026, 2, 15)


@pytest.fixture(params=["tertial", "quarter", "year"])
def services(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Services]:
    """Services on the July–June example agreement, followed up per `param`."""
    path = tmp_path / "exempel.toml"
    path.write_text(
        CATALOGUE.replace('cadence = "tertial"', f'cadence = "{request.param}"'),
        encoding="utf-8",
    )
    svc = build_services(str(tmp_path / "ui.sqlite"), today=lambda: TODAY)
    svc.agreement.load_catalogue(str(path))
    svc.activities.log(draft(**check("2026-01-08")))  # a Thursday in January
    yield svc
    svc.close()


EXPECTED = {
    "tertial": ("T1-2026", "Tertial 1 2026", "T2-2025"),
    "quarter": ("K1-2026", "Kvartal 1 2026", "K3-2025"),
    "year": ("2026", "2026", "2025"),
}


def test_overview_defaults_to_the_cadence(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    cadence = services.agreement.agreement().cadence.value
    code, label, first = EXPECTED[cadence]
    page = window.pages["overview"]
    box = page.period_box
    assert box.currentData() == code
    assert box.currentText() == label
    assert box.itemData(0) == first
    assert box.itemData(box.count() - 1) == "hela"
    assert box.accessibleName()
    # The figures are the period's: W1's January check counts in its window.
    w1 = {p.promise.code: p for p in page.ui.services.progress.progress(code)}["W1"]
    assert w1.done == 1
    # The keyboard moves through the periods; the page follows.
    box.setFocus()
    qtbot.keyClick(box, QtCore.Qt.Key.Key_Up)
    assert page.period() is not None and page.period().code == box.currentData()
    assert box.currentData() != code


def test_uppfoljning_defaults_to_the_cadence(
    window: MainWindow, services: Services
) -> None:
    cadence = services.agreement.agreement().cadence.value
    code = EXPECTED[cadence][0]
    window.ui.navigate("report")
    box = window.pages["report"].period_box
    assert box.currentData() == code
    codes = [box.itemData(i) for i in range(box.count())]
    assert codes[-1] == "hela" and EXPECTED[cadence][2] in codes
