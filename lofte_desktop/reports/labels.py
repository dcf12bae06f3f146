"""Fixed labels of the follow-up PDF, Swedish first, English available."""

from __future__ import annotations

from typing import Any

_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "kind": "Uppföljning av medborgarlöften",
        "subject": "Uppföljning av medborgarlöften {period} – {agreement}",
        "period": "Period",
        "parties": "Parter",
        "police_area": "Polisområde",
        "municipality": "Kommun",
        "generated": "Sammanställd",
        "scope": "Avgränsning",
        "scope_party": "Endast aktiviteter utförda av {party}",
        "cover_note": (
            "Rapporten visar vad parterna har gjort för att uppfylla "
            "medborgarlöftena under perioden, löfte för löfte, med mål och utfall. "
            "Den innehåller bara antal, platser och timmar, aldrig uppgifter om "
            "enskilda invånare."
        ),
        "summary": "Sammanfattning",
        "summary_text": (
            "Under {period} genomfördes och loggades {activities}, sammanlagt {hours}."
        ),
        "summary_planned": " Planerat framåt: {planned}.",
        "promises_total": "Löften totalt",
        "none_logged": "Inga aktiviteter loggade",
        "none_logged_text": (
            "Inga genomförda aktiviteter är loggade för {period}. Målen och "
            "indikatorerna visas ändå nedan."
        ),
        "promise": "Löfte",
        "target": "Mål",
        "result": "Utfall",
        "status": "Status",
        "activity": "Aktivitet",
        "occasions": "Tillfällen",
        "hours": "Timmar",
        "reached": "Antal",
        "nothing_party": "Inga aktiviteter loggade för {party} inom detta område.",
        "work_by_party": "Vad parterna har gjort",
        "schools": "Skolbesök per skola och termin ({code})",
        "target_per_term": "Mål per termin",
        "met": "Uppfyllt",
        "school": "Skola",
        "visits": "Besök",
        "total": "Totalt",
        "presence": "Närvarotimmar per plats",
        "place": "Plats",
        "change": "Förändring",
        "no_previous": "Ingen jämförelse: året före ligger utanför avtalsperioden.",
        "indicators": "Indikatorer",
        "indicator": "Indikator",
        "baseline": "Utgångsläge",
        "latest": "Senaste värde",
        "verdict": "Bedömning",
        "source": "Källa",
        "chart_target": "Mål",
        "monthly": "Genomförda aktiviteter per månad",
        "monthly_text": "Antal genomförda aktiviteter per månad under perioden.",
        "appendix": "Bilaga: alla aktiviteter under perioden",
        "appendix_text": "{n} i datumordning. Anteckningar visas inte.",
        "appendix_text_notes": "{n} i datumordning.",
        "date": "Datum",
        "type": "Typ",
        "promises": "Löften",
        "party": "Part",
        "count": "Antal",
        "note": "Anteckning",
        "page": "Sida {page} av {pages}",
        "footer": "Sammanställd med Löfte Desktop {date}",
        "comment": "Kommentar",
        "comment_on": "Kommentar ({code})",
        "responsible": "Ansvariga",
        "period_summary": "Sammanfattning av perioden",
        "approved_by": "Godkänd av",
        "not_approved": "Uppföljningen är inte godkänd än.",
        "web_title": "Så går det med medborgarlöftena – {period}",
        "web_intro": (
            "{municipality} och {police_area} har lovat invånarna att arbeta med "
            "det som oroar dem mest. Här ser du löfte för löfte vad som har gjorts "
            "under {period}, mot målen."
        ),
        "promises_in_area": "Löftena inom {area}",
        "outcome_counts": "Löften per status",
        "chart_table": "Siffrorna i diagrammet",
        "chart_months_alt": "Stapeldiagram: genomförda aktiviteter per månad. {values}.",
        "chart_outcomes_alt": "Stapeldiagram: antal löften per status. {values}.",
        "chart_indicator_alt": "Stapeldiagram: {name} per år. {values}.",
        "month": "Månad",
        "year": "År",
        "value": "Värde",
        "activities": "Aktiviteter",
        "web_footer": (
            "Sammanställd {date} med Löfte Desktop. Sidan visar bara antal, "
            "platser och timmar, aldrig uppgifter om enskilda invånare. "
            "Öppna data (CSV och JSON) finns i samma mapp."
        ),
        "follow_us": "Följ med i hur det går!",
    },
    "en": {
        "kind": "Follow-up of citizen promises",
        "subject": "Follow-up of citizen promises {period} – {agreement}",
        "period": "Period",
        "parties": "Parties",
        "police_area": "Police area",
        "municipality": "Municipality",
        "generated": "Compiled",
        "scope": "Scope",
        "scope_party": "Only activities carried out by {party}",
        "cover_note": (
            "This report shows what the parties have done to keep the citizen "
            "promises during the period, promise by promise, with targets and "
            "outcomes. It holds only counts, places and hours, never data about "
            "individual residents."
        ),
        "summary": "Summary",
        "summary_text": (
            "During {period}, {activities} were completed and logged, {hours} in all."
        ),
        "summary_planned": " Planned ahead: {planned}.",
        "promises_total": "Promises in all",
        "none_logged": "No activities logged",
        "none_logged_text": (
            "No completed activities are logged for {period}. The targets and "
            "indicators are still shown below."
        ),
        "promise": "Promise",
        "target": "Target",
        "result": "Outcome",
        "status": "Status",
        "activity": "Activity",
        "occasions": "Occasions",
        "hours": "Hours",
        "reached": "Count",
        "nothing_party": "No activities logged for {party} in this area.",
        "work_by_party": "What the parties did",
        "schools": "School visits per school and term ({code})",
        "target_per_term": "Target per term",
        "met": "Met",
        "school": "School",
        "visits": "Visits",
        "total": "Total",
        "presence": "Presence hours per place",
        "place": "Place",
        "change": "Change",
        "no_previous": "No comparison: the year before lies outside the agreement.",
        "indicators": "Indicators",
        "indicator": "Indicator",
        "baseline": "Baseline",
        "latest": "Latest value",
        "verdict": "Assessment",
        "source": "Source",
        "chart_target": "Target",
        "monthly": "Completed activities per month",
        "monthly_text": "Number of completed activities per month in the period.",
        "appendix": "Appendix: every activity in the period",
        "appendix_text": "{n} in date order. Notes are not shown.",
        "appendix_text_notes": "{n} in date order.",
        "date": "Date",
        "type": "Type",
        "promises": "Promises",
        "party": "Party",
        "count": "Count",
        "note": "Note",
        "page": "Page {page} of {pages}",
        "footer": "Compiled with Löfte Desktop {date}",
        "comment": "Comment",
        "comment_on": "Comment ({code})",
        "responsible": "Responsible",
        "period_summary": "Summary of the period",
        "approved_by": "Approved by",
        "not_approved": "The follow-up is not approved yet.",
        "web_title": "How the citizen promises are going – {period}",
        "web_intro": (
            "{municipality} and {police_area} have promised residents to work on "
            "what worries them most. Here you see, promise by promise, what was done "
            "during {period}, against the targets."
        ),
        "promises_in_area": "The promises in {area}",
        "outcome_counts": "Promises by status",
        "chart_table": "The figures in the chart",
        "chart_months_alt": "Bar chart: completed activities per month. {values}.",
        "chart_outcomes_alt": "Bar chart: number of promises by status. {values}.",
        "chart_indicator_alt": "Bar chart: {name} per year. {values}.",
        "month": "Month",
        "year": "Year",
        "value": "Value",
        "activities": "Activities",
        "web_footer": (
            "Compiled {date} with Löfte Desktop. The page shows only counts, "
            "places and hours, never data about individual residents. Open data "
            "(CSV and JSON) is in the same folder."
        ),
        "follow_us": "Follow how it goes!",
    },
}


def label(key: str, lang: str = "sv", **params: Any) -> str:
    table = _LABELS.get(lang, _LABELS["sv"])
    text = table.get(key) or _LABELS["sv"][key]
    return text.format(**params) if params else text
