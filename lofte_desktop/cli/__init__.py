"""Feature subcommands of `lofte` (plan, sync, report, backup, …).

Each module here defines `register(sub, db_parent)` that adds its subparsers, and a
`COMMANDS: dict[str, Callable[[argparse.Namespace], int]]` of handlers. Modules must
import only the standard library at import time (keep `lofte --help` fast): do the
heavy imports inside handlers.
"""
