"""The English texts shared by the domain, the CLI and the reports (domain/texts.py
looks them up). Keys group by prefix: type., status., progress., err., unit., …
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
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
        "Give the party with --party ({valid}), or set your own party in the settings."
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
}
