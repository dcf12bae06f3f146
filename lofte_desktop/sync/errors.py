"""Sync refusals with their own Swedish (and English) texts.

`SyncError` is a `LofteError`, so the CLI and the UI show its message like any other
domain refusal; the texts live here so the shared text table stays small.
"""

from __future__ import annotations

from typing import Any

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.texts import language

_SV: dict[str, str] = {
    "sync.not_found": "Filen {path} finns inte.",
    "sync.unreadable": "Filen {path} kan inte läsas: {reason}",
    "sync.corrupt": "Paketet är trasigt eller ändrat och importerades inte ({reason}).",
    "sync.too_big": "Paketet är för stort eller packar upp sig till för mycket data ({reason}).",
    "sync.unsafe_name": "Paketet innehåller ett farligt filnamn ({name}) och importerades inte.",
    "sync.members": "Paketet har fel innehåll ({reason}) och importerades inte.",
    "sync.bad_signature": "Paketets signatur stämmer inte: filen har ändrats efter att den skapades. Inget importerades.",
    "sync.format_version": "Paketet har formatversion {found}, men den här versionen av Löfte Desktop läser version {expected}. Uppdatera Löfte Desktop på båda enheterna till samma version och exportera paketet igen.",
    "sync.invalid": "Paketet följer inte formatet: {reason}. Inget importerades.",
    "sync.unknown_promise": "Paketet hänvisar till ett löfte som inte finns här ({ref}). Ladda samma överenskommelse på båda enheterna. Inget importerades.",
    "sync.unknown_ref": "Paketet hänvisar till en post som inte finns här ({ref}). Inget importerades.",
    "sync.untrusted": "Paketet kommer från en enhet du ännu inte litar på: {name} ({party}), fingeravtryck {fingerprint}. Kontrollera fingeravtrycket med avsändaren och kör sedan: lofte sync trust {fingerprint}",
    "sync.key_changed": "Enheten {name} skickar med en annan nyckel än förut (fingeravtryck {fingerprint}). Paketet importerades inte.",
    "sync.own_package": "Paketet kommer från den här enheten och behöver inte importeras.",
    "sync.future": "Paketet har klockstämplar långt fram i tiden ({stamp}); klockan på enheten {name} går troligen fel. Paketet har lagts i karantän ({path}) och inget importerades. Rätta klockan på den enheten och exportera igen.",
    "sync.unknown_fingerprint": "Inget känt fingeravtryck matchar {fingerprint}.",
    "sync.bad_fingerprint": "Ett fingeravtryck är 64 hexadecimala tecken (mellanslag och kolon får finnas): {fingerprint}",
    "sync.unknown_peer": "Ingen känd enhet heter eller har id {peer}.",
    "sync.no_folder": "Ingen synkmapp är vald. Välj en med: lofte sync folder SÖKVÄG",
    "sync.folder_missing": "Synkmappen {path} finns inte (är USB-minnet isatt?).",
    "sync.folder_is_db": "Databasen får inte ligga i synkmappen ({path}); välj en annan mapp.",
    "sync.conflict_not_found": "Konflikten {id} finns inte eller är redan löst.",
    "sync.key_unreadable": "Nyckelfilen {path} kan inte läsas: {reason}",
    "sync.db_error": "Importen avbröts och inget skrevs: {reason}",
}

_EN: dict[str, str] = {
    "sync.not_found": "The file {path} does not exist.",
    "sync.unreadable": "The file {path} cannot be read: {reason}",
    "sync.corrupt": "The package is damaged or altered and was not imported ({reason}).",
    "sync.too_big": "The package is too large or unpacks to too much data ({reason}).",
    "sync.unsafe_name": "The package contains an unsafe file name ({name}) and was not imported.",
    "sync.members": "The package has the wrong contents ({reason}) and was not imported.",
    "sync.bad_signature": "The package signature does not match: the file was changed after it was made. Nothing was imported.",
    "sync.format_version": "The package has format version {found}, but this version of Löfte Desktop reads version {expected}. Update Löfte Desktop to the same version on both devices and export again.",
    "sync.invalid": "The package does not follow the format: {reason}. Nothing was imported.",
    "sync.unknown_promise": "The package refers to a promise that does not exist here ({ref}). Load the same agreement on both devices. Nothing was imported.",
    "sync.unknown_ref": "The package refers to a record that does not exist here ({ref}). Nothing was imported.",
    "sync.untrusted": "The package comes from a device you do not trust yet: {name} ({party}), fingerprint {fingerprint}. Check the fingerprint with the sender, then run: lofte sync trust {fingerprint}",
    "sync.key_changed": "The device {name} signs with a different key than before (fingerprint {fingerprint}). The package was not imported.",
    "sync.own_package": "The package comes from this device and need not be imported.",
    "sync.future": "The package has clock stamps far in the future ({stamp}); the clock on {name} is probably wrong. The package was quarantined ({path}) and nothing was imported. Fix that device's clock and export again.",
    "sync.unknown_fingerprint": "No known fingerprint matches {fingerprint}.",
    "sync.bad_fingerprint": "A fingerprint is 64 hexadecimal characters (spaces and colons allowed): {fingerprint}",
    "sync.unknown_peer": "No known device has the name or id {peer}.",
    "sync.no_folder": "No sync folder is set. Choose one with: lofte sync folder PATH",
    "sync.folder_missing": "The sync folder {path} does not exist (is the USB stick plugged in?).",
    "sync.folder_is_db": "The database must not live in the sync folder ({path}); choose another folder.",
    "sync.conflict_not_found": "The conflict {id} does not exist or is already resolved.",
    "sync.key_unreadable": "The key file {path} cannot be read: {reason}",
    "sync.db_error": "The import stopped and nothing was written: {reason}",
}


class SyncError(LofteError):
    """A package or sync action that was refused; nothing was written."""

    def message(self, lang: str | None = None) -> str:
        table = _EN if (lang or _current_lang()) == "en" else _SV
        text = table.get(self.key) or _SV.get(self.key) or self.key
        return text.format(**self.params) if self.params else text


class UntrustedSignerError(SyncError):
    """A well-signed package from a device not yet trusted (trust on first use)."""

    def __init__(
        self, *, device_id: str, name: str, party: str, fingerprint: str
    ) -> None:
        self.device_id = device_id
        self.device_name = name
        self.party = party
        self.fingerprint = fingerprint
        super().__init__(
            "sync.untrusted", name=name, party=party or "-", fingerprint=fingerprint
        )


def _current_lang() -> str:
    return language()


def err(key: str, **params: Any) -> SyncError:
    return SyncError(key, **params)
