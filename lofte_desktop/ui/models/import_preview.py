"""The import preview: every row of the file, what it becomes or its errors."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui

from lofte_desktop.domain.texts import field_name
from lofte_desktop.services.excel_import import Preview, PreviewRow

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex

COLUMNS: tuple[tuple[str, Any], ...] = (
    ("row", QtCore.QT_TRANSLATE_NOOP("ImportPreviewModel", "Rad")),
    ("outcome", QtCore.QT_TRANSLATE_NOOP("ImportPreviewModel", "Blir")),
    ("date", QtCore.QT_TRANSLATE_NOOP("ImportPreviewModel", "Datum")),
    ("type", QtCore.QT_TRANSLATE_NOOP("ImportPreviewModel", "Typ")),
    ("promises", QtCore.QT_TRANSLATE_NOOP("ImportPreviewModel", "Löften")),
    ("party", QtCore.QT_TRANSLATE_NOOP("ImportPreviewModel", "Part")),
    ("place", QtCore.QT_TRANSLATE_NOOP("ImportPreviewModel", "Plats")),
    ("hours", QtCore.QT_TRANSLATE_NOOP("ImportPreviewModel", "Timmar")),
    ("count", QtCore.QT_TRANSLATE_NOOP("ImportPreviewModel", "Antal")),
    ("errors", QtCore.QT_TRANSLATE_NOOP("ImportPreviewModel", "Fel")),
)
#: Light backgrounds with dark text keep WCAG AA contrast in light and dark themes.
_ERROR_BG = QtGui.QColor("#fde2e1")
_DUPLICATE_BG = QtGui.QColor("#ececec")
_TEXT = QtGui.QColor("#1a1a1a")


def _decimal(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class ImportPreviewModel(QtCore.QAbstractTableModel):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._lang = "sv"

    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self._rows = list(preview.rows) if preview else []
        self._lang = preview.lang if preview else "sv"
        self.endResetModel()

    def preview_row(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: QtCore.Qt.Orientation,
        role: int = QtCore.Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == QtCore.Qt.Orientation.Horizontal
            and role == QtCore.Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QtCore.QCoreApplication.translate(
                "ImportPreviewModel", COLUMNS[section][1]
            )
        return None

    def _outcome(self, r: PreviewRow) -> str:
        if r.errors:
            return QtCore.QCoreApplication.translate("ImportPreviewModel", "Fel")
        if r.duplicate:
            return QtCore.QCoreApplication.translate(
                "ImportPreviewModel", "Finns redan"
            )
        return QtCore.QCoreApplication.translate("ImportPreviewModel", "Ny")

    def _text(self, r: PreviewRow, key: str) -> str:
        lang = self._lang
        if key == "row":
            return str(r.row)
        if key == "outcome":
            return self._outcome(r)
        if key == "errors":
            return "; ".join(
                f"{field_name(e.field, lang)}: {e.message}" for e in r.errors
            )
        v = r.valid
        if v is None:  # show what the file says
            return r.cells.get(key, "")
        if key == "date":
            return v.date.isoformat()
        if key == "type":
            return v.type_name.text(lang) or v.activity_type
        if key == "promises":
            return ", ".join(v.promise_codes)
        if key == "party":
            return v.party
        if key == "place":
            return v.place or ""
        if key == "hours":
            return "" if v.hours is None else _decimal(v.hours)
        if key == "count":
            return "" if v.count is None else str(v.count)
        return ""

    def data(self, index: Index, role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (
            QtCore.Qt.ItemDataRole.DisplayRole,
            QtCore.Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._text(r, key)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole and r.errors:
            return self._text(r, "errors")
        if role == QtCore.Qt.ItemDataRole.BackgroundRole:
            if r.errors:
                return _ERROR_BG
            if r.duplicate:
                return _DUPLICATE_BG
            return None
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and (r.errors or r.duplicate):
            return _TEXT
        if role == QtCore.Qt.ItemDataRole.TextAlignmentRole and key in (
            "row",
            "hours",
            "count",
        ):
            return int(
                QtCore.Qt.AlignmentFlag.AlignRight
                | QtCore.Qt.AlignmentFlag.AlignVCenter
            )
        return None
