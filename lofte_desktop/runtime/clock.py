"""What "today" is: the real date, or LOFTE_TODAY=YYYY-MM-DD when pinned.

Pinned for demos, screenshots and benchmarks, for the app and the CLI alike, so
both show the same status for the same period. Standard library only: the GUI's
quick start reads it before SQLAlchemy is imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date


def today_from_env(prog: str = "lofte") -> Callable[[], date] | None:
    """The pinned day as a clock, or None when LOFTE_TODAY is unset (a value that
    is not a date is reported on stderr and ignored)."""
    value = os.environ.get("LOFTE_TODAY", "").strip()
    if not value:
        return None
    try:
        pinned = date.fromisoformat(value)
    except ValueError:
        print(f"{prog}: LOFTE_TODAY={value!r} är inget datum", file=sys.stderr)
        return None
    return lambda: pinned
