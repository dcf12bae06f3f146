"""The story of the report: cover, summary, indicators, monthly chart (the focus
areas are in focus_area.py).

Each function takes plain report data and returns flowables in reading order.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
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
from lofte_desktop.reports.charts import bar_chart
from lofte_desktop.reports.flowables import (
    WIDTH,
    Heading,
    p,
    short,
    status_cell,
    table_style,
)
from lofte_desktop.reports.labels import label
from lofte_desktop.reports.model import (
    IndicatorLine,
    ReportData,
)
from lofte_desktop.reports.styles import (
    ACCENT_LIGHT,
    OUTCOME_COLOURS,
    RULE,
    Styles,
)


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
                    p(f"{pl.code} {short(pl.text, 70)}", st.cell),
                    p(pl.result, st.cell),
                    status_cell(pl.outcome, pl.outcome_label, st),
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
        title=short(
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
