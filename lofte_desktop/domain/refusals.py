"""Refusals that carry their own Swedish and English text: a backup, restore,
period lock or publication that cannot be done (`RefusedError`), a write the
database refused (`WriteFailedError`, `write_failure`), and a personnummer in an
import (`ImportPrivacyError`, `refuse_personal_numbers`).

They are few and specific, so they hold their text themselves; the CLI and the UI
show them like every other LofteError.
"""

from __future__ import annotations

from collections.abc import Mapping

from lofte_desktop.domain.errors import LofteError, PrivacyError
from lofte_desktop.domain.pii import personal_numbers_in_record
from lofte_desktop.domain.texts import language


class RefusedError(LofteError):
    """A backup, restore, lock or publication that cannot be done; nothing was
    changed."""

    def __init__(self, sv: str, en: str | None = None, *, field: str | None = None):
        self.sv = sv
        self.en = en or sv
        super().__init__("err.refused", field=field)

    def message(self, lang: str | None = None) -> str:
        return self.en if (lang or language()) == "en" else self.sv


class WriteFailedError(RefusedError):
    """The database refused a write (full disk, read-only media, I/O error, busy).

    The transaction was rolled back, so the database is as it was; forms keep what
    the user typed and show this message.
    """


_WRITE_FAILURES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        ("database or disk is full", "disk is full", "no space left"),
        "Det gick inte att spara: disken är full. Inget har ändrats och det du "
        "skrev finns kvar. Frigör utrymme på disken och försök igen.",
        "Could not save: the disk is full. Nothing was changed and what you typed "
        "is kept. Free some disk space and try again.",
    ),
    (
        ("readonly database", "read-only file system", "permission denied"),
        "Det gick inte att spara: databasen ligger på en skrivskyddad plats. Inget "
        "har ändrats och det du skrev finns kvar. Flytta databasen till en mapp du "
        "kan skriva i.",
        "Could not save: the database is on read-only media. Nothing was changed "
        "and what you typed is kept. Move the database to a writable folder.",
    ),
    (
        ("database is locked", "database table is locked"),
        "Det gick inte att spara: ett annat program har skrivit till databasen för "
        "länge. Inget har ändrats och det du skrev finns kvar. Försök igen om en "
        "stund.",
        "Could not save: another program held the database for too long. Nothing "
        "was changed and what you typed is kept. Try again in a moment.",
    ),
    (
        ("disk i/o error", "unable to open database file"),
        "Det gick inte att spara på grund av ett diskfel. Inget har ändrats och det "
        "du skrev finns kvar. Kontrollera disken, och kör `lofte check`.",
        "Could not save because of a disk error. Nothing was changed and what you "
        "typed is kept. Check the disk, and run `lofte check`.",
    ),
)


def write_failure(text: str) -> WriteFailedError | None:
    """The user's message for a failed write, from the driver's error text."""
    low = text.lower()
    for needles, sv, en in _WRITE_FAILURES:
        if any(n in low for n in needles):
            return WriteFailedError(sv, en)
    return None


class ImportPrivacyError(PrivacyError):
    """A sync package (or other import) holds a personnummer: nothing is imported."""

    def __init__(self, table: str, field_name: str, masked: str) -> None:
        self.table = table
        self.masked = masked
        super().__init__("err.personnummer", field=field_name, masked=masked)

    def message(self, lang: str | None = None) -> str:
        if (lang or language()) == "en":
            return (
                f"The package contains what looks like a personal identity number "
                f"({self.masked}) in {self.table}.{self.field}. Nothing was imported. "
                "Ask the sender to remove it and send a new package: the log must "
                "never hold residents' identity numbers."
            )
        return (
            f"Paketet innehåller något som ser ut som ett personnummer ({self.masked}) "
            f"i {self.table}.{self.field}. Inget importerades. Be avsändaren ta bort "
            "det och skicka ett nytt paket: loggen får aldrig innehålla invånares "
            "personnummer."
        )


def refuse_personal_numbers(table: str, record: Mapping[str, object]) -> None:
    """The PII guard for one incoming record (sync import): raises
    ImportPrivacyError for the first personnummer in any free-text field."""
    found = personal_numbers_in_record(record)
    if found:
        field_name, match = found[0]
        raise ImportPrivacyError(table, field_name, match.masked)
