"""The `lofte` command line: a thin shell over the services.

One module per command group (`init`, `activities`, `agreements`, `progress`,
`excel`, `plan`, `publish`, `report`, `backup`, `audit`, `shared_store`, `sync`);
what they share is in `common`; `parser` wires them into one parser and `run`
runs a command. The CLI imports no `ui`, `storage`, `sync` or `reports`: it calls
the services, and what needs Qt (the publish cards) is handed in by the entry
point, `lofte_desktop.entry.cli`.
"""

from lofte_desktop.cli.parser import build_parser
from lofte_desktop.cli.run import main

__all__ = ["build_parser", "main"]
