"""The follow-up as HTML, from the same report data as the print PDF.

Two audiences, one renderer:
- "public": the residents' web page (one self-contained file: inline CSS, charts as
  inline SVG with text alternatives and data tables). It holds no notes, no staff
  names (the approval line shows the official's role, not the name) and nothing
  about a resident.
- "print": the source of the tagged PDF (PDF/UA-1, reports/pdfua.py), with
  everything the print PDF shows: what each party did, school visits and presence
  hours per place, and the approval line with the official's name.

Headings run H1, H2, H3 (never skipping a level), tables have real header cells
(`<th scope>`), and reading order is document order.
"""

from __future__ import annotations

from html import escape

from lofte_desktop.domain.progress import format_number
from lofte_desktop.domain.texts import t
from lofte_desktop.reports import palette
from lofte_desktop.reports.labels import label
from lofte_desktop.reports.model import (
    FocusSection,
    IndicatorLine,
    PresencePlaces,
    PromiseLine,
    ReportData,
    SchoolVisits,
)
from lofte_desktop.reports.svg import bar_chart_svg

PUBLIC = "public"
PRINT = "print"
LANG_TAGS = {"sv": "sv-SE", "en": "en-GB"}
OUTCOMES = ("genomfort", "delvis", "ej_genomfort")

_CSS = """
*{{box-sizing:border-box}}
body{{margin:0;font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:{ink};
background:#fff;line-height:1.5;font-size:1rem}}
main{{max-width:62rem;margin:0 auto;padding:1rem}}
header.top{{background:{accent};color:#fff;padding:1.5rem 1rem}}
header.top h1{{margin:0 auto;max-width:60rem;font-size:1.6rem;line-height:1.25}}
header.top p{{margin:.5rem auto 0;max-width:60rem}}
h2{{color:{accent};font-size:1.35rem;margin:2rem 0 .5rem;
border-bottom:2px solid {rule};padding-bottom:.2rem}}
h3{{font-size:1.1rem;margin:1.25rem 0 .25rem}}
h4{{font-size:1rem;margin:1rem 0 .25rem}}
.figures{{display:flex;flex-wrap:wrap;gap:.75rem;padding:0;list-style:none;margin:1rem 0}}
.figures li{{flex:1 1 9rem;background:{accent_light};padding:.75rem;border-radius:4px}}
.figures .n{{display:block;font-size:2rem;font-weight:bold}}
.promise{{border-left:4px solid {rule};padding:.25rem 0 .25rem .75rem;margin:1rem 0}}
.promise dl{{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}}
.promise dt{{font-weight:bold}}
.promise dd{{margin:0}}
.status-genomfort{{color:{done};font-weight:bold}}
.status-delvis{{color:{partly};font-weight:bold}}
.status-ej_genomfort{{color:{not_done};font-weight:bold}}
.table-wrap{{overflow-x:auto}}
table{{border-collapse:collapse;margin:.5rem 0 1rem;min-width:50%}}
caption{{text-align:left;font-weight:bold;padding:.25rem 0}}
th,td{{border-bottom:1px solid {rule};padding:.3rem .5rem;text-align:left;
vertical-align:top}}
thead th{{background:{accent};color:#fff}}
td.num,th.num{{text-align:right}}
figure{{margin:1rem 0}}
figcaption{{color:{muted};font-size:.9rem}}
.comment{{white-space:pre-wrap}}
.approval{{background:{accent_light};padding:.75rem;border-radius:4px}}
footer{{color:{muted};font-size:.9rem;border-top:1px solid {rule};margin-top:2rem;
padding-top:.5rem}}
footer .wrap{{max-width:62rem;margin:0 auto;padding:0 1rem}}
@media (max-width:40rem){{header.top h1{{font-size:1.3rem}}
.promise dl{{grid-template-columns:1fr}}.promise dt{{margin-top:.25rem}}}}
""".format(
    ink=palette.INK,
    accent=palette.ACCENT,
    accent_light=palette.ACCENT_LIGHT,
    rule=palette.RULE,
    muted=palette.MUTED,
    done=palette.OUTCOME["genomfort"],
    partly=palette.OUTCOME["delvis"],
    not_done=palette.OUTCOME["ej_genomfort"],
)

_PRINT_CSS = f"""
@page{{size:A4;margin:18mm 16mm 20mm;
@bottom-right{{content:counter(page) " / " counter(pages);font-size:8pt;color:{palette.MUTED}}}}}
body{{font-size:9.5pt}}
main{{max-width:none;padding:0}}
header.top{{padding:10mm 6mm}}
h2{{break-after:avoid;page-break-after:avoid}}
h3,h4{{break-after:avoid}}
table{{font-size:8.5pt;width:100%}}
tr,.promise,figure{{break-inside:avoid}}
svg{{max-width:100%}}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _num(value: float, lang: str) -> str:
    return format_number(value, lang)


def _table(
    caption: str,
    head: list[str],
    rows: list[list[str]],
    *,
    numeric: set[int] | frozenset[int] = frozenset(),
) -> str:
    """A table with column headers and each row's first cell as its row header."""
    cls = {i: ' class="num"' if i in numeric else "" for i in range(len(head))}
    out = [
        '<div class="table-wrap"><table>',
        f"<caption>{_e(caption)}</caption>",
        "<thead><tr>",
        *(f'<th scope="col"{cls[i]}>{_e(h)}</th>' for i, h in enumerate(head)),
        "</tr></thead><tbody>",
    ]
    for row in rows:
        cells = [f'<th scope="row">{_e(row[0])}</th>']
        cells += [f"<td{cls[i]}>{_e(v)}</td>" for i, v in enumerate(row) if i > 0]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _chart(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{_e(caption)}</figcaption></figure>"


def _alt_values(labels: list[str], values: list[float], lang: str) -> str:
    return ", ".join(
        f"{lb}: {_num(v, lang)}" for lb, v in zip(labels, values, strict=True)
    )


def _summary(data: ReportData, audience: str) -> str:
    lang, s = data.lang, data.summary
    out = [f"<h2>{_e(label('summary', lang))}</h2>"]
    if data.empty:
        period = data.period_label.lower()
        out.append(f"<p>{_e(label('none_logged_text', lang, period=period))}</p>")
    else:
        out.append(
            "<p>"
            + _e(
                label(
                    "summary_text",
                    lang,
                    period=data.period_label[:1].lower() + data.period_label[1:],
                    activities=_num(s.activities, lang),
                    hours=_num(s.hours, lang),
                )
            )
            + "</p>"
        )
    counts = [s.done, s.partly, s.not_done]
    names = [t(f"outcome.{k}", lang) for k in OUTCOMES]
    out.append('<ul class="figures">')
    for key, n, name in zip(OUTCOMES, counts, names, strict=True):
        out.append(f'<li><span class="n status-{key}">{n}</span> {_e(name)}</li>')
    out.append(
        f'<li><span class="n">{sum(counts)}</span> '
        f"{_e(label('promises_total', lang))}</li></ul>"
    )
    alt = label(
        "chart_outcomes_alt",
        lang,
        values=_alt_values(names, [float(c) for c in counts], lang),
    )
    svg = bar_chart_svg(
        names,
        [float(c) for c in counts],
        alt=alt,
        fmt=lambda v: _num(v, lang),
        colours=[palette.OUTCOME[k] for k in OUTCOMES],
        height=200,
    )
    out.append(_chart(svg, label("outcome_counts", lang)))
    out.append(
        _table(
            label("chart_table", lang) + ": " + label("outcome_counts", lang),
            [label("status", lang), label("promises", lang)],
            [[n, str(c)] for n, c in zip(names, counts, strict=True)],
            numeric={1},
        )
    )
    if data.comment_summary.strip():
        out.append(f"<h3>{_e(label('period_summary', lang))}</h3>")
        out.append(f'<p class="comment">{_e(data.comment_summary)}</p>')
    out.append(_approval(data, audience))
    return "".join(out)


def _approval(data: ReportData, audience: str) -> str:
    lang, a = data.lang, data.approval
    if a is None:
        return f'<p class="approval">{_e(label("not_approved", lang))}</p>'
    # The residents' page names the official's role, not the person.
    who = a.role if audience == PUBLIC and a.role else f"{a.role} {a.name}".strip()
    return (
        f'<p class="approval"><strong>{_e(label("approved_by", lang))}:</strong> '
        f"{_e(who)}, {_e(a.on.isoformat())}</p>"
    )


def _promise(pl: PromiseLine, lang: str) -> str:
    rows = [
        (label("target", lang), _e(pl.target)),
        (label("result", lang), _e(pl.result)),
        (
            label("status", lang),
            f'<span class="status-{_e(pl.outcome)}">{_e(pl.outcome_label)}</span>',
        ),
        (label("responsible", lang), _e(", ".join(pl.responsible) or "–")),
    ]
    if pl.comment.strip():
        rows.append(
            (label("comment", lang), f'<span class="comment">{_e(pl.comment)}</span>')
        )
    items = "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in rows)
    text = " ".join(pl.text.split())
    return (
        f'<section class="promise"><h3>{_e(pl.code)}. {_e(text)}</h3>'
        f"<dl>{items}</dl></section>"
    )


def _area(area: FocusSection, data: ReportData, audience: str) -> str:
    lang = data.lang
    out = [f"<h2>{_e(area.name)}</h2>"]
    out += [_promise(pl, lang) for pl in area.promises]
    if audience == PRINT:
        out.append(_party_work(area, data))
        out += [_schools(sv, lang) for sv in area.schools]
        if area.presence is not None:
            out.append(_presence(area.presence, lang))
    return "".join(out)


def _party_work(area: FocusSection, data: ReportData) -> str:
    lang = data.lang
    if not area.parties:
        return ""
    out = [f"<h3>{_e(label('work_by_party', lang))}</h3>"]
    for work in area.parties:
        if not work.items:
            out.append(
                f"<p>{_e(work.heading)}: "
                f"{_e(label('nothing_party', lang, party=work.party))}</p>"
            )
            continue
        rows = [
            [
                it.label,
                str(it.occasions),
                _num(it.hours, lang) if it.hours else "–",
                f"{it.count} ({it.count_label.lower()})" if it.count else "–",
            ]
            for it in work.items
        ]
        out.append(
            _table(
                work.heading,
                [
                    label("activity", lang),
                    label("occasions", lang),
                    label("hours", lang),
                    label("reached", lang),
                ],
                rows,
                numeric={1, 2},
            )
        )
    return "".join(out)


def _schools(sv: SchoolVisits, lang: str) -> str:
    head = [label("school", lang), *sv.terms]
    rows = [[name, *(str(n) for n in counts)] for name, counts in sv.rows]
    rows.append([label("total", lang), *(str(n) for n in sv.totals)])
    if sv.target:
        rows.append([label("target_per_term", lang), *(sv.target for _ in sv.terms)])
        rows.append([label("verdict", lang), *sv.verdicts])
    numeric = set(range(1, len(head)))
    return _table(
        label("schools", lang, code=sv.promise_code), head, rows, numeric=numeric
    )


def _presence(pr: PresencePlaces, lang: str) -> str:
    rows = [
        [name, _num(now, lang), _num(before, lang) if pr.compared else "–"]
        for name, now, before in pr.rows
    ]
    rows.append(
        [
            label("total", lang),
            _num(pr.total, lang),
            _num(pr.previous_total, lang) if pr.compared else "–",
        ]
    )
    return _table(
        label("presence", lang),
        [label("place", lang), pr.period_label, pr.previous_label],
        rows,
        numeric={1, 2},
    )


def _indicators(data: ReportData) -> str:
    lang = data.lang
    if not data.indicators:
        return ""
    out = [f"<h2>{_e(label('indicators', lang))}</h2>"]
    rows = []
    for ind in data.indicators:
        latest = (
            f"{_num(ind.values[-1][1], lang)} ({ind.values[-1][0]})"
            if ind.values
            else "–"
        )
        rows.append(
            [
                f"{ind.name} ({label('source', lang).lower()}: {ind.source})",
                f"{_num(ind.baseline_value, lang)} ({ind.baseline_year})",
                latest,
                ind.target_text,
                ind.verdict,
            ]
        )
    out.append(
        _table(
            label("indicators", lang),
            [
                label("indicator", lang),
                label("baseline", lang),
                label("latest", lang),
                label("target", lang),
                label("verdict", lang),
            ],
            rows,
        )
    )
    for ind in data.indicators:
        out.append(_indicator_chart(ind, lang))
    return "".join(out)


def _indicator_chart(ind: IndicatorLine, lang: str) -> str:
    labels = [str(ind.baseline_year), *(str(y) for y, _ in ind.values)]
    values = [ind.baseline_value, *(v for _, v in ind.values)]
    name = f"{ind.name} ({ind.unit})"
    alt = label(
        "chart_indicator_alt", lang, name=name, values=_alt_values(labels, values, lang)
    )
    svg = bar_chart_svg(
        labels, values, alt=alt, fmt=lambda v: _num(v, lang), width=420, height=200
    )
    table = _table(
        f"{label('chart_table', lang)}: {name}",
        [label("year", lang), label("value", lang)],
        [[lb, _num(v, lang)] for lb, v in zip(labels, values, strict=True)],
        numeric={1},
    )
    return f"<h3>{_e(name)}</h3>" + _chart(svg, name) + table


def _monthly(data: ReportData) -> str:
    lang = data.lang
    if not data.months:
        return ""
    labels = [m for m, _ in data.months]
    values = [float(n) for _, n in data.months]
    alt = label("chart_months_alt", lang, values=_alt_values(labels, values, lang))
    svg = bar_chart_svg(labels, values, alt=alt, fmt=lambda v: _num(v, lang))
    return (
        f"<h2>{_e(label('monthly', lang))}</h2>"
        + _chart(svg, label("monthly_text", lang))
        + _table(
            f"{label('chart_table', lang)}: {label('monthly', lang).lower()}",
            [label("month", lang), label("activities", lang)],
            [[m, str(n)] for m, n in data.months],
            numeric={1},
        )
    )


def title_of(data: ReportData) -> str:
    """The document's title: the browser tab and the PDF's window title."""
    return label("web_title", data.lang, period=data.period_label) + (
        f" – {data.agreement}"
    )


def render_html(data: ReportData, *, audience: str = PUBLIC, font_css: str = "") -> str:
    """The whole follow-up as one HTML document (no external resources)."""
    lang = data.lang
    lang_tag = LANG_TAGS.get(lang, lang) if audience == PRINT else lang
    css = _CSS + (_PRINT_CSS + font_css if audience == PRINT else "")
    period = data.period_label[:1].lower() + data.period_label[1:]
    intro = label(
        "web_intro",
        lang,
        municipality=data.municipality,
        police_area=data.police_area,
        period=f"{period} ({data.period_range})",
    )
    body = [
        _summary(data, audience),
        *(_area(a, data, audience) for a in data.focus_areas),
        _indicators(data),
        _monthly(data),
    ]
    footer = label("web_footer", lang, date=data.generated.isoformat())
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(lang_tag)}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title_of(data))}</title>\n"
        f'<meta name="author" content="{_e(data.author)}">\n'
        f'<meta name="description" content="{_e(label("kind", lang))}">\n'
        f"<style>{css}</style>\n</head>\n<body>\n"
        f'<header class="top"><h1>{_e(title_of(data))}</h1>'
        f"<p>{_e(intro)}</p></header>\n"
        f"<main>{''.join(body)}</main>\n"
        f'<footer><div class="wrap"><p>{_e(footer)}</p>'
        f"<p>{_e(label('follow_us', lang))}</p></div></footer>\n</body>\n</html>\n"
    )
