"""Logga: a user logs through the real form on a real database."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.domain.query import ActivityFilter
from lofte_desktop.ui.main_window import MainWindow
from lofte_desktop.ui.pages.log_page import LogPage

ENTER = QtCore.Qt.Key.Key_Return
CTRL = QtCore.Qt.KeyboardModifier.ControlModifier


def log_page(window: MainWindow) -> LogPage:
    window.navigate("log")
    page = window.pages["log"]
    assert isinstance(page, LogPage)
    return page


def test_log_presence_and_school_visit_show_in_table_and_dashboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    svc = window.ui.services
    overview = window.pages["overview"]
    before_t2 = overview.summary_labels["T2"].text()  # type: ignore[attr-defined]
    before_n1 = overview.summary_labels["N1"].text()  # type: ignore[attr-defined]

    page = log_page(window)
    form = page.form
    form.set_type("presence")
    form.date_field.setText("2024-10-10")
    form.place_box.setCurrentText("Centrumparken")
    qtbot.keyClicks(form.hours_edit, "2,5")
    qtbot.keyClick(form.hours_edit, ENTER, CTRL)  # Ctrl+Enter saves from any field
    assert "Sparat" in page.message.text()

    form.set_type("school_visit")
    assert form.checked_promises() == ["N1"]  # suggested from the type
    assert form.count_edit.isVisible() and not form.hours_edit.isVisible()
    form.place_box.setCurrentText("Högstadiet Krokom")
    qtbot.keyClicks(form.count_edit, "40")
    qtbot.mouseClick(page.save_button, QtCore.Qt.MouseButton.LeftButton)

    logged = svc.activities.query(ActivityFilter())
    assert sorted((a.activity_type, a.hours, a.count) for a in logged) == [
        ("presence", 2.5, None),
        ("school_visit", None, 40),
    ]
    # Remembered for next time.
    assert svc.settings_store.load().last_type == "school_visit"
    assert svc.settings_store.load().last_place == "Högstadiet Krokom"

    window.navigate("activities")
    table = window.pages["activities"].model  # type: ignore[attr-defined]
    assert table.rowCount() == 2
    types = {table.data(table.index(r, 1)) for r in range(2)}
    assert types == {"Närvaro", "Skolbesök"}

    window.navigate("overview")
    assert overview.summary_labels["T2"].text() != before_t2  # type: ignore[attr-defined]
    assert overview.summary_labels["T2"].text().startswith("2,5 ")  # type: ignore[attr-defined]
    assert overview.summary_labels["N1"].text() != before_n1  # type: ignore[attr-defined]
    assert overview.summary_labels["N1"].text().startswith("1 av 2–3")  # type: ignore[attr-defined]


def test_invalid_input_is_refused_inline_without_a_write(
    window: MainWindow, qtbot: QtBot
) -> None:
    svc = window.ui.services
    page = log_page(window)
    form = page.form
    form.set_type("presence")
    qtbot.keyClicks(form.hours_edit, "tjugo")
    for i in range(form.promise_list.count()):
        form.promise_list.item(i).setCheckState(QtCore.Qt.CheckState.Unchecked)
    qtbot.keyClick(form.note_edit, ENTER)  # Enter in the last field saves
    assert svc.activities.count() == 0
    assert form.errors["hours"].isVisibleTo(page)
    assert "tal" in form.errors["hours"].text()
    assert form.errors["promises"].isVisibleTo(page)
    assert "minst ett löfte" in form.errors["promises"].text()
    # Fixing the fields clears the messages as the user types, then it saves.
    form.hours_edit.setText("3")
    assert not form.errors["hours"].isVisibleTo(page)
    form.promise_list.item(0).setCheckState(QtCore.Qt.CheckState.Checked)
    page.save()
    assert svc.activities.count() == 1


def test_personnummer_in_note_warns_while_typing_and_blocks_save(
    window: MainWindow, qtbot: QtBot
) -> None:
    svc = window.ui.services
    page = log_page(window)
    form = page.form
    form.set_type("presence")
    form.hours_edit.setText("1")
    qtbot.keyClicks(form.note_edit, "Pratade med 811228-9874 vid torget")
    assert form.pii_label.isVisibleTo(page)
    assert "811228-XXXX" in form.pii_label.text()
    assert "9874" not in form.pii_label.text()
    assert not page.save_button.isEnabled()
    qtbot.keyClick(form.note_edit, ENTER)
    page.save()
    assert svc.activities.count() == 0
    # Removing the number lifts the block.
    form.note_edit.setPlainText("Pratade med ungdomar vid torget")
    assert not form.pii_label.isVisibleTo(page)
    assert page.save_button.isEnabled()
    page.save()
    assert svc.activities.count() == 1


def test_failed_write_keeps_the_typed_input(
    window: MainWindow, qtbot: QtBot, monkeypatch: object
) -> None:
    import pytest

    mp = monkeypatch
    assert isinstance(mp, pytest.MonkeyPatch)
    svc = window.ui.services
    page = log_page(window)
    page.form.set_type("presence")
    page.form.hours_edit.setText("2")
    page.form.note_edit.setPlainText("Kvällspass")

    def broken(_draft: object) -> None:
        raise OSError("disken är full")

    mp.setattr(svc.activities, "log", broken)
    page.save()
    assert "disken är full" in page.message.text()
    assert page.form.hours_edit.text() == "2"
    assert page.form.note_edit.toPlainText() == "Kvällspass"
    assert window.ui.dialogs.messages[-1][0] == "error"  # type: ignore[attr-defined]


def test_ctrl_n_opens_the_form_from_another_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.navigate("promises")
    qtbot.keyClick(
        window.stack.currentWidget(),
        QtCore.Qt.Key.Key_N,
        QtCore.Qt.KeyboardModifier.ControlModifier,
    )
    assert window.current_key() == "log"


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    for key in ("log", "activities", "promises", "settings", "overview"):
        window.navigate(key)
        page = window.pages[key]
        for w in page.findChildren(QtWidgets.QWidget):
            focusable = w.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
            if not focusable or not w.isVisibleTo(page):
                continue
            if isinstance(w, QtWidgets.QScrollArea | QtWidgets.QScrollBar):
                continue
            if w.parent() is not None and isinstance(
                w.parent(), QtWidgets.QComboBox | QtWidgets.QAbstractSpinBox
            ):
                continue  # the line edit inside a combo or spin box
            named = w.accessibleName() or (
                isinstance(w, QtWidgets.QAbstractButton) and w.text()
            )
            assert named, f"{key}: {type(w).__name__} {w.objectName()} has no name"


def test_logga_offers_the_agreements_own_types_for_the_typed_date(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A second municipality's agreement with its own types (Vadstena 2018–2019):
    once it is the user's own, Logga offers its types, asks for the fields the
    type needs, names its count as the agreement does, and stores the type."""
    from lofte_desktop.runtime.paths import catalogues_dir
    from lofte_desktop.services.agreement_files import AgreementFiles

    svc = window.ui.services
    AgreementFiles(svc.agreement).add_file(
        str(catalogues_dir() / "vadstena-2018-2019.toml")
    )
    svc.agreement.set_own("vadstena-2018-2019")
    page = log_page(window)
    form = page.form
    form.reload()
    form.date_field.setText("2018-05-03")
    offered = [form.type_box.itemData(i) for i in range(form.type_box.count())]
    assert offered == [
        "trygghetsvandring",
        "grannsamverkan_info",
        "grannsamverkan_omrade",
        "presence",
        "other",
    ]
    names = [form.type_box.itemText(i) for i in range(form.type_box.count())]
    assert names[2] == "Nytt grannsamverkansområde"

    form.set_type("grannsamverkan_omrade")
    assert form.count_edit.isVisible() and not form.hours_edit.isVisible()
    assert form.labels["count"].text() == "Etablerade grannsamverkansområden:"
    assert form.count_edit.accessibleName() == "Etablerade grannsamverkansområden"
    assert form.checked_promises() == ["T2"]  # the promise the type counts towards

    # saving without the place the type requires: refused next to the field
    qtbot.keyClicks(form.count_edit, "2")
    qtbot.mouseClick(page.save_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Inte sparat" in page.message.text()
    assert "Plats måste anges för Nytt grannsamverkansområde" in " ".join(
        label.text() for label in form.errors.values()
    )
    form.place_box.setCurrentText("Borghamn")
    qtbot.mouseClick(page.save_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Sparat: Nytt grannsamverkansområde 2018-05-03, Borghamn." in (
        page.message.text()
    )
    [act] = svc.activities.query(ActivityFilter(text="Borghamn"))
    assert (act.activity_type, act.count) == ("grannsamverkan_omrade", 2)

    # a retired type is no longer offered
    svc.agreement.retire_type("trygghetsvandring")
    form.reload()
    offered = [form.type_box.itemData(i) for i in range(form.type_box.count())]
    assert "trygghetsvandring" not in offered and "grannsamverkan_omrade" in offered
