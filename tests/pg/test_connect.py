"""Connecting to the shared store: URLs, credentials (keyring, PGPASSFILE, never the
settings file), and clear Swedish messages when it fails. Real server throughout."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lofte_desktop.app import build_services
from lofte_desktop.entry import cli
from lofte_desktop.services.settings import SettingsService
from lofte_desktop.services.settings_file import SettingsStore
from lofte_desktop.services.shared_store import SharedStoreService
from lofte_desktop.storage import postgres
from lofte_desktop.storage.migrate import ConnectionFailedError, open_database
from tests.conftest import TODAY
from tests.pg.memkeyring import MemoryKeyring, memory_keyring
from tests.pg.server import PASSWORD_ROLE, PgServer

__all__ = ["memory_keyring"]  # a fixture, used by name

PASSWORD = "Hemligt:lösen-42"


@pytest.fixture
def pw_url(pg_server: PgServer) -> Iterator[str]:
    """A store whose user must log in with a password; the URL has none."""
    admin = pg_server.admin()
    exists = admin.execute(
        "SELECT 1 FROM pg_roles WHERE rolname = %s", (PASSWORD_ROLE,)
    ).fetchone()
    if not exists:
        admin.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN")
    admin.execute(f"ALTER ROLE {PASSWORD_ROLE} PASSWORD '{PASSWORD}'")
    url = pg_server.create_database()
    dbname = url.split("/")[3].split("?")[0]
    import psycopg

    with psycopg.connect(
        host=str(pg_server.socket_dir),
        port=pg_server.port,
        user="postgres",
        dbname=dbname,
        autocommit=True,
    ) as conn:
        conn.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {PASSWORD_ROLE}")
    yield url.replace("postgres@", f"{PASSWORD_ROLE}@", 1)
    pg_server.drop_database(url)


def test_urls_are_normalised_and_passwords_never_shown() -> None:
    url = "postgres://anna:hemligt@db.kommun.se:5433/lofte"
    assert postgres.normalise_url(url).startswith("postgresql+psycopg://")
    assert (
        postgres.normalise_url("postgresql+psycopg://a@h/d")
        == "postgresql+psycopg://a@h/d"
    )
    assert "hemligt" not in postgres.display_url(url)
    bare, password = postgres.strip_password(url)
    assert password == "hemligt" and "hemligt" not in bare and "anna@" in bare
    assert postgres.keyring_user(bare) == "anna@db.kommun.se:5433/lofte"
    assert postgres.is_postgres_url("postgresql://x@y/z")
    assert not postgres.is_postgres_url("/home/anna/lofte.sqlite")
    assert not postgres.is_postgres_url("sqlite:///x.sqlite")


@pytest.mark.postgres
def test_a_server_that_does_not_answer_gets_a_clear_message(tmp_path: Path) -> None:
    url = f"postgresql://anna@/lofte?host={tmp_path}&port=5999"
    with pytest.raises(ConnectionFailedError) as err:
        open_database(url)
    text = str(err.value)
    assert "servern svarar inte" in text
    assert "lokal databasfil" in text  # offline never blocks logging locally


@pytest.mark.postgres
def test_a_missing_database_gets_a_clear_message(pg_server: PgServer) -> None:
    with pytest.raises(ConnectionFailedError) as err:
        open_database(pg_server.url("finns_inte"))
    assert "'finns_inte' finns inte på servern" in str(err.value)


@pytest.mark.postgres
def test_a_missing_or_wrong_password_is_explained(
    pw_url: str, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(ConnectionFailedError) as err:
        open_database(pw_url)
    assert "kräver ett lösenord" in str(err.value)
    wrong = pw_url.replace(f"{PASSWORD_ROLE}@", f"{PASSWORD_ROLE}:fel@", 1)
    with pytest.raises(ConnectionFailedError) as err:
        open_database(wrong)
    assert "fel användarnamn" in str(err.value)
    assert "fel@" not in str(err.value)


@pytest.mark.postgres
def test_connect_keeps_the_password_in_the_keyring_not_in_settings(
    pw_url: str, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    service = SharedStoreService(SettingsService(store, store.load()))
    info = service.connect(pw_url, PASSWORD)
    assert info.backend == "postgresql" and info.password_in_keyring
    saved = store.path.read_text(encoding="utf-8")
    assert PASSWORD not in saved and PASSWORD.replace(":", "%3A") not in saved
    assert json.loads(saved)["db_path"] == postgres.normalise_url(pw_url)
    assert memory_keyring.secrets == {
        ("lofte-desktop", postgres.keyring_user(pw_url)): PASSWORD
    }
    # the app now starts on the shared store, with the keyring's password
    svc = build_services(None, today=lambda: TODAY, settings_store=store)
    assert svc.ctx.db.is_postgres
    svc.agreement.load_catalogue()
    assert svc.agreement.agreement().code
    svc.close()


@pytest.mark.postgres
def test_a_password_inside_the_url_is_moved_to_the_keyring(
    pw_url: str, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    with_pw = pw_url.replace(
        f"{PASSWORD_ROLE}@", f"{PASSWORD_ROLE}:Hemligt%3Al%C3%B6sen-42@"
    )
    SharedStoreService(SettingsService(store, store.load())).connect(with_pw)
    assert "Hemligt" not in store.path.read_text(encoding="utf-8")
    assert list(memory_keyring.secrets.values()) == [PASSWORD]


@pytest.mark.postgres
def test_a_failed_connect_saves_nothing(
    pw_url: str, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    with pytest.raises(ConnectionFailedError):
        SharedStoreService(SettingsService(store, store.load())).connect(
            pw_url, "fel-lösenord"
        )
    assert not store.path.exists()
    assert memory_keyring.secrets == {}


@pytest.mark.postgres
def test_a_pgpassfile_works_without_the_keyring(
    pw_url: str,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passfile = tmp_path / "pgpass"
    passfile.write_text(
        f"*:*:*:{PASSWORD_ROLE}:{PASSWORD.replace(':', chr(92) + ':')}\n"
    )
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    db = open_database(pw_url)
    assert db.is_postgres
    db.dispose()


def test_a_missing_driver_gets_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(ConnectionFailedError) as err:
        open_database("postgresql://anna@localhost/lofte")
    assert "psycopg är inte installerad" in str(err.value)


@pytest.mark.postgres
def test_the_cli_works_unchanged_against_the_shared_store(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_server.create_database(migrated=False)
    assert cli.main(["--db", url, "init"]) == 0
    assert (
        cli.main(
            [
                "log",
                "--db",
                url,
                "--type",
                "presence",
                "--promise",
                "T2",
                "--date",
                "2024-03-05",
                "--hours",
                "2,5",
                "--place",
                "Centrumparken",
                "--party",
                "Polisen",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert cli.main(["activities", "--db", url, "--json"]) == 0
    items: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    assert [(a["type"], a["place"], a["hours"]) for a in items] == [
        ("presence", "Centrumparken", 2.5)
    ]
    assert cli.main(["db", "check", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "PostgreSQL (gemensam)" in out and "Aktiviteter: 1" in out
    pg_server.drop_database(url)


def test_the_cli_explains_an_unreachable_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql://anna@/lofte?host={tmp_path}&port=5999"
    assert cli.main(["progress", "--db", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lofte: Kunde inte ansluta till den gemensamma databasen")


@pytest.mark.postgres
def test_init_never_prints_a_password(
    pw_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with_pw = pw_url.replace(
        f"{PASSWORD_ROLE}@", f"{PASSWORD_ROLE}:Hemligt%3Al%C3%B6sen-42@"
    )
    assert cli.main(["init", "--db", with_pw]) == 0
    out = capsys.readouterr().out
    assert "Databas: postgresql+psycopg://lofte_pw:***@" in out
    assert "Hemligt" not in out
