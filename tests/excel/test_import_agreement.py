"""An imported sheet is checked, row by row, against ONE agreement: the one in
use. A row dated in another agreement is refused with the agreements named,
never moved into that agreement by its date; choosing that agreement on Löften
and importing again brings it in (the rows already in are recognised)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from lofte_desktop.app import Services
from lofte_desktop.services.agreement_files import AgreementFiles, RenewDraft
from tests.excel.conftest import HEADERS, write_csv
from tests.excel.test_import import confirmed

ROWS = [
    (date(2024, 3, 5), "Närvaro", "Torget", 2, None, ""),  # Krokom 2023–2024
    (date(2025, 3, 4), "Närvaro", "Torget", 1.5, None, ""),  # the renewal
]


def test_rows_are_checked_against_the_agreement_in_use(
    services: Services, tmp_path: Path
) -> None:
    AgreementFiles(services.agreement).renew(
        "krokom-2023-2024",
        RenewDraft(
            "krokom-2025-2026", "Krokom 2025–2026 (Exempel)", "2025-01-01", "2026-12-31"
        ),
    )
    path = write_csv(tmp_path / "logg.csv", HEADERS, ROWS)
    assert services.imports.target().code == "krokom-2023-2024"
    preview = confirmed(services, path)
    assert [r.row for r in preview.new] == [2]
    (bad,) = preview.bad
    assert bad.row == 3 and bad.errors[0].field == "date"
    assert "Krokom 2025–2026 (Exempel)" in bad.errors[0].message  # names them
    result = services.imports.commit(preview, skip_bad=True)
    assert result.new == 1

    services.ctx.choose("krokom-2025-2026")  # chosen on Löften
    assert services.imports.target().code == "krokom-2025-2026"
    again = confirmed(services, path)
    assert [r.row for r in again.new] == [3]
    assert [r.row for r in again.bad] == [2]  # now outside the one in use
    services.imports.commit(again, skip_bad=True)
    view = services.agreement
    assert view.agreement().code == "krokom-2025-2026"
    acts = services.activities.query()
    assert sorted(a.date for a in acts) == [date(2024, 3, 5), date(2025, 3, 4)]
    t2_new = view.promise("T2").id
    with services.ctx.db.read() as s:
        linked = s.execute(
            text("SELECT count(*) FROM activity_promises WHERE promise_id = :p"),
            {"p": t2_new},
        ).scalar_one()
    assert linked == 1  # the 2025 row counts towards the renewal's T2
