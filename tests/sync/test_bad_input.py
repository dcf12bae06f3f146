"""Every kind of bad package is refused with a clear message, and the database file
stays byte-for-byte the same."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lofte_desktop.app import Services
from lofte_desktop.domain.ids import new_id
from lofte_desktop.sync import package as pkgfmt
from lofte_desktop.sync.errors import SyncError, UntrustedSignerError
from tests.conftest import draft
from tests.sync.conftest import (
    db_hash,
    device,
    forge,
    forge_payload,
    info,
    manifest_for,
)


@pytest.fixture
def setup(
    police: Services, municipality: Services, tmp_path: Path
) -> tuple[Services, Services, Path]:
    """The police log and export; the municipality trusts the police key."""
    police.activities.log(draft())
    good = police.sync.export(tmp_path / "good.loftesync").path
    municipality.sync.trust(police.sync.fingerprint)
    return police, municipality, good


def activity_line(good: Path) -> dict[str, Any]:
    with zipfile.ZipFile(good) as zf:
        for raw in zf.read("payload.jsonl").splitlines():
            line = json.loads(raw)
            if line["t"] == "activities":
                return dict(line)
    raise AssertionError("no activity in package")


def refused(
    svc: Services,
    path: Path,
    match: str | None = None,
    exc: type[Exception] = SyncError,
) -> SyncError:
    before = db_hash(svc)
    with pytest.raises(exc, match=match) as info_:
        svc.sync.import_file(path)
    assert db_hash(svc) == before
    assert isinstance(info_.value, SyncError)
    return info_.value


def test_good_package_is_accepted(setup: Any) -> None:
    _police, municipality, good = setup
    assert municipality.sync.import_file(good).new == 2  # the place and the visit


def test_truncated_zip(setup: Any, tmp_path: Path) -> None:
    _p, m, good = setup
    raw = good.read_bytes()
    for cut in (10, len(raw) // 2, len(raw) - 30):
        bad = tmp_path / f"cut{cut}.loftesync"
        bad.write_bytes(raw[:cut])
        refused(m, bad)


def test_not_a_zip(setup: Any, tmp_path: Path) -> None:
    _p, m, _good = setup
    bad = tmp_path / "junk.loftesync"
    bad.write_bytes(b"PK\x03\x04" + b"garbage" * 100)
    assert "trasigt" in refused(m, bad).message()


def test_wrong_signature(setup: Any, tmp_path: Path) -> None:
    _police, m, good = setup
    other = device(tmp_path / "other.sqlite", "Annan", "Polisen")
    bad = tmp_path / "resigned.loftesync"
    with zipfile.ZipFile(good) as zf:
        members = [(n, zf.read(n)) for n in ("payload.jsonl", "manifest.json")]
    forge(bad, other.sync.key, members)  # police's public key in the manifest
    assert "signatur" in refused(m, bad).message()
    other.close()


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_byte_flipped_anywhere(setup: Any, tmp_path: Path, data: st.DataObject) -> None:
    _p, m, good = setup
    raw = good.read_bytes()
    pos = data.draw(st.integers(0, len(raw) - 1))
    bit = data.draw(st.integers(0, 7))
    flipped = bytearray(raw)
    flipped[pos] ^= 1 << bit
    bad = tmp_path / "flipped.loftesync"
    bad.write_bytes(bytes(flipped))
    with pytest.raises(SyncError):
        m.sync.import_file(bad)


def test_byte_flips_at_every_tail_position(setup: Any, tmp_path: Path) -> None:
    """The central directory, the end record and the signature: each byte counts."""
    _p, m, good = setup
    raw = good.read_bytes()
    before = db_hash(m)
    bad = tmp_path / "flipped.loftesync"
    positions = list(range(max(0, len(raw) - 300), len(raw)))
    positions += list(range(0, len(raw), max(1, len(raw) // 200)))
    for pos in positions:
        flipped = bytearray(raw)
        flipped[pos] ^= 0x01
        bad.write_bytes(bytes(flipped))
        with pytest.raises(SyncError):
            m.sync.import_file(bad)
    assert db_hash(m) == before


def test_unknown_signer(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    police.activities.log(draft())
    pkg = police.sync.export(tmp_path / "p.loftesync").path
    err = refused(municipality, pkg, exc=UntrustedSignerError)
    assert isinstance(err, UntrustedSignerError)
    assert err.fingerprint == police.sync.fingerprint
    assert police.sync.fingerprint in err.message()


def test_other_format_version_says_what_to_do(setup: Any, tmp_path: Path) -> None:
    police, m, _good = setup
    bad = forge_payload(tmp_path / "v2.loftesync", police, [], format_version=2)
    msg = refused(m, bad).message()
    assert "version 2" in msg and "Uppdatera" in msg
    bad = forge_payload(tmp_path / "s9.loftesync", police, [], schema_version=9)
    assert "Uppdatera" in refused(m, bad).message()


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "a/../../x", "C:/x", "..\\x"])
def test_zip_slip_names(setup: Any, tmp_path: Path, name: str) -> None:
    police, m, good = setup
    with zipfile.ZipFile(good) as zf:
        members = [(n, zf.read(n)) for n in ("payload.jsonl", "manifest.json")]
    bad = forge(tmp_path / "slip.loftesync", police.sync.key, [*members, (name, b"x")])
    assert "farligt filnamn" in refused(m, bad).message()
    assert not (tmp_path.parent / "x").exists()


def test_symlink_member(setup: Any, tmp_path: Path) -> None:
    police, m, good = setup
    with zipfile.ZipFile(good) as zf:
        payload = zf.read("payload.jsonl")
        manifest = zf.read("manifest.json")
    link = info("payload.jsonl")
    link.external_attr = (0o120777) << 16
    bad = forge(
        tmp_path / "link.loftesync",
        police.sync.key,
        [(link, payload), ("manifest.json", manifest)],
    )
    assert "symlänk" in refused(m, bad).message()


def test_zip_bomb(setup: Any, tmp_path: Path) -> None:
    police, m, _good = setup
    bomb = b"\n" * (64 << 20)  # 64 MiB that deflate to ~64 KiB
    manifest = manifest_for(police, bomb, 0)
    bad = forge(
        tmp_path / "bomb.loftesync",
        police.sync.key,
        [("payload.jsonl", bomb), ("manifest.json", json.dumps(manifest).encode())],
    )
    assert "för stort" in refused(m, bad).message()


def test_too_many_members(setup: Any, tmp_path: Path) -> None:
    police, m, good = setup
    with zipfile.ZipFile(good) as zf:
        members = [(n, zf.read(n)) for n in ("payload.jsonl", "manifest.json")]
    extra = [(f"f{i}.txt", b"x") for i in range(1000)]
    bad = forge(tmp_path / "many.loftesync", police.sync.key, members + extra)
    assert "filer" in refused(m, bad).message()


def _with(line: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {"t": line["t"], "r": {**line["r"], **changes}}


BadLine = Callable[[dict[str, Any]], Any]
CASES: dict[str, tuple[BadLine, str]] = {
    "deep_json": (lambda ln: ("[" * 100_000 + "]" * 100_000).encode(), "djupt"),
    "nested_value": (lambda ln: _with(ln, note=[[[[[["x"]]]]]]), "djupt"),
    "huge_string": (lambda ln: _with(ln, note="å" * 150_000), "lång"),
    "huge_line": (lambda ln: _with(ln, note="x" * 600_000), "lång"),
    "huge_int": (
        lambda ln: (
            json.dumps(_with(ln, count=0))
            .replace('"count": 0', '"count": ' + "9" * 5000)
            .encode()
        ),
        "",
    ),
    "huge_float": (
        lambda ln: (
            json.dumps(_with(ln, hours=0))
            .replace('"hours": 0', '"hours": 1e400')
            .encode()
        ),
        "stort tal",
    ),
    "big_number": (lambda ln: _with(ln, count=2**60), "stort tal"),
    "unknown_field": (lambda ln: _with(ln, secret="x"), "okända fält"),
    "missing_field": (
        lambda ln: {
            "t": ln["t"],
            "r": {k: v for k, v in ln["r"].items() if k != "note"},
        },
        "saknas",
    ),
    "unknown_table": (lambda ln: {"t": "users", "r": ln["r"]}, "okänd tabell"),
    "unknown_promise": (
        lambda ln: _with(ln, id=new_id(), promise_ids=[new_id()]),
        "löfte",
    ),
    "bad_id": (lambda ln: _with(ln, id="../../etc"), "id"),
    "bad_utf8": (lambda ln: b'{"t": "activities", "r": "\xff\xfe"}', "JSON"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_payload_line(setup: Any, tmp_path: Path, case: str) -> None:
    police, m, good = setup
    line = activity_line(good)
    make, match = CASES[case]
    # a good line first, so the refusal must also roll back what was merged
    good_line = _with(line, id=new_id())
    bad = forge_payload(tmp_path / f"{case}.loftesync", police, [good_line, make(line)])
    assert match in refused(m, bad).message()


def test_unknown_manifest_field(setup: Any, tmp_path: Path) -> None:
    police, m, _good = setup
    bad = forge_payload(tmp_path / "mf.loftesync", police, [], extra="x")
    assert "okända fält" in refused(m, bad).message()


def test_far_future_clock_is_quarantined(setup: Any, tmp_path: Path) -> None:
    police, m, good = setup
    line = activity_line(good)
    future = _with(line, id=new_id(), hlc="9999999999999.00000")
    bad = forge_payload(tmp_path / "future.loftesync", police, [future])
    msg = refused(m, bad).message()
    assert "karantän" in msg
    quarantined = list(Path(msg.split("karantän (")[1].split(")")[0]).parent.glob("*"))
    assert len(quarantined) == 1
    # the same stamp in the manifest's `seen` is caught before any merge
    bad2 = forge_payload(
        tmp_path / "future2.loftesync",
        police,
        [],
        seen={police.ctx.device_id: "9999999999999.00000"},
        package_id=new_id(),
    )
    assert "karantän" in refused(m, bad2).message()


def test_io_error_mid_import_writes_nothing(
    setup: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    police, m, _good = setup
    for i in range(5):
        police.activities.log(draft(count=i + 1))
    pkg = police.sync.export(tmp_path / "big.loftesync", full=True).path
    from lofte_desktop.storage import sync_store

    real = sync_store.write_records
    calls = {"n": 0}

    def failing(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk I/O error (injected)")
        real(*args, **kwargs)

    monkeypatch.setattr(sync_store, "write_records", failing)
    before = db_hash(m)
    with pytest.raises(OSError):
        m.sync.import_file(pkg)
    assert calls["n"] == 3
    assert db_hash(m) == before
    monkeypatch.setattr(sync_store, "write_records", real)
    assert m.sync.history() == []
    assert m.sync.import_file(pkg).new == 7  # not marked imported: it imports now


def test_member_not_extracted_to_disk(setup: Any, tmp_path: Path) -> None:
    _p, m, good = setup
    m.sync.import_file(good)
    names = {p.name for p in tmp_path.parent.parent.rglob("*")}
    assert pkgfmt.PAYLOAD not in names and pkgfmt.MANIFEST not in names
