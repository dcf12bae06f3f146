"""User-visible domain texts in Swedish (first) and English.

The UI's own strings go through Qt translations; labels that the domain, the CLI and
the reports share live here so that all three say the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Lang = str  # "sv" or "en"

_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
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
            "Ange part med --party ({valid}), eller ange din egen part i "
            "inställningarna."
        ),
        "err.choose_promise": "Ange löfte med --promise: typen räknas mot {valid}.",
        "err.no_type_promise": (
            "Ange löfte med --promise: typen räknas inte mot något löfte. Löften: "
            "{valid}."
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
    },
    "en": {
        "type.school_visit": "School visit",
        "type.parent_meeting": "Parent meeting",
        "type.parent_support": "Parent support conversation",
        "type.theatre": "Theatre performance",
        "type.presence": "Presence",
        "type.traffic_check": "Traffic check",
        "type.traffic_review": "Traffic environment review",
        "type.est_meeting": "EST meeting",
        "type.information_effort": "Information effort",
        "type.risk_group_meeting": "Risk group meeting",
        "type.social_media_warning": "Social media warning",
        "type.other": "Other",
        "status.planned": "Planned",
        "status.done": "Done",
        "status.cancelled": "Cancelled",
        "progress.met": "Met",
        "progress.on_track": "On track",
        "progress.behind": "Behind",
        "progress.not_started": "Not started",
        "outcome.genomfort": "Done",
        "outcome.delvis": "Partly done",
        "outcome.ej_genomfort": "Not done",
        "count.parents": "Parents reached",
        "count.conversations": "Conversations",
        "count.audience": "Audience",
        "count.people": "People reached",
        "count.vehicles": "Vehicles checked",
        "unit.occasions": "occasions",
        "unit.hours": "hours",
        "unit.people": "people",
        "unit1.occasions": "occasion",
        "unit1.hours": "hour",
        "unit1.people": "person",
        "unit.activities": "activities",
        "unit1.activities": "activity",
        "unit.records": "records",
        "unit1.records": "record",
        "unit.conflicts": "conflicts",
        "unit1.conflicts": "conflict",
        "unit.changes": "changes",
        "unit1.changes": "change",
        "unit.indicators": "indicators",
        "unit1.indicators": "indicator",
        "unit.promises": "promises",
        "unit1.promises": "promise",
        "unit.new": "new",
        "unit1.new": "new",
        "unit.updated": "changed",
        "unit1.updated": "changed",
        "unit.deleted": "deleted",
        "unit1.deleted": "deleted",
        "unit.unchanged": "unchanged",
        "unit1.unchanged": "unchanged",
        "month.1": "January",
        "month.2": "February",
        "month.3": "March",
        "month.4": "April",
        "month.5": "May",
        "month.6": "June",
        "month.7": "July",
        "month.8": "August",
        "month.9": "September",
        "month.10": "October",
        "month.11": "November",
        "month.12": "December",
        "per.term": "per term",
        "per.year": "per year",
        "per.period": "over the period",
        "place.school": "School",
        "place.unsafe_place": "Unsafe place",
        "place.area": "Area",
        "place.other": "Other place",
        "target.none": "No number set",
        "target.compare_previous": "More than the same period a year earlier",
        "target.range": "{min}–{max} {unit} {per}",
        "target.min": "at least {min} {unit} {per}",
        "target.max": "at most {max} {unit} {per}",
        "weeks_left": "{n} weeks left",
        "week_left": "1 week left",
        "days_left": "{n} days left",
        "ended": "the period has ended",
        "value.yes": "yes",
        "value.no": "no",
        "err.required": "{field} is required.",
        "err.too_long": "{field} is too long ({length} characters, at most {max}).",
        "err.unknown_type": "Unknown activity type: {value}. Valid types: {valid}.",
        "err.unknown_promise": "Unknown promise: {value}.",
        "err.no_promise": "Choose at least one promise the activity counts towards.",
        "err.bad_date": (
            "Invalid date: {value}. Use YYYY-MM-DD or YYYYMMDD, "
            "e.g. 2024-03-15 or 20240315."
        ),
        "err.no_such_month": (
            "Invalid date: {value} does not exist. The month must be 01–12."
        ),
        "err.no_such_day": (
            "Invalid date: {value} does not exist: {month} {year} has {days} days."
        ),
        "err.required_for": "{field} is required for {type}.",
        "err.bad_time": "Invalid time: {value}. Use HH:MM, e.g. 18:30.",
        "err.bad_number": "{field} must be a number, not {value}.",
        "err.negative": "{field} cannot be negative.",
        "err.too_many_hours": "{field} cannot be more than 24 hours in a day.",
        "err.count_not_whole": "{field} must be a whole number.",
        "err.outside_agreement": (
            "The date {value} is outside the period of the agreements in the "
            "database: {agreements}. Choose a date inside one of them, or start a "
            "new agreement: in the app under Promises → New agreement…, on the "
            "command line with 'lofte agreement renew CODE --code NEW_CODE --start "
            "YYYY-MM-DD --end YYYY-MM-DD' or 'lofte agreement add FILE'."
        ),
        "err.period_outside": "The period {value} is outside the agreement {start} – {end}.",
        "err.bad_period": (
            "Unknown period: {value}. Use e.g. HT2023, VT2024, T1-2025 (tertial), "
            "K1-2025 (quarter), 2024, 'hela' or 2024-01-01..2024-03-31."
        ),
        "err.unknown_status": "Unknown status: {value}. Valid: planned, done, cancelled.",
        "err.unknown_party": "Unknown party: {value}. Parties in the agreement: {valid}.",
        "err.note_too_long": "The note is too long ({n} characters, at most {max}).",
        # settings (services/settings.py)
        "err.settings_name": "Enter your name.",
        "err.settings_language": "Unknown language: {value}. Choose sv (Swedish) or en (English).",
        "err.settings_line": "{field} must not contain line breaks or control characters.",
        "err.settings_too_long": "{field} is too long ({n} characters, at most {max}).",
        "err.settings_backup_keep": (
            "The number of backups to keep must be a whole number from 1 to {max}, "
            "not {value}."
        ),
        "err.settings_unknown": "Unknown setting: {value}.",
        "err.settings_extra": "The setting {value} cannot be saved (only text, numbers, lists and tables).",
        "err.personnummer": (
            "The text contains what looks like a personal identity number ({masked}). "
            "Never log residents' identity numbers or names: record counts, place and "
            "time instead."
        ),
        "err.not_found": "No activity with id {value}.",
        "err.unknown_indicator": "Unknown indicator: {value}.",
        "err.unknown_agreement": (
            "Unknown agreement: {value}. See 'lofte agreements' for the codes."
        ),
        "err.bad_code": (
            "{field} may only hold letters a–z, digits and hyphens "
            "(e.g. krokom-2025-2026), not {value}."
        ),
        "err.end_before_start": "{field} is before the start date.",
        "err.party_in_use": "The parties must keep {value}: promises name them.",
        "err.period_leaves_out": (
            "The period must hold the logged activities, from {first} to {last}."
        ),
        "err.agreement_exists": (
            "An agreement with the code {value} already exists. Nothing was "
            "written; choose another code."
        ),
        "err.bad_year": "Invalid year: {value}.",
        "err.no_agreement": (
            "The database holds no agreement. Run 'lofte init' to load one."
        ),
        "err.name_pii": "The place name seems to contain a personal identity number.",
        "err.locked": "The period {value} is locked after follow-up. Unlock it first.",
        "err.bad_value": "{field} has an invalid value: {value}.",
        "err.unreadable": "The record cannot be read ({value}).",
        "err.choose_party": (
            "Give the party with --party ({valid}), or set your own party in the "
            "settings."
        ),
        "err.choose_promise": "Give the promise with --promise: the type counts "
        "towards {valid}.",
        "err.no_type_promise": (
            "Give the promise with --promise: the type counts towards no promise. "
            "Promises: {valid}."
        ),
        "err.import_unreadable": "The file {value} cannot be read: {reason}",
        "err.import_empty": "The file {value} has no rows to import.",
        "err.import_no_column": (
            "No column is chosen for {column}. Choose it in the column mapping."
        ),
        "err.import_type_unconfirmed": (
            "The activity '{value}' has no confirmed type (suggested: {suggestion}). "
            "Confirm the rule or choose a type."
        ),
        "err.import_has_errors": (
            "{n} rows have errors. Nothing was imported. Correct the file, or choose "
            "to leave out the rows with errors."
        ),
        "err.import_not_found": "No import with id {value}.",
        "err.import_undone": "The import {value} has already been undone.",
        "err.bad_mapping": "The mapping file {value} cannot be read: {reason}",
        "err.conflict": (
            "Someone else changed the activity after you opened it (version {actual}, "
            "you started from version {expected}). Nothing was overwritten: open it "
            "again and redo your change."
        ),
    },
}

FIELD_NAMES: dict[str, dict[str, str]] = {
    "sv": {
        "type": "Typ",
        "promises": "Löfte",
        "date": "Datum",
        "hours": "Timmar",
        "count": "Antal",
        "place": "Plats",
        "party": "Part",
        "status": "Status",
        "note": "Anteckning",
        "start_time": "Starttid",
        "period": "Period",
        "year": "År",
        "value": "Värde",
        "indicator": "Indikator",
        "id": "Id",
        "logged_by": "Loggad av",
        "name": "Namn",
        "kind": "Slag",
        "deleted": "Borttagen",
        "cancel_reason": "Orsak till inställd",
        "comment": "Kommentaren",
        "summary": "Sammanfattningen",
        "approved_role": "Godkännarens roll",
        "approved_name": "Godkännarens namn",
        "approved_on": "Godkännandedatum",
        "agreement": "Medborgarlöftet",
        "agreement_code": "Koden",
        "agreement_name": "Namnet",
        "agreement_start": "Startdatum",
        "agreement_end": "Slutdatum",
        "agreement_parties": "Parterna",
        "user_name": "Ditt namn",
        "user_party": "Din part",
        "db_path": "Databasens sökväg",
        "last_place": "Senaste plats",
    },
    "en": {
        "type": "Type",
        "promises": "Promise",
        "date": "Date",
        "hours": "Hours",
        "count": "Count",
        "place": "Place",
        "party": "Party",
        "status": "Status",
        "note": "Note",
        "start_time": "Start time",
        "period": "Period",
        "year": "Year",
        "value": "Value",
        "indicator": "Indicator",
        "id": "Id",
        "logged_by": "Logged by",
        "name": "Name",
        "kind": "Kind",
        "deleted": "Deleted",
        "cancel_reason": "Reason for cancelling",
        "comment": "The comment",
        "summary": "The summary",
        "approved_role": "The approver's role",
        "approved_name": "The approver's name",
        "approved_on": "The approval date",
        "agreement": "The agreement",
        "agreement_code": "The code",
        "agreement_name": "The name",
        "agreement_start": "The start date",
        "agreement_end": "The end date",
        "agreement_parties": "The parties",
        "user_name": "Your name",
        "user_party": "Your party",
        "db_path": "The database path",
        "last_place": "The last place",
    },
}

#: Record columns (as stored and synced) named by another field's label.
COLUMN_FIELDS = {
    "activity_type": "type",
    "place_id": "place",
    "promise_ids": "promises",
}
#: Record columns whose values are codes with a text of their own ("type.presence").
_VALUE_PREFIXES = {"activity_type": "type.", "status": "status.", "kind": "place."}

_lang: list[Lang] = ["sv"]


def set_language(lang: Lang) -> None:
    """Sets the process-wide language for domain texts (the UI calls this once)."""
    _lang[0] = lang if lang in _TEXTS else "sv"


def language() -> Lang:
    return _lang[0]


def t(key: str, lang: Lang | None = None, **params: Any) -> str:
    """Looks up a text; falls back to Swedish, then to the key itself."""
    table = _TEXTS.get(lang or _lang[0], _TEXTS["sv"])
    text = table.get(key) or _TEXTS["sv"].get(key) or key
    return text.format(**params) if params else text


def unit_text(unit: str, value: float | None, lang: Lang | None = None) -> str:
    """'1 tillfälle' / '3 tillfällen': the unit word agreeing with the number."""
    return t(("unit1." if value == 1 else "unit.") + unit, lang)


def count_text(n: int, unit: str, lang: Lang | None = None) -> str:
    """'1 aktivitet' / '2 aktiviteter': a count with its noun in the right number.

    `unit` is a unit key: occasions, hours, people, activities, records, conflicts,
    changes, indicators, promises."""
    lang = lang or _lang[0]
    digits = f"{n:,}".replace(",", "," if lang == "en" else "\u00a0")
    return f"{digits} {unit_text(unit, n, lang)}"


#: A sync import's summary, in the order it is told.
SYNC_COUNTS = ("new", "updated", "deleted", "unchanged", "conflicts")


def sync_summary(counts: dict[str, Any], lang: Lang | None = None) -> str:
    """'2 nya, 1 ändrad, 0 borttagna, 0 oförändrade, 1 konflikt'."""
    return ", ".join(count_text(int(counts.get(k, 0)), k, lang) for k in SYNC_COUNTS)


def field_name(field: str, lang: Lang | None = None) -> str:
    return FIELD_NAMES.get(lang or _lang[0], FIELD_NAMES["sv"]).get(field, field)


def column_name(column: str, lang: Lang | None = None) -> str:
    """The label of a record column: "activity_type" → "Typ"; others as named."""
    return field_name(COLUMN_FIELDS.get(column, column), lang)


def column_value(column: str, value: object, lang: Lang | None = None) -> str:
    """A record column's value as the user reads it: codes as their text, flags as
    yes or no, nothing as a dash."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return t("value.yes" if value else "value.no", lang)
    prefix = _VALUE_PREFIXES.get(column)
    if prefix and isinstance(value, str):
        key = prefix + value
        text = t(key, lang)
        return value if text == key else text
    return str(value)


def keys(lang: Lang) -> set[str]:
    return set(_TEXTS[lang])


# School holidays (domain/holidays.py) and the .ics export's filters.
_TEXTS["sv"].update(
    {
        "err.holiday_name": "Lov {row}: skriv lovets namn, t.ex. Höstlov.",
        "err.holiday_pii": (
            "Lov {row}: namnet ser ut att innehålla ett personnummer ({masked})."
        ),
        "err.holiday_date": (
            "Lov {row}: ogiltigt datum {value}. Skriv ÅÅÅÅ-MM-DD, t.ex. 2024-10-28."
        ),
        "err.holiday_order": "Lov {row}: sista dagen {end} är före första dagen {start}.",
        "err.holiday_outside": (
            "Lov {row}: {start} – {end} ligger helt utanför avtalsperioden "
            "{agreement_start} – {agreement_end}."
        ),
        "plan.no_holidays": (
            "Inga lov är angivna för {terms}, så inga tillfällen hoppades över. "
            "Ange loven under Inställningar → Lov."
        ),
        "err.ics_no_party": (
            "Ingen egen part är vald i inställningarna. Välj vems planering som ska "
            "med: --party NAMN (flera går bra) eller --all-parties."
        ),
    }
)
_TEXTS["en"].update(
    {
        "err.holiday_name": "Holiday {row}: enter the holiday's name, e.g. Autumn break.",
        "err.holiday_pii": (
            "Holiday {row}: the name seems to contain a personal identity number "
            "({masked})."
        ),
        "err.holiday_date": (
            "Holiday {row}: invalid date {value}. Use YYYY-MM-DD, e.g. 2024-10-28."
        ),
        "err.holiday_order": (
            "Holiday {row}: the last day {end} is before the first day {start}."
        ),
        "err.holiday_outside": (
            "Holiday {row}: {start} – {end} lies wholly outside the agreement "
            "{agreement_start} – {agreement_end}."
        ),
        "plan.no_holidays": (
            "No holidays are set for {terms}, so no occurrences were skipped. "
            "Set them under Settings → Holidays."
        ),
        "err.ics_no_party": (
            "No own party is chosen in the settings. Choose whose plans to include: "
            "--party NAME (several are fine) or --all-parties."
        ),
    }
)


# Follow-up periods and targets with a window or weekdays (domain/progress.py).
_TEXTS["sv"].update(
    {
        "per.tertial": "per tertial",
        "per.quarter": "per kvartal",
        "progress.outside_window": "Gäller inte perioden",
        "target.window": "under {months}",
        "and": "och",
        "weekdays.1": "måndagar",
        "weekdays.2": "tisdagar",
        "weekdays.3": "onsdagar",
        "weekdays.4": "torsdagar",
        "weekdays.5": "fredagar",
        "weekdays.6": "lördagar",
        "weekdays.7": "söndagar",
    }
)
_TEXTS["en"].update(
    {
        "per.tertial": "per tertial",
        "per.quarter": "per quarter",
        "progress.outside_window": "Not in this period",
        "target.window": "in {months}",
        "and": "and",
        "weekdays.1": "Mondays",
        "weekdays.2": "Tuesdays",
        "weekdays.3": "Wednesdays",
        "weekdays.4": "Thursdays",
        "weekdays.5": "Fridays",
        "weekdays.6": "Saturdays",
        "weekdays.7": "Sundays",
    }
)


# What an export to a peer on an older release holds back (sync/compat.py groups).
_TEXTS["sv"].update(
    {
        "unit.held.new_types": "aktiviteter av nya typer",
        "unit1.held.new_types": "aktivitet av ny typ",
        "unit.held.activities": "aktiviteter under nya löften",
        "unit1.held.activities": "aktivitet under ett nytt löfte",
        "unit.held.plans": "planerade serier",
        "unit1.held.plans": "planerad serie",
        "unit.held.agreement": "ändringar i överenskommelsen",
        "unit1.held.agreement": "ändring i överenskommelsen",
        "unit.held.comments": "kommentarer",
        "unit1.held.comments": "kommentar",
        "held.and": "och",
        "held.until": "{items} hålls kvar tills den andra parten har uppgraderat "
        "(dess senaste paket kom från version {version}). De följer med i en senare "
        "export.",
    }
)
_TEXTS["en"].update(
    {
        "unit.held.new_types": "activities of new types",
        "unit1.held.new_types": "activity of a new type",
        "unit.held.activities": "activities under new promises",
        "unit1.held.activities": "activity under a new promise",
        "unit.held.plans": "planned series",
        "unit1.held.plans": "planned series",
        "unit.held.agreement": "changes to the agreement",
        "unit1.held.agreement": "change to the agreement",
        "unit.held.comments": "comments",
        "unit1.held.comments": "comment",
        "held.and": "and",
        "held.until": "{items} are held back until the other side has upgraded "
        "(its latest package came from version {version}). They go in a later "
        "export.",
    }
)


def held_back_text(
    told: Sequence[tuple[str, int]], version: str, lang: Lang | None = None
) -> str:
    """'3 aktiviteter av nya typer och 2 ändringar i överenskommelsen hålls kvar
    tills den andra parten har uppgraderat …'; empty when nothing was held."""
    items = [count_text(n, "held." + group, lang) for group, n in told if n]
    if not items:
        return ""
    joined = items[0]
    if len(items) > 1:
        joined = ", ".join(items[:-1]) + f" {t('held.and', lang)} " + items[-1]
    return t("held.until", lang, items=joined, version=version)
