"""Reading an activity log from .xlsx (openpyxl, read-only) or .csv (comma or
semicolon; UTF-8, UTF-8 with BOM or Windows-1252) into plain rows.

Cells keep the type the file gives them: openpyxl returns dates for date-formatted
cells and numbers for numbers; CSV gives text. `domain.import_rules` reads them.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.import_rules import cell_text

#: An unescaped formula prefix written by services.export (see `_safe` there).
_ESCAPED = ("'=", "'+", "'-", "'@", "'\t", "'\r")


@dataclass(frozen=True)
class SheetData:
    """The header row and the rows below it, each with its row number in the file
    (the header's row is 1 when it is the first line)."""

    path: Path
    sha256: str
    headers: list[str]
    rows: list[tuple[int, tuple[object, ...]]]


def _unescape(value: object) -> object:
    """'=SUMMA… as our CSV export wrote it (so Excel shows text) back to =SUMMA…"""
    if isinstance(value, str) and value.startswith(_ESCAPED):
        return value[1:]
    return value


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Excel's "CSV (semikolonavgränsad)" in a Swedish Windows
        return raw.decode("cp1252", errors="replace")


def _separator(text: str) -> str:
    """';' or ',' : the one that splits the header line (outside quotes) more."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: len(next(csv.reader([first], delimiter=sep), [])) for sep in ";,\t"}
    return max(counts, key=lambda s: (counts[s], s == ";"))


def _header_and_rows(
    path: Path, digest: str, lines: list[tuple[int, tuple[object, ...]]]
) -> SheetData:
    nonempty = [(n, row) for n, row in lines if any(cell_text(c).strip() for c in row)]
    if not nonempty:
        raise ValidationError("err.import_empty", field="file", value=path.name)
    head_n, head = nonempty[0]
    width = max(i + 1 for i, c in enumerate(head) if cell_text(c).strip())
    headers: list[str] = []
    for i in range(width):
        name = cell_text(head[i]).strip() or f"Kolumn {i + 1}"
        while name in headers:
            name += " (2)"
        headers.append(name)
    rows = [
        (n, tuple(_unescape(c) for c in (row + (None,) * width)[:width]))
        for n, row in nonempty[1:]
        if n > head_n
    ]
    if not rows:
        raise ValidationError("err.import_empty", field="file", value=path.name)
    return SheetData(path, digest, headers, rows)


def read_sheet(path: str | Path) -> SheetData:
    """The first sheet of an .xlsx, or a .csv; a Swedish ValidationError when the
    file cannot be read."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "err.import_unreadable", field="file", value=p.name, reason=exc.strerror
        ) from exc
    digest = hashlib.sha256(raw).hexdigest()
    if raw.startswith(b"PK"):
        return _header_and_rows(p, digest, _xlsx_rows(p, raw))
    if p.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise ValidationError(
            "err.import_unreadable",
            field="file",
            value=p.name,
            reason="det är ingen Excel-arbetsbok (.xlsx).",
        )
    text = _decode(raw)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    try:
        lines = [(n, tuple(row)) for n, row in enumerate(reader, start=1)]
    except csv.Error as exc:
        raise ValidationError(
            "err.import_unreadable", field="file", value=p.name, reason=str(exc)
        ) from exc
    return _header_and_rows(p, digest, lines)  # type: ignore[arg-type]


def _xlsx_rows(p: Path, raw: bytes) -> list[tuple[int, tuple[object, ...]]]:
    from zipfile import BadZipFile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ValidationError(
            "err.import_unreadable",
            field="file",
            value=p.name,
            reason="det är ingen Excel-arbetsbok (.xlsx).",
        ) from exc
    try:
        ws = wb.worksheets[0]
        return [
            (n, tuple(row))
            for n, row in enumerate(ws.iter_rows(values_only=True), start=1)
        ]
    finally:
        wb.close()
