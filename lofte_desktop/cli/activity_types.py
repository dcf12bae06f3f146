"""`lofte types`: an agreement's own activity types; retire one, or delete one that
nothing uses (one in use is refused: retire it instead).

Imports only the standard library at module level (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lofte_desktop.cli.common import (
    Handler,
    activity_types_json,
    open_services,
    print_json,
)


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "types",
        parents=[db_parent],
        help="medborgarlöftets aktivitetstyper: lista, avveckla, ta bort",
        description=(
            "Listar medborgarlöftets aktivitetstyper (kod, namn, vad antalet "
            "räknar, fält). En typ som används kan avvecklas men aldrig tas bort: "
            "den erbjuds då inte för nya aktiviteter, men de gamla behåller den."
        ),
    )
    p.add_argument("--json", action="store_true", help="skriv listan som JSON")
    tsub = p.add_subparsers(dest="types_command", metavar="KOMMANDO")
    for name, text in (
        ("retire", "avveckla en typ (erbjuds inte för nya aktiviteter)"),
        ("restore", "ta tillbaka en avvecklad typ"),
        ("delete", "ta bort en typ som ingen aktivitet har"),
    ):
        c = tsub.add_parser(name, parents=[db_parent], help=text, description=text)
        c.add_argument("code", metavar="KOD", help="typens kod")


def cmd_types(args: argparse.Namespace) -> int:
    svc = open_services(args)
    agreement = svc.agreement
    command = getattr(args, "types_command", None)
    if command in ("retire", "restore"):
        info = agreement.retire_type(args.code, retired=command == "retire")
        word = "Avvecklad" if info.retired else "Tillbaka"
        print(f"{word}: {info.code} {info.name.sv} ({agreement.agreement().code})")
        return 0
    if command == "delete":
        agreement.delete_type(args.code)
        print(f"Borttagen: {args.code.strip()} ({agreement.agreement().code})")
        return 0
    types = agreement.activity_types()
    if args.json:
        print_json(
            {
                "agreement": agreement.agreement().code,
                "activity_types": activity_types_json(types),
            }
        )
        return 0
    print(f"{agreement.agreement().name} ({agreement.agreement().code})")
    for i in types:
        mark = " (avvecklad)" if i.retired else ""
        count = f"; antal: {i.count_label.sv}" if i.uses_count else ""
        sys.stdout.write(f"  {i.code}  {i.name.sv}{mark}{count}\n")
    return 0


COMMANDS: dict[str, Handler] = {"types": cmd_types}
