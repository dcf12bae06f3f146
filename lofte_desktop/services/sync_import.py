"""Importing one package: trust, hooks, then the merge and its bookkeeping in ONE
transaction.

Import order (issue 5): open the package and verify its signature, check the signer
is trusted, then run the `sync-import` hooks (a backup) and merge every line in one
transaction that also records the package id, the peers' knowledge and the signer's
device row; any error rolls all of it back.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from lofte_desktop.domain import hlc
from lofte_desktop.domain.errors import LofteError
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import ActivitiesChanged, SyncFinished
from lofte_desktop.services.sync_merge import FutureStamp, MergeRun, locked_ranges
from lofte_desktop.services.sync_versions import remember_writer
from lofte_desktop.storage import sync_store as store
from lofte_desktop.storage.database import bulk_cache
from lofte_desktop.storage.meta import observe_stamp, utcnow
from lofte_desktop.sync import package as pkgfmt
from lofte_desktop.sync.errors import UntrustedSignerError, err
from lofte_desktop.sync.merge import Policy, peer_state

QUARANTINE = "quarantine"


@dataclass(frozen=True)
class ImportSummary:
    file: str
    package_id: str
    device_id: str
    device_name: str
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    audit: int = 0
    #: None, "already" (imported before: nothing changed) or "own" (our package).
    skipped: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class PackageImporter:
    """Imports packages into this device's database.

    `is_trusted` says whether a package's signer is trusted (raising when a known
    device's key changed); `ensure_identity` makes our own device row complete;
    `folder` is where a refused package is kept (its `quarantine` subfolder)."""

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        is_trusted: Callable[[Connection, pkgfmt.OpenedPackage], bool],
        ensure_identity: Callable[[], object],
        folder: Callable[[], Path],
        policy: Policy,
        now_ms: Callable[[], int],
    ) -> None:
        self.ctx = ctx
        self._is_trusted = is_trusted
        self._ensure_identity = ensure_identity
        self._folder = folder
        self.policy = policy
        self.now_ms = now_ms

    def import_file(self, path: str | Path) -> ImportSummary:
        """Imports one package; raises UntrustedSignerError for an unknown signer."""
        p = Path(path)
        pkg = pkgfmt.open_package(p)
        dev = pkg.device
        base = ImportSummary(str(p), pkg.package_id, dev["id"], dev["name"])
        if dev["id"] == self.ctx.device_id:
            return ImportSummary(**{**asdict(base), "skipped": "own"})
        with self.ctx.db.read_connection() as conn:
            if not self._is_trusted(conn, pkg):
                raise UntrustedSignerError(
                    device_id=dev["id"],
                    name=dev["name"],
                    party=dev["party"],
                    fingerprint=pkg.fingerprint,
                )
            if store.package_known(conn, pkg.package_id):
                return ImportSummary(**{**asdict(base), "skipped": "already"})
        for stamp in pkg.seen.values():
            if hlc.is_far_future(stamp, now=self.now_ms):
                self._quarantine(pkg, stamp)
        self._ensure_identity()  # our own devices row must be complete first
        self.ctx.run_hooks("sync-import")
        run = MergeRun(
            pkg,
            self_id=self.ctx.device_id,
            policy=self.policy,
            now_ms=self.now_ms,
        )
        try:
            with self.ctx.db.write_connection() as conn, bulk_cache(conn):
                run.locked = locked_ranges(conn)
                counts = run.merge(conn)
                self._finish(conn, pkg, run, counts)
        except FutureStamp as exc:
            self._quarantine(pkg, exc.stamp)
        except IntegrityError as exc:
            raise err("sync.unknown_ref", ref=str(exc.orig)[:120]) from exc
        except OperationalError as exc:
            raise err("sync.db_error", reason=str(exc.orig)[:200]) from exc
        except (LofteError, OSError):  # OSError: the disk, said as such by callers
            raise
        except Exception as exc:  # whatever a package does: a message, no traceback
            reason = f"{type(exc).__name__}: {exc}"[:200]
            raise err("sync.db_error", reason=reason) from exc
        summary = ImportSummary(**{**asdict(base), **counts})
        self.ctx.events.publish(ActivitiesChanged((), "bulk"))
        self.ctx.events.publish(SyncFinished(summary.as_dict()))
        return summary

    def _finish(
        self,
        conn: Connection,
        pkg: pkgfmt.OpenedPackage,
        run: MergeRun,
        counts: Mapping[str, int],
    ) -> None:
        """Peer state, our clock, the signer's device row and the package record."""
        dev = pkg.device
        ours, theirs = peer_state(
            store.vector(conn, self.ctx.device_id),
            self_id=self.ctx.device_id,
            base=pkg.manifest["base"],
            seen=pkg.seen,
        )
        store.raise_vector(conn, self.ctx.device_id, ours)
        store.raise_vector(conn, dev["id"], theirs)
        remember_writer(conn, dev["id"], pkg.writer)  # which release it runs
        if run.max_hlc > hlc.ZERO:
            observe_stamp(conn, run.max_hlc)
        now = utcnow()
        known = store.device(conn, dev["id"])
        store.upsert_device(
            conn,
            dev["id"],
            name=dev["name"],
            party=dev["party"],
            public_key=pkg.manifest["public_key"],
            fingerprint=pkg.fingerprint,
            trusted=True,
            is_self=False,
            last_seen=now,
            **({} if known else {"first_seen": now}),
        )
        store.record_package(
            conn,
            id=pkg.package_id,
            direction="in",
            peer_device_id=dev["id"],
            created_at=_parse_time(pkg.manifest["created_at"]),
            processed_at=now,
            file_name=str(pkg.path),
            record_count=pkg.manifest["payload"]["records"],
            summary=dict(counts),
        )

    def _quarantine(self, pkg: pkgfmt.OpenedPackage, stamp: str) -> None:
        folder = self._folder() / QUARANTINE
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        dest = folder / f"{pkg.package_id}{pkgfmt.EXTENSION}"
        shutil.copyfile(pkg.path, dest)
        raise err("sync.future", stamp=stamp, name=pkg.device["name"], path=str(dest))


def _parse_time(text: str) -> datetime:
    d = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return d if d.tzinfo else d.replace(tzinfo=UTC)
