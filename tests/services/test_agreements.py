"""Many agreements in one database: renewal, history kept, continues across the
boundary, adding never replaces, export/import round trip (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lofte_desktop.app import Services, build_services
from lofte_desktop.domain.errors import LofteError, ValidationErrors
from lofte_desktop.services.agreement_files import AgreementFiles, RenewDraft
from tests.conftest import draft

OLD = "krokom-2023-2024"
NEW = "krokom-2025-2026-exempel"


def renew(svc: Services, code: str = NEW, start: str = "2025-01-01") -> AgreementFiles:
    files = AgreementFiles(svc.agreement)
    files.renew(
        OLD, RenewDraft(code, "Krokom 2025–2026 (Exempel)", start, "2026-12-31")
    )
    return files


def on(svc: Services, day: date) -> None:
    svc.ctx.today = lambda: day
    svc.ctx.invalidate()


def presence(day: str, hours: float) -> object:
    return draft(
        activity_type="presence",
        promise_codes=["T2"],
        date=day,
        hours=hours,
        count=None,
        place="Krokoms centrum",
        note="",
    )


def test_renewal_keeps_history_and_the_date_decides(services: Services) -> None:
    services.activities.log(presence("2024-10-01", 3))
    before = [(p.promise.code, p.done) for p in services.progress.progress("HT2024")]
    renew(services)
    codes = {a.code for a in services.agreement.agreements()}
    assert codes == {OLD, NEW}
    # On the pinned 2024 date the old agreement is current and untouched.
    assert services.agreement.agreement().code == OLD
    assert [
        (p.promise.code, p.done) for p in services.progress.progress("HT2024")
    ] == before
    on(services, date(2025, 10, 15))
    assert services.agreement.agreement().code == NEW
    # The period decides: HT2024 still reads the old agreement's figures.
    assert [
        (p.promise.code, p.done) for p in services.progress.progress("HT2024")
    ] == before
    # A date decides where the activity goes: a 2024 date logs under the old one.
    old_act = services.activities.log(presence("2024-11-02", 2))
    new_act = services.activities.log(presence("2025-10-02", 5))
    old_t2 = services.agreement.scoped(services.agreement.agreements()[0]).promise("T2")
    assert old_t2.id != services.agreement.promise("T2").id
    assert old_act.promise_codes == ("T2",) and new_act.promise_codes == ("T2",)
    t2 = {p.promise.code: p for p in services.progress.progress("HT2025")}["T2"]
    assert t2.done == 5
    # HT2025 under the new agreement against HT2024 under the old one: 3 + 2 hours.
    assert t2.previous == 5
    assert services.progress.presence("HT2025").previous_hours == 5


def test_renewal_copies_and_marks_continues(services: Services) -> None:
    renew(services)
    old = services.agreement.scoped(services.agreement.agreements()[0])
    new = services.agreement.scoped(services.agreement.agreements()[1])
    assert new.agreement().code == NEW
    assert [p.code for p in new.promises()] == [p.code for p in old.promises()]
    assert all(
        n.continues == o.id for n, o in zip(new.promises(), old.promises(), strict=True)
    )
    assert [p.target for p in new.promises()] == [p.target for p in old.promises()]
    assert [i.code for i in new.indicators()] == [i.code for i in old.indicators()]
    a = new.agreement()
    assert a.parties == old.agreement().parties
    assert all(
        date(2025, 1, 1) <= h.end and h.start <= date(2026, 12, 31) for h in a.holidays
    )
    assert a.holidays and all("exempel" in h.name for h in a.holidays)
    # Höstlov keeps its weekdays (Monday–Friday), moved two years on.
    autumn = [h for h in a.holidays if h.name.startswith("Höstlov")]
    assert [h.start.weekday() for h in autumn] == [0, 0]
    assert autumn[0].start.year == 2025


def test_renewal_refuses_bad_input_and_writes_nothing(services: Services) -> None:
    files = AgreementFiles(services.agreement)
    with pytest.raises(ValidationErrors) as exc:
        files.renew(OLD, RenewDraft(OLD, "", "2026-02-30", "2025-01-01"))
    fields = {e.field for e in exc.value.errors}
    assert fields == {"agreement_code", "agreement_name", "agreement_start"}
    assert "finns redan" in str(exc.value.errors[0])
    with pytest.raises(ValidationErrors) as exc:
        files.renew(OLD, RenewDraft("ny kod", "Namn", "2026-01-01", "2025-01-01"))
    assert {e.field for e in exc.value.errors} == {"agreement_code", "agreement_end"}
    assert [a.code for a in services.agreement.agreements()] == [OLD]


def test_three_agreements_and_add_never_replaces(
    services: Services, tmp_path: Path
) -> None:
    files = renew(services)
    files.renew(
        NEW,
        RenewDraft("krokom-2027-2028", "Krokom 2027–2028", "2027-01-01", "2028-12-31"),
    )
    assert len(services.agreement.agreements()) == 3
    on(services, date(2027, 3, 1))
    assert services.agreement.agreement().code == "krokom-2027-2028"
    third = services.agreement.promise("T2")
    assert (
        third.continues
        == services.agreement.scoped(services.agreement.agreements()[1])
        .promise("T2")
        .id
    )
    out = files.export(NEW, tmp_path / "new.toml")
    with pytest.raises(LofteError, match="finns redan"):
        files.add_file(str(out))
    # The same catalogue again through init is a no-op; a changed one is refused.
    assert services.agreement.load_catalogue().changed_rows == 0
    changed = tmp_path / "changed.toml"
    changed.write_text(
        out.read_text(encoding="utf-8").replace("Krokom 2025–2026", "Annat namn"),
        encoding="utf-8",
    )
    with pytest.raises(LofteError, match="finns redan"):
        services.agreement.load_catalogue(str(changed))
    assert (
        services.agreement.scoped(services.agreement.agreements()[1]).agreement().name
        == "Krokom 2025–2026 (Exempel)"
    )


def test_export_add_export_round_trip(services: Services, tmp_path: Path) -> None:
    files = renew(services)
    first = files.export(NEW, tmp_path / "a.toml").read_text(encoding="utf-8")
    assert f'continues = "{OLD}/T2"' in first
    fresh = build_services(str(tmp_path / "fresh.sqlite"))
    try:
        fresh_files = AgreementFiles(fresh.agreement)
        fresh_files.add_file(str(tmp_path / "a.toml"))
        again = fresh_files.export(NEW, tmp_path / "b.toml").read_text(encoding="utf-8")
        assert fresh_files.catalogue(NEW).promises == files.catalogue(NEW).promises
        assert fresh_files.catalogue(NEW).agreement == files.catalogue(NEW).agreement
    finally:
        fresh.close()
    # Only the reference to a promise the fresh database lacks is written as its id.
    old_t2 = files.catalogue(OLD).promises
    for p in old_t2:
        first = first.replace(f'"{OLD}/{p.code}"', f'"{p.id}"')
    assert again == first
    # Format 1 (the built-in Krokom file) still loads; the export is format 2.
    assert "format = 2" in first


def test_overlapping_municipalities_use_the_own_agreement(
    services: Services, tmp_path: Path
) -> None:
    files = AgreementFiles(services.agreement)
    text = files.export_text(OLD)
    other = (
        text.replace(f'code = "{OLD}"', 'code = "ostby-2023-2024"')
        .replace("Krokoms kommun", "Östby kommun (exempel)")
        .replace("Medborgarlöften Krokom", "Medborgarlöften Östby")
    )
    path = tmp_path / "ostby.toml"
    path.write_text(other, encoding="utf-8")
    files.add_file(str(path))
    assert services.agreement.agreement().code == OLD  # the own one (first loaded)
    services.set_own_agreement("ostby-2023-2024")
    assert services.agreement.agreement().code == "ostby-2023-2024"
    assert services.settings_store.load().own_agreement == "ostby-2023-2024"
    # A new session (the settings kept it) still uses the own municipality's.
    again = build_services(services.db_target, today=lambda: date(2024, 10, 15))
    try:
        assert again.agreement.agreement().code == "ostby-2023-2024"
    finally:
        again.close()
    act = services.activities.log(presence("2024-10-01", 4))
    ostby = services.progress.progress("HT2024")
    assert {p.promise.code: p.done for p in ostby}["T2"] == 4
    services.ctx.choose(OLD)
    assert {p.promise.code: p.done for p in services.progress.progress("HT2024")}[
        "T2"
    ] == 0
    assert act.promise_codes == ("T2",)


def test_edit_name_parties_and_period_audited_and_checked(services: Services) -> None:
    from lofte_desktop.services.agreement_files import AgreementEdit
    from lofte_desktop.storage.meta import audit_for

    files = AgreementFiles(services.agreement)
    services.activities.log(presence("2024-10-01", 3))
    with pytest.raises(ValidationErrors) as exc:
        files.edit(OLD, AgreementEdit("", ["Polisen"], "2024-01-01", "2024-12-31"))
    fields = sorted(e.field or "" for e in exc.value.errors)
    assert fields == ["agreement_name", "agreement_parties"]
    assert "Krokoms kommun" in str(exc.value.errors[-1])
    with pytest.raises(ValidationErrors) as exc:
        files.edit(
            OLD,
            AgreementEdit(
                "Nytt namn",
                ["Polisen", "Krokoms kommun", "Krokomsbostäder"],
                "2023-01-01",
                "2024-09-30",
            ),
        )
    assert "2024-10-01" in str(exc.value.errors[0])
    assert services.agreement.agreement().name == "Medborgarlöften Krokom 2023–2024"
    updated = files.edit(
        OLD,
        AgreementEdit(
            "Medborgarlöften Krokom 2023–2024 (ändrat)",
            ["Polisen", "Krokoms kommun", "Krokomsbostäder", "Räddningstjänsten"],
            "2023-01-01",
            "2025-06-30",
        ),
    )
    current = services.agreement.agreement()
    assert current == updated and current.end == date(2025, 6, 30)
    assert "Räddningstjänsten" in current.parties
    with services.ctx.db.read() as s:
        history = audit_for(s, current.id)
    assert history[-1].action == "update"
    assert "name" in history[-1].changes and "end" in history[-1].changes
