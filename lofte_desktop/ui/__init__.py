"""The Qt desktop UI. Only this package imports Qt.

Importing it first guards None/True/False against a PySide6 6.12.0 reference-count
bug on Python 3.11 (see refcount_guard.py), so every entry point (the app, the UI
tests, the benchmarks) is covered.
"""

from lofte_desktop.ui.refcount_guard import protect_singletons

protect_singletons()
