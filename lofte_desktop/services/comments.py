"""Comments on a period's follow-up: per promise, the summary and the approval line.

Written on the Uppföljning page and with `lofte comment`, shown in every output of
`lofte publish` and the follow-up PDF. Each write checks the text with the domain's
rules (the personnummer guard first) and the period lock inside the same write
transaction, and is audited.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from lofte_desktop.domain.comments import (
    KIND_APPROVAL,
    KIND_PROMISE,
    KIND_SUMMARY,
    Approval,
    PeriodComments,
    check_approval,
    check_comment,
    locked_by,
)
from lofte_desktop.domain.errors import LockedError, PrivacyError
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.pii import find_personal_numbers
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.events import CommentsChanged
from lofte_desktop.services.progress import ProgressService
from lofte_desktop.storage import comments as store
from lofte_desktop.storage.meta import Executor, next_stamp
from lofte_desktop.storage.period_locks import locked_periods


class CommentPrivacyError(PrivacyError):
    """A comment of the period holds a personnummer: nothing is published."""

    def __init__(self, period: str, which: str, masked: str) -> None:
        self.period = period
        self.which = which  # a promise code, "summary" or "approval"
        self.masked = masked
        super().__init__("err.personnummer", field="comment", masked=masked)

    def message(self, lang: str | None = None) -> str:
        if lang == "en":
            what = {
                "summary": "the summary",
                "approval": "the approval line",
            }.get(self.which, f"the comment on {self.which}")
            return (
                f"Nothing was made: {what} for {self.period} contains what looks "
                f"like a personnummer ({self.masked}). Correct it and try again."
            )
        what = {
            "summary": "sammanfattningen",
            "approval": "godkännanderaden",
        }.get(self.which, f"kommentaren till {self.which}")
        return (
            f"Inget skapades: {what} för {self.period} innehåller det som ser ut "
            f"som ett personnummer ({self.masked}). Rätta den och försök igen."
        )


def check_comment_privacy(comments: PeriodComments) -> None:
    """Raises CommentPrivacyError for the first comment holding a personnummer
    (texts stored before a rule or received in any other way are checked again)."""
    texts = [(code, text) for code, text in comments.promises.items()]
    texts.append(("summary", comments.summary))
    if comments.approval is not None:
        texts.append(("approval", f"{comments.approval.role} {comments.approval.name}"))
    for which, text in texts:
        found = find_personal_numbers(text)
        if found:
            raise CommentPrivacyError(comments.period_code, which, found[0].masked)


class CommentService:
    def __init__(
        self,
        ctx: ServiceContext,
        agreement: AgreementService,
        progress: ProgressService,
    ) -> None:
        self.ctx = ctx
        self.agreement = agreement
        self.progress = progress

    # --- reading -----------------------------------------------------------
    def comments(self, period: str | Period | None) -> PeriodComments:
        """What is written about a period (empty texts when nothing is)."""
        p = period if isinstance(period, Period) else self.progress.period(period)
        a = self.ctx.agreement()
        with self.ctx.db.read() as s:
            records = store.comments_for(s, a.id, p.code)
            locked = self._locked(s, p) is not None
        promises: dict[str, str] = {}
        summary = ""
        approval = None
        for r in records:
            if r.kind == KIND_PROMISE and r.promise_code:
                promises[r.promise_code] = r.text
            elif r.kind == KIND_SUMMARY:
                summary = r.text
            elif r.kind == KIND_APPROVAL and r.approved_on is not None:
                approval = Approval(r.approved_role, r.approved_name, r.approved_on)
        return PeriodComments(p.code, promises, summary, approval, locked)

    def is_locked(self, period: str | None) -> bool:
        p = self.progress.period(period)
        with self.ctx.db.read() as s:
            return self._locked(s, p) is not None

    # --- writing -----------------------------------------------------------
    def set_promise_comment(self, period: str | None, promise: str, text: str) -> None:
        """Sets the comment on one promise (code or id) for a period."""
        pr = self.agreement.promise(promise)
        check_comment(text, "comment")
        self._write(period, KIND_PROMISE, pr.id, {"text": text})

    def set_summary(self, period: str | None, text: str) -> None:
        check_comment(text, "summary")
        self._write(period, KIND_SUMMARY, None, {"text": text})

    def set_approval(
        self, period: str | None, *, role: str, name: str, on: date | None
    ) -> Approval:
        approval = check_approval(role, name, on)
        self._write(
            period,
            KIND_APPROVAL,
            None,
            {
                "approved_role": approval.role,
                "approved_name": approval.name,
                "approved_on": approval.on,
            },
        )
        return approval

    def _locked(self, ex: Executor, p: Period) -> tuple[date, date] | None:
        ranges = [(x.start, x.end) for x in locked_periods(ex, self.ctx.agreement())]
        return locked_by(p.start, p.end, ranges)

    def _write(
        self, period: str | None, kind: str, promise_id: str | None, values: Any
    ) -> None:
        p = self.progress.period(period)
        a = self.ctx.agreement()
        with self.ctx.db.write() as s:
            if self._locked(s, p) is not None:  # checked inside the write
                raise LockedError("err.locked", field="period", value=p.code)
            store.set_comment(
                s,
                agreement_id=a.id,
                period_code=p.code,
                kind=kind,
                promise_id=promise_id,
                values=values,
                user=self.ctx.user,
                stamp=next_stamp(s, self.ctx.device_id),
            )
        self.ctx.events.publish(CommentsChanged(p.code))
