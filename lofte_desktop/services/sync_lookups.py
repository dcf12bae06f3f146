"""What the sync record rules need to know besides the record itself.

Agreements, promises and places, read from the import's own transaction (so records
merged earlier in the same package count), with the lookups a package's thousands of
records share worked out once: an agreement's `Rules`, and the agreement and codes
of each set of promise links.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from lofte_desktop.domain.errors import ValidationError
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.types import ActivityTypes
from lofte_desktop.domain.validation import Rules
from lofte_desktop.storage import rows as row_readers
from lofte_desktop.storage import sync_store as store


class RuleContext:
    """What the rules need to know besides the record: agreements, promises and
    places, read from the import's own transaction (so records merged earlier in the
    same package count). A table's cache is dropped when records of it arrive."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._agreements: dict[str, Agreement] | None = None
        self._promises: dict[str, tuple[str, str]] | None = None
        self._places: dict[str, str] | None = None
        self._rules: dict[str, Rules] = {}
        self._types: dict[str, ActivityTypes] = {}
        #: promise links -> (agreement id, codes), when the links name the agreement
        self._owners: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}

    def forget(self, table: str) -> None:
        if table == "agreements":
            self._agreements = None
            self._rules.clear()
            self._owners.clear()
        elif table == "promises":
            self._promises = None
            self._rules.clear()
            self._owners.clear()
        elif table == "activity_types":
            self._rules.clear()
            self._types.clear()
        elif table == "places":
            self._places = None

    @property
    def agreements(self) -> dict[str, Agreement]:
        if self._agreements is None:
            found = {}
            for row in self._rows("agreements", "*"):
                try:
                    found[row["id"]] = row_readers.agreement_from_mapping(row)
                except (ValueError, TypeError, KeyError, AttributeError):
                    continue  # an unreadable stored agreement holds no activities
            self._agreements = found
        return self._agreements

    @property
    def promises(self) -> dict[str, tuple[str, str]]:
        """{promise id: (agreement id, code)}"""
        if self._promises is None:
            self._promises = {
                r["id"]: (r["agreement_id"], r["code"])
                for r in self._rows("promises", "id", "agreement_id", "code")
            }
        return self._promises

    @property
    def places(self) -> dict[str, str]:
        """{place id: name}"""
        if self._places is None:
            self._places = {
                r["id"]: r["name"] for r in self._rows("places", "id", "name")
            }
        return self._places

    def _rows(self, table: str, *columns: str) -> list[Any]:
        t_ = store.TABLES_ALL[table]
        cols = [c.name for c in t_.columns] if columns == ("*",) else list(columns)
        return store.column_rows(self.conn, table, cols)

    def rules(self, agreement_id: str) -> Rules:
        rules = self._rules.get(agreement_id)
        if rules is None:
            a = self.agreements[agreement_id]
            codes = frozenset(
                code for aid, code in self.promises.values() if aid == agreement_id
            )
            rules = self._rules[agreement_id] = Rules(
                codes, a.parties, a.start, a.end, types=self.types(agreement_id)
            )
        return rules

    def types(self, agreement_id: str) -> ActivityTypes:
        """The agreement's activity types (retired ones too)."""
        types = self._types.get(agreement_id)
        if types is None:
            types = self._types[agreement_id] = row_readers.activity_types_from_rows(
                [
                    r
                    for r in self._rows("activity_types", "*")
                    if r["agreement_id"] == agreement_id and not r["deleted"]
                ]
            )
        return types

    def agreement_for(
        self, promise_ids: Iterable[str], day: Any
    ) -> tuple[str, list[str]]:
        """(agreement id, promise codes) for an activity's or a plan's links.

        The agreement is its promises'; links without one are refused as unknown
        promises. Without links, the agreement whose dates hold the day (else any)."""
        links = tuple(promise_ids)
        known = self._owners.get(links)
        if known is not None:  # a package's records share a few sets of links
            return known[0], list(known[1])
        promises, agreements = self.promises, self.agreements
        owner: str | None = None
        codes: list[str] = []
        for pid in links:
            hit = promises.get(pid)
            if hit is None or hit[0] not in agreements or owner not in (None, hit[0]):
                codes.append(f"?{str(pid)[:36]}")  # validate_activity names it
                continue
            owner = hit[0]
            codes.append(hit[1])
        if owner is not None:
            self._owners[links] = (owner, tuple(codes))
        else:
            if not agreements:
                raise ValidationError("err.no_agreement", field="promises")
            when = day if isinstance(day, str) else ""
            owner = next(
                (
                    a.id
                    for a in agreements.values()
                    if a.start.isoformat() <= when <= a.end.isoformat()
                ),
                next(iter(agreements)),
            )
        return owner, codes
