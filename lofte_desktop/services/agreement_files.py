"""Agreements as a whole: adding one from a catalogue file, renewing one into the
next, exporting one as a catalogue file (the inverse of adding it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from lofte_desktop.domain.agreement_edit import parse_cadence
from lofte_desktop.domain.agreements import renewed
from lofte_desktop.domain.catalogue import continues_ref
from lofte_desktop.domain.catalogue_writer import catalogue_data, to_toml
from lofte_desktop.domain.errors import LofteError, ValidationError, ValidationErrors
from lofte_desktop.domain.ids import stable_id
from lofte_desktop.domain.model import Agreement, Catalogue, Promise
from lofte_desktop.domain.types import Cadence
from lofte_desktop.domain.validation import check_free_text, parse_date
from lofte_desktop.services.agreement import (
    AgreementService,
    LoadResult,
    read_catalogue_file,
)
from lofte_desktop.services.events import AgreementChanged
from lofte_desktop.storage import agreements as store
from lofte_desktop.storage.meta import next_stamp

_CODE_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")


@dataclass(frozen=True)
class RenewDraft:
    """What the user typed to renew an agreement; every field may still be wrong."""

    code: str
    name: str
    start: str | date
    end: str | date


def check_renewal(
    draft: RenewDraft, existing: list[Agreement]
) -> tuple[str, str, date, date]:
    """(code, name, start, end), or ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    code = draft.code.strip()
    if not code:
        errors.append(ValidationError("err.required", field="agreement_code"))
    elif not _CODE_RE.fullmatch(code):
        errors.append(
            ValidationError("err.bad_code", field="agreement_code", value=code)
        )
    elif any(a.code.casefold() == code.casefold() for a in existing):
        errors.append(
            ValidationError("err.agreement_exists", field="agreement_code", value=code)
        )
    name = draft.name.strip()
    if not name:
        errors.append(ValidationError("err.required", field="agreement_name"))
    else:
        try:
            check_free_text(name, "agreement_name")
        except ValidationError as exc:
            errors.append(exc)
    days: dict[str, date] = {}
    for key, raw in (("agreement_start", draft.start), ("agreement_end", draft.end)):
        if isinstance(raw, str) and not raw.strip():
            errors.append(ValidationError("err.required", field=key))
            continue
        try:
            days[key] = parse_date(raw, key)
        except ValidationError as exc:
            errors.append(exc)
    start, end = days.get("agreement_start"), days.get("agreement_end")
    if start and end and end < start:
        errors.append(ValidationError("err.end_before_start", field="agreement_end"))
    if errors:
        raise ValidationErrors(errors)
    assert start is not None and end is not None
    return code, name, start, end


@dataclass(frozen=True)
class AgreementEdit:
    """What the user typed to change an agreement's name, parties, period and
    follow-up cadence (None: keep it)."""

    name: str
    parties: Sequence[str]
    start: str | date
    end: str | date
    cadence: str | Cadence | None = None


def _parties(raw: Sequence[str], errors: list[ValidationError]) -> tuple[str, ...]:
    parties = tuple(dict.fromkeys(p.strip() for p in raw if p.strip()))
    for party in parties:
        try:
            check_free_text(party, "agreement_parties")
        except ValidationError as exc:
            errors.append(exc)
    if not parties:
        errors.append(ValidationError("err.required", field="agreement_parties"))
    return parties


def check_edit(
    edit: AgreementEdit, promises: Sequence[Promise], used: tuple[date, date] | None
) -> tuple[str, tuple[str, ...], date, date]:
    """(name, parties, start, end), or ValidationErrors naming every bad field: a
    party a promise names cannot go, nor can the period leave out logged work."""
    errors: list[ValidationError] = []
    try:
        _code, name, start, end = check_renewal(
            RenewDraft("x", edit.name, edit.start, edit.end), []
        )
    except ValidationErrors as exc:
        errors.extend(exc.errors)
        name, start, end = edit.name.strip(), None, None
    parties = _parties(edit.parties, errors)
    if edit.cadence is not None:
        try:
            parse_cadence(edit.cadence)
        except ValidationError as exc:
            errors.append(exc)
    named = sorted({x for p in promises for x in p.parties} - set(parties))
    if parties and named:
        errors.append(
            ValidationError(
                "err.party_in_use", field="agreement_parties", value=", ".join(named)
            )
        )
    if start and end and used and (used[0] < start or used[1] > end):
        errors.append(
            ValidationError(
                "err.period_leaves_out",
                field="agreement_start" if used[0] < start else "agreement_end",
                first=used[0].isoformat(),
                last=used[1].isoformat(),
            )
        )
    if errors:
        raise ValidationErrors(errors)
    assert start is not None and end is not None
    return name, parties, start, end


@dataclass(frozen=True)
class BlankDraft:
    """A new agreement from scratch, as typed: it starts with no focus areas or
    promises (added on Löften afterwards)."""

    code: str
    name: str
    municipality: str
    police_area: str
    parties: Sequence[str]
    start: str | date
    end: str | date
    cadence: str | Cadence = Cadence.TERM


def check_blank(draft: BlankDraft, existing: list[Agreement]) -> Agreement:
    """The new, empty Agreement, or ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    try:
        code, name, start, end = check_renewal(
            RenewDraft(draft.code, draft.name, draft.start, draft.end), existing
        )
    except ValidationErrors as exc:
        errors.extend(exc.errors)
    municipality = draft.municipality.strip()
    police_area = draft.police_area.strip()
    if not municipality:
        errors.append(ValidationError("err.required", field="agreement_municipality"))
    for text, key in (
        (municipality, "agreement_municipality"),
        (police_area, "agreement_police_area"),
    ):
        try:
            check_free_text(text, key)
        except ValidationError as exc:
            errors.append(exc)
    parties = _parties(draft.parties, errors)
    try:
        cadence = parse_cadence(draft.cadence)
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    return Agreement(
        id=stable_id("agreement", code),
        code=code,
        name=name,
        municipality=municipality,
        police_area=police_area,
        parties=parties,
        start=start,
        end=end,
        cadence=cadence,
    )


class AgreementFiles:
    def __init__(self, agreement: AgreementService) -> None:
        self.agreement = agreement
        self.ctx = agreement.ctx

    def catalogue(self, code: str) -> Catalogue:
        """The stored agreement `code` as a whole catalogue."""
        with self.ctx.db.read() as s:
            a = store.load_agreement(s, code)
            if a is None:
                raise LofteError("err.unknown_agreement", value=code)
            return Catalogue(
                a,
                tuple(store.load_focus_areas(s, a.id)),
                tuple(store.load_promises(s, a.id)),
                tuple(store.load_indicators(s, a.id)),
                tuple(store.load_places(s)),
                store.load_activity_types(s, a.id).items,
            )

    def add_file(self, path: str) -> LoadResult:
        """`lofte agreement add FILE`: refuses a code that exists; writes nothing
        then."""
        catalogue, source = read_catalogue_file(path)
        return self.agreement.add(catalogue, source, strict=True)

    def renew(self, code: str, draft: RenewDraft) -> Catalogue:
        """A new agreement from `code`, as `domain.agreements.renewed` makes it."""
        old = self.catalogue(code)
        new_code, name, start, end = check_renewal(draft, self.agreement.agreements())
        cat = renewed(old, code=new_code, name=name, start=start, end=end)
        self.agreement.add(cat, "", strict=True)
        return cat

    def create(self, draft: BlankDraft) -> Catalogue:
        """A new agreement from scratch (Nytt medborgarlöfte → Från början): added
        beside the others, never replacing one."""
        agreement = check_blank(draft, self.agreement.agreements())
        cat = Catalogue(agreement, (), (), ())
        self.agreement.add(cat, "", strict=True)
        return cat

    def edit(self, code: str, edit: AgreementEdit) -> Agreement:
        """Changes an agreement's name, parties, period and cadence: checked
        first, then one audited write that sync packages carry like any agreement
        change."""
        cat = self.catalogue(code)
        a = cat.agreement
        with self.ctx.db.read() as s:
            used = store.activity_span(s, [p.id for p in cat.promises])
        name, parties, start, end = check_edit(edit, cat.promises, used)
        cadence = a.cadence if edit.cadence is None else parse_cadence(edit.cadence)
        updated = replace(
            a, name=name, parties=parties, start=start, end=end, cadence=cadence
        )
        with self.ctx.db.write() as s:
            store.update_agreement(
                s, updated, next_stamp(s, self.ctx.device_id), self.ctx.user
            )
        self.ctx.invalidate()
        self.ctx.events.publish(AgreementChanged(a.code))
        return updated

    def export_text(self, code: str) -> str:
        cat = self.catalogue(code)
        ids = {p.continues for p in cat.promises if p.continues}
        with self.ctx.db.read() as s:
            refs = store.promise_refs(s, ids)

        def ref(pid: str) -> str:
            return continues_ref(*refs[pid]) if pid in refs else pid

        header = (
            f"{cat.agreement.name}: exporterad från Löfte Desktop.\n"
            "Format: se resources/catalogues/README.md."
        )
        return to_toml(catalogue_data(cat, ref), header)

    def export(self, code: str, out: str | Path) -> Path:
        path = Path(out)
        text = self.export_text(code)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        return path
