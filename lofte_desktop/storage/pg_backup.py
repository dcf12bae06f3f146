"""Backups of the shared store (PostgreSQL) with `pg_dump` and `pg_restore`.

The SQLite backups (services/backup.py) copy the file; a server database is dumped
instead, in pg_dump's custom format (compressed, restorable table by table). The
password, when one is needed, reaches the tools through a private temporary
PGPASSFILE, never on the command line. When the tools are missing the user gets a
clear Swedish message saying what to install.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lofte_desktop.storage import postgres

TIMEOUT_S = 3600


class PgBackupError(Exception):
    """A dump or restore that could not be done; the message is for the user."""


def find_tool(name: str) -> str | None:
    """`pg_dump`/`pg_restore` on PATH, else the newest in /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: (
            int(Path(p).parent.parent.name)
            if Path(p).parent.parent.name.isdigit()
            else 0
        ),
        reverse=True,
    )
    return candidates[0] if candidates else None


def _tool(name: str) -> str:
    tool = find_tool(name)
    if tool is None:
        raise PgBackupError(
            f"{name} saknas på den här datorn, så den gemensamma databasen kan inte "
            "säkerhetskopieras härifrån. Installera PostgreSQL-klienten (Debian/"
            "Ubuntu: apt install postgresql-client), eller be den som sköter servern "
            "ta säkerhetskopior där."
        )
    return tool


@contextmanager
def _libpq(target: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(libpq connection URI without a password, environment for the tool)."""
    url = postgres.engine_url(target)  # the keyring's password added if needed
    password = url.password
    conninfo = url._replace(drivername="postgresql", password=None).render_as_string(
        hide_password=False
    )
    env = dict(os.environ)
    if password is None:
        yield conninfo, env
        return
    folder = tempfile.mkdtemp(prefix="lofte-pgpass-")
    passfile = Path(folder) / "pgpass"
    try:
        fd = os.open(passfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            escaped = str(password).replace("\\", "\\\\").replace(":", "\\:")
            fh.write(f"*:*:*:*:{escaped}\n")
        env["PGPASSFILE"] = str(passfile)
        yield conninfo, env
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(args: list[str], env: dict[str, str], what: str) -> None:
    try:
        done = subprocess.run(
            args, env=env, capture_output=True, text=True, timeout=TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PgBackupError(f"{what} kunde inte köras: {exc}") from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        first = detail[0] if detail else f"slutkod {done.returncode}"
        hint = ""
        if "version mismatch" in first:
            hint = " Installera en PostgreSQL-klient som är minst lika ny som servern."
        raise PgBackupError(f"{what} misslyckades: {first}.{hint}")


def dump(target: str, dest: Path) -> Path:
    """Dumps the whole store to `dest` (0600, written whole or not at all)."""
    tool = _tool("pg_dump")
    dest = dest.expanduser().resolve()
    if dest.is_dir():
        raise PgBackupError(f"{dest} är en mapp. Ange ett filnamn.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}-")
    os.close(fd)
    os.chmod(tmp, 0o600)
    try:
        with _libpq(target) as (conninfo, env):
            _run(
                [
                    tool,
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--file={tmp}",
                    f"--dbname={conninfo}",
                ],
                env,
                "Säkerhetskopieringen (pg_dump)",
            )
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return dest


def restore(target: str, src: Path) -> None:
    """Restores a dump into the store, replacing its tables, in one transaction."""
    tool = _tool("pg_restore")
    src = src.expanduser().resolve()
    if not src.is_file():
        raise PgBackupError(f"Hittar ingen säkerhetskopia: {src}.")
    with src.open("rb") as fh:
        if fh.read(5) != b"PGDMP":
            raise PgBackupError(
                f"{src} är ingen säkerhetskopia av en PostgreSQL-databas "
                "(pg_dump, eget format). Ingenting ändrades."
            )
    with _libpq(target) as (conninfo, env):
        _run(
            [
                tool,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={conninfo}",
                str(src),
            ],
            env,
            "Återställningen (pg_restore)",
        )
