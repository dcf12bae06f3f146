"""Sync fixtures: two real devices (police and municipality) on real SQLite files.

The municipality comes from `db_target`: on the PostgreSQL run of this suite (see
tests/pg/plugin.py) it is a shared store, as a municipality's office would have.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lofte_desktop.app import Services, build_services
from lofte_desktop.sync import package as pkgfmt
from lofte_desktop.sync import signing
from tests.conftest import TODAY


def device(path: Path | str, name: str, party: str) -> Services:
    svc = build_services(str(path), today=lambda: TODAY)
    svc.agreement.load_catalogue()
    svc.sync.set_identity(name=name, party=party)
    return svc


@pytest.fixture
def police(tmp_path: Path) -> Iterator[Services]:
    svc = device(tmp_path / "polis.sqlite", "Polisen Krokom", "Polisen")
    yield svc
    svc.close()


@pytest.fixture
def municipality(db_target: str) -> Iterator[Services]:
    svc = device(db_target, "Krokoms kommun", "Kommunen")
    yield svc
    svc.close()


def db_hash(svc: Services) -> str:
    """SHA-256 of the database file, with every connection closed (WAL folded in).

    For a PostgreSQL store: SHA-256 of every table's rows, sorted."""
    if svc.ctx.db.is_postgres:
        return _content_hash(svc)
    svc.ctx.db.dispose()
    path = svc.ctx.db.path
    assert path is not None
    assert not os.path.exists(path + "-wal") or os.path.getsize(path + "-wal") == 0
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _content_hash(svc: Services) -> str:
    from sqlalchemy import select

    from lofte_desktop.storage.models import Base

    digest = hashlib.sha256()
    with svc.ctx.db.read_connection() as conn:
        for table in Base.metadata.sorted_tables:
            rows = sorted(repr(tuple(r)) for r in conn.execute(select(table)))
            digest.update(f"{table.name}:{len(rows)}\n".encode())
            for row in rows:
                digest.update(row.encode() + b"\n")
    return digest.hexdigest()


def info(name: str) -> zipfile.ZipInfo:
    i = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    i.compress_type = zipfile.ZIP_DEFLATED
    i.external_attr = 0o600 << 16
    return i


def forge(
    path: Path,
    key: Ed25519PrivateKey,
    members: list[tuple[zipfile.ZipInfo | str, bytes]],
) -> Path:
    """A zip with the given members, signed like a real package (tests of bad input)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.comment = b"\x00" * pkgfmt.SIG_LEN
        for name, data in members:
            zf.writestr(info(name) if isinstance(name, str) else name, data)
    raw = path.read_bytes()
    body = raw[: -pkgfmt.SIG_LEN]
    sig = signing.sign(key, hashlib.sha256(body).digest())
    path.write_bytes(body + pkgfmt.SIG_PREFIX + base64.b64encode(sig))
    return path


def manifest_for(
    svc: Services, payload: bytes, count: int, **overrides: Any
) -> dict[str, Any]:
    m: dict[str, Any] = {
        "format": "loftesync",
        "format_version": 1,
        "schema_version": 1,
        "package_id": "0b0f7c53-0000-4000-8000-000000000001",
        "created_at": "2024-10-15T10:00:00+00:00",
        "device": {
            "id": svc.ctx.device_id,
            "name": "Polisen Krokom",
            "party": "Polisen",
        },
        "public_key": signing.public_b64(svc.sync.key),
        "peer": None,
        "full": True,
        "seen": {},
        "base": {},
        "payload": {
            "name": "payload.jsonl",
            "sha256": hashlib.sha256(payload).hexdigest(),
            "size": len(payload),
            "records": count,
        },
    }
    m.update(overrides)
    return m


def forge_payload(
    path: Path, svc: Services, lines: list[Any], **overrides: Any
) -> Path:
    """A correctly signed package from `svc` whose payload holds `lines` as given."""
    payload = b"".join(
        (line if isinstance(line, bytes) else json.dumps(line).encode()) + b"\n"
        for line in lines
    )
    manifest = manifest_for(svc, payload, len(lines), **overrides)
    return forge(
        path,
        svc.sync.key,
        [("payload.jsonl", payload), ("manifest.json", json.dumps(manifest).encode())],
    )
