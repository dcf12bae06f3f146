"""Aktiviteter: the lazy model, filters, edit, delete with undo, CSV export."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from lofte_desktop.app import Services
from lofte_desktop.domain.query import ActivityFilter
from lofte_desktop.domain.validation import validate_activity
from lofte_desktop.ui.dialogs.edit_activity_dialog import EditActivityDialog
from lofte_desktop.ui.main_window import MainWindow
from lofte_desktop.ui.models import activity_table
from lofte_desktop.ui.models.activity_table import ActivityTableModel
from lofte_desktop.ui.pages.activities_page import ActivitiesPage
from tests.conftest import draft


def seed(services: Services) -> None:
    services.activities.log(draft(note="Föräldrakväll på Ås skola", count=30))
    services.activities.log(
        draft(
            activity_type="presence",
            promise_codes=["T2"],
            hours="2,5",
            count=None,
            place="Centrumparken",
            note="Kvällspass",
            date="2024-10-01",
        )
    )
    services.activities.log(
        draft(
            activity_type="traffic_check",
            promise_codes=["T3"],
            hours=1,
            count=55,
            place="Väg 340 Föllinge",
            note="Hastighet",
            date="2023-09-05",
        )
    )


def page_of(window: MainWindow) -> ActivitiesPage:
    window.navigate("activities")
    page = window.pages["activities"]
    assert isinstance(page, ActivitiesPage)
    return page


def test_model_passes_qtmodeltester_and_fetches_lazily(
    services: Services, qtmodeltester: object, monkeypatch: object
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(activity_table, "PAGE", 7)
    rules = services.agreement.rules()
    services.activities.bulk_log(
        validate_activity(
            draft(date=date(2024, 9, 1 + i % 28), count=i, note=f"Besök {i}"), rules
        )
        for i in range(30)
    )
    model = ActivityTableModel(services)
    model.set_query(ActivityFilter())
    assert model.total() == 30
    assert model.rowCount() == 7  # one page, the rest on demand
    assert model.canFetchMore(QtCore.QModelIndex())
    model.fetchMore(QtCore.QModelIndex())
    assert model.rowCount() == 14
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(6, QtCore.Qt.SortOrder.AscendingOrder)  # by count
    assert [model.data(model.index(r, 6)) for r in range(3)] == ["0", "1", "2"]
    model.sort(6, QtCore.Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 6)) == "29"


def test_filter_the_table(window: MainWindow, qtbot: QtBot) -> None:
    seed(window.ui.services)
    page = page_of(window)
    assert page.model.total() == 3
    page.type_box.setCurrentIndex(page.type_box.findData("presence"))
    assert page.model.total() == 1
    assert page.model.data(page.model.index(0, 4)) == "Centrumparken"
    page.type_box.setCurrentIndex(0)
    page.period_box.setCurrentIndex(page.period_box.findText("Hösttermin 2023"))
    assert page.model.total() == 1
    assert page.model.data(page.model.index(0, 1)) == "Trafikkontroll"
    page.period_box.setCurrentIndex(0)
    page.search.setText("föräldra")  # QTest aborts on non-ASCII key clicks
    page.apply_filter()  # as the debounce timer would
    assert page.model.total() == 1
    assert page.model.data(page.model.index(0, 2)) == "N1"
    assert page.count_label.text() == "1 aktivitet"  # singular


def test_clicking_a_promise_on_the_dashboard_filters_the_table(
    window: MainWindow,
) -> None:
    seed(window.ui.services)
    overview = window.pages["overview"]
    overview.refresh()  # type: ignore[attr-defined]
    overview.promise_buttons["T2"].click()  # type: ignore[attr-defined]
    assert window.current_key() == "activities"
    page = page_of(window)
    assert page.promise_box.currentData() == "T2"
    assert page.period_box.currentText() == "Hösttermin 2024"
    assert page.model.total() == 1


def test_edit_delete_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    svc = window.ui.services
    seed(svc)
    page = page_of(window)
    page.type_box.setCurrentIndex(page.type_box.findData("school_visit"))
    page.table.selectRow(0)
    aid = page.selected_id()
    assert aid is not None

    page.edit_selected()
    dialog = page.editor
    assert isinstance(dialog, EditActivityDialog)
    assert dialog.history.count() == 1  # created
    dialog.form.count_edit.setText("45")
    dialog.form.note_edit.setPlainText("Föräldrakväll, flyttad")
    dialog.save()
    assert svc.activities.get(aid).count == 45
    assert page.model.data(page.model.index(0, 6)) == "45"
    assert "sparad" in page.message.text()
    assert [e.action for e in svc.activities.history(aid)][-1] == "update"

    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, QtCore.Qt.Key.Key_Delete)
    assert svc.activities.count() == 2
    assert page.model.total() == 0
    assert "Ctrl+Z" in page.message.text()
    qtbot.keyClick(
        page.table, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier
    )
    assert svc.activities.count() == 3
    assert svc.activities.get(aid).note == "Föräldrakväll, flyttad"
    assert page.model.total() == 1


def test_edit_refuses_invalid_input_without_a_write(window: MainWindow) -> None:
    svc = window.ui.services
    seed(svc)
    page = page_of(window)
    page.table.selectRow(0)
    aid = page.selected_id()
    assert aid is not None
    before = svc.activities.get(aid)
    page.edit_selected()
    dialog = page.editor
    assert isinstance(dialog, EditActivityDialog)
    dialog.form.hours_edit.setText("30")
    dialog.form.count_edit.setText("-3")
    dialog.save()
    assert dialog.isVisible()
    assert svc.activities.get(aid).version == before.version
    shown = [n for n, label in dialog.form.errors.items() if label.isVisibleTo(dialog)]
    assert shown and set(shown) <= {"hours", "count"}
    dialog.reject()


def test_csv_export_opens_in_swedish_excel(window: MainWindow, tmp_path: Path) -> None:
    seed(window.ui.services)
    page = page_of(window)
    target = tmp_path / "ut.csv"
    window.ui.dialogs.file_answers.append(str(target))  # type: ignore[attr-defined]
    page.export_csv()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Datum", "Typ", "Löften"]
    by_type = {r[1]: r for r in rows[1:]}
    assert by_type["Närvaro"][5] == "2,5"  # decimal comma
    assert by_type["Skolbesök"][8] == "Föräldrakväll på Ås skola"
    assert len(rows) == 4
    assert "Exporterade 3 aktiviteter" in page.message.text()
