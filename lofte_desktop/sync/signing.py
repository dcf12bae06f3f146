"""Ed25519 device keys: create, load (0600 file), sign, verify, fingerprint.

The key file is per device id (`<data dir>/keys/<device_id>.ed25519`, raw 32-byte
private key, mode 0600 in a 0700 folder), so two databases on one machine are two
devices with two keys, and a PostgreSQL database (no file path) works the same.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from lofte_desktop.sync.errors import err

_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw


def key_path(folder: Path, device_id: str) -> Path:
    return folder / "keys" / f"{device_id}.ed25519"


def load_or_create(path: Path) -> Ed25519PrivateKey:
    """The key at `path`, created (0600) if missing. Refuses a group/world-readable
    or damaged file rather than silently making a new identity."""
    if path.exists():
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise err("sync.key_unreadable", path=str(path), reason=str(exc)) from exc
        if len(data) != 32:
            raise err("sync.key_unreadable", path=str(path), reason="fel längd")
        if os.name == "posix" and path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
        return Ed25519PrivateKey.from_private_bytes(data)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(_RAW, _RAW_PRIV, serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
    return key


def public_b64(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes(_RAW, _RAW_PUB)).decode()


def fingerprint(public_key_b64: str) -> str:
    """SHA-256 of the raw public key, as 16 groups of 4 upper-case hex digits."""
    raw = base64.b64decode(public_key_b64, validate=True)
    digest = hashlib.sha256(raw).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def normalize_fingerprint(text: str) -> str:
    """Accepts spaces, colons and any case; raises SyncError for anything else."""
    clean = re.sub(r"[\s:]", "", text).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", clean):
        raise err("sync.bad_fingerprint", fingerprint=text)
    return " ".join(clean[i : i + 4] for i in range(0, 64, 4))


def sign(key: Ed25519PrivateKey, digest: bytes) -> bytes:
    return key.sign(b"loftesync-v1\x00" + digest)


def verify(public_key_b64: str, signature: bytes, digest: bytes) -> bool:
    try:
        raw = base64.b64decode(public_key_b64, validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(
            signature, b"loftesync-v1\x00" + digest
        )
    except (InvalidSignature, ValueError):
        return False
    return True
