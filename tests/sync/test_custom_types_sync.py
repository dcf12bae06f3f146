"""An agreement's own activity types travel in sync packages as `activity_types`
records, with the activities of those types; a retirement travels too."""

from __future__ import annotations

from pathlib import Path

from lofte_desktop.app import Services
from lofte_desktop.domain.validation import ActivityDraft
from lofte_desktop.services.agreement_files import AgreementFiles

CATALOGUE = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "catalogues"
    / "vadstena-2018-2019.toml"
)


def test_custom_types_and_their_activities_reach_the_other_device(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    police.sync.trust(municipality.sync.fingerprint)
    municipality.sync.trust(police.sync.fingerprint)
    AgreementFiles(municipality.agreement).add_file(str(CATALOGUE))
    # one database, two municipalities: the user's own agreement decides
    municipality.agreement.set_own("vadstena-2018-2019")
    municipality.activities.log(
        ActivityDraft(
            "grannsamverkan_omrade",
            ["T2"],
            "2018-05-03",
            party="Vadstena kommun",
            count=2,
            place="Borghamn",
        )
    )
    out = municipality.sync.export(tmp_path / "1.loftesync", peer=police.ctx.device_id)
    police.sync.import_file(out.path)

    vadstena = next(a for a in police.agreement.agreements() if a.code.startswith("v"))
    types = police.agreement.activity_types(vadstena.id)
    assert types.info("grannsamverkan_omrade").count_text() == (
        "Etablerade grannsamverkansområden"
    )
    [act] = [a for a in police.activities.query() if a.place == "Borghamn"]
    assert act.activity_type == "grannsamverkan_omrade" and act.count == 2
    assert police.agreement.all_types().info(act.activity_type).label() == (
        "Nytt grannsamverkansområde"
    )

    # the retirement travels; the activity keeps its type
    municipality.agreement.scoped(vadstena).retire_type("grannsamverkan_omrade")
    out = municipality.sync.export(tmp_path / "2.loftesync", peer=police.ctx.device_id)
    police.sync.import_file(out.path)
    police.agreement.ctx.invalidate()
    assert (
        police.agreement.scoped(vadstena)
        .activity_types()
        .info("grannsamverkan_omrade")
        .retired
    )
    assert [
        a.activity_type for a in police.activities.query() if a.place == "Borghamn"
    ] == ["grannsamverkan_omrade"]
