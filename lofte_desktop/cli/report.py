"""`lofte report`: the follow-up PDF for a term, a year or the whole agreement.

Imports only the standard library at module level (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lofte_desktop.cli.common import Handler, open_services


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[db_parent],
        help="skapa en uppföljningsrapport (PDF) för en period",
        description=(
            "Skapar en uppföljning av medborgarlöftena som PDF (A4, svenska): "
            "löfte för löfte mot målen, vad varje part har gjort, indikatorer och "
            "aktiviteter per månad."
        ),
    )
    p.add_argument(
        "--period",
        required=True,
        metavar="P",
        help="HT2023, VT2024, T1-2025, K1-2025, 2024, hela eller 2024-01-01..2024-03-31",
    )
    p.add_argument(
        "--out", required=True, metavar="FIL.pdf", help="PDF-filen att skriva"
    )
    p.add_argument(
        "--appendix",
        action="store_true",
        help="ta med en bilaga med alla aktiviteter under perioden",
    )
    p.add_argument(
        "--notes",
        action="store_true",
        help="visa anteckningar i bilagan (utelämnas annars)",
    )
    p.add_argument(
        "--party", metavar="NAMN", help="bara aktiviteter utförda av en part"
    )
    p.add_argument(
        "--lang", choices=("sv", "en"), default="sv", help="rapportens språk (sv)"
    )


def cmd_report(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.is_dir():
        print(f"lofte: {out} är en mapp; ange en PDF-fil med --out.", file=sys.stderr)
        return 1
    if not out.parent.exists():
        print(f"lofte: mappen {out.parent} finns inte.", file=sys.stderr)
        return 1
    from lofte_desktop.services.reports import ReportRequest

    svc = open_services(args)
    try:
        request = ReportRequest(
            period=args.period,
            appendix=args.appendix,
            party=args.party,
            include_notes=args.notes,
            lang=args.lang,
        )
        try:
            path = svc.reports.write(request, out)
        except OSError as exc:
            print(
                f"lofte: kunde inte skriva {out}: {exc.strerror or exc}",
                file=sys.stderr,
            )
            return 1
        print(f"Rapport sparad: {path}")
        return 0
    finally:
        svc.close()


COMMANDS: dict[str, Handler] = {"report": cmd_report}
