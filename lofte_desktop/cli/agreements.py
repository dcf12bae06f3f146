"""`lofte promises` (one agreement's focus areas, promises and indicators),
`lofte agreements` and `lofte agreement add|renew|edit|export`: many agreements in
one database, renewed year after year.

Imports only the standard library at module level (keeps `lofte --help` fast).
"""

from __future__ import annotations

import argparse
from typing import Any

from lofte_desktop.cli.common import (
    Handler,
    activity_types_json,
    open_services,
    print_json,
)


def register_promises(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "promises",
        parents=[db_parent],
        help="visa fokusområden, löften och indikatorer",
    )
    p.add_argument("--json", action="store_true")


def register(sub: Any, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "agreements",
        parents=[db_parent],
        help="lista medborgarlöftena i databasen",
        description=(
            "Listar varje medborgarlöfte i databasen med kod, namn, start, slut och "
            "om det gäller i dag."
        ),
    )
    p.add_argument("--json", action="store_true", help="skriv listan som JSON")

    a = sub.add_parser(
        "agreement",
        parents=[db_parent],
        help="lägg till, förnya, ändra eller exportera ett medborgarlöfte",
        description=(
            "Lägger till ett medborgarlöfte från en katalogfil, förnyar ett till "
            "nästa period eller exporterar ett som katalogfil. Inget ersätts."
        ),
    )
    asub = a.add_subparsers(dest="agreement_command", metavar="KOMMANDO")
    asub.required = True
    add = asub.add_parser(
        "add",
        parents=[db_parent],
        help="lägg till medborgarlöftet i en katalogfil",
        description="Lägger till medborgarlöftet i katalogfilen. En kod som redan "
        "finns vägras, och inget skrivs.",
    )
    add.add_argument("file", metavar="FIL", help="katalogfil (.toml eller .json)")
    ren = asub.add_parser(
        "renew",
        parents=[db_parent],
        help="gör ett nytt medborgarlöfte av ett tidigare",
        description=(
            "Kopierar parter, fokusområden, löften (som fortsätter sina original), "
            "mål, indikatorer, platser, terminer och lov till ett nytt "
            "medborgarlöfte."
        ),
    )
    ren.add_argument("code", metavar="KOD", help="det tidigare medborgarlöftets kod")
    ren.add_argument("--code", dest="new_code", required=True, metavar="NY_KOD")
    ren.add_argument("--start", required=True, metavar="ÅÅÅÅ-MM-DD")
    ren.add_argument("--end", required=True, metavar="ÅÅÅÅ-MM-DD")
    ren.add_argument("--name", metavar="TEXT", help="namnet (annars kommun och år)")
    ed = asub.add_parser(
        "edit",
        parents=[db_parent],
        help="ändra ett medborgarlöftes namn, parter eller period",
        description="Ändrar namn, parter eller period; det som inte anges behålls. "
        "Ändringen loggas i historiken och följer med synkpaketen.",
    )
    ed.add_argument("code", metavar="KOD")
    ed.add_argument("--name", metavar="TEXT", help="nytt namn")
    ed.add_argument(
        "--party",
        action="append",
        metavar="NAMN",
        help="en part; ange alla parter, en gång var (ersätter listan)",
    )
    ed.add_argument("--start", metavar="ÅÅÅÅ-MM-DD", help="nytt startdatum")
    ed.add_argument("--end", metavar="ÅÅÅÅ-MM-DD", help="nytt slutdatum")
    exp = asub.add_parser(
        "export",
        parents=[db_parent],
        help="skriv ett medborgarlöfte som katalogfil",
        description="Skriver medborgarlöftet som katalogfil (format 2); "
        "'lofte agreement add' läser tillbaka samma medborgarlöfte.",
    )
    exp.add_argument("code", metavar="KOD")
    exp.add_argument("--out", required=True, metavar="FIL", help="filen att skriva")


def cmd_promises(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.catalogue import target_days
    from lofte_desktop.domain.progress import describe_target, indicator_value

    svc = open_services(args)
    areas = svc.agreement.focus_areas()
    promises = svc.agreement.promises()
    indicators = svc.progress.indicators()
    if args.json:
        print_json(
            {
                "agreement": {
                    "code": svc.agreement.agreement().code,
                    "name": svc.agreement.agreement().name,
                    "cadence": svc.agreement.agreement().cadence.value,
                },
                "activity_types": activity_types_json(svc.agreement.activity_types()),
                "focus_areas": [{"code": fa.code, "name": fa.name} for fa in areas],
                "promises": [
                    {
                        "id": p.code,
                        "uuid": p.id,
                        "focus_area": p.focus_area_code,
                        "text": p.text,
                        "parties": list(p.parties),
                        "activity_types": list(p.activity_types),
                        "target": {
                            "unit": p.target.unit.value,
                            "per": p.target.per.value,
                            "min": p.target.min,
                            "max": p.target.max,
                            "compare_previous": p.target.compare_previous,
                            "description": describe_target(p.target),
                            **target_days(p.target),
                        },
                    }
                    for p in promises
                ],
                "indicators": [
                    {
                        "id": s.indicator.code,
                        "name": s.indicator.name,
                        "unit": s.indicator.unit,
                        "source": s.indicator.source,
                        "baseline": {
                            "value": s.indicator.baseline_value,
                            "year": s.indicator.baseline_year,
                        },
                        "target": {
                            "comparison": s.indicator.target_comparison,
                            "value": s.indicator.target_value,
                            "year": s.indicator.target_year,
                        },
                        "values": {str(v.year): v.value for v in s.values},
                    }
                    for s in indicators
                ],
            }
        )
        return 0
    a = svc.agreement.agreement()
    print(f"{a.name}  ({a.start} – {a.end})")
    print("Parter: " + ", ".join(a.parties))
    for fa in areas:
        print(f"\n{fa.name}")
        for p in (p for p in promises if p.focus_area_code == fa.code):
            print(f"  {p.code}  {p.text}")
            print(
                f"      Parter: {', '.join(p.parties)}.  Mål: "
                f"{describe_target(p.target)}.  Typer: "
                f"{', '.join(p.activity_types)}"
            )
        for s in (s for s in indicators if s.indicator.focus_area_code == fa.code):
            ind = s.indicator
            print(
                f"  Indikator {ind.code}: {ind.name}. Baslinje "
                f"{indicator_value(ind.baseline_value, ind.unit)} "
                f"({ind.baseline_year}); mål "
                f"{s.target_text()}"
            )
    return 0


def _files(args: argparse.Namespace) -> Any:
    from lofte_desktop.services.agreement_files import AgreementFiles

    svc = open_services(args)
    return svc, AgreementFiles(svc.agreement)


def cmd_agreements(args: argparse.Namespace) -> int:
    from lofte_desktop.domain.agreements import newest_first

    svc = open_services(args)
    listed = newest_first(svc.agreement.agreements())
    current = svc.agreement.agreement().code if listed else None
    rows = [
        {
            "code": a.code,
            "name": a.name,
            "start": a.start.isoformat(),
            "end": a.end.isoformat(),
            "current": a.code == current,
        }
        for a in listed
    ]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("Databasen har inget medborgarlöfte. Kör 'lofte init'.")
    for r in rows:
        mark = "*" if r["current"] else " "
        print(f"{mark} {r['code']}  {r['start']} – {r['end']}  {r['name']}")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from lofte_desktop.services.agreement_files import RenewDraft

    svc, files = _files(args)
    if args.agreement_command == "add":
        result = files.add_file(args.file)
        a = result.catalogue.agreement
        print(f"Tillagt: {a.code} {a.name} ({a.start} – {a.end})")
        return 0
    if args.agreement_command == "renew":
        old = files.catalogue(args.code).agreement
        name = args.name
        if name is None:
            name = f"Medborgarlöften {old.municipality} {args.start[:4]}–{args.end[:4]}"
        cat = files.renew(
            args.code, RenewDraft(args.new_code, name, args.start, args.end)
        )
        a = cat.agreement
        print(
            f"Förnyat: {a.code} {a.name} ({a.start} – {a.end}), "
            f"{len(cat.promises)} löften fortsätter {old.code}"
        )
        return 0
    if args.agreement_command == "edit":
        from lofte_desktop.services.agreement_files import AgreementEdit

        a = files.catalogue(args.code).agreement
        updated = files.edit(
            args.code,
            AgreementEdit(
                args.name if args.name is not None else a.name,
                args.party if args.party else a.parties,
                args.start or a.start,
                args.end or a.end,
            ),
        )
        print(
            f"Ändrat: {updated.code} {updated.name} ({updated.start} – "
            f"{updated.end}); parter: {', '.join(updated.parties)}"
        )
        return 0
    path = files.export(args.code, args.out)
    print(f"Exporterat: {path}")
    del svc
    return 0


COMMANDS: dict[str, Handler] = {
    "promises": cmd_promises,
    "agreements": cmd_agreements,
    "agreement": cmd_agreement,
}
