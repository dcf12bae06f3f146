"""Runs one `lofte` command: parse, dispatch, and turn a refusal into a Swedish
message on stderr.

Exit codes: 0 success, 1 refused or failed, 2 usage error. Messages go to stderr.
Nothing heavy is imported until a subcommand runs, so `lofte --help` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from lofte_desktop.cli.common import CardPainter, CliError
from lofte_desktop.cli.parser import build_parser, commands


def main(
    argv: Sequence[str] | None = None, *, card_painter: CardPainter | None = None
) -> int:
    """`lofte` with `argv` (else sys.argv). `card_painter` draws `lofte publish`'s
    social-media cards; without one, publishing cards is refused."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.card_painter = card_painter
    handler = commands()[args.command]
    try:
        return handler(args)
    except CliError as exc:
        print(f"lofte: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("lofte: avbrutet", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: stop quietly, as other tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        return _report(exc)


def _report(exc: Exception) -> int:
    from lofte_desktop.domain.catalogue import CatalogueError
    from lofte_desktop.domain.errors import LofteError, ValidationErrors
    from lofte_desktop.services.errors import (
        CredentialError,
        OpenError,
        PgBackupError,
        is_write_failure,
    )

    if isinstance(exc, ValidationErrors):
        for err in exc.errors:
            print(f"lofte: {err.message()}", file=sys.stderr)
        return 1
    refusals = LofteError | CatalogueError | OpenError | PgBackupError | CredentialError
    if isinstance(exc, refusals):
        print(f"lofte: {exc}", file=sys.stderr)
        return 1
    if is_write_failure(exc):
        print(
            f"lofte: kunde inte skriva till databasen, inget ändrades: {exc}",
            file=sys.stderr,
        )
        return 1
    raise exc
