"""A GUI-like writer and the CLI write to one database at once: no "database is
locked", no lost write (BEGIN IMMEDIATE, busy_timeout, short transactions)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from lofte_desktop.app import build_services
from tests.conftest import draft

GUI_LIKE = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from lofte_desktop.app import build_services
    from tests.conftest import draft
    db, go = sys.argv[1], Path(sys.argv[2])
    svc = build_services(db)
    while not go.exists():
        time.sleep(0.005)
    for i in range(60):
        a = svc.activities.log(draft(count=i + 1, note="GUI"))
        if i % 4 == 0:
            svc.activities.edit(a.id, {"note": "GUI ändrad"})
        print(a.id, flush=True)
    """
)

CLI = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from lofte_desktop.entry.cli import main
    db, go = sys.argv[1], Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.005)
    codes = []
    for i in range(40):
        codes.append(main([
            "log", "--db", db, "--type", "presence", "--promise", "T2",
            "--date", "2024-03-05", "--hours", "1.5", "--place", "Centrumparken",
            "--party", "Polisen", "--note", "CLI",
        ]))
    if set(codes) != {0}:
        sys.exit(f"exit codes {codes}")
    """
)


def test_gui_and_cli_write_at_the_same_time(tmp_path: Path) -> None:
    db = tmp_path / "lofte.sqlite"
    setup = build_services(str(db))
    setup.agreement.load_catalogue()
    setup.activities.log(draft())
    setup.activities.log(
        draft(
            activity_type="presence",
            promise_codes=["T2"],
            hours=1,
            count=None,
            place="Centrumparken",
        )
    )
    setup.close()
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(db), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for code in (GUI_LIKE, CLI)
    ]
    go.touch()
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert "locked" not in err
        assert proc.returncode == 0, err[-2000:]
    gui_ids = results[0][0].split()
    assert len(gui_ids) == 60

    conn = sqlite3.connect(db)
    try:
        rows = dict(conn.execute("SELECT id, note FROM activities"))
        cli_rows = conn.execute(
            "SELECT count(*) FROM activities WHERE note = 'CLI'"
        ).fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert set(gui_ids) <= set(rows)
    assert cli_rows == 40
    assert sum(1 for i in gui_ids if rows[i] == "GUI ändrad") == 15
