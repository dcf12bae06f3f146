"""Löften och indikatorer, Inställningar (language switch, user, terms), first start."""

from __future__ import annotations

from datetime import date

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.dialogs.first_start_dialog import FirstStartDialog
from lofte_desktop.ui.main_window import MainWindow
from lofte_desktop.ui.pages.promises_page import PromisesPage
from lofte_desktop.ui.pages.settings_page import SettingsPage


def promises_page(window: MainWindow) -> PromisesPage:
    window.navigate("promises")
    page = window.pages["promises"]
    assert isinstance(page, PromisesPage)
    return page


def settings_page(window: MainWindow) -> SettingsPage:
    window.navigate("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    return page


def test_browse_promises(window: MainWindow) -> None:
    page = promises_page(window)
    areas = [
        page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())
    ]
    assert "Narkotika" in areas
    t2 = next(
        page.tree.topLevelItem(i).child(j)
        for i in range(page.tree.topLevelItemCount())
        for j in range(page.tree.topLevelItem(i).childCount())
        if page.tree.topLevelItem(i).child(j).text(0).startswith("T2")
    )
    page.tree.setCurrentItem(t2)
    text = page.details.toPlainText()
    assert "närvaro" in text and "Polisen" in text and "Närvaro" in text


def test_enter_an_indicator_value(window: MainWindow) -> None:
    svc = window.ui.services
    page = promises_page(window)
    code = svc.agreement.indicators()[1].code
    page.indicator_combo.setCurrentIndex(page.indicator_combo.findData(code))
    page.year_spin.setValue(2023)
    page.value_edit.setText("151,5")
    page.save_value()
    values = svc.agreement.indicator_values()[code]
    assert [(v.year, v.value) for v in values] == [(2023, 151.5)]
    assert "Sparat" in page.message.text()
    assert "2023: 151,5" in page.values.topLevelItem(1).text(3)
    # The dashboard shows it too.
    window.navigate("overview")
    labels = [w.text() for w in window.pages["overview"].findChildren(QtWidgets.QLabel)]
    assert any("151,5" in t for t in labels)


def test_bad_indicator_value_is_refused(window: MainWindow) -> None:
    svc = window.ui.services
    page = promises_page(window)
    page.value_edit.setText("många")
    page.save_value()
    assert "Inte sparat" in page.message.text()
    assert page.value_edit.text() == "många"
    assert all(not v for v in svc.agreement.indicator_values().values())


def test_switch_language_to_english_and_back(window: MainWindow) -> None:
    page = settings_page(window)
    assert window.sidebar.item(0).text() == "Översikt"
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("en"))
    page.lang_combo.activated.emit(page.lang_combo.currentIndex())
    assert window.sidebar.item(0).text() == "Overview"
    assert page.user_box.title() == "User"
    window.navigate("log")
    log = window.pages["log"]
    assert log.save_button.text().replace("&", "") == "Save"  # type: ignore[attr-defined]
    assert log.form.type_box.currentText() == "Presence"  # type: ignore[attr-defined]
    assert window.ui.services.settings_store.load().language == "en"
    window.ui.set_language("sv")
    assert window.sidebar.item(0).text() == "Översikt"
    assert log.save_button.text().replace("&", "") == "Spara"  # type: ignore[attr-defined]


def test_user_and_terms_are_saved(window: MainWindow) -> None:
    svc = window.ui.services
    page = settings_page(window)
    page.name_edit.setText("  Kim   Berg ")
    page.party_box.setCurrentText("Krokoms kommun")
    page.save_user()
    saved = svc.settings_store.load()
    assert (saved.user_name, saved.user_party) == ("Kim Berg", "Krokoms kommun")
    assert svc.ctx.user == "Kim Berg"

    page.terms.setRowCount(0)
    page._add_term_row("HT2024", "2024-08-19", "2024-12-20")
    page.save_term_dates()
    terms = svc.agreement.agreement().school_terms
    assert [(t.code, t.start, t.end) for t in terms] == [
        ("HT2024", date(2024, 8, 19), date(2024, 12, 20))
    ]
    page._add_term_row("VT2025", "8 jan", "2025-06-12")
    page.save_term_dates()
    assert "ÅÅÅÅ-MM-DD" in page.terms_message.text()
    assert len(svc.agreement.agreement().school_terms) == 1


def test_choose_another_database_takes_effect_on_restart(window: MainWindow) -> None:
    page = settings_page(window)
    window.ui.dialogs.file_answers.append("/tmp/annan.sqlite")  # type: ignore[attr-defined]
    page.choose_database()
    assert window.ui.services.settings_store.load().db_path == "/tmp/annan.sqlite"
    assert "nästa start" in page.db_message.text()
    assert "annan" not in window.ui.services.db_target


def test_first_start_asks_for_name_and_party(ui: UiContext, qtbot: QtBot) -> None:
    ui.services.settings.user_name = ""
    dialog = FirstStartDialog(ui)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and "namn" in dialog.message.text()
    dialog.name.setText("Alex Lind")
    dialog.party.setCurrentText("Polisen")
    dialog.accept()
    saved = ui.services.settings_store.load()
    assert (saved.user_name, saved.user_party) == ("Alex Lind", "Polisen")
    assert not saved.first_start


def test_saving_the_user_reaches_the_pages_once_and_a_bad_name_is_refused(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The page only calls the settings service: it validates, saves, and its one
    SettingsChanged reaches the pages through the bridge."""
    svc = window.ui.services
    page = settings_page(window)
    heard: list[object] = []
    window.ui.bridge.settingsChanged.connect(heard.append)

    page.name_edit.setText("Kim 811218-9876")  # a personnummer is never stored
    page.save_user()
    assert "personnummer" in page.user_message.text()
    assert heard == [] and svc.settings_store.load().user_name != "Kim 811218-9876"

    page.name_edit.setText("Kim Berg")
    page.party_box.setCurrentText(svc.settings.user_party)  # unchanged
    page.save_user()
    assert page.user_message.text() == "Sparat."
    assert [e.keys for e in heard] == [("user_name",)]  # type: ignore[attr-defined]
    page.save_user()  # nothing changed: nothing saved, nothing published
    assert len(heard) == 1


def test_switching_language_publishes_one_settings_change(window: MainWindow) -> None:
    heard: list[object] = []
    window.ui.bridge.settingsChanged.connect(heard.append)
    window.ui.set_language("en")
    window.ui.set_language("en")
    assert [e.keys for e in heard] == [("language",)]  # type: ignore[attr-defined]
    window.ui.set_language("sv")
