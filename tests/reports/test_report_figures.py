"""Every figure in the PDF read back and held against the services' own numbers."""

from __future__ import annotations

import re

from lofte_desktop.app import Services
from lofte_desktop.domain.progress import format_number, indicator_value
from lofte_desktop.domain.query import ActivityFilter
from lofte_desktop.domain.texts import t, unit_text
from lofte_desktop.domain.types import DEFAULT_TYPES, ActivityType, Outcome
from lofte_desktop.services.reports import ReportRequest
from tests.reports.conftest import pdf_text


def _build(svc: Services, period: str, **kw: object) -> str:
    pdf = svc.reports.build(ReportRequest(period, **kw))  # type: ignore[arg-type]
    _, pages = pdf_text(pdf)
    return " ".join(pages)


def _section(text: str, start: str, end: str | None = None) -> str:
    i = text.index(start)
    j = text.index(end, i + len(start)) if end else len(text)
    return text[i:j]


def test_summary_counts_match_progress(known: Services) -> None:
    text = _build(known, "HT2024")
    progress = known.progress.progress("HT2024")
    outcomes = {o: sum(1 for pp in progress if pp.outcome is o) for o in Outcome}
    summary = _section(text, "Sammanfattning", "Narkotika")
    for outcome, n in outcomes.items():
        assert f"{n} {t(f'outcome.{outcome.value}')}" in summary
    assert f"{len(progress)} Löften totalt" in summary
    # The known figures: N1 met (3 of 2–3), T2 met (7 > 2), B1 met, T3 and T4 done.
    assert outcomes[Outcome.DONE] == 5

    p = known.progress.period("HT2024")
    done = ActivityFilter(start=p.start, end=p.end, statuses=frozenset({"done"}))
    n_done = known.activities.count(done)
    hours = sum(h for _, _, h, _ in known.progress.breakdown(p, by="type"))
    assert (n_done, hours) == (9, 10.0)
    assert (
        f"genomfördes och loggades {n_done} aktiviteter, sammanlagt "
        f"{format_number(hours)} timmar" in summary
    )
    assert "Planerat framåt: 1 aktivitet." in summary  # singular


def test_each_promise_result_and_status(known: Services) -> None:
    text = _build(known, "HT2024")
    body = text[text.index("Narkotika Löfte Mål Utfall Status") :]
    progress = known.progress.progress("HT2024")
    codes = [pp.promise.code for pp in progress]
    for i, pp in enumerate(progress):
        start = body.index(f"{pp.promise.code} ")
        nxt = [body.find(f" {c} ", start + 3) for c in codes[i + 1 :]]
        chunk = body[start : min([n for n in nxt if n > 0], default=len(body))]
        figure = f"{format_number(pp.done)} {unit_text(pp.unit.value, pp.done)}"
        assert figure in chunk, (pp.promise.code, chunk)
        assert pp.status_label() in chunk
        assert pp.target_text in chunk
    by_code = {pp.promise.code: pp for pp in progress}
    assert by_code["N1"].done == 3 and "3 tillfällen (mål: 2–3)" in body
    assert by_code["T2"].done == 7 and "7 timmar (året före: 2)" in body


def test_party_work_matches_breakdown(known: Services) -> None:
    text = _build(known, "HT2024")
    p = known.progress.period("HT2024")
    sections = {
        ActivityType.SCHOOL_VISIT: ("Narkotika", "Trygghet för medborgarna"),
        ActivityType.PRESENCE: ("Trygghet för medborgarna", "Bedrägerier"),
        ActivityType.TRAFFIC_CHECK: ("Trygghet för medborgarna", "Bedrägerier"),
        ActivityType.EST_MEETING: ("Trygghet för medborgarna", "Bedrägerier"),
        ActivityType.INFORMATION_EFFORT: ("Bedrägerier", "Indikatorer"),
    }
    heading = {
        "Polisen": "Detta har polisen genomfört",
        "Krokoms kommun": "Detta har kommunen genomfört",
        "Krokomsbostäder": "Detta har Krokomsbostäder genomfört",
    }
    checked = 0
    for kind, (start, end) in sections.items():
        area = _section(text, f"{start} Löfte Mål", f"{end} ")
        for party, n, hours, count in known.progress.breakdown(
            p, by="party", types=[kind.value]
        ):
            part = area[area.index(heading[str(party)]) :]
            label = DEFAULT_TYPES.info(kind).count_text()
            reached = f"{count} ({label.lower()})" if count else "–"
            shown = format_number(hours) if hours else "–"
            row = f"{t(f'type.{kind.value}')} {n} {shown} {reached}"
            assert row in part, (party, row)
            checked += 1
    assert checked == 6
    assert "Skolbesök 2 – 56 (föräldrar nådda)" in text


def test_school_visits_and_presence_per_place(known: Services) -> None:
    text = _build(known, "HT2024")
    p = known.progress.period("HT2024")
    schools = _section(text, "Skolbesök per skola och termin (N1)", "Trygghet")
    rows = known.progress.breakdown(p, by="place", types=["school_visit"])
    assert "Skola HT2024 Högstadiet Krokom" in schools
    for place, n, _, _ in rows:
        assert f"{place} {n}" in schools
    total = sum(r[1] for r in rows)
    assert total == 3
    assert f"Totalt {total} Mål per termin 2–3 Bedömning Uppfyllt" in schools

    presence = known.progress.presence(p)
    assert (presence.hours, presence.previous_hours) == (7.0, 2.0)
    table = _section(text, "Närvarotimmar per plats", "Bedrägerier")
    now = {
        k: h
        for k, _, h, _ in known.progress.breakdown(p, by="place", types=["presence"])
    }
    prev_p = p.shifted_years(-1)
    before = {
        k: h
        for k, _, h, _ in known.progress.breakdown(
            prev_p, by="place", types=["presence"]
        )
    }
    assert "Plats HT2024 HT2023 Förändring" in table
    for place, hours in now.items():
        old = before.get(place, 0.0)
        assert f"{place} {format_number(hours)} {format_number(old)}" in table
    pct = round(presence.change_pct or 0)
    assert (
        f"Totalt {format_number(presence.hours)} "
        f"{format_number(presence.previous_hours)} +{pct} %" in table
    )
    assert "Centrumparken 4 2 +100 %" in table


def test_indicators_and_monthly_chart(known: Services) -> None:
    text = _build(known, "HT2024")
    ind = _section(text, "Indikatorer Indikator", "Genomförda aktiviteter per månad")
    for status in known.progress.indicators():
        i = status.indicator
        latest = status.latest
        assert latest is not None
        assert (
            f"{i.name} Källa: {i.source} {indicator_value(i.baseline_value, i.unit)} "
            f"({i.baseline_year}) {indicator_value(latest.value, i.unit)} "
            f"({latest.year})"
        ) in ind
        verdict = "Målet är nått" if status.meets_target else "Målet är inte nått"
        assert verdict in ind
    # The count's unit is a word, not "antal".
    assert (
        "163 anmälda brott (2022) 139 anmälda brott (2024) under 145 anmälda brott "
        "(2024) Målet är nått"
    ) in ind
    assert "5 % (2019)" in ind
    # The chart: baseline and each value as bar labels, axis from 0, target legend.
    assert (
        "Mål: under 145 anmälda brott (2024) 163 151 139 2022 2023 2024 0 50 100 150 200"
        in ind
    )

    p = known.progress.period("HT2024")
    months = dict((k, n) for k, n, _, _ in known.progress.breakdown(p, by="month"))
    names = ["jul", "aug", "sep", "okt", "nov", "dec"]
    values = [months.get(f"2024-{m:02d}", 0) for m in range(7, 13)]
    assert values == [0, 1, 4, 4, 0, 0]
    chart = text[text.index("Antal genomförda aktiviteter per månad") :]
    expected = (
        " ".join(str(v) for v in values) + " " + " ".join(f"{n} 2024" for n in names)
    )
    assert expected in chart


def test_page_numbers_and_header(known: Services) -> None:
    pdf = known.reports.build(ReportRequest("HT2024"))
    reader, pages = pdf_text(pdf)
    total = len(reader.pages)
    assert total >= 3
    assert "Sida" not in pages[0]  # the cover
    for n, page in enumerate(pages[1:], start=2):
        assert f"Sida {n} av {total}" in page
        assert page.startswith("Medborgarlöften Krokom 2023–2024 Uppföljning")


def test_year_and_whole_period(known: Services) -> None:
    year = _build(known, "2024")
    assert "Uppföljning av medborgarlöften · År 2024" in year
    n1 = next(pp for pp in known.progress.progress("2024") if pp.promise.code == "N1")
    assert n1.done == 4  # the VT2024 visit counts in the year
    assert "4 tillfällen (mål: 4–6)" in year
    # Per term: VT2024 (ended) had one visit: partly done; HT2024 three (met).
    assert (
        "Skola VT2024 HT2024 Totalt Högstadiet Krokom 0 2 2 Skolan i Nälden 1 0 1 "
        "Skolan i Ås 0 1 1 Totalt 1 3 4 Mål per termin 2–3 2–3 "
        "Bedömning Delvis genomfört Uppfyllt"
    ) in year
    whole = _build(known, "hela")
    assert "Hela perioden 2023–2024" in whole
    assert re.search(r"jan 2023 .* dec 2024", whole)
    assert "Plats 2023–2024 – Förändring" in whole
    assert "Ingen jämförelse" in whole


def test_custom_period_and_english(known: Services) -> None:
    text = _build(known, "2024-09-01..2024-09-30")
    assert "Period 2024-09-01 – 2024-09-30 Parter" in text
    assert "(N1) Skola HT2024 Högstadiet Krokom 1 Totalt 1" in text
    english = _build(known, "HT2024", lang="en")
    assert "Follow-up of citizen promises" in english
    assert "What the police did" in english and "What the municipality did" in english
    assert "7 hours (a year earlier: 2)" in english
    assert "Page 2 of" in english


def test_party_filter(known: Services) -> None:
    text = _build(known, "HT2024", party="polisen")
    assert "Endast aktiviteter utförda av Polisen" in text
    assert "Detta har polisen genomfört" in text
    assert "Detta har kommunen genomfört" not in text
    assert "Skolbesök 2 – 56 (föräldrar nådda)" in text
    assert "Högstadiet Krokom 2 Totalt 2 Mål per termin 2–3 Bedömning Uppfyllt" in text
