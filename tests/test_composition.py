"""The composition root (`app`) builds the services in one place and imports no UI.

Entry points live in `lofte_desktop/entry/`; `app` sits below the UI and the CLI,
so importing it loads neither (nor Qt, nor the database framework: the GUI's quick
start imports it before SQLAlchemy is loaded). `app.log_activity` is `lofte log`'s
one composition of its two lanes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lofte_desktop import app
from lofte_desktop.services.settings_file import SettingsStore
from lofte_desktop.storage import fast_log
from tests.conftest import draft


def _loaded_after(statement: str) -> set[str]:
    code = (
        f"import sys\n{statement}\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith("
        "('lofte_desktop', 'PySide6', 'sqlalchemy', 'alembic')))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(out.stdout.split())


def test_importing_the_composition_root_loads_no_ui_cli_qt_or_database_layer() -> None:
    loaded = _loaded_after("import lofte_desktop.app")
    assert "lofte_desktop.app" in loaded
    heavy = {
        m
        for m in loaded
        if m.startswith(
            ("lofte_desktop.ui", "lofte_desktop.cli", "lofte_desktop.entry")
        )
        or m.split(".")[0] in ("PySide6", "sqlalchemy", "alembic")
    }
    assert heavy == set()


def test_the_gui_entry_point_loads_no_qt_until_it_runs() -> None:
    loaded = _loaded_after("import lofte_desktop.entry.gui")
    assert "lofte_desktop.entry.gui" in loaded
    assert not any(m.startswith(("PySide6", "lofte_desktop.ui")) for m in loaded)


@pytest.mark.parametrize("lane", ["fast", "full"])
def test_log_activity_stores_the_draft_in_either_lane(
    lane: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "log.sqlite")
    services = app.build_services(db)
    services.agreement.load_catalogue()
    services.close()
    taken: list[str] = []
    real = fast_log.log_activity

    def fast(*args: Any, **kwargs: Any) -> Any:
        if lane == "full":
            raise fast_log.NotEligible("test: the full path")
        taken.append("fast")
        return real(*args, **kwargs)

    monkeypatch.setattr(fast_log, "log_activity", fast)

    logged = app.log_activity(draft(promise_codes=[]), db=db)

    assert taken == (["fast"] if lane == "fast" else [])
    services = app.build_services(db)
    try:
        stored = services.activities.get(logged.id)
    finally:
        services.close()
    # Left out: the promise is chosen the same way in both lanes.
    assert stored.promise_codes == logged.promise_codes == ("N1",)
    assert (stored.party, stored.count, stored.place, stored.note) == (
        "Polisen",
        25,
        "Högstadiet Krokom",
        "Föräldrakväll",
    )
    assert logged.party == "Polisen" and logged.count == 25


def test_log_activity_with_a_chosen_agreement_takes_the_full_lane(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "log.sqlite")
    services = app.build_services(db)
    services.agreement.load_catalogue()
    code = services.agreement.agreement().code
    services.close()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the fast lane was taken")

    monkeypatch.setattr(fast_log, "log_activity", refuse)
    logged = app.log_activity(
        draft(), db=db, agreement=code, settings_store=SettingsStore()
    )
    assert logged.promise_codes == ("N1",)
