"""Finds the feature subcommands in lofte_desktop/cli_commands/ and wires them in."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

from lofte_desktop import cli_commands

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    """Adds every feature module's subcommands to the `lofte` parser, sorted by name."""
    for info in sorted(
        pkgutil.iter_modules(cli_commands.__path__), key=lambda m: m.name
    ):
        module = importlib.import_module(f"{cli_commands.__name__}.{info.name}")
        module.register(sub, db_parent)
        COMMANDS.update(module.COMMANDS)
