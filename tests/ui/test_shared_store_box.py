"""Inställningar → Gemensam databas: connecting to a real PostgreSQL store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lofte_desktop.app import Services, build_services
from lofte_desktop.runtime.paths import default_db_path
from lofte_desktop.storage.migrate import NewerSchemaError, OpenError
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.main_window import MainWindow
from lofte_desktop.ui.pages.settings_page import SettingsPage
from lofte_desktop.ui.pages.shared_store_box import (
    SharedStoreBox,
    open_local_when_offline,
)
from tests.conftest import TODAY, draft
from tests.pg.memkeyring import MemoryKeyring, memory_keyring
from tests.pg.server import PgServer
from tests.ui.scripted_dialogs import ScriptedDialogs

__all__ = ["memory_keyring"]  # a fixture, used by name


def shared_box(window: MainWindow) -> SharedStoreBox:
    window.navigate("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    return page.shared_box


@pytest.mark.postgres
def test_connect_saves_the_url_and_keeps_the_password_out_of_settings(
    window: MainWindow,
    ui: UiContext,
    pg_server: PgServer,
    memory_keyring: MemoryKeyring,
    qtbot: QtBot,
) -> None:
    url = pg_server.create_database()
    box = shared_box(window)
    box.url_edit.setText(url.replace("postgres@", "postgres:hemligt-42@", 1))
    qtbot.keyClicks(box.password_edit, "hemligt-42")
    box.connect_button.click()
    assert "Ansluten till" in box.message.text()
    assert "hemligt" not in box.message.text() and box.password_edit.text() == ""
    saved = Path(ui.services.settings_store.path).read_text(encoding="utf-8")
    assert "hemligt" not in saved
    assert json.loads(saved)["db_path"] == box.url_edit.text()
    assert list(memory_keyring.secrets.values()) == ["hemligt-42"]
    # the next start opens the shared store
    svc = build_services(today=lambda: TODAY, settings_store=ui.services.settings_store)
    assert svc.ctx.db.is_postgres
    svc.close()

    box.local_button.click()
    assert box.url_edit.text() == ""
    assert (
        json.loads(Path(ui.services.settings_store.path).read_text())["db_path"] == ""
    )
    pg_server.drop_database(url)


def test_an_unreachable_store_is_explained_and_nothing_saved(
    window: MainWindow, ui: UiContext, tmp_path: Path
) -> None:
    box = shared_box(window)
    box.url_edit.setText(f"postgresql://anna@/lofte?host={tmp_path}&port=5999")
    box.connect_button.click()
    text = box.message.text()
    assert text.startswith("Inte ansluten: Kunde inte ansluta")
    assert "lokal databasfil" in text
    assert ui.services.settings.db_path == ""


def test_an_empty_address_is_asked_for(window: MainWindow) -> None:
    box = shared_box(window)
    box.connect_button.click()
    assert box.message.text() == "Skriv den gemensamma databasens adress."


def test_an_unreachable_store_at_start_offers_the_local_file(
    tmp_path: Path, qtbot: QtBot
) -> None:
    url = f"postgresql://anna@/lofte?host={tmp_path}&port=5999"
    with pytest.raises(OpenError) as err:
        build_services(url, today=lambda: TODAY)
    dialogs = ScriptedDialogs()
    dialogs.confirm_answers = [False, True]

    def build(path: str) -> Services:
        return build_services(path, today=lambda: TODAY)

    assert open_local_when_offline(err.value, build, dialogs.confirm) is None
    svc = open_local_when_offline(err.value, build, dialogs.confirm)
    assert svc is not None and not svc.ctx.db.is_postgres
    assert svc.ctx.db.path == str(default_db_path())
    _kind, title, text = dialogs.messages[-1]
    assert title == "Den gemensamma databasen går inte att nå"
    assert "servern svarar inte" in text and str(default_db_path()) in text
    svc.agreement.load_catalogue()
    assert svc.activities.log(draft()).id  # logging goes on, locally
    svc.close()


def test_other_open_errors_are_not_turned_into_the_local_offer(
    tmp_path: Path,
) -> None:
    dialogs = ScriptedDialogs()
    got = open_local_when_offline(
        NewerSchemaError("nyare"), lambda p: build_services(p), dialogs.confirm
    )
    assert got is None and dialogs.messages == []
