"""The `lofte` parser: every command group's subcommands, in the order `lofte
--help` lists them, and the handler for each command.

Each command module has `register(sub, db_parent)`, which adds its subparsers, and
`COMMANDS`, its handlers by command name. Command modules import only the standard
library at import time (keeps `lofte --help` fast): heavy imports go in handlers.
"""

from __future__ import annotations

import argparse

from lofte_desktop.cli import (
    activities,
    activity_types,
    agreements,
    audit,
    backup,
    excel,
    init,
    plan,
    progress,
    publish,
    report,
    shared_store,
    sync,
)
from lofte_desktop.cli.common import Handler, db_parent

# The order of `lofte --help`; `promises` (in agreements) comes right after `init`.
GROUPS = (
    init,
    activities,
    progress,
    agreements,
    activity_types,
    excel,
    plan,
    publish,
    report,
    backup,
    audit,
    shared_store,
    sync,
)


def build_parser() -> argparse.ArgumentParser:
    from lofte_desktop.cli import argparse_sv

    argparse_sv.install()  # before any parser: their -h help and titles are made now
    db = db_parent()
    parser = argparse.ArgumentParser(
        prog="lofte",
        description="Löfte Desktop på kommandoraden: logga och följ upp medborgarlöften.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="databasfil eller SQLAlchemy-URL (annars LOFTE_DB)"
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    sub.required = True

    init.register(sub, db)
    agreements.register_promises(sub, db)
    for group in GROUPS[1:]:
        group.register(sub, db)
    return parser


def commands() -> dict[str, Handler]:
    """Every command's handler, by the command's name."""
    return {name: fn for group in GROUPS for name, fn in group.COMMANDS.items()}
