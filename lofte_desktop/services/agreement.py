"""The agreement: loading catalogues, browsing promises, indicator values, places."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from lofte_desktop.domain.agreements import covering, newest_first, own_line
from lofte_desktop.domain.catalogue import CatalogueError, parse_catalogue
from lofte_desktop.domain.errors import LofteError, NotFoundError, ValidationError
from lofte_desktop.domain.holidays import HolidayDraft, validate_holidays
from lofte_desktop.domain.log_defaults import promises_for_type
from lofte_desktop.domain.model import (
    Agreement,
    Catalogue,
    FocusArea,
    Holiday,
    Indicator,
    IndicatorMeasurement,
    Place,
    Promise,
    SchoolTerm,
)
from lofte_desktop.domain.texts import count_text
from lofte_desktop.domain.types import (
    DEFAULT_TYPES,
    ActivityTypeInfo,
    ActivityTypes,
    PlaceKind,
    TypeCode,
)
from lofte_desktop.domain.validation import (
    AgreementSpan,
    Rules,
    check_free_text,
    clean_place_name,
    parse_measurement,
    parse_year,
)
from lofte_desktop.runtime.paths import catalogues_dir
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import (
    AgreementChanged,
    DataChanged,
    IndicatorValuesChanged,
)
from lofte_desktop.services.progress_figures import values_by_code
from lofte_desktop.storage import agreements as store
from lofte_desktop.storage.meta import ACTIVE_AGREEMENT, get_meta, next_stamp, set_meta

DEFAULT_CATALOGUE = "krokom-2023-2024"


@dataclass(frozen=True)
class LoadResult:
    catalogue: Catalogue
    changed_rows: int
    source: str


def builtin_catalogues() -> list[str]:
    return sorted(p.stem for p in catalogues_dir().glob("*.toml"))


def read_catalogue_file(name_or_path: str) -> tuple[Catalogue, str]:
    """Reads a built-in catalogue by name, or a .toml/.json file by path."""
    path = Path(name_or_path)
    if not path.suffix and not path.exists():
        path = catalogues_dir() / f"{name_or_path}.toml"
    source = str(path)
    if not path.is_file():
        raise CatalogueError(
            "(fil)",
            "filen finns inte; inbyggda kataloger: " + ", ".join(builtin_catalogues()),
            source,
        )
    try:
        raw = path.read_bytes()
        data: Any = (
            json.loads(raw.decode("utf-8"))
            if path.suffix.lower() == ".json"
            else tomllib.loads(raw.decode("utf-8"))
        )
    except UnicodeDecodeError:
        raise CatalogueError("(fil)", "är inte UTF-8-text", source) from None
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError("(syntax)", str(exc), source) from None
    except OSError as exc:
        raise CatalogueError("(fil)", str(exc), source) from None
    try:
        return parse_catalogue(data), source
    except CatalogueError as exc:
        raise exc.with_source(source) from None


class AgreementService:
    """The agreement in use (`ctx.agreement()`), or with `fixed` one given agreement
    (`on(day)`, `scoped(code)`: a short-lived view for another agreement's dates)."""

    def __init__(self, ctx: ServiceContext, fixed: Agreement | None = None) -> None:
        self.ctx = ctx
        self._fixed = fixed
        self._promises: tuple[str, list[Promise]] | None = None
        self._all_codes: dict[str, str] | None = None
        self._types: dict[str, ActivityTypes] = {}
        self._all_types: ActivityTypes | None = None
        self._all_types_of = ""
        if fixed is None:
            # Whoever changes the agreement (a catalogue load, a sync import)
            # publishes AgreementChanged; the caches drop themselves then.
            ctx.events.subscribe(AgreementChanged, self._forget)
            ctx.events.subscribe(DataChanged, self._forget)

    def _forget(self, _event: AgreementChanged | DataChanged) -> None:
        self.ctx.invalidate()
        self._promises = None
        self._all_codes = None
        self._types = {}
        self._all_types = None

    def own_code(self) -> str | None:
        """The user's own agreement: the settings' (`ctx.own`), else the one the
        database was set up with. It decides between municipalities when one
        database holds several."""
        if self.ctx.own:
            return self.ctx.own
        with self.ctx.db.read() as s:
            return get_meta(s, ACTIVE_AGREEMENT)

    def set_own(self, code: str) -> None:
        """Makes `code` the user's own agreement for this session (the caller
        keeps it in the settings: `Services.set_own_agreement`)."""
        with self.ctx.db.read() as s:
            if store.load_agreement(s, code) is None:
                raise NotFoundError(
                    "err.unknown_agreement", field="agreement", value=code
                )
        self.ctx.own = code
        self.ctx.invalidate()
        self._changed(code)

    def scoped(self, agreement: Agreement) -> AgreementService:
        """A view of `agreement` (self when it is the one in use)."""
        if agreement.id == self.agreement().id:
            return self
        return AgreementService(self.ctx, fixed=agreement)

    def on(self, day: date) -> AgreementService:
        """The agreement `day` belongs to for this user: the one in use when it
        covers the day (or one was chosen), else the covering one of the user's
        municipality. A day no agreement covers stays with the one in use (its
        validation then names the agreements there are)."""
        current = self.agreement()
        if (
            self._fixed is not None
            or self.ctx.chosen
            or current.start <= day <= current.end
        ):
            return self
        hits = covering(own_line(self.agreements(), self.own_code()), day)
        return self.scoped(hits[0]) if hits else self

    def for_span(self, start: date, end: date) -> AgreementService:
        """The agreement a period belongs to (as `on`, by the period's dates)."""
        current = self.agreement()
        if (
            self._fixed is not None
            or self.ctx.chosen
            or (current.start <= start and end <= current.end)
        ):
            return self
        pool = own_line(self.agreements(), self.own_code())
        inside = [a for a in newest_first(pool) if a.start <= start and end <= a.end]
        overlap = [a for a in newest_first(pool) if a.start <= end and start <= a.end]
        hits = inside or overlap
        if not hits or current in hits:
            return self
        return self.scoped(hits[0])

    # --- catalogue ---------------------------------------------------------
    def load_catalogue(self, name_or_path: str = DEFAULT_CATALOGUE) -> LoadResult:
        """Reads, validates, then adds the catalogue's agreement in one transaction.
        It never replaces: the same agreement again is a no-op, a different one
        under a code that exists is refused (`lofte init --catalogue`)."""
        catalogue, source = read_catalogue_file(name_or_path)
        return self.add(catalogue, source, strict=False)

    def add(
        self, catalogue: Catalogue, source: str = "", *, strict: bool = True
    ) -> LoadResult:
        """Adds an agreement beside the others. `strict`: refuse any code that
        exists (`lofte agreement add`); otherwise refuse only a changed one. A
        refusal writes nothing."""
        a = catalogue.agreement
        with self.ctx.db.write() as s:
            existing = store.load_agreement(s, a.code) or store.load_agreement(s, a.id)
            if existing is not None and strict:
                raise LofteError("err.agreement_exists", value=a.code)
            stamp = next_stamp(s, self.ctx.device_id)
            changed = store.save_catalogue(s, catalogue, stamp, self.ctx.user)
            if existing is not None and changed:
                raise LofteError("err.agreement_exists", value=a.code)  # rolls back
            if get_meta(s, ACTIVE_AGREEMENT) is None:
                set_meta(s, ACTIVE_AGREEMENT, a.code)
        self._changed(a.code)
        return LoadResult(catalogue, changed, source)

    def _changed(self, code: str) -> None:
        self.ctx.events.publish(AgreementChanged(code))

    # --- reading -----------------------------------------------------------
    def agreement(self) -> Agreement:
        return self._fixed or self.ctx.agreement()

    def focus_areas(self) -> list[FocusArea]:
        with self.ctx.db.read() as s:
            return store.load_focus_areas(s, self.agreement().id)

    def promises(self) -> list[Promise]:
        aid = self.agreement().id
        if self._promises is None or self._promises[0] != aid:
            with self.ctx.db.read() as s:
                self._promises = (aid, store.load_promises(s, aid))
        return list(self._promises[1])

    def promise(self, code_or_id: str) -> Promise:
        for p in self.promises():
            if code_or_id.casefold() in (p.code.casefold(), p.id):
                return p
        raise NotFoundError("err.unknown_promise", field="promises", value=code_or_id)

    def promise_ids(self) -> dict[str, str]:
        """{code: id}"""
        return {p.code: p.id for p in self.promises()}

    def owned_ids(self) -> frozenset[str]:
        """The ids of this agreement's promises. Work belongs to the agreement
        whose promise it counts towards: Planering, Uppföljning and the .ics
        export list only what links to one of these."""
        return frozenset(self.promise_ids().values())

    def promise_codes(self) -> dict[str, str]:
        """{id: code} for every agreement's promises: an activity of an earlier
        agreement lists its own promises' codes, never raw ids."""
        if self._all_codes is None:
            with self.ctx.db.read() as s:
                self._all_codes = store.all_promise_codes(s)
        return {**self._all_codes, **{p.id: p.code for p in self.promises()}}

    def promises_for_type(self, activity_type: TypeCode) -> list[Promise]:
        """The promises an activity of this type counts towards (for suggestions)."""
        return promises_for_type(self.promises(), activity_type)

    def agreements(self) -> list[Agreement]:
        """Every agreement in the database (the active one is `agreement()`)."""
        with self.ctx.db.read() as s:
            return store.list_agreements(s)

    def rules(self) -> Rules:
        a = self.agreement()
        return Rules(
            frozenset(p.code for p in self.promises()),
            a.parties,
            a.start,
            a.end,
            name=a.name,
            known=tuple(
                AgreementSpan(x.name, x.start, x.end) for x in self.agreements()
            ),
            types=self.activity_types(),
        )

    # --- activity types ----------------------------------------------------
    def activity_types(self, agreement_id: str | None = None) -> ActivityTypes:
        """The agreement's own activity types (retired ones included)."""
        aid = agreement_id or self.agreement().id
        if aid not in self._types:
            with self.ctx.db.read() as s:
                self._types[aid] = store.load_activity_types(s, aid)
        return self._types[aid]

    def all_types(self) -> ActivityTypes:
        """This agreement's types, then those of the others that it lacks: the
        names of every activity in the database, whichever agreement it is of."""
        aid = self.agreement().id
        if self._all_types is None or self._all_types_of != aid:
            types = self.activity_types()
            for other in newest_first(self.agreements()):
                types = types.merged(self.activity_types(other.id))
            self._all_types, self._all_types_of = types.merged(DEFAULT_TYPES), aid
        return self._all_types

    def retire_type(self, code: str, retired: bool = True) -> ActivityTypeInfo:
        """Retires one of the agreement's types (or takes it back): it is no longer
        offered for new activities; the activities that have it keep it."""
        info = self._own_type(code)
        changed = replace(info, retired=retired)
        self._save_types([changed])
        return changed

    def delete_type(self, code: str) -> None:
        """Removes a type nothing uses; one in use is refused (retire it)."""
        info = self._own_type(code)
        a = self.agreement()
        with self.ctx.db.write() as s:
            used = store.type_use_count(s, [p.id for p in self.promises()], info.code)
            if used:
                raise ValidationError(
                    "err.type_in_use",
                    field="type",
                    value=info.code,
                    n=count_text(used, "activities"),
                )
            store.delete_activity_type(
                s, a.id, info.code, next_stamp(s, self.ctx.device_id), self.ctx.user
            )
        self._types.pop(a.id, None)
        self._all_types = None
        self._changed(a.code)

    def _own_type(self, code: str) -> ActivityTypeInfo:
        info = self.activity_types().get(code.strip())
        if info is None:
            raise NotFoundError(
                "err.no_such_type",
                field="type",
                value=code,
                agreement=self.agreement().code,
            )
        return info

    def _save_types(self, infos: Sequence[ActivityTypeInfo]) -> None:
        a = self.agreement()
        with self.ctx.db.write() as s:
            stamp = next_stamp(s, self.ctx.device_id)
            # an agreement that had no rows of its own gets them all now
            stored = store.load_activity_types(s, a.id)
            by_code = {i.code: i for i in stored} | {i.code: i for i in infos}
            for info in by_code.values():
                store.save_activity_type(s, a.id, info, stamp, self.ctx.user)
        self._types.pop(a.id, None)
        self._all_types = None
        self._changed(a.code)

    def indicators(self) -> list[Indicator]:
        with self.ctx.db.read() as s:
            return store.load_indicators(s, self.agreement().id)

    def indicator(self, code: str) -> Indicator:
        for ind in self.indicators():
            if code.casefold() in (ind.code.casefold(), ind.id):
                return ind
        raise NotFoundError("err.unknown_indicator", field="indicator", value=code)

    def indicator_values(self) -> dict[str, list[IndicatorMeasurement]]:
        """{indicator code: measurements by year}"""
        inds = self.indicators()
        with self.ctx.db.read() as s:
            values = store.load_indicator_values(s, [i.id for i in inds])
        return values_by_code(inds, values)

    def set_indicator_value(
        self, code: str, year: int | str, value: float | str, note: str = ""
    ) -> IndicatorMeasurement:
        ind = self.indicator(code)
        y = parse_year(year)
        v = parse_measurement(value)
        check_free_text(note, "note")
        with self.ctx.db.write() as s:
            stamp = next_stamp(s, self.ctx.device_id)
            m = store.set_indicator_value(
                s, ind.id, y, v, note.strip(), stamp, self.ctx.user
            )
        self.ctx.events.publish(IndicatorValuesChanged(ind.code, y))
        return m

    # --- places ------------------------------------------------------------
    def places(self, kind: PlaceKind | None = None) -> list[Place]:
        with self.ctx.db.read() as s:
            places = store.load_places(s)
        return [p for p in places if kind is None or p.kind is kind]

    def add_place(self, name: str, kind: PlaceKind = PlaceKind.OTHER) -> str:
        clean = clean_place_name(name)
        with self.ctx.db.write() as s:
            return store.ensure_place(
                s, clean, kind, next_stamp(s, self.ctx.device_id), self.ctx.user
            )

    # --- terms -------------------------------------------------------------
    def set_terms(
        self,
        *,
        school_terms: list[SchoolTerm] | None = None,
        holidays: list[Holiday] | None = None,
    ) -> Agreement:
        """Sets the municipality's teaching dates and holidays (a synced agreement edit)."""
        a = self.agreement()
        updated = replace(
            a,
            school_terms=tuple(school_terms)
            if school_terms is not None
            else a.school_terms,
            holidays=tuple(holidays) if holidays is not None else a.holidays,
        )
        for st in updated.school_terms:
            if st.end < st.start:
                raise ValidationError("err.bad_date", field="date", value=st.end)
        with self.ctx.db.write() as s:
            store.set_agreement_terms(
                s, updated, next_stamp(s, self.ctx.device_id), self.ctx.user
            )
        self._changed(a.code)
        return updated

    def set_holidays(self, drafts: Sequence[HolidayDraft]) -> Agreement:
        """Replaces the school holidays (lov) with `drafts`, as typed in
        Inställningar: every row checked first (ValidationErrors names each bad
        one), then written in one audited transaction that sync packages carry
        (the agreement's terms)."""
        holidays = validate_holidays(drafts, self.agreement())
        return self.set_terms(holidays=list(holidays))
