"""What every `lofte` command module shares: the refusal, the common options, the
way a command opens the services, and the JSON and table output.

Standard library only at import time (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lofte_desktop.domain.model import Activity
    from lofte_desktop.domain.types import ActivityTypes
    from lofte_desktop.services.container import Services

Handler = Callable[[argparse.Namespace], int]
"""A command: the parsed arguments in, the exit code out."""

CardPainter = Callable[[], Callable[..., bytes]]
"""Makes `lofte publish`'s card renderer ((CardSpec, width, height) -> PNG bytes).
The entry point (entry/cli.py) hands it to `run.main`, since the CLI imports no Qt;
`main` puts it on the parsed arguments as `card_painter`."""


class CliError(Exception):
    """A refusal to report on stderr with exit code 1."""


def db_parent() -> argparse.ArgumentParser:
    """The options every command takes: `--db` and `--agreement`."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="databasfil eller SQLAlchemy-URL (annars LOFTE_DB eller standardplatsen)",
    )
    p.add_argument(
        "--agreement",
        default=argparse.SUPPRESS,
        metavar="KOD",
        help="medborgarlöftet som avses, där datum eller period inte avgör "
        "(se 'lofte agreements')",
    )
    return p


def open_services(
    args: argparse.Namespace, *, agreement: bool = True, follow_period: bool = True
) -> Services:
    """The services for the command's `--db`; with `agreement`, scoped to its
    `--agreement`; with `follow_period`, to the agreement its `--period` falls in."""
    from lofte_desktop.app import build_services

    svc = build_services(
        getattr(args, "db", None),
        agreement=getattr(args, "agreement", None) if agreement else None,
    )
    if follow_period:
        svc.follow_period(getattr(args, "period", None))
    return svc


def print_json(data: Any, *, default: Callable[[Any], Any] | None = None) -> None:
    """`data` as indented JSON on stdout, non-ASCII letters kept as they are."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=default)
    sys.stdout.write("\n")


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int] | None = None,
) -> str:
    """A plain-text table; cells longer than their column's width end in '…'."""
    cols = list(zip(headers, *rows, strict=False)) if rows else [(h,) for h in headers]
    sizes = [max(len(str(c)) for c in col) for col in cols]
    if widths:
        sizes = [min(s, w) if w else s for s, w in zip(sizes, widths, strict=False)]

    def fmt(row: Sequence[str]) -> str:
        cells = []
        for value, size in zip(row, sizes, strict=False):
            text = str(value)
            if len(text) > size:
                text = text[: size - 1] + "…"
            cells.append(text.ljust(size))
        return "  ".join(cells).rstrip()

    lines = [fmt(headers), "  ".join("-" * s for s in sizes)]
    lines.extend(fmt(r) for r in rows)
    return "\n".join(lines)


def activity_types_json(types: ActivityTypes) -> list[dict[str, Any]]:
    """An agreement's activity types as `lofte promises --json` and `lofte types
    --json` write them."""
    return [
        {
            "code": i.code,
            "name": i.name.sv,
            "name_en": i.name.en,
            "count_label": i.count_label.sv,
            "count_label_en": i.count_label.en,
            "fields": list(i.fields),
            "required": list(i.required),
            "retired": i.retired,
        }
        for i in types
    ]


def activity_json(a: Activity) -> dict[str, Any]:
    """An activity as `--json` shows it (log, edit, activities, plan done)."""
    return {
        "id": a.id,
        "type": a.activity_type,
        "promises": list(a.promise_codes),
        "party": a.party,
        "date": a.date.isoformat(),
        "start_time": a.start_time,
        "hours": a.hours,
        "place": a.place,
        "count": a.count,
        "status": a.status.value,
        "note": a.note,
        "logged_by": a.logged_by,
        "created_at": a.created_at.isoformat() if a.created_at else None,
        "updated_at": a.updated_at.isoformat() if a.updated_at else None,
        "series_id": a.series_id,
        "cancel_reason": a.cancel_reason,
        "version": a.version,
    }
