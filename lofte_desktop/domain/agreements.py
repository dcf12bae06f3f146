"""Which agreement a date belongs to, when one database holds many.

Agreements follow one another (Krokom 2023–2024, then 2025–2026) and, in a
regional shared store, several municipalities' agreements overlap. The user's own
agreement (a device setting) decides between municipalities; the date decides
which of that municipality's agreements is meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from lofte_desktop.domain.ids import stable_id
from lofte_desktop.domain.model import Agreement, Catalogue, Holiday, SchoolTerm


def covering(agreements: Sequence[Agreement], day: date) -> list[Agreement]:
    """The agreements whose period holds `day`, newest first."""
    hits = [a for a in agreements if a.start <= day <= a.end]
    return sorted(hits, key=lambda a: (a.start, a.code), reverse=True)


def own_line(agreements: Sequence[Agreement], own_code: str | None) -> list[Agreement]:
    """The agreements of the user's own municipality (all of them when the setting
    names no agreement that is stored)."""
    own = next((a for a in agreements if a.code == own_code), None)
    if own is None:
        return list(agreements)
    return [a for a in agreements if a.municipality == own.municipality]


def agreement_on(
    agreements: Sequence[Agreement], day: date, own_code: str | None = None
) -> Agreement | None:
    """The agreement `day` belongs to for this user: among their municipality's
    agreements, the one covering the day (the own one first, then the newest); on a
    day none covers, the latest that has ended, or else the first to come."""
    pool = own_line(agreements, own_code)
    if not pool:
        return None
    hits = covering(pool, day)
    if hits:
        return next((a for a in hits if a.code == own_code), hits[0])
    past = [a for a in pool if a.end < day]
    if past:
        return max(past, key=lambda a: (a.end, a.start))
    return min(pool, key=lambda a: (a.start, a.code))


def newest_first(agreements: Sequence[Agreement]) -> list[Agreement]:
    return sorted(agreements, key=lambda a: (a.start, a.code), reverse=True)


def shift_years(day: date, years: int) -> date:
    """`day` moved by whole weeks to the nearest date `years` later: a term or a
    holiday week keeps its weekday (höstlov stays Monday–Friday of week 44)."""
    try:
        same = day.replace(year=day.year + years)
    except ValueError:  # 29 February
        same = day.replace(year=day.year + years, day=28)
    weeks = round((same - day).days / 7)
    return day + timedelta(weeks=weeks)


def renewed(
    cat: Catalogue, *, code: str, name: str, start: date, end: date
) -> Catalogue:
    """A new agreement from `cat`: its parties, focus areas, promises (each
    continuing its original), targets, indicators (their target year moved on) and
    places; school terms and holidays moved to the new years, kept where they touch
    the new period."""
    old = cat.agreement
    years = start.year - old.start.year
    terms = []
    for st in old.school_terms:
        s, e = shift_years(st.start, years), shift_years(st.end, years)
        if s <= end and start <= e:
            season, year = st.code[:2], st.code[2:]
            new_code = f"{season}{int(year) + years}" if year.isdigit() else st.code
            terms.append(SchoolTerm(new_code, s, e))
    holidays = []
    for h in old.holidays:
        s, e = shift_years(h.start, years), shift_years(h.end, years)
        if s <= end and start <= e:
            holidays.append(Holiday(h.name, s, e))
    agreement = replace(
        old,
        id=stable_id("agreement", code),
        code=code,
        name=name,
        start=start,
        end=end,
        source="",
        school_terms=tuple(terms),
        holidays=tuple(holidays),
    )
    areas = tuple(
        replace(fa, id=stable_id(code, "area", fa.code)) for fa in cat.focus_areas
    )
    promises = tuple(
        replace(p, id=stable_id(code, "promise", p.code), continues=p.id)
        for p in cat.promises
    )
    indicators = tuple(
        replace(
            i,
            id=stable_id(code, "indicator", i.code),
            target_year=None if i.target_year is None else i.target_year + years,
        )
        for i in cat.indicators
    )
    return Catalogue(
        agreement, areas, promises, indicators, cat.places, cat.activity_types
    )


def _same_day(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def suggest_renewal(prev: Agreement) -> tuple[str, str, date, date]:
    """(code, name, start, end) the renewal of `prev` starts from: the day after
    it ends, as long as it ran, its years moved on in the code and the name."""
    years = max(1, round(((prev.end - prev.start).days + 1) / 365.25))
    start = prev.end + timedelta(days=1)
    end = _same_day(prev.end, years)

    def moved(text: str) -> str:
        return re.sub(
            r"(?<!\d)(19|20)(\d\d)(?!\d)",
            lambda m: str(int(m.group(0)) + years),
            text,
        )

    code = moved(prev.code)
    if code == prev.code:
        code = f"{prev.code}-{start.year}"
    return code, moved(prev.name), start, end
