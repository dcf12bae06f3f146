"""Overrides PyInstaller's PySide6.QtNetwork hook (see hook-PySide6.QtGui.py).

The app uses QtNetwork only for QLocalServer/QLocalSocket (one instance per user),
never for the network: the TLS backends (an OpenSSL plugin) and the network
information plugins are left out.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGIN_FOLDERS = ("tls", "networkinformation")

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (src, dest)
    for src, dest in binaries
    if PurePath(dest).name not in UNUSED_PLUGIN_FOLDERS
]
