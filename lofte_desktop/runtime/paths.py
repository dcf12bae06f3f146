"""Where things live: bundled resources, migrations, and the user's data folder.

Works from a source checkout and from a PyInstaller bundle (sys._MEIPASS). Imports
only the standard library and platformdirs, so the CLI's --help stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "lofte-desktop"
APP_AUTHOR = "lofte"


def project_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def migrations_dir() -> Path:
    return project_root() / "db"


def catalogues_dir() -> Path:
    return resources_dir() / "catalogues"


def data_dir() -> Path:
    """The user's data folder (platform convention), created 0700 on first use."""
    return _own_folder("LOFTE_DATA_DIR", "user_data_dir")


def config_dir() -> Path:
    """The user's config folder (settings.json, window.ini), created 0700."""
    return _own_folder("LOFTE_CONFIG_DIR", "user_config_dir")


def _own_folder(override_variable: str, platform_kind: str) -> Path:
    """The folder the variable names, else platformdirs' `platform_kind` folder."""
    override = os.environ.get(override_variable)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(getattr(platformdirs, platform_kind)(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path:
    return data_dir() / "lofte.sqlite"


def resolve_db(arg: str | None) -> str:
    """--db, else LOFTE_DB, else the default path. URLs (with ://) pass through."""
    value = arg or os.environ.get("LOFTE_DB") or str(default_db_path())
    if "://" in value:
        return value
    return str(Path(value).expanduser().resolve())
