"""Löften as the place to manage agreements, with real widgets on a real database:
an agreement from scratch, the cadence, focus areas, promises with their targets,
indicators; inline Swedish errors; a locked target; names and keyboard reach."""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.domain.types import Cadence, TargetPer
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.agreement_parts import FocusAreaDialog, IndicatorDialog
from lofte_desktop.ui.dialogs.edit_agreement_dialog import EditAgreementDialog
from lofte_desktop.ui.dialogs.new_agreement_dialog import NewAgreementDialog
from lofte_desktop.ui.dialogs.promise_dialog import PromiseDialog
from lofte_desktop.ui.pages.promises_page import PromisesPage
from tests.ui.scripted_dialogs import ScriptedDialogs

CONTROLS = (
    QtWidgets.QLineEdit,
    QtWidgets.QPlainTextEdit,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractButton,
)


def click(qtbot: QtBot, button: QtWidgets.QAbstractButton) -> None:
    """A click on the button's left end (a radio button answers only on its
    circle and text)."""
    at = QtCore.QPoint(8, button.height() // 2)
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton, pos=at)


def assert_named_and_reachable(dialog: QtWidgets.QWidget) -> None:
    """Every visible control has an accessible name and takes Tab focus (Qt's own
    inner parts, such as a spin box's line edit, go by their owner's name)."""
    for w in dialog.findChildren(QtWidgets.QWidget):
        inner = w.objectName().startswith("qt_")
        if isinstance(w, CONTROLS) and w.isVisibleTo(dialog) and not inner:
            assert w.accessibleName(), w
            assert w.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus, w


def test_new_agreement_from_scratch_july_to_june(ui: UiContext, qtbot: QtBot) -> None:
    dialog = NewAgreementDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.from_scratch)
    assert dialog.pages.currentWidget() is dialog.blank_box
    assert_named_and_reachable(dialog)
    w = dialog.blank
    w["agreement_code"].setText("Östby 2025")  # type: ignore[attr-defined]
    w["agreement_start"].setText("2025-07-01")  # type: ignore[attr-defined]
    w["agreement_end"].setText("2026-06-31")  # type: ignore[attr-defined]
    click(qtbot, dialog.create_button)
    errors = dialog.blank_errors
    assert "Östby 2025" in errors["agreement_code"].text()
    assert errors["agreement_name"].text() == "Namnet måste anges."
    assert errors["agreement_municipality"].text() == "Kommunen måste anges."
    assert "2026-06-31" in errors["agreement_end"].text()  # refused, not moved
    assert dialog.created is None and len(ui.services.agreement.agreements()) == 1
    w["agreement_code"].setText("ostby-2025-2026")  # type: ignore[attr-defined]
    w["agreement_name"].setText("Medborgarlöfte Östby 2025–2026 (Exempel)")  # type: ignore[attr-defined]
    w["agreement_municipality"].setText("Östby")  # type: ignore[attr-defined]
    w["agreement_parties"].setPlainText("Polisen\nÖstby kommun")  # type: ignore[attr-defined]
    w["agreement_end"].setText("2026-06-30")  # type: ignore[attr-defined]
    combo = w["agreement_cadence"]
    assert isinstance(combo, QtWidgets.QComboBox)
    combo.setCurrentIndex(combo.findData("tertial"))
    click(qtbot, dialog.create_button)
    a = dialog.created
    assert a is not None
    assert (a.start, a.end) == (date(2025, 7, 1), date(2026, 6, 30))
    assert a.cadence is Cadence.TERTIAL and a.parties == ("Polisen", "Östby kommun")
    assert len(ui.services.agreement.agreements()) == 2


def test_edit_agreement_cadence(ui: UiContext, qtbot: QtBot) -> None:
    dialog = EditAgreementDialog(ui, ui.services.agreement.agreement())
    qtbot.addWidget(dialog)
    dialog.show()
    assert_named_and_reachable(dialog)
    dialog.cadence.setCurrentIndex(dialog.cadence.findData("quarter"))
    click(qtbot, dialog.save_button)
    assert ui.services.agreement.agreement().cadence is Cadence.QUARTER


def test_new_promise_inline_errors_then_saved(ui: UiContext, qtbot: QtBot) -> None:
    dialog = PromiseDialog(ui, focus_area="trygghet")
    qtbot.addWidget(dialog)
    dialog.show()
    assert_named_and_reachable(dialog)
    dialog.code.setText("T2")
    dialog.kind.setCurrentIndex(dialog.kind.findData("range"))
    dialog.low.setText("17")
    dialog.high.setText("sju")
    click(qtbot, dialog.save_button)
    assert "finns redan" in dialog.errors["promise_code"].text()
    assert dialog.errors["promise_text"].text() == "Löftestexten måste anges."
    assert "Aktivitetstyperna" in dialog.errors["promise_types"].text()
    assert "sju" in dialog.errors["target_high"].text()
    assert dialog.saved is None and "T5" not in ui.services.agreement.promise_ids()
    dialog.code.setText("T5")
    dialog.text.setPlainText("Vi kontrollerar trafiken vintertid.")
    dialog.types["traffic_check"].setChecked(True)
    dialog.high.setText("20")
    dialog.per.setCurrentIndex(dialog.per.findData("year"))
    dialog.window_from.setCurrentIndex(dialog.window_from.findData(1))
    dialog.window_to.setCurrentIndex(dialog.window_to.findData(4))
    dialog.days["4"].setChecked(True)
    dialog.days["7"].setChecked(True)
    click(qtbot, dialog.save_button)
    assert dialog.saved is not None
    p = ui.services.agreement.promise("T5")
    assert (p.target.min, p.target.max, p.target.per) == (17, 20, TargetPer.YEAR)
    assert p.target.window == (1, 4) and p.target.weekdays == (4, 7)
    assert p.focus_area_code == "trygghet"


def test_a_locked_period_shows_the_target_but_keeps_it(
    ui: UiContext, qtbot: QtBot
) -> None:
    before = ui.services.agreement.promise("N1")
    open_before = PromiseDialog(ui, before)  # opened before the lock is set
    qtbot.addWidget(open_before)
    ui.services.locks.lock("VT2024")
    dialog = PromiseDialog(ui, before)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.target_box.isEnabled() and not dialog.types_box.isEnabled()
    assert "VT2024" in dialog.lock_note.text() and dialog.lock_note.isVisible()
    # The dialog opened earlier still may not change it: the service refuses.
    open_before.show()
    open_before.low.setText("1")
    click(qtbot, open_before.save_button)
    assert "VT2024 är låst" in open_before.errors["target_kind"].text()
    assert ui.services.agreement.promise("N1") == before


def test_focus_area_and_indicator_dialogs(ui: UiContext, qtbot: QtBot) -> None:
    area = ui.services.agreement.focus_areas()[0]
    dialog = FocusAreaDialog(ui, area)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_named_and_reachable(dialog)
    assert dialog.code.isReadOnly()
    dialog.problem.setPlainText("Lägesbild hösten 2024: fler anmälningar i centrum.")
    click(qtbot, dialog.save_button)
    got = next(a for a in ui.services.agreement.focus_areas() if a.code == area.code)
    assert got.problem == "Lägesbild hösten 2024: fler anmälningar i centrum."

    ind = ui.services.agreement.indicators()[0]
    idialog = IndicatorDialog(ui, ind)
    qtbot.addWidget(idialog)
    idialog.show()
    assert_named_and_reachable(idialog)
    idialog.baseline.setText("tolv")
    click(qtbot, idialog.save_button)
    assert "tolv" in idialog.errors["indicator_baseline"].text()
    assert ui.services.agreement.indicator(ind.code) == ind
    idialog.baseline.setText("12,5")
    idialog.comparison.setCurrentIndex(idialog.comparison.findData(">="))
    idialog.target.setText("15")
    click(qtbot, idialog.save_button)
    now = ui.services.agreement.indicator(ind.code)
    assert (now.baseline_value, now.target_comparison, now.target_value) == (
        12.5,
        ">=",
        15,
    )


def test_page_removes_only_what_nothing_refers_to(ui: UiContext, qtbot: QtBot) -> None:
    from tests.conftest import draft

    ui.services.activities.log(draft())  # counts towards N1
    page = PromisesPage(ui)
    qtbot.addWidget(page)
    page.show()
    assert_named_and_reachable(page)
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    item = page.tree.topLevelItem(0).child(0)
    page.tree.setCurrentItem(item)
    assert page._selected() == ("promise", "N1")
    assert not page.remove_selected()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "warning" and "N1 kan inte tas bort" in text
    assert "N1" in ui.services.agreement.promise_ids()
    n4 = next(
        page.tree.topLevelItem(0).child(i)
        for i in range(page.tree.topLevelItem(0).childCount())
        if page.tree.topLevelItem(0).child(i).text(0).startswith("N4")
    )
    page.tree.setCurrentItem(n4)
    assert page.remove_selected()
    assert "N4" not in ui.services.agreement.promise_ids()
    qtbot.waitUntil(
        lambda: (
            not any(
                page.tree.topLevelItem(0).child(i).text(0).startswith("N4")
                for i in range(page.tree.topLevelItem(0).childCount())
            )
        )
    )


def test_delete_key_on_the_list_removes_after_asking(
    ui: UiContext, qtbot: QtBot
) -> None:
    page = PromisesPage(ui)
    qtbot.addWidget(page)
    page.show()
    area = page.tree.topLevelItem(1)  # Trygghet: T1–T4
    t3 = next(
        area.child(i)
        for i in range(area.childCount())
        if area.child(i).text(0)[:2] == "T3"
    )
    page.tree.setCurrentItem(t3)
    page.tree.setFocus()
    dialogs = ui.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.confirm_answers.append(False)  # "no" keeps it
    qtbot.keyClick(page.tree, QtCore.Qt.Key.Key_Delete)
    assert dialogs.messages[-1][0] == "confirm"
    assert "T3" in ui.services.agreement.promise_ids()
    page.tree.setCurrentItem(t3)
    qtbot.keyClick(page.tree, QtCore.Qt.Key.Key_Delete)
    assert "T3" not in ui.services.agreement.promise_ids()


def test_the_editor_offers_the_agreements_own_types(
    ui: UiContext, qtbot: QtBot
) -> None:
    svc = ui.services.agreement
    svc.retire_type("theatre")
    fresh = PromiseDialog(ui, focus_area="narkotika")
    qtbot.addWidget(fresh)
    assert "theatre" not in fresh.types and "presence" in fresh.types
    assert list(fresh.types) == [i.code for i in svc.activity_types() if not i.retired]
    n3 = svc.promise("N3")  # counts theatre: it keeps it, shown ticked
    keeps = PromiseDialog(ui, n3)
    qtbot.addWidget(keeps)
    assert keeps.types["theatre"].isChecked()
