"""Where the database lives: private file modes, and network shares to warn about.

SQLite's locking is not reliable on network filesystems (NFS, SMB/CIFS, sshfs…):
two machines can both believe they hold the write lock and corrupt the file. The app
still opens such a path, but warns, and suggests a sync folder instead.

Standard library only, so the CLI and the GUI's start-up can call it cheaply.
"""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from pathlib import Path

#: Filesystem types (as in /proc/mounts) on which SQLite locking is unsafe.
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "smb2",
        "sshfs",
        "fuse.sshfs",
        "afs",
        "ncpfs",
        "coda",
        "9p",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",
        "gpfs",
        "beegfs",
    }
)
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def is_unc_path(path: str) -> bool:
    r"""A Windows UNC path (\\server\share\…) or its slash form (//server/share)."""
    for sep in ("\\", "/"):
        if path.startswith(sep * 2) and not path.startswith(sep * 3):
            rest = path[2:].replace("\\", "/").split("/")
            return len(rest) >= 2 and bool(rest[0]) and rest[0] not in ("?", ".")
    return False


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes spaces, tabs and backslashes as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n")):
        field = field.replace(code, char)
    return field.replace("\\134", "\\")


def mount_for(path: str, mounts_text: str) -> tuple[str, str] | None:
    """(mount point, filesystem type) of the longest mount point holding `path`."""
    best: tuple[str, str] | None = None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape_mount(parts[1]), parts[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    return best


def _windows_remote_drive(path: str) -> bool:
    if sys.platform != "win32":  # pragma: no cover - Windows only
        return False
    import ctypes  # pragma: no cover

    drive = os.path.splitdrive(os.path.abspath(path))[0]  # pragma: no cover
    if not drive:  # pragma: no cover
        return False
    kernel32 = ctypes.windll.kernel32  # pragma: no cover
    return bool(kernel32.GetDriveTypeW(drive + "\\") == 4)  # DRIVE_REMOTE


def network_share(path: str, *, mounts_text: str | None = None) -> str | None:
    """What makes `path` a network location ("UNC", "nfs4", "cifs"…), or None.

    `mounts_text` is the content of /proc/mounts (read from the system when None).
    URLs (a server database) are not files and return None.
    """
    if not path or "://" in path:
        return None
    if is_unc_path(path):
        return "UNC"
    if _windows_remote_drive(path):
        return "nätverksenhet"  # pragma: no cover
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return None
    real = os.path.realpath(path)
    found = mount_for(real, mounts_text)
    if found and found[1].lower() in NETWORK_FS_TYPES:
        return found[1]
    return None


def network_warning(
    path: str, *, mounts_text: str | None = None, lang: str | None = None
) -> str | None:
    """The warning (Swedish, or English) for a database on a network share, or None."""
    from lofte_desktop.domain.texts import language

    kind = network_share(path, mounts_text=mounts_text)
    if kind is None:
        return None
    if (lang or language()) == "en":
        return (
            f"The database is on a network share ({kind}): {path}. SQLite cannot "
            "lock the file safely there, and two computers writing at once can "
            "damage it. Keep the database on this computer and share the work with "
            "sync packages through a sync folder instead."
        )
    return (
        f"Databasen ligger på en nätverksdelning ({kind}): {path}. SQLite kan inte "
        "låsa filen säkert där, och två datorer som skriver samtidigt kan förstöra "
        "den. Lägg databasen på den egna datorn och dela arbetet med synkpaket via "
        "en synkmapp i stället."
    )


def make_private_dir(path: Path) -> Path:
    """Creates `path` (and parents) as 0700; an existing folder is left as it is."""
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        with suppress(OSError):
            os.chmod(path, PRIVATE_DIR)  # mkdir's mode is masked by the umask
    return path


def make_private_file(path: Path) -> None:
    """Creates an empty file readable only by the user, unless it exists already."""
    with suppress(FileExistsError):
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
        os.close(fd)


def secure_file(path: str | Path) -> None:
    """Makes a file and its SQLite companions (-wal, -shm, -journal) 0600."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = f"{path}{suffix}"
        if os.path.exists(p):
            with suppress(OSError):
                os.chmod(p, PRIVATE_FILE)


def write_private(path: Path, data: bytes) -> None:
    """Writes a secret (e.g. a key) atomically, readable only by the user."""
    make_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
