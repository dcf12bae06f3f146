"""Reads a promise catalogue (an already decoded TOML/JSON mapping) into the domain.

The format is documented in resources/catalogues/README.md. Every problem names the
field by its path, e.g. `focus_areas[1].promises[0].target.min`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from lofte_desktop.domain.catalogue_types import TypeTableError, parse_types
from lofte_desktop.domain.ids import stable_id
from lofte_desktop.domain.model import (
    Agreement,
    Catalogue,
    FocusArea,
    Holiday,
    Indicator,
    Place,
    Promise,
    SchoolTerm,
    Target,
)
from lofte_desktop.domain.pii import contains_personal_number
from lofte_desktop.domain.types import (
    DEFAULT_TYPES,
    Cadence,
    PlaceKind,
    TargetPer,
    TargetUnit,
)

#: The newest format; every earlier one still loads (format 1 has no cadence,
#: tertials, quarters, windows or weekdays).
FORMAT_VERSION = 2
FORMATS = (1, 2)
#: Weekday codes in catalogues, Monday first (ISO 1–7).
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_COMPARISONS = ("<", "<=", ">", ">=", "=")
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class CatalogueError(Exception):
    """A malformed catalogue: which file, which field, what is wrong."""

    def __init__(self, field: str, problem: str, source: str = "") -> None:
        self.field = field
        self.problem = problem
        self.source = source
        super().__init__(self._text())

    def _text(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.field}: {self.problem}"

    def with_source(self, source: str) -> CatalogueError:
        return CatalogueError(self.field, self.problem, source)


class _Reader:
    def __init__(self, data: Mapping[str, Any], path: str) -> None:
        if not isinstance(data, Mapping):
            raise CatalogueError(path or "(rot)", "ska vara en tabell/ett objekt")
        self.data = data
        self.path = path

    def _p(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise CatalogueError(self._p(key), "saknas")
            return None
        return self.data[key]

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            raise CatalogueError(self._p(key), "ska vara en text som inte är tom")
        if contains_personal_number(value):
            raise CatalogueError(self._p(key), "innehåller ett personnummer")
        return value.strip()

    def number(self, key: str, required: bool = True) -> float | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise CatalogueError(self._p(key), f"ska vara ett tal, inte {value!r}")
        if value < 0:
            raise CatalogueError(self._p(key), "kan inte vara negativt")
        return float(value)

    def integer(self, key: str, required: bool = True) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise CatalogueError(self._p(key), f"ska vara ett heltal, inte {value!r}")
        return value

    def day(self, key: str, required: bool = True) -> date | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise CatalogueError(
                self._p(key), f"ska vara ett datum ÅÅÅÅ-MM-DD, inte {value!r}"
            ) from None

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise CatalogueError(self._p(key), "ska vara true eller false")
        return value

    def texts(self, key: str, required: bool = True) -> list[str]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CatalogueError(self._p(key), "ska vara en lista med texter")
        if required and not value:
            raise CatalogueError(self._p(key), "får inte vara tom")
        return [v.strip() for v in value]

    def tables(self, key: str, required: bool = True) -> list[_Reader]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise CatalogueError(self._p(key), "ska vara en lista med tabeller")
        return [_Reader(item, f"{self._p(key)}[{i}]") for i, item in enumerate(value)]

    def table(self, key: str, required: bool = True) -> _Reader | None:
        value = self._get(key, required)
        if value is None:
            return None
        return _Reader(value, self._p(key))

    def enum(self, key: str, enum_type: Any, default: Any = None) -> Any:
        value = self._get(key, default is None)
        if value is None:
            return default
        try:
            return enum_type(value)
        except ValueError:
            valid = ", ".join(e.value for e in enum_type)
            raise CatalogueError(
                self._p(key), f"okänt värde {value!r}; giltiga: {valid}"
            ) from None

    def check_keys(self, allowed: set[str]) -> None:
        unknown = sorted(set(self.data) - allowed)
        if unknown:
            raise CatalogueError(self._p(unknown[0]), "okänt fält")


def parse_catalogue(data: Mapping[str, Any]) -> Catalogue:
    """Builds a Catalogue or raises CatalogueError naming the field."""
    root = _Reader(data, "")
    root.check_keys(
        {
            "format",
            "code",
            "name",
            "municipality",
            "police_area",
            "parties",
            "start",
            "end",
            "follow_up_months",
            "cadence",
            "source",
            "terms",
            "focus_areas",
            "places",
            "types",
        }
    )
    fmt = root.integer("format")
    if fmt not in FORMATS:
        raise CatalogueError(
            "format",
            f"version {fmt} stöds inte (bara {', '.join(map(str, FORMATS))})",
        )
    code = root.text("code")
    parties = tuple(root.texts("parties"))
    start = root.day("start")
    end = root.day("end")
    assert start is not None and end is not None
    if end < start:
        raise CatalogueError("end", "slutar före start")
    months = root._get("follow_up_months", False) or [12]
    if not isinstance(months, list) or not all(
        isinstance(m, int) and not isinstance(m, bool) and 1 <= m <= 12 for m in months
    ):
        raise CatalogueError("follow_up_months", "ska vara en lista med månader 1–12")

    split = (7, 1)
    school_terms: list[SchoolTerm] = []
    holidays: list[Holiday] = []
    terms = root.table("terms", required=False)
    if terms is not None:
        terms.check_keys({"autumn_starts", "school", "holidays"})
        raw_split = terms.text("autumn_starts", required=False, default="07-01")
        try:
            month, day_ = (int(x) for x in raw_split.split("-"))
            date(2024, month, day_)
            if (month, day_) == (1, 1):
                raise ValueError
        except ValueError:
            raise CatalogueError(
                "terms.autumn_starts",
                f"ska vara MM-DD (inte 01-01), inte {raw_split!r}",
            ) from None
        split = (month, day_)
        for st in terms.tables("school", required=False):
            st.check_keys({"code", "start", "end"})
            s, e = st.day("start"), st.day("end")
            assert s is not None and e is not None
            if e < s:
                raise CatalogueError(st._p("end"), "slutar före start")
            school_terms.append(SchoolTerm(st.text("code").upper(), s, e))
        for h in terms.tables("holidays", required=False):
            h.check_keys({"name", "start", "end"})
            s, e = h.day("start"), h.day("end")
            assert s is not None and e is not None
            if e < s:
                raise CatalogueError(h._p("end"), "slutar före start")
            holidays.append(Holiday(h.text("name"), s, e))

    agreement = Agreement(
        id=stable_id("agreement", code),
        code=code,
        name=root.text("name"),
        municipality=root.text("municipality"),
        police_area=root.text("police_area"),
        parties=parties,
        start=start,
        end=end,
        follow_up_months=tuple(months),
        source=root.text("source", required=False),
        term_split=split,
        school_terms=tuple(school_terms),
        holidays=tuple(holidays),
        cadence=root.enum("cadence", Cadence, Cadence.TERM),
    )

    try:
        own_types = parse_types(root._get("types", False))
    except TypeTableError as exc:
        raise CatalogueError(exc.path, exc.problem) from None
    type_codes = [i.code for i in own_types] or list(DEFAULT_TYPES.codes())

    areas: list[FocusArea] = []
    promises: list[Promise] = []
    indicators: list[Indicator] = []
    seen_codes: set[str] = set()
    for ai, area in enumerate(root.tables("focus_areas")):
        area.check_keys({"code", "name", "problem", "promises", "indicators"})
        acode = area.text("code")
        areas.append(
            FocusArea(
                stable_id(code, "area", acode),
                acode,
                area.text("name"),
                area.text("problem", required=False),
                ai,
            )
        )
        for _pi, pr in enumerate(area.tables("promises")):
            pr.check_keys(
                {"code", "text", "parties", "activity_types", "target", "continues"}
            )
            pcode = pr.text("code")
            if pcode.casefold() in seen_codes:
                raise CatalogueError(pr._p("code"), f"koden {pcode!r} finns redan")
            seen_codes.add(pcode.casefold())
            p_parties = tuple(pr.texts("parties"))
            for i, party in enumerate(p_parties):
                if party not in parties:
                    raise CatalogueError(
                        f"{pr._p('parties')}[{i}]",
                        f"{party!r} är inte en av avtalets parter",
                    )
            types: list[str] = []
            for i, raw in enumerate(pr.texts("activity_types")):
                if raw not in type_codes:
                    raise CatalogueError(
                        f"{pr._p('activity_types')}[{i}]",
                        f"okänd aktivitetstyp {raw!r}; giltiga: "
                        + ", ".join(type_codes),
                    )
                types.append(raw)
            promises.append(
                Promise(
                    id=promise_id(code, pcode),
                    code=pcode,
                    focus_area_code=acode,
                    text=pr.text("text"),
                    parties=p_parties,
                    activity_types=tuple(types),
                    target=_target(pr.table("target")),
                    position=len(promises),
                    continues=_continues(pr),
                )
            )
        for ind in area.tables("indicators", required=False):
            indicators.append(_indicator(ind, code, acode, len(indicators)))

    places: list[Place] = []
    for pl in root.tables("places", required=False):
        pl.check_keys({"name", "kind", "note"})
        name = pl.text("name")
        places.append(
            Place(
                stable_id("place", name),
                name,
                pl.enum("kind", PlaceKind, PlaceKind.OTHER),
                pl.text("note", required=False),
            )
        )
    return Catalogue(
        agreement,
        tuple(areas),
        tuple(promises),
        tuple(indicators),
        tuple(places),
        own_types,
    )


def continues_ref(agreement_code: str, promise_code: str) -> str:
    """How a catalogue names an earlier promise: `AVTALSKOD/LÖFTESKOD`."""
    return f"{agreement_code}/{promise_code}"


def promise_id(agreement_code: str, promise_code: str) -> str:
    return stable_id(agreement_code, "promise", promise_code)


def _continues(pr: _Reader) -> str | None:
    """`continues = "krokom-2023-2024/T2"`: the id of the promise carried on (an
    export names a promise its database does not hold by the id itself)."""
    ref = pr.text("continues", required=False)
    if not ref:
        return None
    if _UUID_RE.fullmatch(ref):
        return ref
    agreement_code, sep, promise_code = ref.rpartition("/")
    if not sep or not agreement_code.strip() or not promise_code.strip():
        raise CatalogueError(
            pr._p("continues"), f"ska vara AVTALSKOD/LÖFTESKOD, inte {ref!r}"
        )
    return promise_id(agreement_code.strip(), promise_code.strip())


def _target(tr: _Reader | None) -> Target:
    assert tr is not None
    tr.check_keys(
        {
            "unit",
            "per",
            "min",
            "max",
            "compare_previous",
            "description",
            "window",
            "weekdays",
        }
    )
    tmin, tmax = tr.number("min", False), tr.number("max", False)
    if tmin is not None and tmax is not None and tmax < tmin:
        raise CatalogueError(tr._p("max"), "är mindre än min")
    return Target(
        window=_window(tr),
        weekdays=_weekdays(tr),
        unit=tr.enum("unit", TargetUnit, TargetUnit.OCCASIONS),
        per=tr.enum("per", TargetPer, TargetPer.TERM),
        min=tmin,
        max=tmax,
        compare_previous=tr.boolean("compare_previous"),
        description=tr.text("description", required=False),
    )


def target_table(target: Target) -> dict[str, Any]:
    """A promise's `target` table as a catalogue file writes it (format 2): what
    `_target` reads back to the same Target. Fields at their default are left out."""
    table: dict[str, Any] = {"unit": target.unit.value, "per": target.per.value}
    optional = {
        "min": target.min,
        "max": target.max,
        "compare_previous": target.compare_previous or None,
        "description": target.description or None,
        **{k: v or None for k, v in target_days(target).items()},
    }
    table.update({k: v for k, v in optional.items() if v is not None})
    return table


def target_days(target: Target) -> dict[str, Any]:
    """The days a target counts, as a catalogue writes them: `window` (months, or
    None) and `weekdays` (codes, e.g. ["thu", "sun"]; empty: every day)."""
    return {
        "window": list(target.window) if target.window else None,
        "weekdays": [WEEKDAYS[d - 1] for d in target.weekdays],
    }


def read_target(table: Mapping[str, Any], path: str = "target") -> Target:
    """A `target` table (as in a catalogue file) → Target, or CatalogueError."""
    return _target(_Reader(table, path))


def _window(tr: _Reader) -> tuple[int, int] | None:
    """`window = [1, 4]`: January–April of each year ([11, 2] wraps New Year)."""
    value = tr._get("window", False)
    if value is None:
        return None
    if not (
        isinstance(value, list)
        and len(value) == 2
        and all(
            isinstance(m, int) and not isinstance(m, bool) and 1 <= m <= 12
            for m in value
        )
    ):
        raise CatalogueError(
            tr._p("window"),
            f"ska vara [första månad, sista månad] 1–12, inte {value!r}",
        )
    return (value[0], value[1])


def _weekdays(tr: _Reader) -> tuple[int, ...]:
    """`weekdays = ["thu", "sun"]` → (4, 7)."""
    days: list[int] = []
    for i, raw in enumerate(tr.texts("weekdays", required=False)):
        if raw.lower() not in WEEKDAYS:
            raise CatalogueError(
                f"{tr._p('weekdays')}[{i}]",
                f"okänd veckodag {raw!r}; giltiga: {', '.join(WEEKDAYS)}",
            )
        day = WEEKDAYS.index(raw.lower()) + 1
        if day in days:
            raise CatalogueError(f"{tr._p('weekdays')}[{i}]", f"{raw!r} finns redan")
        days.append(day)
    return tuple(days)


def _indicator(
    ind: _Reader, agreement_code: str, area_code: str, pos: int
) -> Indicator:
    ind.check_keys(
        {"code", "name", "unit", "source", "baseline", "target", "description"}
    )
    icode = ind.text("code")
    base = ind.table("baseline")
    assert base is not None
    base.check_keys({"value", "year"})
    target = ind.table("target", required=False)
    comparison = value = year = None
    if target is not None:
        target.check_keys({"comparison", "value", "year"})
        comparison = target.text("comparison")
        if comparison not in _COMPARISONS:
            raise CatalogueError(
                target._p("comparison"), f"ska vara en av {' '.join(_COMPARISONS)}"
            )
        value = target.number("value")
        year = target.integer("year", required=False)
    return Indicator(
        id=stable_id(agreement_code, "indicator", icode),
        code=icode,
        name=ind.text("name"),
        unit=ind.text("unit"),
        source=ind.text("source"),
        baseline_value=base.number("value") or 0.0,
        baseline_year=base.integer("year") or 0,
        target_comparison=comparison,
        target_value=value,
        target_year=year,
        focus_area_code=area_code,
        description=ind.text("description", required=False),
        position=pos,
    )
