"""The files the bundle and its installers are made from: the desktop entry, the
application icon, app.spec's inputs and the build scripts' rules."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons" / "app"
DESKTOP = ROOT / "packaging" / "linux" / "lofte-desktop.desktop"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "build" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TRIM_ICU = _script("trim_icu")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_desktop_entry_starts_the_app_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    main = entry["Desktop Entry"]

    assert main["Type"] == "Application"
    assert main["Name"] == "Löfte Desktop"
    assert main["Exec"].split()[0] == "lofte-desktop"
    assert main["Icon"] == "lofte-desktop"
    assert main["Terminal"] == "false"
    assert main["Categories"].endswith(";")
    assert "medborgarlöften" in main["Comment[sv]"]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-utils is not installed",
)
def test_desktop_entry_passes_desktop_file_validate() -> None:
    out = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True
    )
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_app_icon_png_has_its_size(size: int) -> None:
    assert _png_size(ICONS / f"lofte-desktop-{size}.png") == (size, size)


def test_windows_icon_holds_every_size_up_to_256() -> None:
    data = (ICONS / "lofte-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    sizes = []
    for i in range(count):
        w, _h, _, _, _, _, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(w or 256)
    assert (reserved, kind) == (0, 1)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_spec_bundles_what_the_app_looks_up_at_run_time() -> None:
    from lofte_desktop.entry import selftest

    spec = (ROOT / "app.spec").read_text(encoding="utf-8")
    for folder in ("db", *(f"resources/{s}" for s in selftest.BUNDLED_RESOURCES)):
        assert f'tree("{folder}"' in spec
    for required in selftest.REQUIRED:
        assert (ROOT / required).is_file()
    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


@pytest.mark.parametrize(
    "item",
    [
        "root.res",
        "sv.res",
        "sv_FI.res",
        "en.res",
        "en_GB.res",
        "pool.res",
        "res_index.res",
        "supplementalData.res",
        "zoneinfo64.res",
        "coll/root.res",
        "coll/sv.res",
        "coll/ucadata.icu",
        "zone/sv.res",
        "zone/pool.res",
        "cnvalias.icu",
        "uprops.icu",
        "ibm-5348_P100-1997.cnv",
        "translit/Latin_ASCII.res",
    ],
)
def test_icu_trim_keeps_what_swedish_and_english_need(item: str) -> None:
    assert not TRIM_ICU.drop_item(item)


@pytest.mark.parametrize(
    "item",
    [
        "de.res",
        "zh_Hant_TW.res",
        "coll/ja.res",
        "coll/de_.res",
        "lang/fi.res",
        "brkitr/cjdict.dict",
        "ibm-943_P15A-2003.cnv",
        "gb18030.cnv",
    ],
)
def test_icu_trim_drops_other_locales_dictionaries_and_large_codecs(item: str) -> None:
    assert TRIM_ICU.drop_item(item)


@given(
    tree=st.sampled_from(["", "coll/", "zone/", "lang/", "region/", "curr/", "unit/"]),
    region=st.sampled_from(["", "_SE", "_FI", "_GB", "_US", "_001"]),
)
def test_icu_trim_never_drops_a_swedish_or_english_locale(
    tree: str, region: str
) -> None:
    for lang in ("sv", "en", "root"):
        assert not TRIM_ICU.drop_item(f"{tree}{lang}{region}.res")


def test_bundle_size_counts_every_file(tmp_path: Path) -> None:
    (tmp_path / "_internal").mkdir()
    (tmp_path / "app").write_bytes(b"x" * 1000)
    (tmp_path / "_internal" / "lib.so").write_bytes(b"y" * 234)

    assert _script("bundle_size").folder_size(tmp_path) == (1234, 2)
