"""Editing an agreement's parts in the app (Löften): focus areas, promises with
their targets, and indicators. Each change is checked by the domain rules
(`domain.agreement_edit`), written in one audited transaction with a sync stamp
(so the other party's packages carry it), and announced with AgreementChanged.

A target, and which activity types count towards it, cannot change while a period
of the agreement is locked: that period's follow-up would change after the fact.
"""

from __future__ import annotations

from dataclasses import replace

from lofte_desktop.domain.agreement_edit import (
    CheckedPromise,
    FocusAreaDraft,
    IndicatorDraft,
    PromiseDraft,
    check_focus_area,
    check_indicator,
    check_promise,
    counting_changed,
    in_use,
    target_locked,
)
from lofte_desktop.domain.catalogue import promise_id
from lofte_desktop.domain.errors import NotFoundError, ValidationErrors
from lofte_desktop.domain.ids import stable_id
from lofte_desktop.domain.model import Agreement, FocusArea, Indicator, Promise
from lofte_desktop.domain.texts import t
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.events import AgreementChanged
from lofte_desktop.storage import agreement_parts as parts
from lofte_desktop.storage import agreements as store
from lofte_desktop.storage.meta import next_stamp
from lofte_desktop.storage.period_locks import locked_periods


class AgreementEditor:
    """Edits the agreement `agreement` shows (the one in use, or a scoped view)."""

    def __init__(self, agreement: AgreementService) -> None:
        self.agreement = agreement
        self.ctx = agreement.ctx

    def _current(self) -> Agreement:
        """The agreement as stored now (a scoped view may hold an older copy)."""
        a = self.agreement.agreement()
        with self.ctx.db.read() as s:
            fresh = store.load_agreement(s, a.id)
        if fresh is None:
            raise NotFoundError("err.unknown_agreement", value=a.code)
        return fresh

    def _parts(self, a: Agreement) -> tuple[list[FocusArea], list[Promise]]:
        with self.ctx.db.read() as s:
            return store.load_focus_areas(s, a.id), store.load_promises(s, a.id)

    def _done(self, a: Agreement) -> None:
        self.ctx.invalidate()
        self.ctx.events.publish(AgreementChanged(a.code))

    def activity_types(self) -> list[str]:
        """The codes of the agreement's activity types (retired ones too: a
        promise may keep one it had; the editor offers only the others)."""
        return list(self.agreement.activity_types().codes())

    # --- focus areas ---------------------------------------------------------
    def add_focus_area(self, draft: FocusAreaDraft) -> FocusArea:
        a = self._current()
        areas, _ = self._parts(a)
        code, name, problem = check_focus_area(draft, [x.code for x in areas])
        fa = FocusArea(
            stable_id(a.code, "area", code),
            code,
            name,
            problem,
            max((x.position for x in areas), default=-1) + 1,
        )
        self._write_area(a, fa)
        return fa

    def edit_focus_area(self, code: str, draft: FocusAreaDraft) -> FocusArea:
        """A focus area's name and lägesbild (its code stays)."""
        a = self._current()
        areas, _ = self._parts(a)
        old = self._area(areas, code)
        others = [x.code for x in areas if x.id != old.id]
        _code, name, problem = check_focus_area(replace(draft, code=old.code), others)
        fa = replace(old, name=name, problem=problem)
        self._write_area(a, fa)
        return fa

    def _write_area(self, a: Agreement, fa: FocusArea) -> None:
        with self.ctx.db.write() as s:
            parts.save_focus_area(
                s, a.id, fa, next_stamp(s, self.ctx.device_id), self.ctx.user
            )
        self._done(a)

    def remove_focus_area(self, code: str) -> None:
        """Removes a focus area that no promise or indicator belongs to."""
        a = self._current()
        areas, _ = self._parts(a)
        fa = self._area(areas, code)
        with self.ctx.db.write() as s:
            uses = parts.area_uses(s, fa.id)
            words = [t(f"use.{k}", value=", ".join(v)) for k, v in uses.items() if v]
            if words:
                raise in_use(fa.code, words, "err.area_in_use")
            parts.remove(
                s,
                "focus_areas",
                fa.id,
                next_stamp(s, self.ctx.device_id),
                self.ctx.user,
            )
        self._done(a)

    @staticmethod
    def _area(areas: list[FocusArea], code: str) -> FocusArea:
        for fa in areas:
            if fa.code.casefold() == code.casefold() or fa.id == code:
                return fa
        raise NotFoundError("err.unknown_choice", field="area_code", value=code)

    # --- promises ------------------------------------------------------------
    def _check(
        self, a: Agreement, draft: PromiseDraft, others: list[Promise]
    ) -> CheckedPromise:
        areas, _ = self._parts(a)
        return check_promise(
            draft,
            parties=a.parties,
            areas=[x.code for x in areas],
            types=self.activity_types(),
            taken=[p.code for p in others],
        )

    def add_promise(self, draft: PromiseDraft) -> Promise:
        a = self._current()
        _, promises = self._parts(a)
        c = self._check(a, draft, promises)
        p = Promise(
            id=promise_id(a.code, c.code),
            code=c.code,
            focus_area_code=c.focus_area,
            text=c.text,
            parties=c.parties,
            activity_types=c.activity_types,
            target=c.target,
            position=max((x.position for x in promises), default=-1) + 1,
        )
        self._write_promise(a, p, None)
        return p

    def edit_promise(self, code: str, draft: PromiseDraft) -> Promise:
        """A promise's text, parties, focus area, counted types and target (its code
        and what it continues stay). Refused while a period is locked if the
        target or the counted types change."""
        a = self._current()
        _, promises = self._parts(a)
        old = self._promise(promises, code)
        others = [p for p in promises if p.id != old.id]
        c = self._check(a, replace(draft, code=old.code), others)
        p = replace(
            old,
            focus_area_code=c.focus_area,
            text=c.text,
            parties=c.parties,
            activity_types=c.activity_types,
            target=c.target,
        )
        self._write_promise(a, p, old if counting_changed(old, c) else None)
        return p

    def _write_promise(self, a: Agreement, p: Promise, guarded: Promise | None) -> None:
        with self.ctx.db.write() as s:
            # Read inside the write: a lock set elsewhere meanwhile counts too.
            locked = locked_periods(s, a) if guarded is not None else []
            if guarded is not None and locked:
                raise ValidationErrors([target_locked(guarded.code, locked[0].code)])
            parts.save_promise(
                s, a.id, p, next_stamp(s, self.ctx.device_id), self.ctx.user
            )
        self._done(a)

    def target_lock(self, code: str) -> str | None:
        """The locked period that keeps a promise's target as it is, if any."""
        a = self._current()
        with self.ctx.db.read() as s:
            locked = locked_periods(s, a)
        return locked[0].code if locked else None

    def remove_promise(self, code: str) -> None:
        """Removes a promise nothing refers to: no activity, plan, comment or
        later promise. Otherwise a Swedish refusal that says what refers to it."""
        a = self._current()
        _, promises = self._parts(a)
        p = self._promise(promises, code)
        with self.ctx.db.write() as s:
            uses = parts.promise_uses(s, p.id)
            words = [
                t(f"use.{k}", n=v) for k, v in uses.items() if k != "continued" and v
            ]
            words += [t("use.continued", value=ref) for ref in uses["continued"]]
            if words:
                raise in_use(p.code, words, "err.promise_in_use")
            parts.remove(
                s, "promises", p.id, next_stamp(s, self.ctx.device_id), self.ctx.user
            )
        self._done(a)

    @staticmethod
    def _promise(promises: list[Promise], code: str) -> Promise:
        for p in promises:
            if p.code.casefold() == code.casefold() or p.id == code:
                return p
        raise NotFoundError("err.unknown_promise", field="promise_code", value=code)

    # --- indicators ----------------------------------------------------------
    def edit_indicator(self, code: str, draft: IndicatorDraft) -> Indicator:
        """An indicator's baseline (value, year) and target (comparison, value,
        year)."""
        a = self._current()
        with self.ctx.db.read() as s:
            inds = store.load_indicators(s, a.id)
        old = next(
            (i for i in inds if code.casefold() in (i.code.casefold(), i.id)), None
        )
        if old is None:
            raise NotFoundError("err.unknown_indicator", field="indicator", value=code)
        ind = check_indicator(draft, old)
        with self.ctx.db.write() as s:
            parts.save_indicator(
                s, ind, next_stamp(s, self.ctx.device_id), self.ctx.user
            )
        self._done(a)
        return ind
