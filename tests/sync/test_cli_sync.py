"""End to end through `lofte`: police and municipality log, edit and delete on both
sides, exchange packages both ways (through a sync folder too) and end identical."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lofte_desktop.entry.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def log(capsys: pytest.CaptureFixture[str], db: str, *extra: str) -> str:
    code, out, err = run(
        capsys, "log", "--db", db, "--type", "presence", "--promise", "T2",
        "--date", "2024-03-05", "--hours", "2", "--place", "Centrumparken", *extra,
    )  # fmt: skip
    assert code == 0, err
    return out.strip()


def status(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, object]:
    code, out, _ = run(capsys, "sync", "status", "--db", db, "--json")
    assert code == 0
    return dict(json.loads(out))


def exchange(
    capsys: pytest.CaptureFixture[str], src: str, dst: str, out: Path
) -> dict[str, int]:
    code, _, err = run(capsys, "sync", "export", "--db", src, "--out", str(out))
    assert code == 0, err
    code, text, err = run(capsys, "sync", "import", str(out), "--db", dst, "--json")
    assert code == 0, err
    return dict(json.loads(text))


def test_police_and_municipality_converge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    police, kommun = str(tmp_path / "polis.sqlite"), str(tmp_path / "kommun.sqlite")
    for db in (police, kommun):
        assert run(capsys, "init", "--db", db)[0] == 0
    p1 = log(capsys, police, "--party", "Polisen")
    p2 = log(capsys, police, "--party", "Polisen", "--hours", "3")
    k1 = log(capsys, kommun, "--party", "Krokoms kommun", "--hours", "1.5")

    # an unknown signer is refused with its fingerprint; nothing is imported
    pkg = tmp_path / "p1.loftesync"
    assert run(capsys, "sync", "export", "--db", police, "--out", str(pkg))[0] == 0
    code, _, err = run(capsys, "sync", "import", str(pkg), "--db", kommun)
    fp_police = str(status(capsys, police)["fingerprint"])
    assert code == 1 and fp_police in err and "lofte sync trust" in err
    assert run(capsys, "sync", "trust", fp_police, "--db", kommun)[0] == 0
    assert (
        run(
            capsys,
            "sync",
            "trust",
            str(status(capsys, kommun)["fingerprint"]),
            "--db",
            police,
        )[0]
        == 0
    )

    summary = exchange(capsys, police, kommun, tmp_path / "a.loftesync")
    assert summary["new"] >= 2 and summary["conflicts"] == 0
    exchange(capsys, kommun, police, tmp_path / "b.loftesync")

    # both sides edit and delete
    assert run(capsys, "edit", p1[:8], "--db", kommun, "--hours", "4")[0] == 0
    assert run(capsys, "delete", p2[:8], "--db", police)[0] == 0
    assert run(capsys, "edit", k1[:8], "--db", police, "--hours", "2.5")[0] == 0
    log(capsys, kommun, "--party", "Krokoms kommun", "--date", "2024-03-06")

    # through a sync folder this time
    share = tmp_path / "usb"
    share.mkdir()
    for db in (police, kommun):
        assert run(capsys, "sync", "folder", str(share), "--db", db)[0] == 0
        assert run(capsys, "sync", "export", "--db", db)[0] == 0
    code, out, err = run(capsys, "sync", "import", "--folder", "--db", police, "--json")
    assert code == 0, err
    assert json.loads(out)["updated"] >= 1
    code, out, err = run(capsys, "sync", "import", "--folder", "--db", kommun, "--json")
    assert code == 0, err
    assert json.loads(out)["deleted"] == 1
    # importing the folder again changes nothing
    code, out, _ = run(capsys, "sync", "import", "--folder", "--db", kommun, "--json")
    assert {
        k: json.loads(out)[k] for k in ("new", "updated", "deleted")
    } == dict.fromkeys(("new", "updated", "deleted"), 0)

    lists = []
    for db in (police, kommun):
        code, out, _ = run(capsys, "activities", "--db", db, "--json")
        lists.append(json.loads(out))
    assert lists[0] == lists[1]
    assert len(lists[0]) == 3 and p2 not in {a["id"] for a in lists[0]}
    hours = {a["id"]: a["hours"] for a in lists[0]}
    assert hours[p1] == 4 and hours[k1] == 2.5

    st = status(capsys, kommun)
    peers = [d for d in st["devices"] if not d["is_self"]]  # type: ignore[attr-defined]
    assert peers[0]["trusted"] and peers[0]["confirmed"]
    assert re.fullmatch(r"([0-9A-F]{4} ){15}[0-9A-F]{4}", str(st["fingerprint"]))


def test_usage_and_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite")
    assert run(capsys, "init", "--db", db)[0] == 0
    code, _, err = run(capsys, "sync", "import", "--db", db)
    assert code == 2
    code, _, err = run(capsys, "sync", "trust", "nonsense", "--db", db)
    assert code == 1 and "fingeravtryck" in err.lower()
    code, _, err = run(capsys, "sync", "export", "--db", db)
    assert code == 1 and "synkmapp" in err.lower()
    code, _, err = run(
        capsys, "sync", "import", str(tmp_path / "nope.loftesync"), "--db", db
    )
    assert code == 1 and "finns inte" in err
