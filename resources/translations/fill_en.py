"""Fills the English for the UI shell's and core pages' strings into lofte_en.ts.

Run after `make translations` adds new source strings, then run it again:
    .venv/bin/python resources/translations/fill_en.py && make translations
Only entries still unfinished and listed here are touched, so other engineers'
translations in the same file are left alone.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("lofte_en.ts")

EN: dict[str, str] = {
    # shell
    "Översikt": "Overview",
    "Logga": "Log",
    "Aktiviteter": "Activities",
    "Löften och indikatorer": "Promises and indicators",
    "Inställningar": "Settings",
    "Planering": "Planning",
    "Uppföljning": "Follow-up",
    "Synk": "Sync",
    "Räknar …": "Counting …",
    "Räknar fram läget …": "Working out the figures …",
    "Inga terminsdatum är angivna ännu. Till dess räknas tiden som är kvar till "
    "rapportterminens slut. Lägg till en rad per termin, t.ex. HT2024, 2024-08-19, "
    "2024-12-20.": "No term dates yet. Until there are, the time left is counted to "
    "the end of the reporting term. Add one row per term, e.g. HT2024, 2024-08-19, "
    "2024-12-20.",
    "Sidor": "Pages",
    "Sidinnehåll": "Page content",
    "Databasen kan inte öppnas": "The database cannot be opened",
    "Inget medborgarlöfte": "No citizen promise",
    "Databasen har inget medborgarlöfte ännu. Läsa in Krokoms medborgarlöfte "
    "2023–2024?": "The database has no citizen promise yet. Load Krokom's "
    "citizen promises 2023–2024?",
    "Det gick inte": "That did not work",
    "Ett fel uppstod": "An error occurred",
    "Åtgärden kunde inte slutföras: %1": "The action could not be completed: %1",
    # first start
    "Välkommen till Löfte Desktop": "Welcome to Löfte Desktop",
    "Ditt namn": "Your name",
    "Din part": "Your party",
    "Ange ditt namn och vilken part du arbetar för. Namnet visas som den som "
    "loggat en aktivitet; parten föreslås när du loggar.": "Enter your name and "
    "the party you work for. Your name is shown as the one who logged an "
    "activity; the party is suggested when you log.",
    "&Namn:": "&Name:",
    "&Part:": "&Party:",
    "Skriv ditt namn.": "Enter your name.",
    # activity form
    "Anteckningen innehåller något som ser ut som ett personnummer (%1). Ta bort "
    "det: loggen får inte innehålla personnummer eller namn på invånare. Det går "
    "inte att spara förrän det är borta.": "The note contains what looks like a "
    "personal identity number (%1). Remove it: the log must not hold residents' "
    "identity numbers or names. Saving is blocked until it is gone.",
    "&Typ": "&Type",
    "&Datum": "&Date",
    "&Part": "&Party",
    "P&lats": "P&lace",
    "&Timmar": "&Hours",
    "&Antal": "&Count",
    "&Status": "&Status",
    "Start&tid": "Start &time",
    "Lö&ften": "Pro&mises",
    "A&nteckning": "&Note",
    "t.ex. 2,5": "e.g. 2.5",
    "TT:MM, t.ex. 18:30": "HH:MM, e.g. 18:30",
    "Vad gjordes? Inga namn eller personnummer på invånare.": "What was done? No "
    "residents' names or identity numbers.",
    "Fetstil: löften som typen räknas mot. Mellanslag kryssar i.": "Bold: promises "
    "this type counts towards. Space ticks a box.",
    # log page
    "Inte sparat: ta bort personnumret ur texten först.": "Not saved: remove the "
    "identity number from the text first.",
    "Inte sparat: rätta det som är markerat.": "Not saved: correct what is marked.",
    "Sparat: %1 %2%3.": "Saved: %1 %2%3.",
    "Det gick inte att spara: %1. Det du skrev finns kvar i formuläret; försök "
    "igen.": "Could not save: %1. What you typed is still in the form; try again.",
    "Det gick inte att spara": "Could not save",
    "Logga en aktivitet": "Log an activity",
    "Enter sparar, Tab går till nästa fält. Ctrl+N öppnar formuläret var du än "
    "är. Shift+Enter ger ny rad i anteckningen.": "Enter saves, Tab moves to the "
    "next field. Ctrl+N opens the form from anywhere. Shift+Enter starts a new "
    "line in the note.",
    "&Spara": "&Save",
    "Spara aktiviteten": "Save the activity",
    "&Rensa": "C&lear",
    "Rensa formuläret": "Clear the form",
    "Meddelande": "Message",
    # activities
    "Alla": "All",
    "%1 aktiviteter": "%1 activities",
    "Ändringen är sparad.": "The change is saved.",
    "Aktiviteten togs bort. Ångra med Ctrl+Z.": "The activity was deleted. Undo "
    "with Ctrl+Z.",
    "Borttagningen är ångrad.": "The deletion is undone.",
    "Exportera aktiviteter": "Export activities",
    "CSV-filer (*.csv)": "CSV files (*.csv)",
    "%1 aktiviteter exporterades till %2.": "%1 activities were exported to %2.",
    "&Period": "&Period",
    "T&yp": "T&ype",
    "Lö&fte": "Pro&mise",
    "P&art": "P&arty",
    "Sö&k i anteckningar": "Sear&ch notes",
    "Fritext": "Free text",
    "&Ny (Ctrl+N)": "&New (Ctrl+N)",
    "&Redigera": "&Edit",
    "&Ta bort": "&Delete",
    "Å&ngra": "&Undo",
    "&Exportera CSV": "E&xport CSV",
    "Datum": "Date",
    "Typ": "Type",
    "Löften": "Promises",
    "Part": "Party",
    "Plats": "Place",
    "Timmar": "Hours",
    "Antal": "Count",
    "Status": "Status",
    "Anteckning": "Note",
    "Loggad av": "Logged by",
    "skapad": "created",
    "ändrad": "changed",
    "borttagen": "deleted",
    "återställd": "restored",
    "Redigera aktivitet": "Edit activity",
    "Ändringshistorik": "Change history",
    "&Historik:": "&History:",
    "Ändringen sparades inte: %1": "The change was not saved: %1",
    # overview
    "Visa aktiviteterna för %1": "Show the activities for %1",
    "Visa aktiviteterna för löfte %1": "Show the activities for promise %1",
    "Framsteg för löfte %1": "Progress of promise %1",
    "Närvaro": "Presence",
    "%1 timmar under %2, mot %3 timmar under %4.": "%1 hours in %2, against %3 "
    "hours in %4.",
    "Förändring: %1 %.": "Change: %1 %.",
    "Indikatorer": "Indicators",
    "Indikator": "Indicator",
    "Utgångsläge": "Baseline",
    "Senaste värde": "Latest value",
    "Mål": "Target",
    "Når målet": "Meets target",
    "inget värde ännu": "no value yet",
    "Ja": "Yes",
    "Nej": "No",
    "&Period:": "&Period:",
    "Period": "Period",
    # promises
    "Parter": "Parties",
    "Räknas från": "Counted from",
    "Beskrivning": "Description",
    "inga värden": "no values",
    "Sparat: %1 för %2.": "Saved: %1 for %2.",
    "Inte sparat: %1": "Not saved: %1",
    "Fokusområden och löften": "Focus areas and promises",
    "Löftets innehåll": "The promise",
    "Värden per år": "Values by year",
    "Indikatorernas värden": "Indicator values",
    "&Indikator": "&Indicator",
    "&År": "&Year",
    "&Värde": "&Value",
    "&Kommentar": "&Comment",
    "&Spara värde": "&Save value",
    "Spara indikatorvärdet": "Save the indicator value",
    # settings
    "Vald databas vid nästa start: %1": "Database chosen for the next start: %1",
    "Sparat.": "Saved.",
    "Rad %1: skriv datum som ÅÅÅÅ-MM-DD.": "Row %1: write dates as YYYY-MM-DD.",
    "Terminerna är sparade.": "The terms are saved.",
    "Välj databasfil": "Choose database file",
    "Löfte-databas (*.sqlite *.db);;Alla filer (*)": "Löfte database (*.sqlite "
    "*.db);;All files (*)",
    "Sparat. Programmet använder %1 från nästa start; starta om Löfte Desktop för "
    "att byta. Finns filen inte skapas en ny, tom databas.": "Saved. The program "
    "uses %1 from the next start; restart Löfte Desktop to switch. If the file "
    "does not exist, a new, empty database is created.",
    "Användare": "User",
    "Spara &användare": "Save &user",
    "Språk": "Language",
    "&Språk:": "&Language:",
    "Terminer": "Terms",
    "Skolans terminsdatum i kommunen. De avgör hur mycket tid som är kvar för "
    "skolbesök; rapportterminerna (VT/HT) delar alltid året.": "The schools' term "
    "dates in the municipality. They decide how much time is left for school "
    "visits; the reporting terms (spring/autumn) always split the year.",
    "Termin": "Term",
    "Första dag": "First day",
    "Sista dag": "Last day",
    "Terminsdatum": "Term dates",
    "&Lägg till termin": "&Add term",
    "Ta &bort termin": "&Remove term",
    "Spara &terminer": "Save &terms",
    "Databas": "Database",
    "Databasens sökväg": "Database path",
    "&Välj en annan…": "&Choose another…",
}


def main() -> int:
    tree = ET.parse(TS)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None or source not in EN:
            continue
        if tr.get("type") == "unfinished" or not (tr.text or "").strip():
            tr.text = EN[source]
            tr.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{filled} translations filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
