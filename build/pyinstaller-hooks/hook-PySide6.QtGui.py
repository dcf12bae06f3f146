"""Overrides PyInstaller's PySide6.QtGui hook to collect only the Qt plugins the app
can use (app.spec passes this folder as `hookspath`).

Pruning here, before PyInstaller follows each plugin's library dependencies, also
keeps out what only a pruned plugin needs: the GTK 3 platform theme alone would
pull in cairo, pango, pixman and more from the build machine.
"""

from fnmatch import fnmatch
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Plugins by folder: the file patterns to keep. Folders not named here are kept
# whole (iconengines for SVG icons, xcbglintegrations, wayland-*, styles, …).
PLUGINS_KEEP = {
    # xcb for X11 and XWayland, wayland for native Wayland sessions, offscreen for
    # headless runs and the self-test; windows / direct2d / cocoa elsewhere. Not
    # eglfs, linuxfb, vnc, minimal(egl), vkkhrdisplay: those are for devices
    # without a desktop.
    "platforms": (
        "*qxcb*",
        "*qwayland*",
        "*qoffscreen*",
        "*qwindows*",
        "*qdirect2d*",
        "*qcocoa*",
    ),
    # The app sets the Fusion style itself. The portal theme gives native file
    # dialogs in sandboxes and on Wayland; the GTK 3 theme needs GTK on the machine.
    "platformthemes": ("*xdgdesktopportal*",),
    "imageformats": ("*qsvg*", "*qico*", "*qjpeg*", "*qgif*"),
    "egldeviceintegrations": (),  # eglfs only
    "generic": (),  # touch input (evdev, tuio) on devices without a desktop
    "platforminputcontexts": ("*compose*", "*ibus*"),
}


def _keep(dest_dir: str, src: str) -> bool:
    folder = PurePath(dest_dir).name
    patterns = PLUGINS_KEEP.get(folder)
    if patterns is None or "plugins" not in PurePath(dest_dir).parts:
        return True
    return any(fnmatch(PurePath(src).name, p) for p in patterns)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _keep(dest, src)]
