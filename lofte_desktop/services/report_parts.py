"""The parts of a report built from plain rows and progress: period labels, the
promise lines, counts per activity type, school visits, hours per place, indicator
lines, activities per month and the appendix rows. Pure functions; ReportService
(services/reports.py) reads the data and puts the parts together.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from lofte_desktop.domain.periods import Period, PeriodKind
from lofte_desktop.domain.progress import (
    format_number,
    indicator_target_text,
)
from lofte_desktop.domain.texts import t, unit_text
from lofte_desktop.domain.types import (
    ActivityTypes,
    Outcome,
    TargetPer,
)
from lofte_desktop.reports.model import (
    AppendixRow,
    IndicatorLine,
    PromiseLine,
    SchoolVisits,
    TypeCount,
)
from lofte_desktop.services.progress import (
    IndicatorStatus,
    PromiseProgress,
)
from lofte_desktop.storage.report_rows import Row

MONTHS = {
    "sv": [
        "jan",
        "feb",
        "mar",
        "apr",
        "maj",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dec",
    ],
    "en": [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ],
}


def party_heading(party: str, lang: str = "sv") -> str:
    """'Detta har polisen genomfört', 'Detta har kommunen genomfört', …"""
    low = party.casefold()
    if lang == "en":
        if low.startswith("polis"):
            return "What the police did"
        if "kommun" in low:
            return "What the municipality did"
        return f"What {party} did"
    if low.startswith("polis"):
        return "Detta har polisen genomfört"
    if "kommun" in low:
        return "Detta har kommunen genomfört"
    return f"Detta har {party} genomfört"


def period_label(p: Period, lang: str) -> str:
    """'Hösttermin 2024', 'År 2024', 'Hela perioden 2023–2024'."""
    if p.kind is PeriodKind.YEAR:
        return ("År " if lang == "sv" else "Year ") + p.code
    return p.label(lang)


def short_label(p: Period) -> str:
    """A column heading: 'HT2024', 'T1-2025', 'K3-2025', '2024', '2023–2024' or the
    date range."""
    if p.kind is PeriodKind.AGREEMENT:
        return f"{p.start.year}–{p.end.year}"
    return p.label() if p.kind is PeriodKind.CUSTOM else p.code


def promise_line(pp: PromiseProgress, lang: str, comment: str = "") -> PromiseLine:
    unit = unit_text(pp.unit.value, pp.done, lang)
    result = f"{format_number(pp.done, lang)} {unit}"
    span = pp.target_span(lang)
    if pp.previous is not None and pp.promise.target.compare_previous:
        before = "året före" if lang == "sv" else "a year earlier"
        result += f" ({before}: {format_number(pp.previous, lang)})"
    elif span != "–":
        goal = "mål" if lang == "sv" else "target"
        result += f" ({goal}: {span})"
    return PromiseLine(
        code=pp.promise.code,
        text=pp.promise.text,
        target=pp.target_text,
        result=result,
        outcome=pp.outcome.value,
        outcome_label=pp.status_label(lang),
        fraction=(
            pp.fraction if pp.outcome is not Outcome.DONE or pp.outside_window else 1.0
        ),
        comment=comment,
        responsible=pp.promise.parties,
        done=pp.done,
        unit=pp.unit.value,
        target_min=pp.target_min,
        target_max=pp.target_max,
        status=pp.status.value,
    )


def type_counts(
    acts: Sequence[Row], lang: str, types: ActivityTypes
) -> tuple[TypeCount, ...]:
    """Occasions, hours and counts per activity type, in the agreement's order
    (then any other type's, by code), each count under its type's own label."""
    occasions: Counter[str] = Counter()
    hours: defaultdict[str, float] = defaultdict(float)
    counts: Counter[str] = Counter()
    for x in acts:
        occasions[x.activity_type] += 1
        hours[x.activity_type] += x.hours or 0.0
        counts[x.activity_type] += x.count or 0
    order = [*types.codes(), *sorted(set(occasions) - set(types.codes()))]
    return tuple(
        TypeCount(
            types.info(kind).label(lang),
            occasions[kind],
            round(hours[kind], 2),
            counts[kind],
            types.info(kind).count_text(lang),
        )
        for kind in order
        if occasions[kind]
    )


def schools(
    pp: PromiseProgress,
    done: Sequence[Row],
    terms: Sequence[Period],
    words: Sequence[str],
    lang: str,
) -> SchoolVisits:
    """Visits per school in each reporting term of the period, against the target
    per term (Krokom: 2–3 school visits per term). `words`: the promise's status
    word in each term, as Översikt and the CLI show it for that term."""
    code = pp.promise.code
    mine = [x for x in done if code in x.promise_codes]
    index = {(t.start, t.end): i for i, t in enumerate(terms)}
    counts: defaultdict[str, list[int]] = defaultdict(lambda: [0] * len(terms))
    for x in mine:
        for (start, end), i in index.items():
            if start <= x.date <= end:
                counts[x.place or "–"][i] += 1
                break
    totals = tuple(sum(c[i] for c in counts.values()) for i in range(len(terms)))
    rows = tuple(
        (name, tuple(c))
        for name, c in sorted(counts.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    )
    target = pp.promise.target
    span = ""
    verdicts: tuple[str, ...] = ()
    if target.per is TargetPer.TERM and target.min is not None:
        lo, hi = target.min, target.max
        span = format_number(lo, lang) + (
            f"–{format_number(hi, lang)}" if hi is not None and hi != lo else ""
        )
        verdicts = tuple(words)
    return SchoolVisits(
        promise_code=code,
        terms=tuple(t.code for t in terms),
        rows=rows,
        totals=totals,
        target=span,
        verdicts=verdicts,
    )


def hours_by_place(acts: Iterable[Row]) -> dict[str, float]:
    out: defaultdict[str, float] = defaultdict(float)
    for x in acts:
        out[x.place or "–"] += x.hours or 0.0
    return {k: round(v, 2) for k, v in out.items()}


def indicator_line(s: IndicatorStatus, p: Period, lang: str) -> IndicatorLine:
    ind = s.indicator
    values = tuple((m.year, m.value) for m in s.values if m.year <= p.end.year)
    if not values:
        verdict = "Inget mätvärde än" if lang == "sv" else "No value yet"
    else:
        met = ind.meets_target(values[-1][1])
        if met is None:
            verdict = "–"
        elif lang == "sv":
            verdict = "Målet är nått" if met else "Målet är inte nått"
        else:
            verdict = "Target met" if met else "Target not met"
    return IndicatorLine(
        name=ind.name,
        unit=ind.unit,
        source=ind.source,
        baseline_value=ind.baseline_value,
        baseline_year=ind.baseline_year,
        target_text=indicator_target_text(ind, lang, year_in_brackets=True),
        target_value=ind.target_value,
        values=values,
        verdict=verdict,
    )


def months(p: Period, done: Sequence[Row], lang: str) -> tuple[tuple[str, int], ...]:
    per = Counter((x.date.year, x.date.month) for x in done)
    names = MONTHS.get(lang, MONTHS["sv"])
    out = []
    y, m = p.start.year, p.start.month
    while date(y, m, 1) <= p.end:
        out.append((f"{names[m - 1]} {y}", per[(y, m)]))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(out)


def appendix_row(
    x: Row, lang: str, include_notes: bool, types: ActivityTypes
) -> AppendixRow:
    return AppendixRow(
        date=x.date,
        type_label=types.info(x.activity_type).label(lang),
        promises=", ".join(x.promise_codes),
        party=x.party,
        place=x.place or "",
        hours=x.hours,
        count=x.count,
        status_label=t(f"status.{x.status.value}", lang),
        note=x.note if include_notes else "",
    )
