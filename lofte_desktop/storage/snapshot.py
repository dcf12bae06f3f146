"""The dashboard snapshot: the current term's sums, kept with the data generation
(storage/generation.py) they were counted at, so that the next start can paint
Översikt before the database layer has even been imported.

ProgressService.dashboard() stores one after each count of the current term. The
CLI's fast path (lite.py) adds the one activity it logs to a current snapshot in
its own transaction, so logging after a patrol keeps the next start quick.
services/quick_start.py uses a snapshot only while everything it depends on is
unchanged: the data generation (any other write renews it), the schema, the app
version, the agreement and the term. Status, weeks left and texts are computed
afresh from the sums, for today and the chosen language.

Standard library and domain only: the quick start and lite.py read it before
SQLAlchemy is loaded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from lofte_desktop import __version__
from lofte_desktop.domain.progress import ProgressSums, PromiseTotals, Totals
from lofte_desktop.domain.types import ActivityType, Status

FORMAT = 2


@dataclass(frozen=True)
class Snapshot:
    generation: str
    schema: str
    agreement_id: str
    period_code: str
    start: date
    end: date
    #: The cumulative sums run from here to `end`, for `cumulative_ids` only.
    cumulative_start: date
    cumulative_ids: frozenset[str]
    #: The same period a year earlier, for `previous_ids` only.
    previous_start: date
    previous_end: date
    previous_ids: frozenset[str]
    sums: ProgressSums
    #: The promises presence hours count towards (None: every presence activity;
    #: domain/progress.presence_promise_ids).
    presence_ids: frozenset[str] | None
    presence_hours: float
    previous_presence_hours: float

    def with_activity(
        self,
        generation: str,
        *,
        day: date,
        activity_type: str,
        status: str,
        hours: float | None,
        count: int | None,
        promise_ids: Iterable[str],
    ) -> Snapshot:
        """This snapshot with one new live activity added, as a recount would
        (storage/activities.totals_by_promise and breakdown), at `generation`."""
        add = Totals(1, hours or 0.0, count or 0)
        promise_ids = set(promise_ids)
        totals, cumulative, previous = (
            dict(self.sums.totals),
            dict(self.sums.cumulative),
            dict(self.sums.previous),
        )
        for pid in promise_ids:
            if self.start <= day <= self.end:
                _add(totals, (pid, status), add)
            if pid in self.cumulative_ids and self.cumulative_start <= day <= self.end:
                _add(cumulative, (pid, status), add)
            if (
                pid in self.previous_ids
                and self.previous_start <= day <= self.previous_end
            ):
                _add(previous, (pid, status), add)
        presence, previous_presence = self.presence_hours, self.previous_presence_hours
        counts = self.presence_ids is None or bool(self.presence_ids & set(promise_ids))
        if (
            activity_type == ActivityType.PRESENCE.value
            and status == Status.DONE.value
            and counts
        ):
            if self.start <= day <= self.end:
                presence += hours or 0.0
            if self.previous_start <= day <= self.previous_end:
                previous_presence += hours or 0.0
        return replace(
            self,
            generation=generation,
            sums=ProgressSums(totals, cumulative, previous),
            presence_hours=presence,
            previous_presence_hours=previous_presence,
        )


def _add(into: dict[tuple[str, str], Totals], key: tuple[str, str], t: Totals) -> None:
    old = into.get(key, Totals())
    into[key] = Totals(
        old.occasions + t.occasions, old.hours + t.hours, old.people + t.people
    )


def encode(snap: Snapshot) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "app": __version__,
            "generation": snap.generation,
            "schema": snap.schema,
            "agreement": snap.agreement_id,
            "period": [snap.period_code, snap.start.isoformat(), snap.end.isoformat()],
            "cumulative": {
                "start": snap.cumulative_start.isoformat(),
                "ids": sorted(snap.cumulative_ids),
                "rows": _rows(snap.sums.cumulative),
            },
            "previous": {
                "start": snap.previous_start.isoformat(),
                "end": snap.previous_end.isoformat(),
                "ids": sorted(snap.previous_ids),
                "rows": _rows(snap.sums.previous),
            },
            "totals": _rows(snap.sums.totals),
            "presence": [snap.presence_hours, snap.previous_presence_hours],
            "presence_ids": (
                None if snap.presence_ids is None else sorted(snap.presence_ids)
            ),
        },
        separators=(",", ":"),
    )


def decode(text: str | None) -> Snapshot | None:
    """The snapshot stored by this app version; None for anything else (missing,
    another version or format, damaged)."""
    if not text:
        return None
    try:
        d = json.loads(text)
        if d["format"] != FORMAT or d["app"] != __version__:
            return None
        code, start, end = d["period"]
        cum, prev = d["cumulative"], d["previous"]
        hours, previous_hours = (float(h) for h in d["presence"])
        pids = d["presence_ids"]  # a snapshot without them is from an older rule
        return Snapshot(
            generation=str(d["generation"]),
            schema=str(d["schema"]),
            agreement_id=str(d["agreement"]),
            period_code=str(code),
            start=date.fromisoformat(start),
            end=date.fromisoformat(end),
            cumulative_start=date.fromisoformat(cum["start"]),
            cumulative_ids=frozenset(str(i) for i in cum["ids"]),
            previous_start=date.fromisoformat(prev["start"]),
            previous_end=date.fromisoformat(prev["end"]),
            previous_ids=frozenset(str(i) for i in prev["ids"]),
            sums=ProgressSums(
                _totals(d["totals"]), _totals(cum["rows"]), _totals(prev["rows"])
            ),
            presence_ids=None if pids is None else frozenset(str(i) for i in pids),
            presence_hours=hours,
            previous_presence_hours=previous_hours,
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _rows(totals: PromiseTotals) -> list[list[Any]]:
    return [
        [pid, status, t.occasions, t.hours, t.people]
        for (pid, status), t in sorted(totals.items())
    ]


def _totals(rows: Any) -> dict[tuple[str, str], Totals]:
    return {
        (str(pid), str(status)): Totals(int(n), float(h), int(c))
        for pid, status, n, h, c in rows
    }
