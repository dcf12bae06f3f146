"""A throwaway PostgreSQL server for the tests and benches (never a mock).

Uses the Debian `postgresql` package's binaries (/usr/lib/postgresql/*/bin, or
`initdb` on PATH). PostgreSQL refuses to run as root, so as root the cluster is
created and started as the `postgres` system user through `runuser`. The cluster
lives in a temp folder, listens only on a Unix socket in that folder (no TCP port,
nothing on the network), trusts local connections, and is removed by `stop()`.

Each test gets its own database: `CREATE DATABASE … TEMPLATE lofte_template`,
where the template was migrated once, so a test does not pay for the migrations.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shlex
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from itertools import count
from pathlib import Path
from typing import Any

TEMPLATE = "lofte_template"
#: A role that must log in with a password (the credential tests use it).
PASSWORD_ROLE = "lofte_pw"
#: Durability off: safe for a throwaway test cluster, and it keeps tests quick.
FAST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


class ServerUnavailable(Exception):
    """No PostgreSQL server could be started here (the reason is the message)."""


def find_bindir() -> Path:
    env = os.environ.get("LOFTE_PG_BINDIR")
    candidates = [env] if env else []
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
        reverse=True,
    )
    which = shutil.which("initdb")
    if which:
        candidates.append(str(Path(which).parent))
    for c in candidates:
        if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    raise ServerUnavailable(
        "PostgreSQL is not installed (apt-get install postgresql postgresql-client)"
    )


class PgServer:
    """One throwaway cluster. `start()`, then `create_database()` per test."""

    def __init__(self, *, fast: bool = True, port: int = 54329) -> None:
        self.fast = fast
        self.port = port
        self.root: Path | None = None
        self.bindir: Path | None = None
        self._as_postgres = os.geteuid() == 0
        self._admin: Any = None
        self._watchdog: subprocess.Popen[bytes] | None = None
        self._names = count(1)

    # --- life cycle ------------------------------------------------------------

    @property
    def socket_dir(self) -> Path:
        assert self.root is not None
        return self.root / "sock"

    @property
    def data_dir(self) -> Path:
        assert self.root is not None
        return self.root / "data"

    def _run(self, args: Sequence[str], timeout: float = 120) -> None:
        cmd = list(args)
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, check=False
        )
        if done.returncode != 0:
            raise ServerUnavailable(
                f"{' '.join(cmd)} failed ({done.returncode}): "
                f"{done.stderr.strip() or done.stdout.strip()}"
            )

    def start(self) -> PgServer:
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise ServerUnavailable("psycopg is not installed") from exc
        self.bindir = find_bindir()
        self.root = Path(tempfile.mkdtemp(prefix="lofte-pg-"))
        self.root.chmod(0o755)
        self.data_dir.mkdir()
        self.socket_dir.mkdir()
        if self._as_postgres:
            if shutil.which("runuser") is None:
                raise ServerUnavailable("runuser is missing (util-linux)")
            for d in (self.data_dir, self.socket_dir):
                shutil.chown(d, "postgres", "postgres")
        try:
            self._run(
                [
                    str(self.bindir / "initdb"),
                    "-D",
                    str(self.data_dir),
                    "--auth=trust",
                    "--username=postgres",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            )
            self._write_hba()
            options = [
                f"-p {self.port}",
                f"-k {self.socket_dir}",
                "-c listen_addresses=''",
                "-c max_connections=60",
                # lets the concurrency test compare commit order with clock stamps
                "-c track_commit_timestamp=on",
            ]
            if self.fast:
                options += [f"-c {s}" for s in FAST_SETTINGS]
            self._run(
                [
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data_dir),
                    "-o",
                    " ".join(options),
                    "-l",
                    str(self.data_dir / "server.log"),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            )
            self._start_watchdog()
            self._create_template()
        except BaseException:
            self.stop()
            raise
        return self

    def _start_watchdog(self) -> None:
        """Stops the cluster and removes its folder if this process dies without
        calling stop() (a test run killed by a timeout or Ctrl-C twice)."""
        assert self.bindir is not None and self.root is not None
        stop = [
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data_dir),
            "-m",
            "immediate",
            "stop",
        ]
        if self._as_postgres:
            stop = ["runuser", "-u", "postgres", "--", *stop]
        script = (
            f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 1; done; "
            f"{shlex.join(stop)} >/dev/null 2>&1; rm -rf {shlex.quote(str(self.root))}"
        )
        self._watchdog = subprocess.Popen(
            ["sh", "-c", script],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def _write_hba(self) -> None:
        """Trust local users, except PASSWORD_ROLE, who must give a password."""
        hba = self.data_dir / "pg_hba.conf"
        hba.write_text(
            f"local all {PASSWORD_ROLE} scram-sha-256\nlocal all all trust\n",
            encoding="utf-8",
        )
        if self._as_postgres:
            shutil.chown(hba, "postgres", "postgres")

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        if self.root is None:
            return
        if self.bindir is not None and (self.data_dir / "postmaster.pid").exists():
            with contextlib.suppress(ServerUnavailable, subprocess.TimeoutExpired):
                self._run(
                    [
                        str(self.bindir / "pg_ctl"),
                        "-D",
                        str(self.data_dir),
                        "-m",
                        "immediate",
                        "-w",
                        "stop",
                    ],
                    timeout=60,
                )
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None
        if self._watchdog is not None:
            self._watchdog.kill()
            self._watchdog.wait()
            self._watchdog = None

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- databases ----------------------------------------------------------------

    def url(self, dbname: str, *, user: str = "postgres") -> str:
        """A SQLAlchemy URL for a database of this server (over the Unix socket)."""
        return (
            f"postgresql+psycopg://{user}@/{dbname}"
            f"?host={self.socket_dir}&port={self.port}"
        )

    def admin(self) -> Any:
        """An autocommit psycopg connection to the `postgres` database."""
        if self._admin is None or self._admin.closed:
            import psycopg

            deadline = time.monotonic() + 30
            while True:
                try:
                    self._admin = psycopg.connect(
                        host=str(self.socket_dir),
                        port=self.port,
                        user="postgres",
                        dbname="postgres",
                        autocommit=True,
                    )
                    break
                except psycopg.OperationalError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
        return self._admin

    def _create_template(self) -> None:
        from lofte_desktop.storage.migrate import open_database

        self.admin().execute(f"CREATE DATABASE {TEMPLATE}")
        db = open_database(self.url(TEMPLATE))
        db.dispose()

    def create_database(self, *, migrated: bool = True, name: str = "") -> str:
        """A new database (migrated to head from the template, or empty); its URL."""
        dbname = name or f"t{os.getpid()}_{next(self._names)}"
        template = TEMPLATE if migrated else "template0"
        self.admin().execute(f"CREATE DATABASE {dbname} TEMPLATE {template}")
        return self.url(dbname)

    def drop_database(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        dbname = make_url(url).database
        self.admin().execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")

    def refresh_template(self) -> None:
        """Re-migrates the template (after a new migration appears mid-session)."""
        self.admin().execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
        self._create_template()
