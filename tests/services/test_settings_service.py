"""The settings service: the one way to change a setting. It validates (refusing
with a Swedish message and changing nothing), saves, and publishes SettingsChanged
once per change with the keys that changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.app import build_services
from lofte_desktop.domain.errors import ValidationErrors
from lofte_desktop.services.events import EventBus, SettingsChanged
from lofte_desktop.services.settings import MAX_TEXT, SettingsService
from lofte_desktop.services.settings_file import AppSettings, SettingsStore


class Recorder:
    def __init__(self, bus: EventBus) -> None:
        self.events: list[SettingsChanged] = []
        bus.subscribe(SettingsChanged, self.events.append)


def make(tmp_path: Path) -> tuple[SettingsService, Recorder]:
    store = SettingsStore(tmp_path / "settings.json")
    bus = EventBus()
    return SettingsService(store, store.load(), bus), Recorder(bus)


def saved(service: SettingsService) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(service.store.path.read_text(encoding="utf-8"))
    return data


def test_a_change_is_saved_and_published_once_with_its_keys(tmp_path: Path) -> None:
    service, seen = make(tmp_path)

    changed = service.update(user_name="Anna Berg", user_party="Polisen")

    assert changed == ("user_name", "user_party")
    assert [e.keys for e in seen.events] == [("user_name", "user_party")]
    assert saved(service)["user_name"] == "Anna Berg"
    assert service.settings.user_party == "Polisen"  # the object the app reads


def test_setting_what_is_already_set_saves_and_publishes_nothing(
    tmp_path: Path,
) -> None:
    service, seen = make(tmp_path)
    service.update(language="en")
    seen.events.clear()
    before = service.store.path.stat().st_mtime_ns

    assert service.update(language="en") == ()
    assert seen.events == []
    assert service.store.path.stat().st_mtime_ns == before


def test_only_the_keys_that_changed_are_published(tmp_path: Path) -> None:
    service, seen = make(tmp_path)
    service.update(user_name="Anna", user_party="Polisen")
    seen.events.clear()

    service.update(user_name="Anna", user_party="Krokoms kommun")

    assert [e.keys for e in seen.events] == [("user_party",)]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"language": "de"}, "Okänt språk: de. Välj sv (svenska) eller en (engelska)."),
        (
            {"user_party": "Polisen\nKrokom"},
            "Din part får inte innehålla radbrytningar",
        ),
        ({"db_path": "/tmp/a\x00b.sqlite"}, "Databasens sökväg får inte innehålla"),
        ({"backup_keep": 0}, "Antalet säkerhetskopior att spara måste vara ett heltal"),
        ({"backup_keep": "14"}, "måste vara ett heltal från 1 till 1000, inte 14."),
        ({"user_name": "x" * 101}, "Ditt namn är för lång (101 tecken, högst 100)."),
        ({"last_place": "Hos 811218-9876"}, "personnummer"),
        ({"colour": "blå"}, "Okänd inställning: colour."),
        ({"extra": {"k": {1, 2}}}, "Inställningen extra går inte att spara"),
    ],
)
def test_a_bad_value_is_refused_in_swedish_and_changes_nothing(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    service, seen = make(tmp_path)
    service.update(user_name="Anna")
    seen.events.clear()
    file_before = service.store.path.read_bytes()
    memory_before = AppSettings(**vars(service.settings))

    with pytest.raises(ValidationErrors) as refused:
        service.update(sync_folder="/media/usb", **changes)  # good, not set

    assert message in refused.value.message("sv")
    assert service.store.path.read_bytes() == file_before
    assert vars(service.settings) == vars(memory_before)  # nothing half-set
    assert seen.events == []


def test_every_bad_value_is_named_at_once(tmp_path: Path) -> None:
    service, _ = make(tmp_path)
    with pytest.raises(ValidationErrors) as refused:
        service.update(language="xx", backup_keep=-1)
    assert [e.key for e in refused.value.errors] == [
        "err.settings_language",
        "err.settings_backup_keep",
    ]


def test_set_user_collapses_spaces_and_refuses_an_empty_name(tmp_path: Path) -> None:
    service, seen = make(tmp_path)

    with pytest.raises(ValidationErrors) as refused:
        service.set_user("   ", "Polisen")
    assert refused.value.message("sv") == "Skriv ditt namn."
    assert seen.events == [] and not service.store.path.exists()

    service.set_user("  Anna   Berg ", "Polisen")
    assert service.settings.user_name == "Anna Berg"
    assert [e.keys for e in seen.events] == [("user_name", "user_party")]


def test_set_extra_keeps_the_other_entries(tmp_path: Path) -> None:
    service, seen = make(tmp_path)
    service.set_extra("a", {"x": 1})
    service.set_extra("b", ["y"])
    assert saved(service)["extra"] == {"a": {"x": 1}, "b": ["y"]}
    assert [e.keys for e in seen.events] == [("extra",), ("extra",)]


def test_a_failed_save_leaves_the_settings_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, seen = make(tmp_path)

    def disk_full(_settings: AppSettings) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(service.store, "save", disk_full)
    with pytest.raises(OSError):
        service.update(language="en")
    assert service.settings.language == "sv"
    assert seen.events == []


_TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=100
).filter(lambda s: s.isprintable())


@given(text=_TEXT)
def test_any_printable_text_is_stored_exactly_as_typed(text: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        store = SettingsStore(Path(tmp) / "settings.json")
        service = SettingsService(store, store.load())
        service.update(db_path=text, user_party=text[: MAX_TEXT["user_party"]])
        loaded = store.load()
    assert loaded.db_path == text
    assert loaded.user_party == text[: MAX_TEXT["user_party"]]


@given(
    text=st.text(max_size=20).flatmap(
        lambda s: st.sampled_from(["\n", "\r", "\x00", "\t"]).map(lambda c: s + c)
    )
)
def test_a_line_break_or_control_character_is_always_refused(text: str) -> None:
    service = SettingsService(
        SettingsStore(Path("/nonexistent/never-written.json")), AppSettings()
    )
    with pytest.raises(ValidationErrors):
        service.update(sync_folder=text)


def test_the_services_change_settings_through_it(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    svc = build_services(str(tmp_path / "db.sqlite"), settings_store=store)
    try:
        seen = Recorder(svc.events)
        svc.settings_service.set_user("Anna Berg", "Polisen")
        assert svc.ctx.user == "Anna Berg"  # who the next activity is logged by
        svc.shared_store.use_local()  # db_path "" was already ""
        svc.settings_service.update(db_path="/tmp/annan.sqlite")
        svc.shared_store.use_local()
        assert store.load().db_path == ""
        assert [e.keys for e in seen.events] == [
            ("user_name", "user_party"),
            ("db_path",),
            ("db_path",),
        ]
    finally:
        svc.close()
