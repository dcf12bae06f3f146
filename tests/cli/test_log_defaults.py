"""Issue 15: `lofte log` needs no more than the form does.

The party: --party, else the user's own party (settings), else the promises' only
party, else a refusal listing the choices. --promise may be left out when the type
counts towards exactly one promise (the promise the form ticks). Both lanes: the
fast one (storage/fast_log.py) and the full one (services).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lofte_desktop.app import build_services
from lofte_desktop.domain.types import ActivityType
from lofte_desktop.entry.cli import main
from lofte_desktop.services.settings_file import SettingsStore
from lofte_desktop.storage import fast_log


@pytest.fixture(params=["fast", "full"])
def lane(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Which lane `lofte log` takes; each test checks that it took it."""
    taken: list[str] = []
    real = fast_log.log_activity

    def fast(*args: Any, **kwargs: Any) -> Any:
        if request.param == "full":
            raise fast_log.NotEligible("test: the full path")
        taken.append("fast")
        return real(*args, **kwargs)

    monkeypatch.setattr(fast_log, "log_activity", fast)
    yield request.param
    if request.param == "fast":
        assert taken, "the fast path was not taken"


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cli.sqlite")
    assert main(["init", "--db", path]) == 0
    capsys.readouterr()
    return path


def log(
    capsys: pytest.CaptureFixture[str], db: str, *args: str
) -> tuple[int, Any, str]:
    code = main(["log", "--db", db, "--date", "2024-03-05", "--json", *args])
    out, err = capsys.readouterr()
    return code, json.loads(out) if code == 0 else None, err


def own_party(name: str) -> None:
    store = SettingsStore()
    settings = store.load()
    settings.user_party = name
    store.save(settings)


def test_the_users_own_party_comes_first(
    lane: str, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    own_party("Krokoms kommun")
    # T3 (traffic checks) has one party, Polisen; the user's own party wins
    code, activity, err = log(
        capsys, db, "--type", "traffic_check", "--hours", "2", "--count", "40"
    )
    assert code == 0, err
    assert activity["party"] == "Krokoms kommun"
    assert activity["promises"] == ["T3"]


def test_then_the_promises_only_party(
    lane: str, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, activity, err = log(capsys, db, "--type", "parent_support", "--count", "3")
    assert code == 0, err
    assert activity["party"] == "Krokoms kommun"  # N2's only party
    assert activity["promises"] == ["N2"]


def test_an_explicit_party_beats_both(
    lane: str, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    own_party("Krokoms kommun")
    code, activity, err = log(
        capsys, db, "--type", "est_meeting", "--party", "Krokomsbostäder"
    )
    assert code == 0, err
    assert activity["party"] == "Krokomsbostäder"
    assert activity["promises"] == ["T4"]


def test_otherwise_it_refuses_and_lists_the_parties(
    lane: str, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = log(capsys, db, "--type", "parent_meeting", "--promise", "N1")
    assert code == 1
    assert "--party" in err and "Polisen, Krokoms kommun" in err
    assert "Krokomsbostäder" not in err  # not a party of N1


def test_a_type_with_several_promises_needs_promise(
    lane: str, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    own_party("Polisen")
    code, _, err = log(capsys, db, "--type", "presence", "--hours", "2")
    assert code == 1
    assert "--promise" in err and "N4, T2" in err
    assert main(["activities", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # nothing was written


def test_the_promise_left_out_is_the_one_the_form_ticks(
    lane: str, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every type that counts towards exactly one promise logs without --promise,
    to that promise: the one AgreementService.promises_for_type (the form) gives."""
    own_party("Polisen")
    svc = build_services(db)
    try:
        expected = {
            t: [p.code for p in svc.agreement.promises_for_type(t)]
            for t in ActivityType
        }
    finally:
        svc.close()
    single = {t: codes for t, codes in expected.items() if len(codes) == 1}
    assert len(single) >= 5
    for kind, codes in single.items():
        code, activity, err = log(
            capsys, db, "--type", kind.value, "--hours", "1", "--count", "1"
        )
        assert code == 0, (kind, err)
        assert activity["promises"] == codes
    for kind in set(expected) - set(single):
        code, _, err = log(capsys, db, "--type", kind.value, "--count", "1")
        assert code == 1 and "--promise" in err
