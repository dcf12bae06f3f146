"""User-visible domain texts in Swedish (first) and English.

The UI's own strings go through Qt translations; labels that the domain, the CLI and
the reports share live here so that all three say the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lofte_desktop.domain.texts_en import TEXTS as EN_TEXTS
from lofte_desktop.domain.texts_sv import TEXTS as SV_TEXTS

Lang = str  # "sv" or "en"

#: Swedish first; English falls back to Swedish key by key. Features add their
#: texts in blocks at the end of this file.
_TEXTS: dict[str, dict[str, str]] = {"sv": dict(SV_TEXTS), "en": dict(EN_TEXTS)}

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
# The agreement's own activity types (issue 14).
_TEXTS["sv"].update(
    {
        "err.retired_type": (
            "Aktivitetstypen {value} är avvecklad och kan inte väljas för nya "
            "aktiviteter. Giltiga typer: {valid}."
        ),
        "err.type_in_use": (
            "Aktivitetstypen {value} används av {n} och kan inte tas "
            "bort. Avveckla den i stället: den erbjuds då inte för nya aktiviteter, "
            "men de gamla behåller den."
        ),
        "err.no_such_type": "Avtalet {agreement} har ingen aktivitetstyp {value}.",
    }
)
_TEXTS["en"].update(
    {
        "err.retired_type": (
            "The activity type {value} is retired and cannot be chosen for new "
            "activities. Valid types: {valid}."
        ),
        "err.type_in_use": (
            "The activity type {value} is used by {n} and cannot be "
            "deleted. Retire it instead: it is then not offered for new activities, "
            "but the old ones keep it."
        ),
        "err.no_such_type": "The agreement {agreement} has no activity type {value}.",
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
        "held.until": "{items} are held back until the other side has upgraded "
        "(its latest package came from version {version}). They go in a later "
        "export.",
    }
)


def word_list(words: Sequence[str], lang: Lang | None = None) -> str:
    """['torsdagar', 'söndagar'] → 'torsdagar och söndagar'; 'a, b och c'."""
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {t('and', lang)} {words[-1]}"


def held_back_text(
    told: Sequence[tuple[str, int]], version: str, lang: Lang | None = None
) -> str:
    """'3 aktiviteter av nya typer och 2 ändringar i överenskommelsen hålls kvar
    tills den andra parten har uppgraderat …'; empty when nothing was held."""
    items = [count_text(n, "held." + group, lang) for group, n in told if n]
    if not items:
        return ""
    return t("held.until", lang, items=word_list(items, lang), version=version)


def add_texts(
    texts: dict[Lang, dict[str, str]], fields: dict[Lang, dict[str, str]] | None = None
) -> None:
    """Adds a module's own texts and field labels (a domain module next to the
    rules it words, e.g. domain/agreement_edit.py)."""
    for lang, table in texts.items():
        _TEXTS[lang].update(table)
    for lang, table in (fields or {}).items():
        FIELD_NAMES[lang].update(table)
