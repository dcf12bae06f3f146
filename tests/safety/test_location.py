"""Network shares are recognised (UNC paths and network filesystems in /proc/mounts)."""

from __future__ import annotations

import pytest

from lofte_desktop.storage.location import is_unc_path, network_share, network_warning

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
tmpfs /tmp tmpfs rw 0 0
server:/export/home /mnt/nfs nfs4 rw,vers=4.2 0 0
//fileserver/polisen /mnt/smb cifs rw,vers=3.0 0 0
user@host:/data /home/anna/fjärr fuse.sshfs rw 0 0
/dev/sdb1 /mnt/nfs/local-usb vfat rw 0 0
//nas/delad\\040mapp /media/delad\\040mapp smb3 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/anna/lofte.sqlite", None),
        ("/tmp/lofte.sqlite", None),
        ("/mnt/nfs/lofte/lofte.sqlite", "nfs4"),
        ("/mnt/smb/lofte.sqlite", "cifs"),
        ("/home/anna/fjärr/lofte.sqlite", "fuse.sshfs"),
        ("/mnt/nfs/local-usb/lofte.sqlite", None),  # the longest mount point wins
        ("/media/delad mapp/lofte.sqlite", "smb3"),
        ("/mnt/nfsx/lofte.sqlite", None),  # a prefix of a name is not a mount point
        (r"\\fileserver\polisen\lofte.sqlite", "UNC"),
        ("//fileserver/polisen/lofte.sqlite", "UNC"),
        ("postgresql://server/lofte", None),
    ],
)
def test_network_share_detection(path: str, kind: str | None) -> None:
    assert network_share(path, mounts_text=MOUNTS) == kind


def test_unc_edge_cases() -> None:
    assert not is_unc_path(r"\\?\C:\data\lofte.sqlite")  # a long local path
    assert not is_unc_path("///tmp/x")
    assert not is_unc_path("/tmp/x")


def test_warning_suggests_sync_folders() -> None:
    warning = network_warning("/mnt/smb/lofte.sqlite", mounts_text=MOUNTS)
    assert warning is not None
    assert "nätverksdelning" in warning and "synkmapp" in warning
    assert network_warning("/home/anna/lofte.sqlite", mounts_text=MOUNTS) is None
    english = network_warning("/mnt/smb/lofte.sqlite", mounts_text=MOUNTS, lang="en")
    assert english is not None and "sync folder" in english
