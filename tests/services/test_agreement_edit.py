"""Editing an agreement's parts (Löften): focus areas, promises and targets,
indicators, cadence, and an agreement from scratch. Each edit is checked by the
domain rules, audited, travels in a sync package, and a target under a locked
period stays as it is (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lofte_desktop.app import Services
from lofte_desktop.domain.agreement_edit import (
    TARGET_KINDS,
    FocusAreaDraft,
    IndicatorDraft,
    PromiseDraft,
    TargetDraft,
    check_target,
    target_kind,
)
from lofte_desktop.domain.errors import LofteError, ValidationErrors
from lofte_desktop.domain.model import Catalogue
from lofte_desktop.domain.types import Cadence, TargetPer, TargetUnit
from lofte_desktop.services.agreement_edit import AgreementEditor
from lofte_desktop.services.agreement_files import (
    AgreementEdit,
    AgreementFiles,
    BlankDraft,
)
from lofte_desktop.storage.meta import audit_for
from tests.conftest import draft


def promise_draft(**kw: object) -> PromiseDraft:
    values: dict[str, object] = dict(
        code="T5",
        focus_area="trygghet",
        text="Vi genomför trygghetsvandringar i centrum.",
        parties=["Polisen", "Krokoms kommun"],
        activity_types=["presence"],
        target=TargetDraft("min", "4", unit="occasions", per="tertial"),
    )
    values.update(kw)
    return PromiseDraft(**values)  # type: ignore[arg-type]


def fields(exc: pytest.ExceptionInfo[ValidationErrors]) -> dict[str, str]:
    return {e.field or "": e.message() for e in exc.value.errors}


def test_add_edit_and_remove_a_promise_audited(services: Services) -> None:
    editor = AgreementEditor(services.agreement)
    p = editor.add_promise(promise_draft())
    assert services.agreement.promise("T5").target.min == 4
    assert services.agreement.promise("T5").target.per is TargetPer.TERTIAL
    changed = editor.edit_promise(
        "T5",
        promise_draft(
            text="Trygghetsvandringar, torsdagar och söndagar januari–april.",
            target=TargetDraft(
                "range", "17", "20", per="year", window=(1, 4), weekdays=(7, 4)
            ),
        ),
    )
    stored = services.agreement.promise("T5")
    assert stored == changed
    assert (stored.target.min, stored.target.max) == (17, 20)
    assert stored.target.window == (1, 4) and stored.target.weekdays == (4, 7)
    with services.ctx.db.read() as s:
        actions = [e.action for e in audit_for(s, p.id)]
    assert actions == ["create", "update"]
    editor.remove_promise("T5")
    assert "T5" not in services.agreement.promise_ids()
    with services.ctx.db.read() as s:
        assert [e.action for e in audit_for(s, p.id)][-1] == "delete"


def test_promise_checks_every_field_in_swedish(services: Services) -> None:
    editor = AgreementEditor(services.agreement)
    before = services.agreement.promises()
    with pytest.raises(ValidationErrors) as exc:
        editor.add_promise(
            promise_draft(
                code="t2",  # T2 exists (codes are compared without case)
                text="  ",
                parties=["Brandkåren"],
                activity_types=["skateboard"],
                target=TargetDraft("range", "5", "2,5"),
            )
        )
    got = fields(exc)
    assert "finns redan" in got["promise_code"]
    assert got["promise_text"] == "Löftestexten måste anges."
    assert "Brandkåren" in got["promise_parties"]
    assert "skateboard" in got["promise_types"]
    assert "minst lika stor som 5" in got["target_high"]
    assert services.agreement.promises() == before  # nothing written


def test_a_locked_period_keeps_the_target(services: Services) -> None:
    editor = AgreementEditor(services.agreement)
    services.locks.lock("HT2023", reason="Uppföljd")
    n1 = services.agreement.promise("N1")
    with pytest.raises(ValidationErrors) as exc:
        editor.edit_promise(
            "N1",
            promise_draft(
                code="N1",
                focus_area="narkotika",
                text=n1.text,
                parties=list(n1.parties),
                activity_types=["school_visit"],
                target=TargetDraft("min", "5"),
            ),
        )
    assert "HT2023" in exc.value.errors[0].message()
    assert "låst" in exc.value.errors[0].message()
    assert services.agreement.promise("N1") == n1
    assert editor.target_lock("N1") == "HT2023"
    # The text may still change: the figures stay as they were.
    same = TargetDraft(
        "range",
        "2",
        "3",
        description="2–3 skolbesök per termin",
    )
    editor.edit_promise(
        "N1",
        promise_draft(
            code="N1",
            focus_area="narkotika",
            text="Skolbesök på alla högstadieskolor.",
            parties=list(n1.parties),
            activity_types=list(n1.activity_types),
            target=same,
        ),
    )
    assert services.agreement.promise("N1").text == "Skolbesök på alla högstadieskolor."
    services.locks.unlock("HT2023", reason="Rättelse")
    editor.edit_promise(
        "N1",
        promise_draft(
            code="N1",
            focus_area="narkotika",
            parties=list(n1.parties),
            activity_types=["school_visit"],
            target=TargetDraft("min", "5"),
        ),
    )
    assert services.agreement.promise("N1").target.min == 5


def test_a_promise_in_use_is_not_removed(services: Services) -> None:
    act = services.activities.log(draft())  # counts towards N1
    services.activities.log(draft(date="2024-09-11"))
    services.activities.delete(act.id)  # a deleted one no longer refers to it
    with pytest.raises(LofteError) as exc:
        AgreementEditor(services.agreement).remove_promise("N1")
    assert "N1 kan inte tas bort" in exc.value.message()
    assert "1 aktiviteter" in exc.value.message()
    assert "N1" in services.agreement.promise_ids()


def test_focus_areas_add_edit_remove(services: Services) -> None:
    editor = AgreementEditor(services.agreement)
    editor.add_focus_area(FocusAreaDraft("mopeder", "Trimmade mopeder", "Bullret."))
    editor.edit_focus_area(
        "mopeder", FocusAreaDraft("x", "Trimmade mopeder i centrum", "Lägesbild 2025.")
    )
    area = next(a for a in services.agreement.focus_areas() if a.code == "mopeder")
    assert (area.name, area.problem) == (
        "Trimmade mopeder i centrum",
        "Lägesbild 2025.",
    )
    with pytest.raises(LofteError) as exc:
        editor.remove_focus_area("trygghet")
    assert "T1" in exc.value.message() and "kan inte tas bort" in exc.value.message()
    with pytest.raises(ValidationErrors) as bad:
        editor.add_focus_area(FocusAreaDraft("mopeder", "", "Anmälare 811228-9874"))
    assert set(fields(bad)) == {"area_code", "area_name", "area_problem"}
    editor.remove_focus_area("mopeder")
    assert "mopeder" not in [a.code for a in services.agreement.focus_areas()]


def test_indicator_baseline_and_target(services: Services) -> None:
    editor = AgreementEditor(services.agreement)
    ind = services.agreement.indicators()[0]
    editor.edit_indicator(ind.code, IndicatorDraft("12,5", "2022", "<=", "10", "2024"))
    got = services.agreement.indicator(ind.code)
    assert (got.baseline_value, got.baseline_year) == (12.5, 2022)
    assert (got.target_comparison, got.target_value, got.target_year) == (
        "<=",
        10,
        2024,
    )
    with pytest.raises(ValidationErrors) as exc:
        editor.edit_indicator(ind.code, IndicatorDraft("tolv", "22", ">", ""))
    assert set(fields(exc)) == {
        "indicator_baseline",
        "indicator_baseline_year",
        "indicator_target",
    }
    editor.edit_indicator(ind.code, IndicatorDraft("3", "2021", ""))
    assert services.agreement.indicator(ind.code).target_comparison is None


def test_cadence_is_edited_with_the_agreement(services: Services) -> None:
    a = services.agreement.agreement()
    files = AgreementFiles(services.agreement)
    with pytest.raises(ValidationErrors) as exc:
        files.edit(a.code, AgreementEdit(a.name, a.parties, a.start, a.end, "vecka"))
    assert "agreement_cadence" in fields(exc)
    files.edit(a.code, AgreementEdit(a.name, a.parties, a.start, a.end, "tertial"))
    assert services.agreement.agreement().cadence is Cadence.TERTIAL


def test_an_agreement_from_scratch_july_to_june(services: Services) -> None:
    files = AgreementFiles(services.agreement)
    with pytest.raises(ValidationErrors) as exc:
        files.create(
            BlankDraft("Ös by!", "", "", "", [], "2025-07-01", "2025-06-31", "år")
        )
    assert set(fields(exc)) >= {
        "agreement_code",
        "agreement_name",
        "agreement_municipality",
        "agreement_parties",
        "agreement_end",
        "agreement_cadence",
    }
    cat = files.create(
        BlankDraft(
            "ostersund-2025-2027",
            "Medborgarlöfte Östersund 2025–2027 (Exempel)",
            "Östersund",
            "Polisområde Jämtland",
            ["Polisen", "Östersunds kommun"],
            "2025-07-01",
            "2027-06-30",
            "quarter",
        )
    )
    a = cat.agreement
    assert (a.start, a.end, a.cadence) == (
        date(2025, 7, 1),
        date(2027, 6, 30),
        Cadence.QUARTER,
    )
    view = services.agreement.scoped(a)
    assert view.promises() == [] and view.agreement().municipality == "Östersund"
    editor = AgreementEditor(view)
    editor.add_focus_area(FocusAreaDraft("trafik", "Trafik", ""))
    editor.add_promise(
        promise_draft(
            code="K1",
            focus_area="trafik",
            parties=["Polisen"],
            activity_types=["traffic_check"],
            target=TargetDraft("max", "3", per="quarter"),
        )
    )
    k1 = services.agreement.scoped(a).promise("K1")
    assert (k1.target.min, k1.target.max, k1.target.per) == (None, 3, TargetPer.QUARTER)
    # Nothing of Krokom changed.
    assert (
        len(services.agreement.scoped(services.agreement.agreements()[0]).promises())
        > 5
    )


@given(
    kind=st.sampled_from(TARGET_KINDS),
    low=st.integers(0, 500),
    extra=st.integers(0, 500),
    per=st.sampled_from(list(TargetPer)),
    unit=st.sampled_from(list(TargetUnit)),
    window=st.one_of(st.none(), st.tuples(st.integers(1, 12), st.integers(1, 12))),
    days=st.sets(st.integers(1, 7)),
)
def test_a_checked_target_keeps_what_was_typed(
    kind: str,
    low: int,
    extra: int,
    per: TargetPer,
    unit: TargetUnit,
    window: tuple[int, int] | None,
    days: set[int],
) -> None:
    target = check_target(
        TargetDraft(
            kind,
            str(low),
            str(low + extra),
            unit.value,
            per.value,
            window,
            sorted(days),
        )
    )
    assert target_kind(target) == kind
    assert (target.per, target.unit, target.window) == (per, unit, window)
    assert target.weekdays == tuple(sorted(days))
    if kind in ("min", "range"):
        assert target.min == low
    if kind == "range":
        assert target.max == low + extra
    if kind == "max":
        assert target.max == low and target.min is None


def test_an_edited_agreement_exports_and_loads_back_the_same(
    services: Services, tmp_path: Path
) -> None:
    from lofte_desktop.app import build_services

    editor = AgreementEditor(services.agreement)
    files = AgreementFiles(services.agreement)
    a = services.agreement.agreement()
    files.edit(a.code, AgreementEdit(a.name, a.parties, a.start, a.end, "tertial"))
    editor.add_focus_area(FocusAreaDraft("mopeder", "Trimmade mopeder", "Buller."))
    editor.add_promise(
        promise_draft(
            code="M1",
            focus_area="mopeder",
            parties=["Polisen"],
            activity_types=["traffic_check"],
            target=TargetDraft("range", "17", "20", per="year", window=(11, 2)),
        )
    )
    editor.edit_indicator(
        services.agreement.indicators()[0].code,
        IndicatorDraft("4,5", "2021", "<", "3"),
    )
    path = files.export(a.code, tmp_path / "edited.toml")
    fresh = build_services(str(tmp_path / "fresh.sqlite"))
    try:
        got = AgreementFiles(fresh.agreement)
        got.add_file(str(path))
        want = files.catalogue(a.code)
        back = got.catalogue(a.code)

        def essence(cat: Catalogue) -> object:
            return (
                cat.agreement,
                [(f.code, f.name, f.problem) for f in cat.focus_areas],
                sorted(
                    (
                        p.code,
                        p.focus_area_code,
                        p.text,
                        p.parties,
                        p.activity_types,
                        p.target,
                    )
                    for p in cat.promises
                ),
                [
                    (
                        i.code,
                        i.baseline_value,
                        i.baseline_year,
                        i.target_comparison,
                        i.target_value,
                    )
                    for i in cat.indicators
                ],
            )

        assert essence(back) == essence(want)
        assert back.agreement.cadence is Cadence.TERTIAL
    finally:
        fresh.close()
