"""Sync use cases: export and import packages, trust devices, folders, conflicts.

Importing one package is `services/sync_import.py` (its merge: `sync_merge.py`);
reviewing conflicts is `services/sync_conflicts.py`. This service is their one face.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection

from lofte_desktop.domain import hlc
from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.ids import is_uuid, new_id
from lofte_desktop.domain.texts import held_back_text
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import SyncFinished
from lofte_desktop.services.sync_conflicts import Conflict, ConflictReview
from lofte_desktop.services.sync_import import ImportSummary, PackageImporter
from lofte_desktop.services.sync_versions import (
    export_filter,
    known_peers,
    peer_reads,
)
from lofte_desktop.storage import sync_store as store
from lofte_desktop.storage.meta import (
    DEVICE_NAME,
    HLC_LAST,
    get_meta,
    set_meta,
    utcnow,
)
from lofte_desktop.sync import package as pkgfmt
from lofte_desktop.sync import signing
from lofte_desktop.sync.compat import just_before
from lofte_desktop.sync.errors import SyncError, UntrustedSignerError, err
from lofte_desktop.sync.merge import Policy, greatest_wins, merge_vector
from lofte_desktop.sync.schema import SCHEMA_VERSION, TABLE_ORDER

FOLDER = "sync_folder"
PARTY = "device_party"
TRUSTED = "sync_trusted"
SENT = "sync_sent_hlc"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    records: int
    peer: str | None
    full: bool
    #: The record schema written: below this release's for a peer on an older one.
    schema: int = SCHEMA_VERSION
    #: The release the package was written for (the oldest in its audience).
    peer_version: str = ""
    #: (group, count) held back until the other side upgrades (sync/compat.py).
    held: tuple[tuple[str, int], ...] = ()

    def held_text(self) -> str:
        """What was held back, in words ("" when nothing was)."""
        return held_back_text(self.held, self.peer_version)


@dataclass(frozen=True)
class SignerInfo:
    device_id: str
    name: str
    party: str
    fingerprint: str
    trusted: bool
    package_id: str
    created_at: str
    peer: str | None = None


@dataclass
class FolderResult:
    imported: list[ImportSummary] = field(default_factory=list)
    untrusted: list[SignerInfo] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        keys = ("new", "updated", "deleted", "unchanged", "conflicts")
        return {k: sum(getattr(s, k) for s in self.imported) for k in keys}


def state_of(record_hlc: str, device_id: str, self_id: str, sent: str) -> str:
    """DHIS2-style sync state: "unsent" local change, "sent", or "received"."""
    if device_id != self_id:
        return "received"
    return "unsent" if record_hlc > sent else "sent"


class SyncService:
    def __init__(
        self,
        ctx: ServiceContext,
        *,
        key_dir: Path | None = None,
        policy: Policy = greatest_wins,
        now_ms: Callable[[], int] = hlc.now_ms,
    ) -> None:
        self.ctx = ctx
        self._key_dir = key_dir
        self.policy = policy
        self.now_ms = now_ms
        self._importer = PackageImporter(
            ctx,
            is_trusted=self._is_trusted,
            ensure_identity=lambda: self.key,
            folder=self._data_dir,
            policy=policy,
            now_ms=now_ms,
        )
        self._review = ConflictReview(ctx)

    def _data_dir(self) -> Path:
        from lofte_desktop.runtime.paths import data_dir

        return self._key_dir or data_dir()

    # -- identity ----------------------------------------------------------------

    @cached_property
    def key(self) -> Ed25519PrivateKey:
        """This device's signing key, created on first use; the devices row of this
        device gets its public key and fingerprint."""
        folder = self._data_dir()
        key = signing.load_or_create(signing.key_path(folder, self.ctx.device_id))
        pub = signing.public_b64(key)
        with self.ctx.db.read_connection() as conn:
            row = store.device(conn, self.ctx.device_id)
        if row is None or row["public_key"] != pub:
            with self.ctx.db.write_connection() as conn:
                store.upsert_device(
                    conn,
                    self.ctx.device_id,
                    public_key=pub,
                    fingerprint=signing.fingerprint(pub),
                    is_self=True,
                    trusted=True,
                    **({} if row else {"name": "lofte", "first_seen": utcnow()}),
                )
        return key

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(signing.public_b64(self.key))

    def _meta(self, key: str, default: str = "") -> str:
        with self.ctx.db.read() as s:
            return get_meta(s, key) or default

    def set_identity(
        self, *, name: str | None = None, party: str | None = None
    ) -> None:
        self.key  # noqa: B018 - creates the key and our devices row first
        with self.ctx.db.write_connection() as conn:
            if name is not None:
                set_meta(conn, DEVICE_NAME, name.strip()[:120])
                store.upsert_device(conn, self.ctx.device_id, name=name.strip()[:120])
            if party is not None:
                set_meta(conn, PARTY, party.strip()[:80])
                store.upsert_device(conn, self.ctx.device_id, party=party.strip()[:80])

    # -- trust -------------------------------------------------------------------

    def _trusted(self, conn: Connection) -> set[str]:
        return set(json.loads(get_meta(conn, TRUSTED) or "[]"))

    def trust(self, fingerprint: str) -> str:
        """Trusts a device by its key fingerprint (checked with the sender by phone or
        in person); packages it signs are imported from now on."""
        fp = signing.normalize_fingerprint(fingerprint)
        self.key  # noqa: B018 - publishes our own key too
        with self.ctx.db.write_connection() as conn:
            trusted = self._trusted(conn) | {fp}
            set_meta(conn, TRUSTED, json.dumps(sorted(trusted)))
            store.trust_fingerprint(conn, fp)
        return fp

    def inspect(self, path: str | Path) -> SignerInfo:
        """Checks a package (container, manifest, signature) and says who signed it."""
        pkg = pkgfmt.open_package(Path(path))
        with self.ctx.db.read_connection() as conn:
            trusted = self._is_trusted(conn, pkg)
        dev = pkg.device
        return SignerInfo(
            dev["id"],
            dev["name"],
            dev["party"],
            pkg.fingerprint,
            trusted,
            pkg.package_id,
            pkg.manifest["created_at"],
            pkg.manifest["peer"],
        )

    def _is_trusted(self, conn: Connection, pkg: pkgfmt.OpenedPackage) -> bool:
        dev = pkg.device
        row = store.device(conn, dev["id"])
        if (
            row is not None
            and row["public_key"]
            and row["public_key"] != pkg.manifest["public_key"]
        ):
            raise err("sync.key_changed", name=dev["name"], fingerprint=pkg.fingerprint)
        if row is not None and row["trusted"] and row["public_key"]:
            return True
        return pkg.fingerprint in self._trusted(conn)

    # -- export ------------------------------------------------------------------

    def resolve_peer(self, text: str) -> str:
        wanted = text.strip().lower()
        with self.ctx.db.read_connection() as conn:
            devs = [d for d in store.devices(conn) if not d["is_self"]]
        hits = [
            d["id"]
            for d in devs
            if d["id"] == wanted
            or (len(wanted) >= 6 and d["id"].startswith(wanted))
            or d["name"].lower() == wanted
        ]
        if not hits and is_uuid(wanted):
            return wanted  # a device we never heard from: it has confirmed nothing
        if len(hits) != 1:
            raise err("sync.unknown_peer", peer=text)
        return str(hits[0])

    def _base(self, conn: Connection, peer: str | None, full: bool) -> dict[str, str]:
        if full:
            return {}
        vectors = store.all_vectors(conn)
        if peer is not None:
            return vectors.get(peer, {})
        peers = known_peers(conn)
        if not peers:
            return {}
        base: dict[str, str] | None = None
        for p in peers:
            v = vectors.get(p, {})
            if base is None:
                base = dict(v)
            else:
                base = {o: min(h, v[o]) for o, h in base.items() if o in v}
        return base or {}

    def default_file_name(self) -> str:
        name = "".join(
            c if c.isalnum() else "-" for c in self._meta(DEVICE_NAME, "lofte")
        )
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        return f"{name[:40]}-{stamp}-{new_id()[:8]}{pkgfmt.EXTENSION}"

    def export(
        self,
        out: str | Path | None = None,
        *,
        peer: str | None = None,
        full: bool = False,
    ) -> ExportResult:
        """Writes a package with everything `peer` (or every known peer) has not
        confirmed seeing; `full` writes everything. `out` may be a folder; without it
        the sync folder is used."""
        key = self.key
        target = Path(out) if out else self._folder_path()
        if target.is_dir():
            target = target / self.default_file_name()
        peer_id = self.resolve_peer(peer) if peer else None
        package_id = new_id()
        with self.ctx.db.read_connection() as conn:
            base = self._base(conn, peer_id, full)
            seen = store.vector(conn, self.ctx.device_id)
            last = get_meta(conn, HLC_LAST) or hlc.ZERO
            merge_vector(seen, {self.ctx.device_id: last})
            # a peer on an older release gets what it reads; the rest waits
            schema, peer_version = peer_reads(conn, peer_id)
            compat = export_filter(conn, schema)
            manifest = {
                "package_id": package_id,
                "created_at": utcnow().isoformat(),
                "device": {
                    "id": self.ctx.device_id,
                    "name": (get_meta(conn, DEVICE_NAME) or "lofte")[:120],
                    "party": (get_meta(conn, PARTY) or "")[:80],
                },
                "peer": peer_id,
                "full": full,
                "base": base,
            }

            def lines() -> Any:
                for table in TABLE_ORDER:
                    for batch in store.iter_changed(conn, table, base):
                        for rec in batch:
                            out = compat.admit(table, rec)
                            if out is not None:
                                yield pkgfmt.dumps({"t": table, "r": out})

            def finished() -> dict[str, Any]:
                # never say we have seen what was held back: it goes again later
                return {**manifest, "seen": compat.cap(seen)}

            written = pkgfmt.write_package(target, finished, lines(), key, schema)
        held = tuple(compat.told())
        mine = compat.earliest.get(self.ctx.device_id)
        sent = min(last, just_before(mine)) if mine else last
        with self.ctx.db.write_connection() as conn:
            store.record_package(
                conn,
                id=package_id,
                direction="out",
                peer_device_id=peer_id,
                created_at=utcnow(),
                processed_at=utcnow(),
                file_name=str(written.path),
                record_count=written.records,
                summary={
                    "records": written.records,
                    "full": full,
                    **({"schema": schema, "held": dict(held)} if held else {}),
                },
            )
            if sent > (get_meta(conn, SENT) or hlc.ZERO):
                set_meta(conn, SENT, sent)
        result = ExportResult(
            written.path,
            package_id,
            written.records,
            peer_id,
            full,
            schema,
            peer_version,
            held,
        )
        self.ctx.events.publish(SyncFinished({"export": str(written.path)}))
        return result

    # -- import ------------------------------------------------------------------

    def import_file(self, path: str | Path) -> ImportSummary:
        """Imports one package; raises UntrustedSignerError for an unknown signer."""
        return self._importer.import_file(path)

    # -- folder ------------------------------------------------------------------

    def folder(self) -> str:
        return self._meta(FOLDER)

    def set_folder(self, path: str | Path) -> Path:
        folder = Path(path).expanduser().resolve()
        if not folder.is_dir():
            raise err("sync.folder_missing", path=str(folder))
        db_path = self.ctx.db.path
        if db_path and Path(db_path).resolve().is_relative_to(folder):
            raise err("sync.folder_is_db", path=str(folder))
        with self.ctx.db.write_connection() as conn:
            set_meta(conn, FOLDER, str(folder))
        return folder

    def _folder_path(self) -> Path:
        text = self.folder()
        if not text:
            raise err("sync.no_folder")
        folder = Path(text)
        if not folder.is_dir():
            raise err("sync.folder_missing", path=text)
        return folder

    def import_folder(self, folder: str | Path | None = None) -> FolderResult:
        """Imports every new, trusted package in the sync folder, oldest first."""
        where = Path(folder) if folder else self._folder_path()
        result = FolderResult()
        found: list[tuple[str, Path]] = []
        for p in sorted(where.glob(f"*{pkgfmt.EXTENSION}")):
            try:
                info = self.inspect(p)
            except SyncError as exc:
                result.errors.append((p.name, exc.message()))
                continue
            mine = info.peer in (None, self.ctx.device_id)  # not one for another peer
            if info.device_id != self.ctx.device_id and mine:
                found.append((info.created_at, p))
        for _, p in sorted(found):
            try:
                summary = self.import_file(p)
            except UntrustedSignerError as exc:
                if all(u.fingerprint != exc.fingerprint for u in result.untrusted):
                    result.untrusted.append(self.inspect(p))
                continue
            except LofteError as exc:  # a refused package; the others go on
                result.errors.append((p.name, exc.message()))
                continue
            if summary.skipped is None:
                result.imported.append(summary)
        return result

    # -- state, history, conflicts ---------------------------------------------------

    def status(self) -> dict[str, Any]:
        fp = self.fingerprint
        with self.ctx.db.read_connection() as conn:
            vectors = store.all_vectors(conn)
            devices = store.devices(conn)
            trusted = self._trusted(conn)
            sent = get_meta(conn, SENT) or hlc.ZERO
            open_conflicts = len(store.open_conflicts(conn))
            unsent = store.count_unsent(conn, self.ctx.device_id, sent)
            folder = get_meta(conn, FOLDER) or ""
            versions = {d["id"]: peer_reads(conn, d["id"])[1] for d in devices}
        seen_fps = {d["fingerprint"] for d in devices}
        return {
            "device_id": self.ctx.device_id,
            "fingerprint": fp,
            "name": next((d["name"] for d in devices if d["is_self"]), ""),
            "folder": folder,
            "unsent": unsent,
            "open_conflicts": open_conflicts,
            "devices": [
                {
                    "device_id": d["id"],
                    "name": d["name"],
                    "party": d["party"],
                    "fingerprint": d["fingerprint"],
                    "trusted": bool(d["trusted"]),
                    "is_self": bool(d["is_self"]),
                    "last_seen": _iso(d["last_seen"]),
                    "confirmed": vectors.get(d["id"], {}),
                    # the release its latest package came from (ours: this one)
                    "app_version": versions[d["id"]],
                }
                for d in devices
            ],
            "trusted_not_seen": sorted(trusted - seen_fps),
        }

    def history(self, limit: int = 200) -> list[dict[str, Any]]:
        with self.ctx.db.read_connection() as conn:
            return store.packages(conn, limit)

    def conflicts(self) -> list[Conflict]:
        return self._review.conflicts()

    def resolve(self, conflict_id: str, keep: str) -> None:
        """Keeps "mine" or "theirs" (see `ConflictReview.resolve`)."""
        self._review.resolve(conflict_id, keep)

    def recent_states(self, limit: int = 100) -> list[dict[str, Any]]:
        """The latest changed activities with their sync state (unsent/sent/received)."""
        with self.ctx.db.read_connection() as conn:
            sent = get_meta(conn, SENT) or hlc.ZERO
            rows = store.recent(conn, "activities", limit)
        for r in rows:
            r["state"] = state_of(r["hlc"], r["device_id"], self.ctx.device_id, sent)
        return rows


def _iso(value: Any) -> str | None:
    from lofte_desktop.storage.meta import as_utc

    v = as_utc(value)
    return v.isoformat() if v else None
