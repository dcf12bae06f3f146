"""Which release each peer runs, and what a package for it may hold.

Every imported package says which release and record schema wrote it, and which
schema that release reads (`sync.package.Writer`); the latest one per device is kept
in `meta.sync_peer_versions`. An export to a device whose last package came from an
older release (or, with no peer given, to every known device) is written in the
oldest schema they read, through the rules in `sync/compat.py`.

A device we imported from before versions were recorded (a database upgraded from
0.1.0) counts as 0.1.0 until its next package says otherwise; a device we never
heard from counts as this release.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from lofte_desktop.storage import sync_store as store
from lofte_desktop.storage.meta import get_meta, set_meta
from lofte_desktop.sync.compat import (
    APP_OF_SCHEMA,
    CURRENT_SCHEMA,
    LEGACY_SCHEMA,
    PARENTS,
    Filter,
)
from lofte_desktop.sync.package import Writer

PEER_VERSIONS = "sync_peer_versions"


def peer_versions(conn: Connection) -> dict[str, dict[str, Any]]:
    """device id → {"app_version", "reads"} from its latest imported package."""
    try:
        data = json.loads(get_meta(conn, PEER_VERSIONS) or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def remember_writer(conn: Connection, device_id: str, writer: Writer) -> None:
    """Called in the import transaction: the package's writer is now the peer's."""
    data = peer_versions(conn)
    data[device_id] = {"app_version": writer.app_version, "reads": writer.reads}
    set_meta(conn, PEER_VERSIONS, json.dumps(data, sort_keys=True))


def known_peers(conn: Connection) -> list[str]:
    """Devices we have imported from (trusted, with a key): every export's audience."""
    return [
        d["id"]
        for d in store.devices(conn)
        if not d["is_self"] and d["trusted"] and d["public_key"]
    ]


def peer_reads(conn: Connection, peer: str | None) -> tuple[int, str]:
    """(schema, app version) a package for `peer` (None: every known peer) is
    written in: the oldest the audience reads."""
    versions = peer_versions(conn)
    known = set(known_peers(conn))
    audience = [peer] if peer is not None else sorted(known)
    best = (CURRENT_SCHEMA, APP_OF_SCHEMA[CURRENT_SCHEMA])
    for p in audience:
        v = versions.get(p)
        if v:
            reads, app = int(v.get("reads", LEGACY_SCHEMA)), str(v.get("app_version"))
        elif p in known:
            reads, app = LEGACY_SCHEMA, APP_OF_SCHEMA[LEGACY_SCHEMA]
        else:
            continue
        best = min(best, (min(reads, CURRENT_SCHEMA), app))
    return best


def export_filter(conn: Connection, schema: int) -> Filter:
    """The filter for a package in `schema`, prepared over the whole database."""
    f = Filter(schema)
    if not f.active:
        return f
    agreements = sorted(
        (r["start"], r["id"])
        for batch in store.iter_changed(conn, "agreements", {})
        for r in batch
        if not r["deleted"]
    )
    f.hold_agreements(i for _start, i in agreements[1:])
    for table in PARENTS:
        for batch in store.iter_changed(conn, table, {}):
            f.prepare(table, batch)
    return f
