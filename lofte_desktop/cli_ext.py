"""Subcommands added by later features (plan, sync, report, backup, …).

Each feature registers its subparsers in `register()` and its handlers in COMMANDS,
so cli.py stays a short, stable dispatcher. Keep imports inside handlers.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    """Adds feature subcommands to the `lofte` parser."""
    return None
