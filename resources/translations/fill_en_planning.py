"""Fills the English for the Planering page's strings into lofte_en.ts (issue 4).

    make translations && .venv/bin/python resources/translations/fill_en_planning.py \
        && make translations

Only unfinished entries in the planning contexts are touched.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("lofte_en.ts")
CONTEXTS = {
    "PlanningPage",
    "PlanDialog",
    "DoneDialog",
    "CancelDialog",
    "_ItemDialog",
    "PlanningPanel",
    "CalendarView",
}
EN: dict[str, str | tuple[str, str]] = {
    "Mån": "Mon",
    "Tis": "Tue",
    "Ons": "Wed",
    "Tor": "Thu",
    "Fre": "Fri",
    "Lör": "Sat",
    "Sön": "Sun",
    "+%n till": ("+%n more", "+%n more"),
    "Ställ in tillfälle": "Cancel occasion",
    "t.ex. skolan stängd, sjukdom": "e.g. school closed, illness",
    "&Orsak:": "&Reason:",
    "Markera som genomförd": "Mark as done",
    " h": " h",
    "antal, t.ex. 25": "number, e.g. 25",
    "&Timmar:": "&Hours:",
    "&Anteckning:": "&Note:",
    "Ingen (en gång)": "None (once)",
    "Varje vecka": "Every week",
    "Varannan vecka": "Every other week",
    "Samma veckodag varje månad": "Same weekday every month",
    "Samma datum varje månad": "Same date every month",
    "Varje vardag": "Every weekday",
    "Ändra planering": "Edit plan",
    "Ny planering": "New plan",
    "Hoppa över skollov": "Skip school holidays",
    "Kort anteckning, aldrig namn eller personnummer": (
        "Short note, never names or identity numbers"
    ),
    "Bara detta tillfälle": "This occasion only",
    "Detta och följande tillfällen": "This and following occasions",
    "Alla tillfällen i serien": "All occasions in the series",
    "&Typ:": "&Type:",
    "&Löfte:": "&Promise:",
    "&Datum:": "&Date:",
    "&Starttid:": "&Start time:",
    "&Längd:": "&Duration:",
    "&Plats:": "P&lace:",
    "P&art:": "P&arty:",
    "&Upprepa:": "&Repeat:",
    "&Till och med:": "&Until:",
    "A&nteckning:": "&Note:",
    "Ä&ndra:": "&Change:",
    "januari": "January",
    "februari": "February",
    "mars": "March",
    "april": "April",
    "maj": "May",
    "juni": "June",
    "juli": "July",
    "augusti": "August",
    "september": "September",
    "oktober": "October",
    "november": "November",
    "december": "December",
    "Vecka %1, %2 – %3": "Week %1, %2 – %3",
    "serie": "series",
    "Hoppa över": "Skip",
    "Hoppa över tillfället %1? Resten av serien finns kvar.": (
        "Skip the occasion on %1? The rest of the series stays."
    ),
    "Exportera kalender": "Export calendar",
    "Kalenderfiler (*.ics)": "Calendar files (*.ics)",
    "Kalender exporterad": "Calendar exported",
    "%1 händelser skrevs till %2.": "%1 events were written to %2.",
    "Idag": "Today",
    "Föregående": "Previous",
    "Nästa": "Next",
    "Månad": "Month",
    "Vecka": "Week",
    "Ny planering…": "New plan…",
    "Exportera .ics…": "Export .ics…",
    "Markera genomförd…": "Mark done…",
    "Ställ in…": "Cancel…",
    "Ändra…": "Edit…",
    "Dubbelklicka på en dag för att planera. Dra ett tillfälle till en annan dag "
    "för att flytta just det tillfället.": "Double-click a day to plan. Drag an "
    "occasion to another day to move just that occasion.",
    "Terminsplanering": "Term planner",
    "Försenade tillfällen": "Overdue occasions",
    "Dubbelbokningar": "Double bookings",
    "Terminsplanering %1": "Term planner %1",
    "Inga löften med mål per termin.": "No promises with a per-term target.",
    "Försenade (%n)": ("Overdue (%n)", "Overdue (%n)"),
    "Dubbelbokningar (%n)": ("Double bookings (%n)", "Double bookings (%n)"),
}


def main() -> int:
    tree = ET.parse(TS)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") not in CONTEXTS:
            continue
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            english = EN.get(msg.findtext("source") or "")
            if tr is None or english is None or tr.get("type") != "unfinished":
                continue
            if msg.get("numerus") == "yes":
                forms = english if isinstance(english, tuple) else (english, english)
                for child in list(tr):
                    tr.remove(child)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = english if isinstance(english, str) else english[0]
            del tr.attrib["type"]
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled} planning translations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
