"""A lazily fetched table of activities over `services.activities`.

`set_query()` asks the service for the matching ids only (one cheap query); rows are
read in pages of PAGE through `by_ids()` as the view scrolls (canFetchMore /
fetchMore), so opening a table of 200,000 activities reads a few hundred rows.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore

from lofte_desktop.app import Services
from lofte_desktop.domain.model import Activity
from lofte_desktop.domain.query import ActivityFilter, Sort
from lofte_desktop.domain.texts import t

PAGE = 200
Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex

#: (sort key, Swedish header); the sort keys are domain.query.SORT_KEYS.
COLUMNS: tuple[tuple[str, Any], ...] = (
    ("date", QtCore.QT_TRANSLATE_NOOP("ActivityTableModel", "Datum")),
    ("activity_type", QtCore.QT_TRANSLATE_NOOP("ActivityTableModel", "Typ")),
    ("promises", QtCore.QT_TRANSLATE_NOOP("ActivityTableModel", "Löften")),
    ("party", QtCore.QT_TRANSLATE_NOOP("ActivityTableModel", "Part")),
    ("place", QtCore.QT_TRANSLATE_NOOP("ActivityTableModel", "Plats")),
    ("hours", QtCore.QT_TRANSLATE_NOOP("ActivityTableModel", "Timmar")),
    ("count", QtCore.QT_TRANSLATE_NOOP("ActivityTableModel", "Antal")),
    ("status", QtCore.QT_TRANSLATE_NOOP("ActivityTableModel", "Status")),
    ("note", QtCore.QT_TRANSLATE_NOOP("ActivityTableModel", "Anteckning")),
    ("logged_by", QtCore.QT_TRANSLATE_NOOP("ActivityTableModel", "Loggad av")),
)
NUMERIC = {"hours", "count"}
ID_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1


def _decimal(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class ActivityTableModel(QtCore.QAbstractTableModel):
    #: The query ran again: `total()` may have changed.
    idsChanged = QtCore.Signal()

    def __init__(
        self, services: Services, parent: QtCore.QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.filter = ActivityFilter()
        self.sort_order = Sort()
        self._ids: list[str] = []
        self._rows: list[Activity] = []
        self._fetching = False  # views and testers may re-enter fetchMore

    # --- query -----------------------------------------------------------------
    def set_query(
        self, f: ActivityFilter | None = None, sort: Sort | None = None
    ) -> None:
        """Runs the id query and shows the first page."""
        if f is not None:
            self.filter = f
        if sort is not None:
            self.sort_order = sort
        ids = self.services.activities.ids(self.filter, self.sort_order)
        # Remove-then-insert rather than a model reset: only the loaded rows (a few
        # pages) go, and views keep their column widths and sort indicator.
        if self._rows:
            self._fetching = True
            try:
                self.beginRemoveRows(QtCore.QModelIndex(), 0, len(self._rows) - 1)
                self._rows = []
                self._ids = []
                self.endRemoveRows()
            finally:
                self._fetching = False
        self._ids = ids
        self.idsChanged.emit()
        if self.canFetchMore(QtCore.QModelIndex()):
            self.fetchMore(QtCore.QModelIndex())

    def refresh(self) -> None:
        self.set_query()

    def total(self) -> int:
        return len(self._ids)

    def activity(self, row: int) -> Activity:
        return self._rows[row]

    def row_of(self, activity_id: str) -> int:
        for i, a in enumerate(self._rows):
            if a.id == activity_id:
                return i
        return -1

    # --- lazy fetching ---------------------------------------------------------
    def canFetchMore(self, parent: Index = QtCore.QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._fetching
            and len(self._rows) < len(self._ids)
        )

    def fetchMore(self, parent: Index = QtCore.QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching:
            return
        start = len(self._rows)
        page = self._ids[start : start + PAGE]
        if not page:
            return
        rows = self.services.activities.by_ids(page)
        order = {aid: i for i, aid in enumerate(page)}
        rows.sort(key=lambda a: order.get(a.id, 0))
        if rows:
            self._fetching = True
            try:
                self.beginInsertRows(QtCore.QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            finally:
                self._fetching = False
        if len(rows) < len(page):  # deleted meanwhile: drop their ids
            have = {a.id for a in rows}
            missing = {aid for aid in page if aid not in have}
            self._ids = [i for i in self._ids if i not in missing]

    # --- Qt model API ----------------------------------------------------------
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
                "ActivityTableModel", str(COLUMNS[section][1])
            )
        return None

    def data(self, index: Index, role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (
            QtCore.Qt.ItemDataRole.DisplayRole,
            QtCore.Qt.ItemDataRole.ToolTipRole,
        ):
            text = self._text(a, key)
            if role == QtCore.Qt.ItemDataRole.DisplayRole and key == "note":
                return text.split("\n", 1)[0]
            return text
        if role == QtCore.Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(
                QtCore.Qt.AlignmentFlag.AlignRight
                | QtCore.Qt.AlignmentFlag.AlignVCenter
            )
        if role == ID_ROLE:
            return a.id
        return None

    @staticmethod
    def _text(a: Activity, key: str) -> str:
        if key == "date":
            return a.date.isoformat()
        if key == "activity_type":
            return t(f"type.{a.activity_type.value}")
        if key == "promises":
            return ", ".join(a.promise_codes)
        if key == "party":
            return a.party
        if key == "place":
            return a.place or ""
        if key == "hours":
            return "" if a.hours is None else _decimal(a.hours)
        if key == "count":
            return "" if a.count is None else str(a.count)
        if key == "status":
            return t(f"status.{a.status.value}")
        if key == "note":
            return a.note
        return a.logged_by

    def sort(
        self,
        column: int,
        order: QtCore.Qt.SortOrder = QtCore.Qt.SortOrder.AscendingOrder,
    ) -> None:
        if 0 <= column < len(COLUMNS):
            descending = order == QtCore.Qt.SortOrder.DescendingOrder
            self.set_query(sort=Sort(COLUMNS[column][0], descending))
