"""Fills the English for the data-safety strings (backup dialog, start-up checks)
into lofte_en.ts, with the same rules as fill_en.py: only unfinished entries listed
here are touched.

    make translations && .venv/bin/python resources/translations/fill_en_safety.py \
        && make translations
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fill_en

EN: dict[str, str] = {
    "Säkerhetskopior": "Backups",
    "Säkerhetskopior, nyaste först": "Backups, newest first",
    "Säkerhetskopiera &nu": "Back up &now",
    "&Spara en kopia som…": "&Save a copy as…",
    "&Återställ vald…": "&Restore selected…",
    "Återställ från &fil…": "Restore from &file…",
    "Stäng": "Close",
    "Databasen ligger på en server. Servern säkerhetskopierar den; här finns inga "
    "kopior att visa.": "The database is on a server. The server backs it up; "
    "there are no copies to show here.",
    "Säkerhetskopior görs automatiskt vid första starten varje dag, före "
    "uppgraderingar och före varje synkimport. De %1 senaste sparas i %2.": "Backups "
    "are made automatically at the first start each day, before upgrades and "
    "before every sync import. The latest %1 are kept in %2.",
    "Tidpunkt": "Time",
    "Anledning": "Reason",
    "Storlek": "Size",
    "Spara en kopia av databasen": "Save a copy of the database",
    "Löfte-databas (*.sqlite)": "Löfte database (*.sqlite)",
    "Säkerhetskopian sparades: %1": "The backup was saved: %1",
    "Välj en säkerhetskopia": "Choose a backup",
    "Löfte-databas (*.sqlite);;Alla filer (*)": "Löfte database (*.sqlite);;"
    "All files (*)",
    "Återställa säkerhetskopian?": "Restore the backup?",
    "Databasen ersätts med säkerhetskopian från %1. Det som har loggats efter den "
    "försvinner ur databasen, men den nuvarande databasen sparas först som en egen "
    "säkerhetskopia, så att du kan ångra.": "The database is replaced by the backup "
    "from %1. What was logged after it leaves the database, but the current "
    "database is first saved as a backup of its own, so you can undo this.",
    "Databasen är återställd.": "The database has been restored.",
    "Den tidigare databasen sparades som %1.": "The previous database was saved as %1.",
    "Återställd": "Restored",
    "Inget återställdes: %1": "Nothing was restored: %1",
    "Säkerhets&kopior…": "&Backups…",
    "Databasen är skadad": "The database is damaged",
    "Det finns ingen säkerhetskopia i %1. Databasen öppnas inte, så att inget mer "
    "går förlorat.": "There is no backup in %1. The database is not opened, so "
    "that nothing more is lost.",
    "Databasen går inte att läsa och öppnas inte, så att inget mer går förlorat."
    "\n\nVill du återställa den senaste säkerhetskopian, från %1? Den skadade "
    "filen sparas undan bredvid.": "The database cannot be read and is not "
    "opened, so that nothing more is lost.\n\nRestore the latest backup, from "
    "%1? The damaged file is kept aside next to it.",
    "Säkerhetskopian från %1 är återställd.": "The backup from %1 has been restored.",
    "Databasen ligger på en nätverksdelning": "The database is on a network share",
}

if __name__ == "__main__":
    fill_en.EN = EN
    raise SystemExit(fill_en.main())
