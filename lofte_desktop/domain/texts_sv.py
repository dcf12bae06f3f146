"""The Swedish texts shared by the domain, the CLI and the reports (domain/texts.py
looks them up). Keys group by prefix: type., status., progress., err., unit., …
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "type.school_visit": "Skolbesök",
    "type.parent_meeting": "Föräldramöte",
    "type.parent_support": "Råd- och stödsamtal",
    "type.theatre": "Teaterföreställning",
    "type.presence": "Närvaro",
    "type.traffic_check": "Trafikkontroll",
    "type.traffic_review": "Trafikmiljööversyn",
    "type.est_meeting": "EST-möte",
    "type.information_effort": "Informationsinsats",
    "type.risk_group_meeting": "Träff med riskgrupp",
    "type.social_media_warning": "Varning i sociala medier",
    "type.other": "Övrigt",
    "status.planned": "Planerad",
    "status.done": "Genomförd",
    "status.cancelled": "Inställd",
    "progress.met": "Uppfyllt",
    "progress.on_track": "I fas",
    "progress.behind": "Efter plan",
    "progress.not_started": "Ej påbörjat",
    "outcome.genomfort": "Genomfört",
    "outcome.delvis": "Delvis genomfört",
    "outcome.ej_genomfort": "Ej genomfört",
    "count.parents": "Föräldrar nådda",
    "count.conversations": "Antal samtal",
    "count.audience": "Publik",
    "count.people": "Personer nådda",
    "count.vehicles": "Kontrollerade fordon",
    "unit.occasions": "tillfällen",
    "unit.hours": "timmar",
    "unit.people": "personer",
    "unit1.occasions": "tillfälle",
    "unit1.hours": "timme",
    "unit1.people": "person",
    "unit.activities": "aktiviteter",
    "unit1.activities": "aktivitet",
    "unit.records": "poster",
    "unit1.records": "post",
    "unit.conflicts": "konflikter",
    "unit1.conflicts": "konflikt",
    "unit.changes": "ändringar",
    "unit1.changes": "ändring",
    "unit.indicators": "indikatorer",
    "unit1.indicators": "indikator",
    "unit.promises": "löften",
    "unit1.promises": "löfte",
    "unit.new": "nya",
    "unit1.new": "ny",
    "unit.updated": "ändrade",
    "unit1.updated": "ändrad",
    "unit.deleted": "borttagna",
    "unit1.deleted": "borttagen",
    "unit.unchanged": "oförändrade",
    "unit1.unchanged": "oförändrad",
    "month.1": "januari",
    "month.2": "februari",
    "month.3": "mars",
    "month.4": "april",
    "month.5": "maj",
    "month.6": "juni",
    "month.7": "juli",
    "month.8": "augusti",
    "month.9": "september",
    "month.10": "oktober",
    "month.11": "november",
    "month.12": "december",
    "per.term": "per termin",
    "per.year": "per år",
    "per.period": "under perioden",
    "place.school": "Skola",
    "place.unsafe_place": "Otrygg plats",
    "place.area": "Område",
    "place.other": "Annan plats",
    "target.none": "Inget antal angivet",
    "target.compare_previous": "Mer än samma period året före",
    "target.range": "{min}–{max} {unit} {per}",
    "target.min": "minst {min} {unit} {per}",
    "target.max": "högst {max} {unit} {per}",
    "weeks_left": "{n} veckor kvar",
    "week_left": "1 vecka kvar",
    "days_left": "{n} dagar kvar",
    "ended": "perioden är slut",
    "value.yes": "ja",
    "value.no": "nej",
    # errors
    "err.required": "{field} måste anges.",
    "err.too_long": "{field} är för lång ({length} tecken, högst {max}).",
    "err.unknown_type": "Okänd aktivitetstyp: {value}. Giltiga typer: {valid}.",
    "err.unknown_promise": "Okänt löfte: {value}.",
    "err.no_promise": "Välj minst ett löfte som aktiviteten hör till.",
    "err.bad_date": (
        "Ogiltigt datum: {value}. Skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅMMDD, "
        "t.ex. 2024-03-15 eller 20240315."
    ),
    "err.no_such_month": (
        "Ogiltigt datum: {value} finns inte. Månaden måste vara 01–12."
    ),
    "err.no_such_day": (
        "Ogiltigt datum: {value} finns inte, för {month} {year} har {days} dagar."
    ),
    "err.required_for": "{field} måste anges för {type}.",
    "err.bad_time": "Ogiltig tid: {value}. Skriv TT:MM, t.ex. 18:30.",
    "err.bad_number": "{field} måste vara ett tal, inte {value}.",
    "err.negative": "{field} kan inte vara negativt.",
    "err.too_many_hours": "{field} kan inte vara mer än 24 timmar på en dag.",
    "err.count_not_whole": "{field} måste vara ett heltal.",
    "err.outside_agreement": (
        "Datumet {value} ligger utanför avtalsperioden för medborgarlöftena i "
        "databasen: {agreements}. Välj ett datum inom en av dem, eller starta "
        "ett nytt medborgarlöfte: i appen under Löften → Nytt medborgarlöfte…, "
        "på kommandoraden med 'lofte agreement renew KOD --code NY_KOD --start "
        "ÅÅÅÅ-MM-DD --end ÅÅÅÅ-MM-DD' eller 'lofte agreement add FIL'."
    ),
    "err.period_outside": "Perioden {value} ligger utanför avtalsperioden {start} – {end}.",
    "err.bad_period": (
        "Okänd period: {value}. Skriv t.ex. HT2023, VT2024, T1-2025 (tertial), "
        "K1-2025 (kvartal), 2024, 'hela' eller 2024-01-01..2024-03-31."
    ),
    "err.unknown_status": "Okänd status: {value}. Giltiga: planned, done, cancelled.",
    "err.unknown_party": "Okänd part: {value}. Parter i avtalet: {valid}.",
    "err.note_too_long": "Anteckningen är för lång ({n} tecken, högst {max}).",
    # settings (services/settings.py)
    "err.settings_name": "Skriv ditt namn.",
    "err.settings_language": "Okänt språk: {value}. Välj sv (svenska) eller en (engelska).",
    "err.settings_line": "{field} får inte innehålla radbrytningar eller styrtecken.",
    "err.settings_too_long": "{field} är för lång ({n} tecken, högst {max}).",
    "err.settings_backup_keep": (
        "Antalet säkerhetskopior att spara måste vara ett heltal från 1 till {max}, "
        "inte {value}."
    ),
    "err.settings_unknown": "Okänd inställning: {value}.",
    "err.settings_extra": "Inställningen {value} går inte att spara (bara text, tal, listor och tabeller).",
    "err.personnummer": (
        "Texten innehåller det som ser ut som ett personnummer ({masked}). "
        "Skriv aldrig personnummer eller namn på invånare i loggen: ange i stället "
        "antal, plats och tid."
    ),
    "err.not_found": "Hittar ingen aktivitet med id {value}.",
    "err.unknown_indicator": "Okänd indikator: {value}.",
    "err.unknown_agreement": (
        "Okänt medborgarlöfte: {value}. Se 'lofte agreements' för koderna."
    ),
    "err.bad_code": (
        "{field} får bara innehålla bokstäver a–z, siffror och bindestreck "
        "(t.ex. krokom-2025-2026), inte {value}."
    ),
    "err.end_before_start": "{field} ligger före startdatumet.",
    "err.party_in_use": (
        "Parterna måste ha kvar {value}: löften har dem som sina parter."
    ),
    "err.period_leaves_out": (
        "Perioden måste rymma de loggade aktiviteterna, från {first} till {last}."
    ),
    "err.agreement_exists": (
        "Det finns redan ett medborgarlöfte med koden {value}. Inget har "
        "skrivits; välj en annan kod."
    ),
    "err.bad_year": "Ogiltigt år: {value}.",
    "err.no_agreement": (
        "Databasen har inget medborgarlöfte. Kör 'lofte init' för att läsa in ett."
    ),
    "err.name_pii": "Platsnamnet ser ut att innehålla ett personnummer.",
    "err.locked": "Perioden {value} är låst efter uppföljning. Lås upp den först.",
    "err.bad_value": "{field} har ett ogiltigt värde: {value}.",
    "err.unreadable": "Posten kan inte läsas ({value}).",
    "err.choose_party": (
        "Ange part med --party ({valid}), eller ange din egen part i inställningarna."
    ),
    "err.choose_promise": "Ange löfte med --promise: typen räknas mot {valid}.",
    "err.no_type_promise": (
        "Ange löfte med --promise: typen räknas inte mot något löfte. Löften: {valid}."
    ),
    "err.import_unreadable": "Filen {value} kan inte läsas: {reason}",
    "err.import_empty": "Filen {value} har inga rader att importera.",
    "err.import_no_column": (
        "Ingen kolumn är vald för {column}. Välj den i kolumnmappningen."
    ),
    "err.import_type_unconfirmed": (
        "Aktiviteten '{value}' har ingen godkänd typ (förslag: {suggestion}). "
        "Godkänn regeln eller välj en typ."
    ),
    "err.import_has_errors": (
        "{n} rader har fel. Inget importerades. Rätta filen, eller välj att "
        "hoppa över raderna med fel."
    ),
    "err.import_not_found": "Hittar ingen import med id {value}.",
    "err.import_undone": "Importen {value} är redan ångrad.",
    "err.bad_mapping": "Mappningsfilen {value} kan inte läsas: {reason}",
    "err.conflict": (
        "Någon annan har ändrat aktiviteten sedan du öppnade den (version {actual}, "
        "du utgick från version {expected}). Inget skrevs över: öppna den igen "
        "och gör om din ändring."
    ),
}
