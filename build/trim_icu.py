"""Builds a smaller ICU data library for the Linux bundle (called from app.spec).

PySide6's Linux wheels ship ICU with its full data set: libicudata.so.NN is 32 MB,
a fifth of the bundle. Qt uses ICU only for collation (QCollator), locale-aware
case mapping, time-zone display names and legacy text codecs. Löfte Desktop is in
Swedish and English, so this keeps the locale data for root, sv and en (collation,
names, units, …), the shared tables (properties, normalisation, time zones, the
string pool, aliases) and the common single-byte codecs, and drops the other ~750
locales, the CJK/Thai/Khmer/Lao/Burmese dictionaries and the large East Asian
codecs. The result is about 4 MB.

Needs ICU's `icupkg` and `genccode` (Debian: icu-devtools) and binutils (`as`, `ld`,
already needed by PyInstaller on Linux). Without them it returns None and the
bundle keeps the full library: `make dist` installs them first.

    python build/trim_icu.py PATH/TO/libicudata.so.73 OUT_DIR   # for a manual run
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: Locales kept in every data tree: the root and Swedish/English variants.
KEEP_LOCALE = re.compile(r"^(root|sv|sv_.*|en|en_.*)$")
#: A locale bundle name (e.g. "ar", "yue_Hant_HK"); other .res files are tables.
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
#: Codecs kept: Windows-125x, DOS 437/850/865, ISO 8859-x, Latin-9, Mac Roman,
#: US-ASCII and the Unicode-related ones (UTF codecs are built into libicuuc).
KEEP_CODECS = re.compile(
    r"^(ibm-(5346|5347|5348|5349|5350|5351|5352|5353|5354|125[0-8]|437|850|865"
    r"|912|913|914|915|920|923|1089|1252|8859)_.*|iso-8859_.*|macos-0_.*"
    r"|.*ascii.*|.*utf.*)\.cnv$",
    re.IGNORECASE,
)
TOOLS = ("icupkg", "genccode", "as", "ld")


def _elf_symbol(data: bytes, prefix: bytes) -> tuple[bytes, int, int]:
    """(name, file offset, size) of the first dynamic symbol starting with prefix."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
        for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, off, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab_off = sections[link][4]
        for i in range(size // entsize):
            st_name, _st_info, _st_other, shndx, value, sym_size = struct.unpack_from(
                "<IBBHQQ", data, off + i * entsize
            )
            end = data.index(b"\0", strtab_off + st_name)
            name = data[strtab_off + st_name : end]
            if name.startswith(prefix) and shndx:
                sec = sections[shndx]
                return name, value - sec[3] + sec[4], sym_size
    raise ValueError(f"no symbol {prefix!r}")


def drop_item(item: str) -> bool:
    """True for an ICU data item the bundle does not need."""
    name = item.rpartition("/")[2]
    if name.endswith(".dict"):
        return True  # word-break dictionaries for CJK and South-East Asian scripts
    if name.endswith(".cnv"):
        return not KEEP_CODECS.match(name)
    if name.endswith(".res"):
        stem = name[:-4]
        if stem == "res_index":  # the index of each tree (it looks like a locale)
            return False
        return bool(LOCALE_NAME.match(stem)) and not KEEP_LOCALE.match(stem)
    return False


def _without_cpp_blocks(source: str) -> str:
    lines, depth = [], 0
    for line in source.splitlines():
        word = line.strip().split(" ", 1)[0]
        if word.startswith("#if"):
            depth += 1
        elif word == "#endif":
            depth -= 1
        elif depth == 0:
            lines.append(line)
    return "\n".join(lines) + "\n"


def _run(*args: str, cwd: Path) -> str:
    return subprocess.run(
        args, cwd=cwd, check=True, capture_output=True, text=True
    ).stdout


def trim(library: Path, out_dir: Path) -> Path | None:
    """Writes a trimmed copy of `library` into out_dir; None if tools are missing."""
    if not all(shutil.which(t) for t in TOOLS):
        return None
    data = library.read_bytes()
    symbol, offset, size = _elf_symbol(data, b"icudt")
    entry = symbol.decode().removesuffix("_dat")  # e.g. icudt73
    with tempfile.TemporaryDirectory(prefix="lofte-icu-") as tmp:
        work = Path(tmp)
        full = work / "full" / f"{entry}l.dat"
        full.parent.mkdir()
        full.write_bytes(data[offset : offset + size])
        items = _run("icupkg", "-l", str(full), cwd=work).split()
        dropped = [i for i in items if drop_item(i)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        small = work / f"{entry}l.dat"
        # --ignore-deps: brkitr/root.res names the dropped dictionaries; ICU loads
        # them only to break CJK or South-East Asian text into words.
        _run(
            "icupkg", "--ignore-deps", "-r", "drop.txt", str(full), str(small), cwd=work
        )
        _run(
            "genccode", "-a", "gcc", "-e", entry, "-d", str(work), str(small), cwd=work
        )
        asm = next(work.glob("*.S"))
        # The .S is meant for the C preprocessor; assembled with `as` alone, its
        # `#ifdef U_HIDE_DATA_SYMBOL` block would hide the symbol. Drop #if blocks.
        (work / "icudata.s").write_text(_without_cpp_blocks(asm.read_text()))
        _run("as", "-o", "icudata.o", "icudata.s", cwd=work)
        out_dir.mkdir(parents=True, exist_ok=True)
        out = out_dir / library.name
        _run(
            "ld",
            "-shared",
            "-soname",
            library.name,
            "-o",
            str(out),
            "icudata.o",
            cwd=work,
        )
    return out


def main(argv: list[str]) -> int:
    out = trim(Path(argv[1]), Path(argv[2]))
    if out is None:
        print(f"trim_icu: missing tools ({', '.join(TOOLS)})", file=sys.stderr)
        return 1
    print(
        f"{argv[1]}: {Path(argv[1]).stat().st_size / 1e6:.1f} MB -> "
        f"{out}: {out.stat().st_size / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
