"""A focus area of the report: its promises with their status, what each party
did, the school visits and the presence at places.

Takes plain report data and returns flowables in reading order.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from lofte_desktop.domain.progress import (
    format_number,
)
from lofte_desktop.reports.charts import ProgressBar
from lofte_desktop.reports.flowables import (
    WIDTH,
    Heading,
    p,
    status_cell,
    table_style,
)
from lofte_desktop.reports.labels import label
from lofte_desktop.reports.model import (
    FocusSection,
    PartyWork,
    PresencePlaces,
    ReportData,
    SchoolVisits,
)
from lofte_desktop.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    FONT_BOLD,
    OUTCOME_COLOURS,
    Styles,
)


def focus_area(area: FocusSection, data: ReportData, st: Styles) -> list[Flowable]:
    lang = data.lang
    out: list[Flowable] = [CondPageBreak(160), Heading(area.name, st.h1)]
    rows: list[list[object]] = [
        [
            p(label("promise", lang), st.head),
            p(label("target", lang), st.head),
            p(label("result", lang), st.head),
            p(label("status", lang), st.head),
        ]
    ]
    for pl in area.promises:
        rows.append(
            [
                [p(pl.code, st.cell_bold), p(" ".join(pl.text.split()), st.cell)],
                p(pl.target, st.cell),
                [
                    p(pl.result, st.cell),
                    Spacer(1, 2),
                    ProgressBar(pl.fraction, pl.outcome),
                ],
                status_cell(pl.outcome, pl.outcome_label, st),
            ]
        )
    t = Table(rows, colWidths=[215, 105, 100, 75], repeatRows=1)
    t.setStyle(table_style())
    out.append(t)
    for pl in area.promises:
        if pl.comment.strip():
            out.append(p(label("comment_on", lang, code=pl.code), st.h3))
            out += [p(line, st.body) for line in pl.comment.splitlines()]
    if area.parties:
        out.append(p(label("work_by_party", lang), st.h2))
        for work in area.parties:
            out.extend(_party(work, data, st))
    for sv in area.schools:
        out.append(KeepTogether(_schools(sv, data, st)))
    if area.presence is not None:
        out.append(KeepTogether(_presence(area.presence, data, st)))
    return out


def _num(value: float, lang: str) -> str:
    return format_number(value, lang)


def _party(work: PartyWork, data: ReportData, st: Styles) -> list[Flowable]:
    lang = data.lang
    head = p(work.heading, st.h3)
    if not work.items:
        return [
            KeepTogether(
                [head, p(label("nothing_party", lang, party=work.party), st.small)]
            )
        ]
    rows: list[list[object]] = [
        [
            p(label("activity", lang), st.head),
            p(label("occasions", lang), st.head_right),
            p(label("hours", lang), st.head_right),
            p(label("reached", lang), st.head),
        ]
    ]
    for it in work.items:
        reached = f"{it.count} ({it.count_label.lower()})" if it.count else "–"
        rows.append(
            [
                p(it.label, st.cell),
                p(str(it.occasions), st.cell_right),
                p(_num(it.hours, lang) if it.hours else "–", st.cell_right),
                p(reached, st.cell),
            ]
        )
    t = Table(rows, colWidths=[175, 65, 60, 195])
    t.setStyle(table_style())
    return [KeepTogether([head, t])]


def _schools(sv: SchoolVisits, data: ReportData, st: Styles) -> list[Flowable]:
    lang = data.lang
    several = len(sv.terms) > 1
    head: list[object] = [p(label("school", lang), st.head)]
    head += [p(term, st.head_right) for term in sv.terms]
    if several:
        head.append(p(label("total", lang), st.head_right))
    rows: list[list[object]] = [head]
    for name, counts in sv.rows:
        row: list[object] = [p(name, st.cell)]
        row += [p(str(n), st.cell_right) for n in counts]
        if several:
            row.append(p(str(sum(counts)), st.cell_right))
        rows.append(row)
    total: list[object] = [p(label("total", lang), st.cell_bold)]
    total += [p(str(n), st.cell_right) for n in sv.totals]
    if several:
        total.append(p(str(sv.total), st.cell_right))
    rows.append(total)
    extra = 0
    if sv.target:
        goal: list[object] = [p(label("target_per_term", lang), st.cell)]
        goal += [p(sv.target, st.cell_right) for _ in sv.terms]
        verdict: list[object] = [p(label("verdict", lang), st.cell)]
        verdict += [_verdict_cell(v, v == label("met", lang), st) for v in sv.verdicts]
        if several:
            goal.append(p("", st.cell))
            verdict.append(p("", st.cell))
        rows += [goal, verdict]
        extra = 2
    n_terms = len(sv.terms) + (1 if several else 0)
    # Wide enough for "Under målet" in bold; the school column takes the rest.
    term_w = max(70.0, min(85.0, (WIDTH - 150) / n_terms))
    school_w = min(200.0, WIDTH - term_w * n_terms)
    t = Table(rows, colWidths=[school_w] + [term_w] * n_terms, hAlign="LEFT")
    style = table_style()
    total_row = len(rows) - 1 - extra
    style.add("FONTNAME", (0, total_row), (-1, total_row), FONT_BOLD)
    style.add("BACKGROUND", (0, total_row), (-1, total_row), ACCENT_LIGHT)
    style.add("LINEABOVE", (0, total_row), (-1, total_row), 0.8, ACCENT)
    t.setStyle(style)
    return [p(label("schools", lang, code=sv.promise_code), st.h2), t]


def _verdict_cell(text: str, met: bool, st: Styles) -> Paragraph:
    colour = OUTCOME_COLOURS["genomfort" if met else "ej_genomfort"].hexval()[2:]
    return Paragraph(
        f'<para alignment="right"><font color="#{colour}"><b>{escape(text)}</b>'
        "</font></para>",
        st.cell_right,
    )


def _presence(pr: PresencePlaces, data: ReportData, st: Styles) -> list[Flowable]:
    lang = data.lang
    rows: list[list[object]] = [
        [
            p(label("place", lang), st.head),
            p(pr.period_label, st.head_right),
            p(pr.previous_label, st.head_right),
            p(label("change", lang), st.head_right),
        ]
    ]

    def change(now: float, before: float) -> str:
        if not pr.compared or not before:
            return "–"
        pct = 100.0 * (now - before) / before
        sign = "+" if pct > 0 else ("−" if pct < 0 else "±")
        return f"{sign}{format_number(abs(round(pct)), lang)} %"

    for name, now, before in pr.rows:
        rows.append(
            [
                p(name, st.cell),
                p(_num(now, lang), st.cell_right),
                p(_num(before, lang) if pr.compared else "–", st.cell_right),
                p(change(now, before), st.cell_right),
            ]
        )
    rows.append(
        [
            p(label("total", lang), st.cell_bold),
            p(_num(pr.total, lang), st.cell_right),
            p(_num(pr.previous_total, lang) if pr.compared else "–", st.cell_right),
            p(change(pr.total, pr.previous_total), st.cell_right),
        ]
    )
    t = Table(rows, colWidths=[205, 90, 90, 80], hAlign="LEFT")
    t.setStyle(table_style(total=True))
    out: list[Flowable] = [p(label("presence", lang), st.h2), t]
    if not pr.compared:
        out.append(p(label("no_previous", lang), st.small))
    return out
