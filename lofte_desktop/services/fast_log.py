"""`lofte log`'s fast lane as a use case: one activity into an up-to-date SQLite
file without SQLAlchemy (the storage side is storage/fast_log.py, which calls the
storage core the SQLAlchemy repositories call too).

Importing this module imports no storage; `log_activity` imports the fast writer
when it runs, so `lofte --help` stays light.
"""

from __future__ import annotations

from lofte_desktop.domain.model import Activity
from lofte_desktop.domain.types import Status
from lofte_desktop.domain.validation import ActivityDraft


def log_activity(
    target: str,
    draft: ActivityDraft,
    *,
    user: str,
    user_party: str | None,
    own: str | None,
) -> Activity | None:
    """The stored activity, or None when this write needs the full service layer
    (a database to create or upgrade, a new place, a PostgreSQL URL, …)."""
    from lofte_desktop.storage import fast_log

    try:
        done = fast_log.log_activity(
            target, draft, user=user, user_party=user_party, own=own
        )
    except fast_log.NotEligible:
        return None
    v = done.values
    return Activity(
        id=done.id,
        activity_type=str(v["activity_type"]),
        promise_codes=tuple(sorted(done.promise_codes)),
        party=v["party"],
        date=v["date"],
        status=Status(v["status"]),
        start_time=v["start_time"],
        hours=v["hours"],
        place=done.place,
        count=v["count"],
        note=v["note"],
        logged_by=v["logged_by"],
        created_at=done.created_at,
        updated_at=done.created_at,
        hlc=done.hlc,
    )
