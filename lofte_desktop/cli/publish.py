"""`lofte publish` and `lofte comment`: telling kommunstyrelsen and the public.

The social-media cards are drawn by a painter the entry point hands in (the CLI
imports no Qt; see common.CardPainter). Imports only the standard library at
module level (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from lofte_desktop.cli.common import CardPainter, Handler, open_services


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "publish",
        parents=[db_parent],
        help="publicera uppföljningen: tillgänglig PDF, webbsida, bilder, öppna data",
        description=(
            "Skriver uppföljningen för en period i en mapp: en tillgänglig PDF "
            "(PDF/UA), en webbsida för invånarna (en fil), bilder för sociala medier "
            "med alternativtext, och öppna data (CSV och JSON)."
        ),
    )
    p.add_argument("--period", required=True, metavar="P", help="HT2024, 2024, hela …")
    p.add_argument("--out", required=True, metavar="MAPP", help="mappen att skriva i")
    p.add_argument(
        "--formats",
        default="pdfua,html,cards,data",
        metavar="LISTA",
        help="kommaseparerat: pdfua,html,cards,data (alla)",
    )
    p.add_argument("--lang", choices=("sv", "en"), default="sv", help="språk (sv)")
    p.add_argument("--json", action="store_true", help="lista filerna som JSON")

    c = sub.add_parser(
        "comment",
        parents=[db_parent],
        help="kommentarer, sammanfattning och godkännande för en periods uppföljning",
        description=(
            "Skriver de ansvarigas kommentar till ett löfte, periodens "
            "sammanfattning eller godkännandet (roll, namn, datum), eller listar dem "
            "med --json. En låst period kan inte ändras."
        ),
    )
    c.add_argument("--period", required=True, metavar="P", help="HT2024, 2024, hela …")
    c.add_argument("--promise", metavar="KOD", help="löftet kommentaren gäller (B2)")
    c.add_argument("--text", metavar="TEXT", help="kommentaren till löftet")
    c.add_argument("--summary", metavar="TEXT", help="periodens sammanfattning")
    c.add_argument(
        "--approved-by",
        metavar="'ROLL NAMN'",
        help="godkänd av, t.ex. 'Kommunchef Anna Exempel' (första ordet är rollen)",
    )
    c.add_argument("--role", metavar="ROLL", help="godkännarens roll (med --name)")
    c.add_argument("--name", metavar="NAMN", help="godkännarens namn (med --role)")
    c.add_argument("--approved-on", metavar="ÅÅÅÅ-MM-DD", help="godkännandedatum")
    c.add_argument("--json", action="store_true", help="lista kommentarerna som JSON")


def _usage(msg: str) -> int:
    print(f"lofte: {msg}", file=sys.stderr)
    return 2


def cmd_publish(args: argparse.Namespace) -> int:
    from lofte_desktop.services.publish import PublishRequest, parse_formats

    formats = parse_formats(args.formats)
    svc = open_services(args)
    try:
        painter: CardPainter | None = getattr(args, "card_painter", None)
        render = painter() if painter is not None and "cards" in formats else None
        result = svc.publish.publish(
            PublishRequest(args.period, args.out, formats, args.lang),
            render_card=render,
        )
        if args.json:
            print(json.dumps([str(f) for f in result.files], ensure_ascii=False))
        else:
            print(f"Publicerat i {result.folder}: {len(result.files)} filer")
            for f in result.files:
                print(f"  {f.name}")
        return 0
    finally:
        svc.close()


def _split_approver(text: str) -> tuple[str, str]:
    """'Kommunchef Anna Exempel' → ('Kommunchef', 'Anna Exempel')."""
    role, _, name = text.strip().partition(" ")
    return role, name.strip()


def cmd_comment(args: argparse.Namespace) -> int:
    approving = bool(args.approved_by or args.role or args.name or args.approved_on)
    writes = sum(x is not None for x in (args.text, args.summary)) + approving
    if args.text is not None and not args.promise:
        return _usage("--text behöver --promise (vilket löfte kommentaren gäller).")
    if args.promise and args.text is None:
        return _usage("--promise behöver --text.")
    if writes == 0 and not args.json:
        return _usage(
            "ange --promise och --text, --summary, --approved-by eller --json."
        )
    on: date | None = None
    if args.approved_on:
        try:
            on = date.fromisoformat(args.approved_on)
        except ValueError:
            return _usage(
                f"--approved-on: {args.approved_on} är inget datum (ÅÅÅÅ-MM-DD)."
            )
    svc = open_services(args)
    try:
        comments = svc.comments
        if args.text is not None:
            comments.set_promise_comment(args.period, args.promise, args.text)
        if args.summary is not None:
            comments.set_summary(args.period, args.summary)
        if approving:
            role, name = (
                _split_approver(args.approved_by)
                if args.approved_by
                else (args.role or "", args.name or "")
            )
            comments.set_approval(args.period, role=role, name=name, on=on)
        current = comments.comments(args.period)
        if args.json:
            approval = current.approval
            print(
                json.dumps(
                    {
                        "period": current.period_code,
                        "locked": current.locked,
                        "promises": current.promises,
                        "summary": current.summary,
                        "approval": (
                            {
                                "role": approval.role,
                                "name": approval.name,
                                "on": approval.on.isoformat(),
                            }
                            if approval
                            else None
                        ),
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            print(f"Sparat för {current.period_code}.")
        return 0
    finally:
        svc.close()


COMMANDS: dict[str, Handler] = {
    "publish": cmd_publish,
    "comment": cmd_comment,
}
