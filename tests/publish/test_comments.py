"""Comments per promise and period: stored exactly, audited, guarded, locked, synced."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lofte_desktop.app import Services
from lofte_desktop.domain.errors import LockedError, PrivacyError, ValidationError
from lofte_desktop.domain.refusals import ImportPrivacyError
from lofte_desktop.entry.cli import main as lofte
from lofte_desktop.storage import comments as store
from lofte_desktop.storage.meta import audit_for, next_stamp
from tests.publish.conftest import B2_COMMENT, SUMMARY

PNR = "19811218-9876"  # made up, passes the Luhn check


def test_comments_are_stored_exactly_and_audited(commented: Services) -> None:
    c = commented.comments.comments("HT2024")
    assert c.promises == {"B2": B2_COMMENT}
    assert c.summary == SUMMARY
    assert c.approval is not None
    assert (c.approval.role, c.approval.name, c.approval.on) == (
        "Kommunchef",
        "Anna Exempel",
        date(2026, 12, 10),
    )
    assert commented.comments.comments("VT2024").promises == {}
    a = commented.ctx.agreement()
    b2 = commented.agreement.promise("B2").id
    rid = store.comment_id(a.id, "HT2024", "promise", b2)
    with commented.ctx.db.read() as s:
        history = audit_for(s, rid)
    assert [h.action for h in history] == ["insert"]
    assert history[0].changes["text"] == [None, B2_COMMENT]
    commented.comments.set_promise_comment("HT2024", "B2", "Ny text")
    with commented.ctx.db.read() as s:
        history = audit_for(s, rid)
    assert [h.action for h in history] == ["insert", "update"]
    assert history[1].changes["text"] == [B2_COMMENT, "Ny text"]


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_text_is_stored_exactly_or_refused(services: Services, text: str) -> None:
    try:
        services.comments.set_summary("VT2024", text)
    except PrivacyError:
        return
    assert services.comments.comments("VT2024").summary == text


def test_a_personnummer_is_refused_and_nothing_is_stored(services: Services) -> None:
    with pytest.raises(PrivacyError) as err:
        services.comments.set_promise_comment("HT2024", "B2", f"Gäller {PNR}.")
    assert "personnummer" in str(err.value)
    with pytest.raises(PrivacyError):
        services.comments.set_approval(
            "HT2024", role="Kommunchef", name=PNR, on=date(2026, 12, 1)
        )
    c = services.comments.comments("HT2024")
    assert c.promises == {} and c.approval is None


def test_an_approval_needs_a_date_and_a_person(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.comments.set_approval("HT2024", role="", name="", on=date(2026, 1, 1))
    with pytest.raises(ValidationError):
        services.comments.set_approval("HT2024", role="Chef", name="A", on=None)


def test_a_locked_period_locks_its_comments(commented: Services) -> None:
    commented.locks.lock("2024")
    assert commented.comments.comments("HT2024").locked
    with pytest.raises(LockedError):
        commented.comments.set_promise_comment("HT2024", "B2", "ändrad")
    with pytest.raises(LockedError):
        commented.comments.set_summary("HT2024", "ändrad")
    assert commented.comments.comments("HT2024").summary == SUMMARY
    commented.locks.unlock("2024", reason="rättelse")
    commented.comments.set_summary("HT2024", "ändrad")
    assert commented.comments.comments("HT2024").summary == "ändrad"


def _sync(src: Services, dst: Services, tmp_path: Path, name: str) -> dict:
    out = src.sync.export(tmp_path / f"{name}.loftesync", peer=dst.ctx.device_id)
    return dst.sync.import_file(out.path).as_dict()


def test_comments_round_trip_through_sync(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    police.sync.trust(municipality.sync.fingerprint)
    municipality.sync.trust(police.sync.fingerprint)
    police.comments.set_promise_comment("HT2024", "B2", B2_COMMENT)
    police.comments.set_approval(
        "HT2024", role="Kommunchef", name="Anna Exempel", on=date(2026, 12, 10)
    )
    _sync(police, municipality, tmp_path, "one")
    got = municipality.comments.comments("HT2024")
    assert got.promises == {"B2": B2_COMMENT}
    assert got.approval is not None and got.approval.name == "Anna Exempel"
    # and back: the municipality's summary reaches the police
    municipality.comments.set_summary("HT2024", SUMMARY)
    _sync(municipality, police, tmp_path, "two")
    assert police.comments.comments("HT2024").summary == SUMMARY


def test_an_incoming_comment_in_a_locked_period_waits_for_review(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    police.sync.trust(municipality.sync.fingerprint)
    municipality.sync.trust(police.sync.fingerprint)
    police.comments.set_summary("HT2024", "första")
    _sync(police, municipality, tmp_path, "one")
    municipality.locks.lock("HT2024")
    police.comments.set_summary("HT2024", "ändrad efter låsningen")
    result = _sync(police, municipality, tmp_path, "two")
    assert result["conflicts"] == 1, result
    assert municipality.comments.comments("HT2024").summary == "första"
    assert any(c.table == "period_comments" for c in municipality.sync.conflicts())


def test_an_incoming_personnummer_in_a_comment_refuses_the_package(
    police: Services, municipality: Services, tmp_path: Path
) -> None:
    police.sync.trust(municipality.sync.fingerprint)
    municipality.sync.trust(police.sync.fingerprint)
    a = police.ctx.agreement()
    with police.ctx.db.write() as s:  # past the service's guard, as a bad peer might
        store.set_comment(
            s,
            agreement_id=a.id,
            period_code="HT2024",
            kind="summary",
            promise_id=None,
            values={"text": f"Se {PNR}"},
            user="x",
            stamp=next_stamp(s, police.ctx.device_id),
        )
    with pytest.raises(ImportPrivacyError) as err:
        _sync(police, municipality, tmp_path, "bad")
    assert "period_comments" in str(err.value)
    assert municipality.comments.comments("HT2024").summary == ""


def test_cli_comment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite")
    assert lofte(["--db", db, "init"]) == 0
    args = ["--db", db, "comment", "--period", "HT2024"]
    assert lofte([*args, "--promise", "B2", "--text", "Görs i februari."]) == 0
    assert lofte([*args, "--summary", "Bra höst."]) == 0
    assert (
        lofte(
            [
                *args,
                "--approved-by",
                "Kommunchef Anna Exempel",
                "--approved-on",
                "2026-12-10",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert lofte([*args, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["promises"] == {"B2": "Görs i februari."}
    assert out["summary"] == "Bra höst."
    assert out["approval"] == {
        "role": "Kommunchef",
        "name": "Anna Exempel",
        "on": "2026-12-10",
    }
    assert lofte([*args, "--summary", f"nr {PNR}"]) == 1
    assert "personnummer" in capsys.readouterr().err
    assert lofte([*args, "--text", "utan löfte"]) == 2
    assert lofte(["--db", db, "lock", "HT2024"]) == 0
    assert lofte([*args, "--summary", "ändrad"]) == 1
    assert "låst" in capsys.readouterr().err
