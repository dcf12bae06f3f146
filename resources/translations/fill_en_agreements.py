"""Fills the English for Löften's agreement editor (Nytt medborgarlöfte from
scratch, the cadence, focus areas, promises and targets, indicators) into
lofte_en.ts, with the same rules as fill_en.py: only unfinished entries listed
here are touched. Run:
    make translations && .venv/bin/python resources/translations/fill_en_agreements.py \
        && make translations
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import fill_en

EN: dict[str, str] = {
    "Uppföl&jning": "Follow-&up",
    "Ändringen sparas i historiken och följer med synkpaketen. En part som ett "
    "löfte har kan inte tas bort, och perioden måste rymma de loggade "
    "aktiviteterna. Uppföljningen avgör vilka perioder Översikt och Uppföljning "
    "visar först.": "The change is kept in the history and travels in sync "
    "packages. A party a promise has cannot be removed, and the period must hold "
    "the logged activities. The follow-up decides which periods Overview and "
    "Follow-up show first.",
    "Nytt fokusområde": "New focus area",
    "Ändra fokusområdet": "Edit the focus area",
    "K&od": "C&ode",
    "&Namn": "&Name",
    "&Lägesbild": "&Situation",
    "Fokusområdets namn och lägesbild, som de står i medborgarlöftet. Koden kan "
    "inte ändras efteråt.": "The focus area's name and situation, as the "
    "agreement states them. The code cannot be changed afterwards.",
    "Raderna kontrolleras mot %1 (%2 – %3): dess löften, parter, period och "
    "låsta perioder. Ett annat medborgarlöfte väljs på sidan Löften.": "The rows "
    "are checked against %1 (%2 – %3): its promises, parties, period and locked "
    "periods. Choose another agreement on the Promises page.",
    "Medborgarlöftet som gäller": "The agreement in use",
    "Ändra indikatorn": "Edit the indicator",
    "Inget mål": "No target",
    "Lägre än (<)": "Lower than (<)",
    "Högst (≤)": "At most (≤)",
    "Högre än (>)": "Higher than (>)",
    "Minst (≥)": "At least (≥)",
    "Lika med (=)": "Equal to (=)",
    "&Utgångsvärde": "&Baseline",
    "Utgångs&år": "Baseline &year",
    "&Mål": "&Target",
    "Mål&värde": "Target &value",
    "Målå&r (valfritt)": "Target yea&r (optional)",
    "%1 (%2). Värden skrivs med decimalkomma eller punkt.": "%1 (%2). Values take "
    "a decimal comma or point.",
    "Börja från &början": "Start from &scratch",
    "St&artdatum (ÅÅÅÅ-MM-DD)": "St&art date (YYYY-MM-DD)",
    "Ko&d": "Co&de",
    "Ko&mmun": "&Municipality",
    "&Polisområde": "&Police area",
    "Pa&rter (en per rad)": "Pa&rties (one a line)",
    "Börja från början: ett tomt medborgarlöfte": "Start from scratch: an empty "
    "agreement",
    "Ett nytt medborgarlöfte läggs till bredvid de tidigare; inget ersätts, och "
    "historiken finns kvar. En förnyelse kopierar parter, fokusområden, löften "
    "(som fortsätter sina original), mål, indikatorer, aktivitetstyper, platser, "
    "terminer och lov. Ett medborgarlöfte från början får sina fokusområden och "
    "löften på sidan Löften efteråt.": "A new agreement is added beside the "
    "earlier ones; nothing is replaced, and the history stays. A renewal copies "
    "parties, focus areas, promises (which continue their originals), targets, "
    "indicators, activity types, places, terms and holidays. An agreement started "
    "from scratch gets its focus areas and promises on the Promises page "
    "afterwards.",
    "Hur vill du börja?": "How do you want to start?",
    "Meddelande": "Message",
    "&Spara": "&Save",
    "Spara ändringen": "Save the change",
    "Avbryt": "Cancel",
    "Nytt löfte": "New promise",
    "Ändra löftet": "Edit the promise",
    "Part": "Party",
    "Räknas": "Counts",
    "Minst N": "At least N",
    "Mellan N och M": "Between N and M",
    "Högst N": "At most N",
    "Mer än samma period året före": "More than the same period a year earlier",
    "Inget antal angivet": "No number given",
    "Hela året": "The whole year",
    "t&ill": "t&o",
    "Sista månaden": "Last month",
    "Veckodag": "Weekday",
    "Valfri: visas i stället för målet i siffror": "Optional: shown instead of "
    "the target in figures",
    "Ingen vald: alla dagar räknas.": "None chosen: every day counts.",
    "&Fokusområde": "&Focus area",
    "Löftes&text": "Promise &text",
    "&Parter": "&Parties",
    "Aktivitetst&yper som räknas": "Activit&y types that count",
    "Mål": "Target",
    "Må&ltyp": "Target &kind",
    "&Antal (N)": "&Number (N)",
    "Till och me&d (M)": "Up to an&d including (M)",
    "&Enhet": "&Unit",
    "&Gäller per": "Appl&ies per",
    "Må&nader": "&Months",
    "&Veckodagar": "&Weekdays",
    "&Beskrivning": "&Description",
    "Första månaden, eller hela året": "First month, or the whole year",
    "Låst mål": "Locked target",
    "Perioden %1 är låst efter uppföljning: målet och vilka aktivitetstyper som "
    "räknas kan inte ändras förrän den låses upp.": "The period %1 is locked "
    "after follow-up: the target and which activity types count cannot change "
    "until it is unlocked.",
    "Aktiviteter av de valda typerna räknas mot målet. Med månader och "
    "veckodagar räknas bara aktiviteter inom dem (t.ex. torsdagar och söndagar "
    "januari–april); utan valda veckodagar räknas alla dagar. Ändringen sparas i "
    "historiken och följer med synkpaketen.": "Activities of the chosen types "
    "count towards the target. With months and weekdays, only activities within "
    "them count (e.g. Thursdays and Sundays January–April); with no weekday "
    "chosen, every day counts. The change is kept in the history and travels in "
    "sync packages.",
    "fokusområdet %1": "the focus area %1",
    "löftet %1": "the promise %1",
    "Ta bort": "Remove",
    "Ta bort %1 ur medborgarlöftet? Ändringen sparas i historiken och följer med "
    "synkpaketen.": "Remove %1 from the agreement? The change is kept in the "
    "history and travels in sync packages.",
    "Kan inte tas bort": "Cannot be removed",
    "&Ändra medborgarlöftet…": "&Edit the agreement…",
    "Ändra medborgarlöftets namn, parter, period och uppföljning": "Edit the "
    "agreement's name, parties, period and follow-up",
    "Nytt &fokusområde…": "New &focus area…",
    "Nytt &löfte…": "New &promise…",
    "Än&dra valt…": "E&dit chosen…",
    "Ändra det valda fokusområdet eller löftet": "Edit the chosen focus area or "
    "promise",
    "&Ta bort…": "&Remove…",
    "Ta bort det valda fokusområdet eller löftet": "Remove the chosen focus area "
    "or promise",
    "Ändra utgångsläge och &mål…": "Edit baseline and &target…",
    "Ändra indikatorns utgångsläge och mål": "Edit the indicator's baseline and "
    "target",
}

if __name__ == "__main__":
    fill_en.EN = EN
    raise SystemExit(fill_en.main())
