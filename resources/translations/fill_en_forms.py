"""Fills the English for the typed-input forms, the empty state, the menu bar and
the Synk page's explanations into lofte_en.ts, with the same rules as fill_en.py:
only unfinished entries listed here are touched. Run:
    make translations && .venv/bin/python resources/translations/fill_en_forms.py \
        && make translations
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import fill_en

EN: dict[str, str] = {
    # forms
    "Inget medborgarlöfte inläst.": "No agreement loaded.",
    "Exporterade %1 till %2.": "Exported %1 to %2.",
    "Orsak": "Reason",
    "%1: välj i kalendern": "%1: pick in the calendar",
    "ÅÅÅÅ-MM-DD": "YYYY-MM-DD",
    "Skriv datumet som 2024-11-28 eller 20241128. Alt+Nedåtpil eller F4 öppnar "
    "kalendern.": "Type the date as 2024-11-28 or 20241128. Alt+Down or F4 opens "
    "the calendar.",
    "Välj i kalendern (Alt+Nedåtpil)": "Pick in the calendar (Alt+Down)",
    "Kalender": "Calendar",
    "h": "h",
    "Timmar": "Hours",
    "Anteckning": "Note",
    "Längd i timmar": "Length in hours",
    "TT:MM, t.ex. 18:30": "HH:MM, e.g. 18:30",
    "t.ex. 1,5": "e.g. 1.5",
    "Inte sparat: det finns inget medborgarlöfte att logga mot. Läs in ett med "
    "knappen överst i fönstret.": "Not saved: there is no agreement to log "
    "against. Load one with the button at the top of the window.",
    "Inte sparat: %1": "Not saved: %1",
    "Tab och Enter går till nästa fält; Enter i anteckningen sparar, liksom "
    "Ctrl+Enter var du än är i formuläret. Shift+Enter ger ny rad i anteckningen. "
    "Ctrl+N öppnar formuläret var du än är.": "Tab and Enter go to the next "
    "field; Enter in the note saves, as does Ctrl+Enter anywhere in the form. "
    "Shift+Enter starts a new line in the note. Ctrl+N opens the form from "
    "anywhere.",
    # empty state
    "Databasen har inget medborgarlöfte ännu, så det finns inget att logga, "
    "planera eller följa upp. Läs in Krokoms medborgarlöfte 2023–2024 med knappen "
    "överst i fönstret, eller ett eget från en katalogfil med kommandot lofte init "
    "--catalogue FIL (se resources/catalogues/README.md).": "The database holds "
    "no agreement yet, so there is nothing to log, plan or follow up. Load "
    "Krokom's agreement 2023–2024 with the button at the top of the window, or "
    "your own from a catalogue file with the command lofte init --catalogue FILE "
    "(see resources/catalogues/README.md).",
    "Läs in &Krokom 2023–2024": "Load &Krokom 2023–2024",
    "Läs in Krokoms medborgarlöfte 2023–2024": "Load Krokom's agreement 2023–2024",
    "Inget medborgarlöfte": "No agreement",
    # menu bar
    "&Arkiv": "&File",
    "&Visa": "&View",
    "&Hjälp": "&Help",
    "&Ny aktivitet": "&New activity",
    "&Avsluta": "&Quit",
    "&Uppdatera": "&Refresh",
    "&Kortkommandon": "&Keyboard shortcuts",
    "&Om Löfte Desktop": "&About Löfte Desktop",
    "Ctrl+N: logga en aktivitet (var du än är)": "Ctrl+N: log an activity (from "
    "anywhere)",
    "Ctrl+1–%1: gå till sidan med det numret i listan till vänster": "Ctrl+1–%1: "
    "go to the page with that number in the list on the left",
    "F5: uppdatera sidan": "F5: refresh the page",
    "Ctrl+Q: avsluta": "Ctrl+Q: quit",
    "I Logga: Tab och Enter går till nästa fält, Ctrl+Enter sparar": "In Log: Tab "
    "and Enter go to the next field, Ctrl+Enter saves",
    "Kortkommandon": "Keyboard shortcuts",
    "Löfte Desktop %1\n\nFör arbetet med medborgarlöften: logga, planera, synka "
    "och följ upp. Fungerar utan nätverk.": "Löfte Desktop %1\n\nFor the work on "
    "citizen promises: log, plan, sync and follow up. Works without a network.",
    "Om Löfte Desktop": "About Löfte Desktop",
    # Synk
    "Din version står kvar och den andra enhetens ändring av posten kastas.": "Your "
    "version stays and the other device's change to the record is dropped.",
    "Den andra enhetens version ersätter din, och din ändring av posten kastas.": (
        "The other device's version replaces yours, and your change to the record "
        "is dropped."
    ),
    "En konflikt är en post som ändrats både här och på en annan enhet sedan ni "
    "senast synkade. Välj en rad och bestäm vilken version som gäller. Behåll min: "
    "%1 Behåll deras: %2 Valet skickas med i nästa paket, så att båda enheterna får "
    "samma.": "A conflict is a record changed both here and on another device "
    "since you last synced. Choose a row and decide which version holds. Keep "
    "mine: %1 Keep theirs: %2 The choice goes with the next package, so both "
    "devices end up the same.",
    "<b>Fingeravtryck</b> är en kort kod som räknas fram ur enhetens hemliga "
    "nyckel. Den som tar emot ett paket från en ny enhet ser samma kod: läs upp den "
    "för varandra per telefon eller på plats. Stämmer den, kommer paketen verkligen "
    "från den enheten.<br><b>Ej skickade ändringar</b> är det som loggats eller "
    "ändrats här sedan du senast exporterade ett paket. Det följer med i nästa "
    "export.": "<b>Fingerprint</b>: a short code worked out from the device's "
    "secret key. Whoever receives a package from a new device sees the same code: "
    "read it out to each other by phone or in person. If it matches, the packages "
    "really come from that device.<br><b>Unsent changes</b>: what was logged or "
    "changed here since you last exported a package. It goes with the next export.",
    "Skrev %1 till %2.": "Wrote %1 to %2.",
    # the shared-store box (its strings had not reached the .ts yet)
    "Skriv den gemensamma databasens adress.": "Type the shared database's address.",
    "Ansluter …": "Connecting …",
    "Ansluten till %1 (%2). Programmet använder den gemensamma databasen från "
    "nästa start.": "Connected to %1 (%2). The program uses the shared database "
    "from the next start.",
    "Inte ansluten: %1": "Not connected: %1",
    "Programmet använder den lokala databasfilen från nästa start.": "The program "
    "uses the local database file from the next start.",
    "Gemensam databas (PostgreSQL)": "Shared database (PostgreSQL)",
    "För ett team som delar en databas på en server. Lösenordet sparas i datorns "
    "nyckelring, aldrig i inställningarna. Fältdatorer fortsätter med sin lokala "
    "fil och synkpaket.": "For a team that shares a database on a server. The "
    "password is kept in the computer's keyring, never in the settings. Field "
    "laptops go on with their local file and sync packages.",
    "&Adress:": "&Address:",
    "&Lösenord:": "&Password:",
    "Den gemensamma databasens adress": "The shared database's address",
    "Lösenord": "Password",
    "A&nslut": "Co&nnect",
    "Använd &lokal fil": "Use &local file",
    "%1\n\nÖppna den lokala databasen (%2) i stället? Det du loggar där skickar du "
    "till den gemensamma databasen med synkpaket när den går att nå igen.": "%1\n\n"
    "Open the local database (%2) instead? What you log there you send to the "
    "shared database with sync packages when it can be reached again.",
    "Den gemensamma databasen går inte att nå": "The shared database cannot be "
    "reached",
}

if __name__ == "__main__":
    fill_en.EN = EN
    raise SystemExit(fill_en.main())
