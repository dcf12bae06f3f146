"""A realistic, made-up and anonymous set of Krokom 2023–2024 activities.

Counts, places and hours only: no names of residents, ever. Deterministic (seeded),
so screenshots and tests see the same picture each time.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from lofte_desktop.domain.types import ActivityType as T
from lofte_desktop.domain.types import Status
from lofte_desktop.domain.validation import ValidActivity

SCHOOLS = ["Högstadiet Krokom", "Skolan i Ås", "Skolan i Föllinge", "Skolan i Nälden"]
UNSAFE = [
    "Busstationen Krokom",
    "Centrumparken",
    "Idrottsplatsen Ås",
    "Badplatsen Nälden",
    "Resecentrum Krokom",
]
ROADS = ["E14 vid Krokom", "Väg 340 Föllinge", "Skolvägen Ås", "Infarten Nälden"]
POLICE, KOMMUN, BOSTAD = "Polisen", "Krokoms kommun", "Krokomsbostäder"

NOTES = {
    T.SCHOOL_VISIT: [
        "Föräldrakväll om risk- och skyddsfaktorer.",
        "Information till föräldrar i åk 7–9.",
        "",
    ],
    T.PARENT_MEETING: ["Föräldramöte tillsammans med elevhälsan.", ""],
    T.PRESENCE: [
        "Lugnt, samtal med ungdomar.",
        "Fotpatrull kvällstid.",
        "Närvaro efter tips om samlingar.",
        "",
    ],
    T.TRAFFIC_CHECK: ["Hastighetskontroll.", "Nykterhetskontroll.", "Mopedkontroll."],
    T.EST_MEETING: [
        "Veckans lägesbild: klotter och nedskräpning.",
        "Lägesbild: oro vid busstationen helger.",
        "",
    ],
    T.RISK_GROUP_MEETING: [
        "Träff på träffpunkt för seniorer.",
        "Föreläsning om telefonbedrägerier.",
        "",
    ],
    T.SOCIAL_MEDIA_WARNING: [
        "Varning för falska bankdosor.",
        "Varning för sms-bedrägerier.",
    ],
}


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def demo_activities(
    start: date = date(2023, 1, 1),
    end: date = date(2024, 12, 31),
    *,
    planned_from: date | None = date(2024, 11, 25),
    seed: int = 2024,
) -> list[ValidActivity]:
    """Roughly 650 activities spread realistically over the agreement period."""
    rng = random.Random(seed)
    out: list[ValidActivity] = []

    def add(
        kind: T,
        codes: tuple[str, ...],
        party: str,
        when: date,
        *,
        hours: float | None = None,
        count: int | None = None,
        place: str | None = None,
        time: str | None = None,
    ) -> None:
        status = Status.DONE
        if planned_from is not None and when >= planned_from:
            status = Status.PLANNED
        notes = NOTES.get(kind, [""])
        out.append(
            ValidActivity(
                kind,
                codes,
                when,
                party,
                hours,
                count,
                place,
                status,
                rng.choice(notes),
                time,
            )
        )

    for year in range(start.year, end.year + 1):
        for season, (s, e) in (
            ("VT", (date(year, 1, 16), date(year, 6, 9))),
            ("HT", (date(year, 8, 21), date(year, 12, 15))),
        ):
            term_days = [d for d in _days(s, e) if d.weekday() < 4]
            # N1: 2–3 school visits per term; VT2024 falls short on purpose.
            visits = 1 if (season, year) == ("VT", 2024) else rng.choice([2, 3, 3])
            for d in sorted(rng.sample(term_days, visits)):
                add(
                    T.SCHOOL_VISIT,
                    ("N1",),
                    rng.choice([POLICE, KOMMUN]),
                    d,
                    count=rng.randint(14, 60),
                    place=rng.choice(SCHOOLS),
                    time="18:00",
                    hours=2.0,
                )
            # N2: parent support conversations, counted per family engagement.
            for d in rng.sample(term_days, rng.randint(6, 12)):
                add(T.PARENT_SUPPORT, ("N2",), KOMMUN, d, count=rng.randint(1, 5))
            # T4: EST every other week; B2 risk-group meetings a few times a term.
            for i, d in enumerate(_days(s, e)):
                if d.weekday() == 1 and (d.isocalendar().week % 2 == 0):
                    add(
                        T.EST_MEETING,
                        ("T4",),
                        [KOMMUN, POLICE, BOSTAD][i % 3],
                        d,
                        hours=1.0,
                        time="09:00",
                    )
            for d in rng.sample(term_days, rng.randint(2, 4)):
                add(
                    T.RISK_GROUP_MEETING,
                    ("B2",),
                    POLICE,
                    d,
                    count=rng.randint(8, 40),
                    hours=1.5,
                )
    # Year-round police work: presence grows markedly in 2024 (T2), traffic checks (T3).
    for d in _days(start, end):
        chance = 0.30 if d.year == 2023 else 0.42
        if rng.random() < chance:
            add(
                T.PRESENCE,
                ("T2", "N4") if rng.random() < 0.3 else ("T2",),
                POLICE,
                d,
                hours=rng.choice([1.0, 1.5, 2.0, 2.5, 3.0]),
                place=rng.choice(UNSAFE),
                time=rng.choice(["15:00", "19:00", "21:00"]),
            )
        if rng.random() < 0.07:
            add(
                T.TRAFFIC_CHECK,
                ("T3",),
                POLICE,
                d,
                hours=rng.choice([1.0, 2.0]),
                count=rng.randint(15, 140),
                place=rng.choice(ROADS),
                time="07:30",
            )
        if rng.random() < 0.012:
            add(T.SOCIAL_MEDIA_WARNING, ("B3",), rng.choice([POLICE, KOMMUN]), d)
        if rng.random() < 0.01:
            add(T.OTHER, ("N4",), POLICE, d, hours=2.0)
    # One-off promises.
    add(
        T.THEATRE,
        ("N3",),
        KOMMUN,
        date(2023, 11, 8),
        count=210,
        place="Högstadiet Krokom",
        time="10:00",
        hours=2.0,
    )
    for d, school in (
        (date(2023, 5, 10), "Skolan i Ås"),
        (date(2023, 5, 24), "Högstadiet Krokom"),
        (date(2024, 9, 18), "Skolan i Föllinge"),
    ):
        add(T.TRAFFIC_REVIEW, ("T1",), KOMMUN, d, place=school, hours=3.0)
    add(T.INFORMATION_EFFORT, ("B1",), KOMMUN, date(2023, 10, 16), count=412)
    add(T.INFORMATION_EFFORT, ("B1",), POLICE, date(2024, 3, 12), count=385)
    return [a for a in out if start <= a.date <= end]


DEMO_INDICATOR_VALUES = [
    ("BEDR", 2023, 151.0),
    ("BEDR", 2024, 139.0),
    ("CAN", 2023, 4.0),
]
