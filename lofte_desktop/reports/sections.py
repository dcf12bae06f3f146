"""The story of the report: cover, summary, focus areas, indicators, monthly chart.

Each function takes plain report data and returns flowables in reading order.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from lofte_desktop.domain.progress import (
    format_number,
    indicator_unit,
    indicator_value,
)
from lofte_desktop.domain.texts import count_text, unit_text
from lofte_desktop.reports.charts import ProgressBar, bar_chart
from lofte_desktop.reports.labels import label
from lofte_desktop.reports.model import (
    FocusSection,
    IndicatorLine,
    PartyWork,
    PresencePlaces,
    ReportData,
    SchoolVisits,
)
from lofte_desktop.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    FONT_BOLD,
    OUTCOME_COLOURS,
    RULE,
    ZEBRA,
    Styles,
)

WIDTH = 495.0  # A4 width minus 50 pt margins


class Heading(Paragraph):
    """A paragraph that also becomes a PDF bookmark (outline entry)."""

    def __init__(self, text: str, style: object, level: int = 0) -> None:
        super().__init__(escape(text), style)
        self.outline_text = text
        self.outline_level = level


def p(text: str, style: object) -> Paragraph:
    return Paragraph(escape(text), style)


def table_style(*, header: bool = True, total: bool = False) -> TableStyle:
    cmds: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ]
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ]
    if total:
        cmds += [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ]
    return TableStyle(cmds)


def cover(data: ReportData, st: Styles) -> list[Flowable]:
    lang = data.lang
    facts = [
        (
            label("period", lang),
            data.period_label
            if data.period_label == data.period_range
            else f"{data.period_label} ({data.period_range})",
        ),
        (label("parties", lang), ", ".join(data.parties)),
        (label("municipality", lang), data.municipality),
        (label("police_area", lang), data.police_area),
        (label("generated", lang), data.generated.isoformat()),
    ]
    if data.party_filter:
        facts.append(
            (label("scope", lang), label("scope_party", lang, party=data.party_filter))
        )
    rows = [[p(k, st.cell_bold), p(v, st.cell)] for k, v in facts]
    t = Table(rows, colWidths=[110, WIDTH - 110])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        Spacer(1, 120),
        p(label("kind", lang), st.subtitle),
        Spacer(1, 6),
        p(data.agreement, st.title),
        p(data.period_label, st.subtitle),
        Spacer(1, 40),
        t,
        Spacer(1, 28),
        p(label("cover_note", lang), st.body),
    ]


def summary(data: ReportData, st: Styles) -> list[Flowable]:
    lang, s = data.lang, data.summary
    out: list[Flowable] = [Heading(label("summary", lang), st.h1)]
    if data.empty:
        out.append(p(label("none_logged", lang), st.h2))
        out.append(
            p(
                label("none_logged_text", lang, period=in_sentence(data.period_label)),
                st.body,
            )
        )
    else:
        text = label(
            "summary_text",
            lang,
            period=in_sentence(data.period_label),
            activities=count_text(s.activities, "activities", lang),
            hours=f"{format_number(s.hours, lang)} {unit_text('hours', s.hours, lang)}",
        )
        if s.planned:
            planned = count_text(s.planned, "activities", lang)
            text += label("summary_planned", lang, planned=planned)
        out.append(p(text, st.body))
    out.append(Spacer(1, 8))
    outcomes = [
        ("genomfort", s.done),
        ("delvis", s.partly),
        ("ej_genomfort", s.not_done),
    ]
    total = s.done + s.partly + s.not_done
    from lofte_desktop.domain.texts import t as text_of

    cells = []
    for key, n in outcomes:
        colour = OUTCOME_COLOURS[key].hexval()[2:]
        cells.append(
            [
                Paragraph(f'<font color="#{colour}">{n}</font>', st.big_number),
                p(text_of(f"outcome.{key}", lang), st.cell_bold),
            ]
        )
    cells.append(
        [
            Paragraph(str(total), st.big_number),
            p(label("promises_total", lang), st.cell),
        ]
    )
    box = Table([cells], colWidths=[WIDTH / 4] * 4)
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 1, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    out.append(box)
    out.append(Spacer(1, 10))
    # One line per promise: the overview a reader of the summary wants.
    rows: list[list[object]] = [
        [
            p(label("promise", lang), st.head),
            p(label("result", lang), st.head),
            p(label("status", lang), st.head),
        ]
    ]
    for area in data.focus_areas:
        for pl in area.promises:
            rows.append(
                [
                    p(f"{pl.code} {_short(pl.text, 70)}", st.cell),
                    p(pl.result, st.cell),
                    _status_cell(pl.outcome, pl.outcome_label, st),
                ]
            )
    t = Table(rows, colWidths=[250, 150, 95], repeatRows=1)
    t.setStyle(table_style())
    out.append(t)
    if data.comment_summary.strip():
        out.append(p(label("period_summary", lang), st.h2))
        out += [p(line, st.body) for line in data.comment_summary.splitlines()]
    if data.approval is not None:
        a = data.approval
        who = f"{a.role} {a.name}".strip()
        out.append(Spacer(1, 6))
        out.append(
            p(f"{label('approved_by', lang)}: {who}, {a.on.isoformat()}", st.body)
        )
    return out


def in_sentence(text: str) -> str:
    """'Hösttermin 2024' → 'hösttermin 2024' inside a sentence."""
    return text[:1].lower() + text[1:] if text[:1].isupper() else text


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _status_cell(outcome: str, text: str, st: Styles) -> Paragraph:
    colour = OUTCOME_COLOURS.get(outcome)
    hexcol = colour.hexval()[2:] if colour else "1A1A1A"
    return Paragraph(f'<font color="#{hexcol}"><b>{escape(text)}</b></font>', st.cell)


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
                _status_cell(pl.outcome, pl.outcome_label, st),
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


def indicators(data: ReportData, st: Styles) -> list[Flowable]:
    lang = data.lang
    if not data.indicators:
        return []
    out: list[Flowable] = [
        CondPageBreak(300),
        Heading(label("indicators", lang), st.h1),
    ]
    rows: list[list[object]] = [
        [
            p(label("indicator", lang), st.head),
            p(label("baseline", lang), st.head),
            p(label("latest", lang), st.head),
            p(label("target", lang), st.head),
            p(label("verdict", lang), st.head),
        ]
    ]
    for ind in data.indicators:
        latest = (
            f"{indicator_value(ind.values[-1][1], ind.unit, lang)} "
            f"({ind.values[-1][0]})"
            if ind.values
            else "–"
        )
        rows.append(
            [
                [
                    p(ind.name, st.cell),
                    p(f"{label('source', lang)}: {ind.source}", st.small),
                ],
                p(
                    f"{indicator_value(ind.baseline_value, ind.unit, lang)} "
                    f"({ind.baseline_year})",
                    st.cell,
                ),
                p(latest, st.cell),
                p(ind.target_text, st.cell),
                p(ind.verdict, st.cell),
            ]
        )
    t = Table(rows, colWidths=[175, 75, 75, 90, 80], repeatRows=1)
    t.setStyle(table_style())
    out.append(t)
    out.append(Spacer(1, 10))
    charts = [_indicator_chart(ind, lang) for ind in data.indicators]
    for i in range(0, len(charts), 2):
        pair = charts[i : i + 2]
        row = Table([pair], colWidths=[WIDTH / 2] * len(pair), hAlign="LEFT")
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out.append(row)
        out.append(Spacer(1, 6))
    return out


def _indicator_chart(ind: IndicatorLine, lang: str) -> object:
    labels = [str(ind.baseline_year), *(str(y) for y, _ in ind.values)]
    values = [ind.baseline_value, *(v for _, v in ind.values)]
    target_label = (
        f"{label('chart_target', lang)}: {ind.target_text}" if ind.target_value else ""
    )
    return bar_chart(
        labels,
        values,
        width=WIDTH / 2 - 8,
        height=150,
        fmt=lambda v: format_number(v, lang),
        target=ind.target_value,
        target_label=target_label,
        first_bar_muted=True,
        title=_short(
            f"{ind.name} ({ind.unit})" if indicator_unit(ind.unit) else ind.name, 62
        ),
    )


def monthly(data: ReportData, st: Styles) -> list[Flowable]:
    lang = data.lang
    if not data.months:
        return []
    labels = [m for m, _ in data.months]
    values = [float(n) for _, n in data.months]
    chart = bar_chart(
        labels,
        values,
        width=WIDTH,
        height=190,
        fmt=lambda v: format_number(v, lang),
        label_angle=45 if len(labels) > 8 else 0,
    )
    return [
        CondPageBreak(260),
        Heading(label("monthly", lang), st.h1),
        p(label("monthly_text", lang), st.small),
        Spacer(1, 4),
        chart,
    ]
