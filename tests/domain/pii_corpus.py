"""A deterministic corpus of real-looking activity notes full of numbers that are
NOT personnummer: phone numbers, dates, times, case and diary numbers, postcodes,
organisation numbers, giro and OCR numbers, counts, addresses and plates.

Made up (seeded), never copied from real notes. Used by tests/domain/test_pii.py to
hold the PII guard's false-positive rate at zero.

A bare ten-digit mobile number (0701234567) is a valid personnummer layout for a
person born in 2007 about one time in ten; the guard lets it through only after a
phone word, so that is how it appears here. Everything else is written the way
people write it.
"""

from __future__ import annotations

import random

SEED = 20241015


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random) -> str:
    prefix = rng.choice(["070", "072", "073", "076", "079"])
    a, b, c = _d(rng, 3), _d(rng, 2), _d(rng, 2)
    area = rng.choice(["063", "0640", "0642", "08", "010", "0645"])
    return rng.choice(
        [
            f"{prefix}-{a} {b} {c}",
            f"{prefix} {a} {b} {c}",
            f"{prefix}-{a}{b}{c}",
            f"{prefix}-{a} {b}{c}",
            f"+46 {prefix[1:]} {a} {b} {c}",
            f"+46{prefix[1:]}{a}{b}{c}",
            f"+46 (0){prefix[1:]}-{a} {b} {c}",
            f"0046 {prefix[1:]} {a} {b} {c}",
            f"tel. {prefix}{a}{b}{c}",
            f"mobil {prefix}{a}{b}{c}",
            f"ring {prefix}{a}{b}{c}",
            f"{area}-{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
            f"{area}-{_d(rng, 3)} {_d(rng, 2)}",
            f"{area} {_d(rng, 3)} {_d(rng, 3)}",
            "114 14",
            "112",
            "1177",
        ]
    )


def day(rng: random.Random) -> str:
    y = rng.choice([2023, 2024, 2025])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    months = ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sept",
              "okt", "nov", "dec"]  # fmt: skip
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}",
            f"{d}/{m} {y}",
            f"{d} {months[m - 1]} {y}",
            f"{y}{m:02d}{d:02d}",
            f"{str(y)[2:]}{m:02d}{d:02d}",
            f"{d}.{m}.{y}",
            f"{y}-{m:02d}-{d:02d} kl. {rng.randint(7, 21)}.{rng.choice(['00', '30'])}",
            f"{y}-{m:02d}-{d:02d}–{y}-{m:02d}-{min(d + 2, 28):02d}",
            f"v. {rng.randint(1, 52)}",
            f"vecka {rng.randint(1, 52)}/{y}",
        ]
    )


def time_span(rng: random.Random) -> str:
    h = rng.randint(6, 20)
    return rng.choice(
        [
            f"kl {h}.00–{h + 2}.00",
            f"{h:02d}:30-{h + 1:02d}:45",
            f"mellan {h} och {h + 3}",
            f"{h}.15",
        ]
    )


def case_number(rng: random.Random) -> str:
    y = rng.choice(["23", "24", "2023", "2024"])
    return rng.choice(
        [
            f"K{_d(rng, 6)}-{y[-2:]}",
            f"5000-K{_d(rng, 6)}-{y[-2:]}",
            f"{rng.choice(['1400', '3000', '5000'])}-K{_d(rng, 5)}-{y[-2:]}",
            f"Dnr KS {y if len(y) == 4 else '20' + y}/{rng.randint(1, 999)}",
            f"dnr {'20' + y[-2:]}-{_d(rng, 6)}",
            f"ärende {'20' + y[-2:]}/{_d(rng, 4)}",
            f"A{_d(rng, 6)}/{'20' + y[-2:]}",
            f"BoU {'20' + y[-2:]}.{_d(rng, 3)}",
            f"ÄrendeID {_d(rng, 8)}",
        ]
    )


def postcode(rng: random.Random) -> str:
    code = f"83{rng.randint(0, 9)} {_d(rng, 2)}"
    return rng.choice([code, code.replace(" ", ""), f"{code} Krokom", f"SE-{code}"])


def org_number(rng: random.Random) -> str:
    # Digits 3–4 of an organisationsnummer are 20 or more: never a month.
    first = rng.choice("25789")
    rest = f"{rng.randint(0, 9)}{rng.randint(2, 9)}{_d(rng, 3)}"
    body = f"{first}{rest}"
    return rng.choice(
        [f"{body}-{_d(rng, 4)}", f"{body}{_d(rng, 4)}", f"16{body}-{_d(rng, 4)}"]
    )


def money(rng: random.Random) -> str:
    return rng.choice(
        [
            f"bankgiro {_d(rng, 3)}-{_d(rng, 4)}",
            f"pg {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}-{_d(rng, 1)}",
            f"OCR {rng.choice('123456789')}{_d(rng, 14)}",
            f"{rng.randint(1, 99)} {_d(rng, 3)} kr",
            f"faktura {_d(rng, 7)}",
            f"IBAN SE{_d(rng, 2)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
        ]
    )


def other_numbers(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
    plate = "".join(rng.choice(letters) for _ in range(3))
    return rng.choice(
        [
            f"reg.nr {plate} {_d(rng, 3)}",
            f"{plate}{_d(rng, 2)}{rng.choice(letters)}",
            f"Storgatan {rng.randint(1, 80)}",
            f"Åsvägen {rng.randint(1, 40)}B, lgh {rng.randint(1001, 1304)}",
            f"fastighet Krokom {rng.choice(['Ås', 'Nälden'])} {rng.randint(1, 99)}:"
            f"{rng.randint(1, 300)}",
            f"{rng.randint(2, 140)} fordon",
            f"{rng.randint(3, 60)} föräldrar",
            f"{rng.randint(1, 12)}/{rng.randint(12, 40)} ungdomar",
            f"hastighet {rng.randint(31, 95)} km/h på {rng.choice(['30', '40', '50'])}",
            f"0,{rng.randint(1, 9)} promille",
            f"{rng.randint(1, 4)},{rng.randint(0, 9)} timmar",
            f"version {rng.randint(1, 3)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
            f"E14 km {rng.randint(100, 999)}+{_d(rng, 3)}",
            f"SMS-kod {_d(rng, 6)}",
            f"lösen {_d(rng, 4)}",
            f"{_d(rng, 5)} invånare",
            f"GPS 63.{_d(rng, 5)}, 14.{_d(rng, 5)}",
        ]
    )


TEMPLATES = [
    "Föräldramöte {day} {time}, {n2}. Frågor till rektor: {phone}.",
    "Trygghetsvandring {day} med kommunen och Krokomsbostäder. {n1}. Kontakt {phone}.",
    "Hastighetskontroll vid skolan {day} {time}: {n1}, {n2}. Se {case}.",
    "Anmälan upprättad, {case}. Uppföljning {day}.",
    "EST-möte {day}: klotter vid busstationen, {n1}. {case}.",
    "Närvaro i centrum {time}. Lugnt. Väktarbolaget nås på {phone}.",
    "Informationsinsats om bedrägerier på träffpunkten, {n1}. Ring {phone} vid frågor.",
    "Möte med föreningen ({org}) om bidrag, {money}. Postadress {post}.",
    "Skolbesök åk 8 {day}. {n1}. Skolans växel {phone}, {post}.",
    "Rapport till kommunstyrelsen {day}, {case}, bilaga {n2}.",
    "Kontroll av mopeder {day} {time}, {n1}. {n2}.",
    "Fältarbete {time}. Samtal med {n1}. Fältassistent {phone}.",
    "Varning i sociala medier {day} om falska sms. Polisens nummer 114 14, ej {phone}.",
    "Bokat lokal {day}, faktura till {org}, {money}.",
    "Belysning trasig vid gångtunneln, felanmäld {day} ({case}). {n2}.",
    "Nattvandring {day}, {n1}. Samlingsplats {n2}, {post}.",
    "Avstämning med rektor {day} {time}; nästa möte {day2}.",
    "Trafikmiljööversyn {day}: {n1}, förslag om farthinder. Dnr {case}.",
    "Teater för åk 5 {day}, publik {n1}. Kostnad {money}.",
    "Överlämning till socialtjänsten enligt rutin, {case}. Handläggare {phone}.",
    "{n1} vid {n2}. Nästa kontroll {day} {time}.",
    "Medborgardialog {day}: {n1}, {n2}. Ansvarig {phone}, {post}.",
    "Nykterhetskontroll E14 {time}: {n1}, två över {n2}.",
    "Möte med bostadsbolaget {day} om {n2}; kontakt {phone}, {org}.",
    "Riskgruppsträff {day} {time}, {n1}. Nästa gång {day2}. {case}.",
]


def notes(count: int = 400) -> list[str]:
    """`count` notes; the same list on every run and every machine."""
    rng = random.Random(SEED)
    out = []
    for i in range(count):
        template = TEMPLATES[i % len(TEMPLATES)]
        out.append(
            template.format(
                day=day(rng),
                day2=day(rng),
                time=time_span(rng),
                phone=phone(rng),
                case=case_number(rng),
                post=postcode(rng),
                org=org_number(rng),
                money=money(rng),
                n1=other_numbers(rng),
                n2=other_numbers(rng),
            )
        )
    return out
