"""`lofte init`: create or upgrade the database, load a catalogue of promises and,
with `--demo`, the made-up demo data.

Standard library only at import time (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
from typing import Any

from lofte_desktop.cli.common import Handler, open_services


def register(sub: Any, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "init",
        parents=[db],
        help="skapa/uppgradera databasen och läs in en löfteskatalog",
    )
    p.add_argument("--catalogue", default="krokom-2023-2024", metavar="NAME|FILE")
    p.add_argument(
        "--demo",
        action="store_true",
        help="lägg till påhittade, anonyma aktiviteter 2023–2024 och ett påhittat "
        "förnyat medborgarlöfte 2025–2026 (Exempel) med aktiviteter fram till i dag",
    )


def cmd_init(args: argparse.Namespace) -> int:
    svc = open_services(args)
    result = svc.agreement.load_catalogue(args.catalogue)
    a = result.catalogue.agreement
    print(f"Databas: {svc.ctx.db.display_url}")
    print(
        f"Inläst: {a.name} ({len(result.catalogue.promises)} löften, "
        f"{len(result.catalogue.indicators)} indikatorer)"
    )
    if args.demo:
        from lofte_desktop.services.demo_setup import EXAMPLE_NAME, load_demo

        demo = load_demo(svc.agreement, a)
        if demo.skipped:
            print("Demodata hoppades över: databasen har redan aktiviteter.")
        else:
            print(
                f"Demodata: {demo.history} påhittade aktiviteter 2023–2024, och "
                f"{demo.current} i det påhittade {EXAMPLE_NAME} fram till i dag."
            )
    return 0


COMMANDS: dict[str, Handler] = {"init": cmd_init}
