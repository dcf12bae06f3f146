"""Follow-up reports: gathers the period's numbers into plain report data, checks it
for personnummer, and has reports/ draw the PDF.

Thread rule: `build()` only reads the database and may run on any thread (the GUI
runs it on its worker).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lofte_desktop.domain.errors import LofteError, PrivacyError
from lofte_desktop.domain.model import Promise
from lofte_desktop.domain.periods import Period, PeriodKind
from lofte_desktop.domain.pii import find_personal_numbers
from lofte_desktop.domain.progress import (
    is_presence_promise,
)
from lofte_desktop.domain.types import (
    ActivityType,
    ActivityTypes,
    Outcome,
    Status,
    Words,
)
from lofte_desktop.reports.model import (
    ApprovalLine,
    FocusSection,
    PartyWork,
    PresencePlaces,
    ReportData,
    Summary,
)
from lofte_desktop.services.activities import ActivityService
from lofte_desktop.services.agreement import AgreementService
from lofte_desktop.services.comments import (
    CommentService,
    check_comment_privacy,
)
from lofte_desktop.services.context import ServiceContext
from lofte_desktop.services.progress import (
    ProgressService,
)
from lofte_desktop.services.report_parts import (
    appendix_row,
    hours_by_place,
    indicator_line,
    months,
    party_heading,
    period_label,
    promise_line,
    schools,
    short_label,
    type_counts,
)
from lofte_desktop.storage.report_rows import Row, period_rows


class ReportPrivacyError(PrivacyError):
    """An activity in the period holds a personnummer: the report is refused."""

    def __init__(self, activity: Row, where: str, type_name: Words) -> None:
        self.activity = activity
        self.where = where  # "note" or "place"
        self.type_name = type_name
        super().__init__("err.personnummer", field=where)

    def message(self, lang: str | None = None) -> str:
        a = self.activity
        kind = self.type_name.text(lang)
        if lang == "en":
            where = "note" if self.where == "note" else "place name"
            return (
                f"The report cannot be made: the {where} of the activity "
                f"{kind} on {a.date.isoformat()} (id {a.id[:8]}) contains what looks "
                "like a personnummer. Correct the activity and try again."
            )
        where = "anteckningen" if self.where == "note" else "platsnamnet"
        return (
            f"Rapporten kan inte skapas: {where} i aktiviteten {kind} "
            f"{a.date.isoformat()} (id {a.id[:8]}) innehåller det som ser ut som "
            "ett personnummer. Rätta aktiviteten och försök igen."
        )


@dataclass(frozen=True)
class ReportRequest:
    """What the user asked for: a period code and the options."""

    period: str | None = None
    appendix: bool = False
    party: str | None = None
    include_notes: bool = False
    lang: str = "sv"


_DIGITS = re.compile(r"\d{6}")  # every personnummer has six digits in a row


def check_privacy(activities: Iterable[Row], types: ActivityTypes) -> None:
    """Raises ReportPrivacyError for the first activity whose note or place holds a
    personnummer (the PDF must never print one)."""
    seen: set[str] = set()
    for a in activities:
        for where, text in (("note", a.note), ("place", a.place)):
            if not text or text in seen or not _DIGITS.search(text):
                continue
            if find_personal_numbers(text):
                raise ReportPrivacyError(a, where, types.info(a.activity_type).name)
            seen.add(text)


class ReportService:
    def __init__(
        self,
        ctx: ServiceContext,
        agreement: AgreementService,
        activities: ActivityService,
        progress: ProgressService,
        *,
        comments: CommentService | None = None,
    ) -> None:
        self.ctx = ctx
        self.agreement = agreement
        self.activities = activities
        self.progress = progress
        self.comments = comments or CommentService(ctx, agreement, progress)

    # --- public ------------------------------------------------------------
    def build(self, request: ReportRequest) -> bytes:
        """The report as PDF bytes (refuses with ReportPrivacyError)."""
        from lofte_desktop.reports import render_report

        return render_report(self.gather(request))

    def write(self, request: ReportRequest, out: str | os.PathLike[str]) -> Path:
        """Builds the report and writes it atomically: no half-written file."""
        pdf = self.build(request)
        return write_atomic(Path(out), pdf)

    def save(self, pdf: bytes, out: str | os.PathLike[str]) -> Path:
        """Writes an already built report atomically (the GUI's preview → file)."""
        return write_atomic(Path(out), pdf)

    def file_name(self, request: ReportRequest) -> str:
        """A suggested file name, e.g. 'Uppföljning HT2024.pdf'."""
        p = self.progress.period(request.period)
        word = "Uppföljning" if request.lang == "sv" else "Follow-up"
        suffix = f" {request.party}" if request.party else ""
        return f"{word} {p.code.replace('..', '–')}{suffix}.pdf"

    def party_name(self, party: str | None) -> str | None:
        """The agreement's spelling of a party, or LofteError for an unknown one."""
        if not party:
            return None
        parties = self.agreement.agreement().parties
        for name in parties:
            if name.casefold() == party.strip().casefold():
                return name
        raise LofteError(
            "err.unknown_party", field="party", value=party, valid=", ".join(parties)
        )

    def gather(self, request: ReportRequest) -> ReportData:
        """Every number the report shows, as plain data (no PDF yet)."""
        lang = request.lang
        a = self.agreement.agreement()
        p = self.progress.period(request.period)
        party = self.party_name(request.party)
        every = self._rows(p)
        types = self.agreement.all_types()
        check_privacy(every, types)
        notes = self.comments.comments(p)
        check_comment_privacy(notes)
        scope = [x for x in every if party is None or x.party == party]
        done = [x for x in scope if x.status is Status.DONE]
        progress = self.progress.progress(p, lang=lang)
        by_code = {pp.promise.code: pp for pp in progress}
        promises = self.agreement.promises()
        terms = self.ctx.calendar().terms_between(p.start, p.end)
        by_term = {
            tm.code: {
                pp.promise.code: pp.status_label(lang)
                for pp in (
                    progress if tm == p else self.progress.progress(tm, lang=lang)
                )
            }
            for tm in terms
        }
        areas = []
        for fa in self.agreement.focus_areas():
            mine = [pr for pr in promises if pr.focus_area_code == fa.code]
            if not mine:
                continue
            areas.append(
                FocusSection(
                    code=fa.code,
                    name=fa.name,
                    promises=tuple(
                        promise_line(by_code[pr.code], lang, notes.comment(pr.code))
                        for pr in mine
                    ),
                    parties=self._party_work(mine, done, party, lang),
                    schools=tuple(
                        schools(
                            by_code[pr.code],
                            done,
                            terms,
                            [by_term[tm.code][pr.code] for tm in terms],
                            lang,
                        )
                        for pr in mine
                        if ActivityType.SCHOOL_VISIT in pr.activity_types
                    ),
                    presence=(
                        self._presence(p, done, party, lang)
                        if any(is_presence_promise(pr) for pr in mine)
                        else None
                    ),
                )
            )
        # A target with nothing to reach in the period counts as none of the three.
        outcomes = Counter(pp.outcome for pp in progress if not pp.outside_window)
        summary = Summary(
            done=outcomes[Outcome.DONE],
            partly=outcomes[Outcome.PARTLY],
            not_done=outcomes[Outcome.NOT_DONE],
            activities=len(done),
            hours=round(sum(x.hours or 0.0 for x in done), 2),
            planned=sum(1 for x in scope if x.status is Status.PLANNED),
        )
        appendix = None
        if request.appendix:
            appendix = tuple(
                appendix_row(x, lang, request.include_notes, types) for x in scope
            )
        return ReportData(
            agreement=a.name,
            municipality=a.municipality,
            police_area=a.police_area,
            parties=a.parties,
            period_code=p.code,
            period_label=period_label(p, lang),
            period_range=f"{p.start.isoformat()} – {p.end.isoformat()}",
            generated=self.ctx.today(),
            summary=summary,
            focus_areas=tuple(areas),
            indicators=tuple(
                indicator_line(s, p, lang) for s in self.progress.indicators()
            ),
            months=months(p, done, lang),
            party_filter=party,
            appendix=appendix,
            include_notes=request.include_notes,
            author=f"{a.municipality} och {a.police_area}",
            lang=lang,
            source=a.source,
            comment_summary=notes.summary,
            approval=(
                ApprovalLine(
                    notes.approval.role, notes.approval.name, notes.approval.on
                )
                if notes.approval
                else None
            ),
            period_start=p.start,
            period_end=p.end,
        )

    # --- parts -------------------------------------------------------------
    def _rows(
        self,
        p: Period,
        *,
        types: frozenset[str] = frozenset(),
        party: str | None = None,
        status: Status | None = None,
    ) -> list[Row]:
        codes = self.agreement.promise_codes()
        with self.ctx.db.read() as s:
            return period_rows(
                s,
                p.start,
                p.end,
                codes,
                types=types,
                party=party,
                status=status,
                only=self.agreement.owned_ids(),
            )

    def _party_work(
        self,
        promises: Sequence[Promise],
        done: Sequence[Row],
        party: str | None,
        lang: str,
    ) -> tuple[PartyWork, ...]:
        codes = {pr.code for pr in promises}
        involved = {name for pr in promises for name in pr.parties}
        parties = [
            name
            for name in self.agreement.agreement().parties
            if (party is None and name in involved) or name == party
        ]
        mine = [x for x in done if codes.intersection(x.promise_codes)]
        out = []
        for name in parties:
            acts = [x for x in mine if x.party == name]
            out.append(
                PartyWork(
                    name,
                    party_heading(name, lang),
                    type_counts(acts, lang, self.agreement.all_types()),
                )
            )
        return tuple(out)

    def _presence(
        self, p: Period, done: Sequence[Row], party: str | None, lang: str
    ) -> PresencePlaces:
        prev = p.shifted_years(-1)
        # The whole agreement has no "year before" inside the agreement to compare.
        compared = (
            prev.end >= self.agreement.agreement().start
            and p.kind is not PeriodKind.AGREEMENT
        )
        # The same presence hours as Översikt and the promise's own line.
        ids = self.progress.presence_ids()
        codes = self.agreement.promise_codes()
        counted = None if ids is None else {codes.get(i, i) for i in ids}

        def counts(x: Row) -> bool:
            return counted is None or bool(counted.intersection(x.promise_codes))

        now = hours_by_place(
            x for x in done if x.activity_type == ActivityType.PRESENCE and counts(x)
        )
        before: dict[str, float] = {}
        if compared:
            earlier = self._rows(
                prev,
                types=frozenset({ActivityType.PRESENCE.value}),
                party=party,
                status=Status.DONE,
            )
            before = hours_by_place(x for x in earlier if counts(x))
        names = sorted(set(now) | set(before), key=lambda n: (-now.get(n, 0.0), n))
        return PresencePlaces(
            period_label=short_label(p),
            previous_label=short_label(prev) if compared else "–",
            rows=tuple((n, now.get(n, 0.0), before.get(n, 0.0)) for n in names),
            total=round(sum(now.values()), 2),
            previous_total=round(sum(before.values()), 2),
            compared=compared,
        )


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> Path:
    """Writes `data` to a temporary file beside `path`, then renames it into place.
    `mode` (e.g. 0o644 for published files) replaces the temporary file's 0600."""
    path = path.expanduser().resolve()
    fd, tmp = tempfile.mkstemp(prefix=".lofte-", suffix=".pdf", dir=path.parent)
    try:
        if mode is not None:
            os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
