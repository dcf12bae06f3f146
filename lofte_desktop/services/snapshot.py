"""The dashboard snapshot: the current term's sums, kept with the data generation
they were computed at, so that the next start can paint Översikt before the
database layer has even been imported.

Standard library and domain only. ProgressService.dashboard() writes a snapshot
after each computation of the current term; services/quick_start.py uses it only
when everything it depends on is unchanged: the data generation (any write renews
it), the schema, the app version, the agreement and the term. Status, weeks left
and texts are computed afresh from the sums, for today and the chosen language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from lofte_desktop import __version__
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.progress import Totals
from lofte_desktop.services.progress_figures import ProgressSums, PromiseTotals

FORMAT = 1


@dataclass(frozen=True)
class Snapshot:
    generation: str
    schema: str
    agreement_id: str
    period: Period
    sums: ProgressSums
    presence_hours: float
    previous_presence_hours: float


def encode(snap: Snapshot) -> str:
    p = snap.period
    return json.dumps(
        {
            "format": FORMAT,
            "app": __version__,
            "generation": snap.generation,
            "schema": snap.schema,
            "agreement": snap.agreement_id,
            "period": [p.code, p.start.isoformat(), p.end.isoformat()],
            "totals": _rows(snap.sums.totals),
            "cumulative": _rows(snap.sums.cumulative),
            "previous": _rows(snap.sums.previous),
            "presence": [snap.presence_hours, snap.previous_presence_hours],
        },
        separators=(",", ":"),
    )


def decode(text: str | None, period: Period) -> Snapshot | None:
    """The snapshot stored for `period` by this app version; None for anything
    else (missing, another version or term, damaged)."""
    if not text:
        return None
    try:
        d = json.loads(text)
        if d["format"] != FORMAT or d["app"] != __version__:
            return None
        code, start, end = d["period"]
        if (code, start, end) != (
            period.code,
            period.start.isoformat(),
            period.end.isoformat(),
        ):
            return None
        hours, previous_hours = (float(h) for h in d["presence"])
        return Snapshot(
            generation=str(d["generation"]),
            schema=str(d["schema"]),
            agreement_id=str(d["agreement"]),
            period=period,
            sums=ProgressSums(
                _totals(d["totals"]), _totals(d["cumulative"]), _totals(d["previous"])
            ),
            presence_hours=hours,
            previous_presence_hours=previous_hours,
        )
    except (ValueError, TypeError, KeyError):
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
