"""Period locks: after the December follow-up, a coordinator locks a term or a year.

Logging, editing, deleting or restoring an activity dated in a locked period then
raises LockedError (the check runs inside the same write transaction, so a lock set
by another process is seen). Unlocking needs a reason. Both are written to the
append-only audit log, and the lock records sync like other records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lofte_desktop.domain.agreement_periods import parse_period
from lofte_desktop.domain.periods import Period, PeriodKind
from lofte_desktop.domain.refusals import RefusedError
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import PeriodLocksChanged
from lofte_desktop.storage import period_locks as store
from lofte_desktop.storage.meta import AuditEntry, audit_for, next_stamp


@dataclass(frozen=True)
class PeriodLock:
    period: Period
    locked: bool
    reason: str
    by_user: str
    at: datetime


#: The periods a follow-up is made for, and so can be locked.
_LOCKABLE = (PeriodKind.TERM, PeriodKind.TERTIAL, PeriodKind.QUARTER, PeriodKind.YEAR)


class LockService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _period(self, text: str) -> Period:
        period = parse_period(text, self.ctx.agreement())
        if period.kind not in _LOCKABLE:
            raise RefusedError(
                "Bara en termin (t.ex. HT2024), ett tertial (T1-2025), ett kvartal "
                f"(K1-2025) eller ett år (t.ex. 2024) kan låsas, inte {text}.",
                "Only a term (e.g. HT2024), a tertial (T1-2025), a quarter (K1-2025) "
                f"or a year (e.g. 2024) can be locked, not {text}.",
                field="period",
            )
        return period

    def lock(self, period: str, *, reason: str = "") -> PeriodLock:
        """Locks a term or a year (idempotent: locking it again changes nothing)."""
        p = self._period(period)
        return self._set(p, True, reason.strip())

    def unlock(self, period: str, *, reason: str) -> PeriodLock:
        """Unlocks a period; the reason is required and kept in the audit log."""
        p = self._period(period)
        if not reason.strip():
            raise RefusedError(
                "Ange varför perioden låses upp (--reason). Skälet sparas i historiken.",
                "Say why the period is unlocked (--reason). The reason is logged.",
                field="reason",
            )
        if not any(lk.period.code == p.code and lk.locked for lk in self.locks()):
            raise RefusedError(
                f"Perioden {p.code} är inte låst.",
                f"The period {p.code} is not locked.",
            )
        return self._set(p, False, reason.strip())

    def _set(self, period: Period, locked: bool, reason: str) -> PeriodLock:
        agreement = self.ctx.agreement()
        with self.ctx.db.write() as s:
            current = [
                r
                for r in store.lock_records(s, agreement.id)
                if r.period_code == period.code
            ]
            if locked and current and current[0].locked:
                r = current[0]
                return PeriodLock(period, True, r.reason, r.by_user, r.updated_at)
            stamp = next_stamp(s, self.ctx.device_id)
            store.set_lock(
                s,
                agreement_id=agreement.id,
                period_code=period.code,
                locked=locked,
                reason=reason,
                user=self.ctx.user,
                stamp=stamp,
            )
        self.ctx.events.publish(PeriodLocksChanged(period.code, locked))
        return PeriodLock(period, locked, reason, self.ctx.user, stamp.at)

    def locks(self, *, include_unlocked: bool = False) -> list[PeriodLock]:
        """The locks of the active agreement, oldest period first."""
        agreement = self.ctx.agreement()
        with self.ctx.db.read() as s:
            records = store.lock_records(s, agreement.id)
        out = [
            PeriodLock(
                parse_period(r.period_code, agreement, check_inside=False),
                r.locked,
                r.reason,
                r.by_user,
                r.updated_at,
            )
            for r in records
            if r.locked or include_unlocked
        ]
        return sorted(out, key=lambda lk: (lk.period.start, lk.period.end))

    def locked_period(self, d: date) -> Period | None:
        """The locked period `d` falls in, if any (forms use it to warn early)."""
        if not self.ctx.has_agreement():
            return None
        with self.ctx.db.read() as s:
            return store.locked_period_for(s, self.ctx.agreement(), [d])

    def history(self, period: str) -> list[AuditEntry]:
        """Every lock and unlock of a period, oldest first."""
        p = parse_period(period, self.ctx.agreement(), check_inside=False)
        rid = store.lock_id(self.ctx.agreement().id, p.code)
        with self.ctx.db.read() as s:
            return audit_for(s, rid)
