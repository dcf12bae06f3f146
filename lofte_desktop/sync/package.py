"""The `.loftesync` file: a zip with manifest.json and payload.jsonl, signed whole.

Layout (see docs/sync-format.md):
- `payload.jsonl`: one `{"t": table, "r": record}` object per line;
- `manifest.json`: versions, sender, what the sender has seen, the payload's hash;
- the zip comment: `LOFTESIG1` + base64 Ed25519 signature over the SHA-256 of every
  byte of the file before the comment, so a byte flipped anywhere is caught.

Reading never extracts to disk: members are streamed from the zip with hard limits
on names, member count, sizes and compression ratio, line length and nesting.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lofte_desktop import __version__
from lofte_desktop.sync import signing
from lofte_desktop.sync.compat import APP_OF_SCHEMA, LEGACY_SCHEMA
from lofte_desktop.sync.errors import SyncError, err
from lofte_desktop.sync.schema import (
    FORMAT,
    FORMAT_VERSION,
    MAX_DEPTH,
    READABLE_SCHEMAS,
    SCHEMA_VERSION,
    SchemaError,
    check_line,
    check_manifest,
    depth,
)

MANIFEST = "manifest.json"
PAYLOAD = "payload.jsonl"
MEMBERS = frozenset({MANIFEST, PAYLOAD})
SIG_PREFIX = b"LOFTESIG1"
SIG_LEN = len(SIG_PREFIX) + 88  # base64 of a 64-byte signature
EXTENSION = ".loftesync"

MAX_PACKAGE_BYTES = 1 << 30
MAX_PAYLOAD_BYTES = 1 << 30
MAX_MANIFEST_BYTES = 256 * 1024
MAX_MEMBERS = 2
MAX_RATIO = 200
MAX_LINE_BYTES = 512 * 1024
READ_BUFFER = 64 * 1024
_DATE = (1980, 1, 1, 0, 0, 0)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(obj: Any) -> bytes:
    return _ENCODER.encode(obj).encode()


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def _file_digest(fh: IO[bytes], length: int) -> bytes:
    h = hashlib.sha256()
    fh.seek(0)
    left = length
    while left > 0:
        chunk = fh.read(min(1 << 20, left))
        if not chunk:
            break
        h.update(chunk)
        left -= len(chunk)
    return h.digest()


@dataclass(frozen=True)
class Writer:
    """Which release and record schema wrote a package (`schema`), and the newest
    schema that release reads (`reads`): what a package for it may hold."""

    app_version: str
    schema: int
    reads: int

    def note(self) -> bytes:
        """The manifest member's zip comment. A package for an older release keeps
        that release's manifest (which it checks key by key), so this is where it
        says which release wrote it; an older release does not read the comment."""
        return dumps({"app_version": self.app_version, "reads": self.reads})

    @classmethod
    def of(cls, manifest: dict[str, Any], note: bytes) -> Writer:
        schema = int(manifest["schema_version"])
        try:
            d = json.loads(note.decode()) if note else {}
            reads = int(d["reads"]) if isinstance(d, dict) and "reads" in d else 0
            app = str(d.get("app_version", ""))[:40] if isinstance(d, dict) else ""
        except (ValueError, UnicodeDecodeError):
            reads, app = 0, ""
        app = str(manifest.get("app_version", app or APP_OF_SCHEMA.get(schema, "")))
        # a package says at least the schema it was written in
        return cls(app or "?", schema, max(reads, schema))


THIS = Writer(__version__, SCHEMA_VERSION, SCHEMA_VERSION)


@dataclass(frozen=True)
class Written:
    path: Path
    records: int
    size: int


def write_package(
    out: Path,
    manifest: dict[str, Any] | Callable[[], dict[str, Any]],
    lines: Iterable[bytes],
    key: Ed25519PrivateKey,
    schema: int = SCHEMA_VERSION,
) -> Written:
    """Writes a signed package atomically (temp file, then rename).

    `manifest` holds everything but `payload`, `format`, the versions and the key
    (or makes it, called once the payload is written: what a filter held back
    there lowers `seen`); `lines` are JSON lines without their newline, already in
    `schema` (below this
    release's for a peer on an older one: its manifest then has only the keys
    that release knows).
    """
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    h = hashlib.sha256()
    size = 0
    count = 0
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.comment = b"\x00" * SIG_LEN
            with zf.open(_info(PAYLOAD), "w", force_zip64=True) as fh:
                buf: list[bytes] = []
                for line in lines:
                    buf.append(line)
                    count += 1
                    if len(buf) >= 2000:
                        data = b"\n".join(buf) + b"\n"
                        h.update(data)
                        fh.write(data)
                        size += len(data)
                        buf.clear()
                if buf:
                    data = b"\n".join(buf) + b"\n"
                    h.update(data)
                    fh.write(data)
                    size += len(data)
            full = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "schema_version": schema,
                **({"app_version": THIS.app_version} if schema > LEGACY_SCHEMA else {}),
                **(manifest() if callable(manifest) else manifest),
                "public_key": signing.public_b64(key),
                "payload": {
                    "name": PAYLOAD,
                    "sha256": h.hexdigest(),
                    "size": size,
                    "records": count,
                },
            }
            info = _info(MANIFEST)
            info.comment = THIS.note()
            zf.writestr(info, json.dumps(full, ensure_ascii=False, indent=1))
        with open(tmp, "r+b") as fh:
            fh.seek(0, os.SEEK_END)
            total = fh.tell()
            digest = _file_digest(fh, total - SIG_LEN)
            sig = SIG_PREFIX + base64.b64encode(signing.sign(key, digest))
            assert len(sig) == SIG_LEN
            fh.seek(total - SIG_LEN)
            fh.write(sig)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Written(out, count, out.stat().st_size)


# -- reading --------------------------------------------------------------------------


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return (
        name.startswith(("/", "\\"))
        or (len(name) > 1 and name[1] == ":")
        or ".." in parts
        or "\x00" in name
    )


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return (info.external_attr >> 16) & 0o170000 == 0o120000


def _loads(data: bytes, where: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError as exc:
        raise err("sync.invalid", reason=f"{where}: JSON nästlat för djupt") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise err(
            "sync.invalid", reason=f"{where}: ogiltig JSON ({exc})"[:200]
        ) from exc


@dataclass
class OpenedPackage:
    """A package whose container, manifest and signature have been checked."""

    path: Path
    manifest: dict[str, Any]
    fingerprint: str
    size: int
    note: bytes = b""

    @property
    def writer(self) -> Writer:
        return Writer.of(self.manifest, self.note)

    @property
    def package_id(self) -> str:
        return str(self.manifest["package_id"])

    @property
    def device(self) -> dict[str, str]:
        return dict(self.manifest["device"])

    @property
    def seen(self) -> dict[str, str]:
        return dict(self.manifest["seen"])

    def records(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Streams and checks each payload line; raises SyncError on the first bad one.

        The payload hash, size and count are checked at the end, so callers merge in
        a transaction they roll back on any error.
        """
        expected = self.manifest["payload"]
        h = hashlib.sha256()
        size = 0
        count = 0
        try:
            with (
                zipfile.ZipFile(self.path) as zf,
                zf.open(PAYLOAD) as member,
                # zipfile's own readline is pure Python; this one is C
                io.BufferedReader(member, READ_BUFFER) as fh,  # type: ignore[type-var]
            ):
                while True:
                    line = fh.readline(MAX_LINE_BYTES + 1)
                    if not line:
                        break
                    size += len(line)
                    if len(line) > MAX_LINE_BYTES:
                        raise err("sync.invalid", reason=f"rad {count + 1} är för lång")
                    if size > expected["size"] or size > MAX_PAYLOAD_BYTES:
                        raise err("sync.too_big", reason="payload")
                    h.update(line)
                    count += 1
                    where = f"rad {count}"
                    obj = _loads(line, where)
                    try:
                        checked = check_line(obj, where)
                    except SchemaError as exc:
                        # only flat values pass the check; say so when nesting is why
                        reason = str(exc)
                        if depth(obj) > MAX_DEPTH:
                            reason = f"{where}: nästlat för djupt"
                        raise err("sync.invalid", reason=reason) from exc
                    yield checked
        except SyncError:
            raise
        except Exception as exc:
            raise err("sync.corrupt", reason=str(exc)[:200]) from exc
        if (
            h.hexdigest() != expected["sha256"]
            or size != expected["size"]
            or count != expected["records"]
        ):
            raise err("sync.corrupt", reason="payload stämmer inte med manifestet")


def open_package(path: Path) -> OpenedPackage:
    """Checks the container and the manifest, then verifies the signature."""
    path = Path(path)
    if not path.is_file():
        raise err("sync.not_found", path=str(path))
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise err("sync.too_big", reason=f"{size} byte")
        with open(path, "rb") as fh:
            if size < SIG_LEN + 22:
                raise err("sync.corrupt", reason="för kort fil")
            fh.seek(size - SIG_LEN)
            trailer = fh.read(SIG_LEN)
            manifest, note = _read_container(path, trailer)
            if not trailer.startswith(SIG_PREFIX):
                raise err("sync.bad_signature")
            try:
                sig = base64.b64decode(trailer[len(SIG_PREFIX) :], validate=True)
            except ValueError as exc:
                raise err("sync.bad_signature") from exc
            digest = _file_digest(fh, size - SIG_LEN)
    except SyncError:
        raise
    except OSError as exc:
        raise err("sync.unreadable", path=str(path), reason=str(exc)) from exc
    if not signing.verify(manifest["public_key"], sig, digest):
        raise err("sync.bad_signature")
    return OpenedPackage(
        path, manifest, signing.fingerprint(manifest["public_key"]), size, note
    )


def _read_container(path: Path, trailer: bytes) -> tuple[dict[str, Any], bytes]:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            for info in infos:
                if _unsafe(info.filename):
                    raise err("sync.unsafe_name", name=info.filename[:80])
                if _is_symlink(info):
                    raise err(
                        "sync.unsafe_name", name=f"{info.filename[:80]} (symlänk)"
                    )
            if len(infos) > MAX_MEMBERS:
                raise err(
                    "sync.members", reason=f"{len(infos)} filer, högst {MAX_MEMBERS}"
                )
            names = [i.filename for i in infos]
            if len(set(names)) != len(names) or set(names) != MEMBERS:
                raise err("sync.members", reason=", ".join(sorted(names))[:120])
            if zf.comment != trailer:
                raise err("sync.corrupt", reason="signaturen är inte zip-kommentaren")
            for info in infos:
                limit = (
                    MAX_MANIFEST_BYTES
                    if info.filename == MANIFEST
                    else MAX_PAYLOAD_BYTES
                )
                if info.flag_bits & 0x1:
                    raise err("sync.members", reason="krypterad fil")
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise err("sync.members", reason="okänd komprimering")
                if info.file_size > limit:
                    raise err(
                        "sync.too_big", reason=f"{info.filename}: {info.file_size} byte"
                    )
                if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1
                ):
                    raise err("sync.too_big", reason=f"{info.filename}: packkvot")
            with zf.open(MANIFEST) as fh:
                raw = fh.read(MAX_MANIFEST_BYTES + 1)
            note = zf.getinfo(MANIFEST).comment[:256]
            if len(raw) > MAX_MANIFEST_BYTES:
                raise err("sync.too_big", reason=MANIFEST)
    except SyncError:
        raise
    except Exception as exc:
        # many ways (BadZipFile, struct.error, UnicodeDecodeError, OverflowError, …)
        raise err("sync.corrupt", reason=str(exc)[:200] or type(exc).__name__) from exc
    manifest = _loads(raw, MANIFEST)
    if not isinstance(manifest, dict):
        raise err("sync.invalid", reason="manifestet ska vara ett objekt")
    found = manifest.get("format_version")
    if manifest.get("format") == FORMAT and found != FORMAT_VERSION:
        raise err("sync.format_version", found=str(found)[:20], expected=FORMAT_VERSION)
    if manifest.get("schema_version") not in READABLE_SCHEMAS and found == FORMAT_VERSION:
        raise err(
            "sync.format_version",
            found=f"{found}/{str(manifest.get('schema_version'))[:20]}",
            expected=f"{FORMAT_VERSION}/{SCHEMA_VERSION}",
        )
    try:
        return check_manifest(manifest), note
    except SchemaError as exc:
        raise err("sync.invalid", reason=str(exc)) from exc
