"""A lazily fetched table of activities over `services.activities`.

`set_query()` reads only the first page (PAGE rows, through `query(offset, limit)`,
which SQLite answers from the date index); further pages are read as the view
scrolls (canFetchMore / fetchMore). The total for the status line is counted on the
worker thread, because counting 200,000 rows takes longer than showing the first
page. (Listing every id up front, `ids()` + `by_ids()`, took over a second at 200k.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore

from lofte_desktop.domain.model import Activity
from lofte_desktop.domain.query import ActivityFilter, Sort
from lofte_desktop.domain.texts import language, t
from lofte_desktop.domain.types import ActivityTypes
from lofte_desktop.services.container import Services

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
    #: The count for the current query is known: `total()` changed.
    idsChanged = QtCore.Signal()

    def __init__(
        self,
        services: Services,
        parent: QtCore.QObject | None = None,
        *,
        count: Callable[[Callable[[], int], Callable[[int], None]], None] | None = None,
    ) -> None:
        """`count(fn, on_done)` runs the count off the GUI thread (the UI worker);
        without it the count runs inline."""
        super().__init__(parent)
        self.services = services
        self.filter = ActivityFilter()
        self.sort_order = Sort()
        self._rows: list[Activity] = []
        self._more = False
        self._total: int | None = None
        self._generation = 0
        self._count = count
        self._fetching = False  # views and testers may re-enter fetchMore
        self._queried = False
        self._types: ActivityTypes | None = None

    # --- query -----------------------------------------------------------------
    def set_query(
        self, f: ActivityFilter | None = None, sort: Sort | None = None
    ) -> None:
        """Reads the first page now and counts the total in the background."""
        self._queried = True
        self._types = None  # the agreement's types may have changed
        if f is not None:
            self.filter = f
        if sort is not None:
            self.sort_order = sort
        first = self.services.activities.query(
            self.filter, sort=self.sort_order, offset=0, limit=PAGE
        )
        # Remove-then-insert rather than a model reset: only the loaded rows (a few
        # pages) go, and views keep their column widths and sort indicator.
        if self._rows:
            self._fetching = True
            try:
                self.beginRemoveRows(QtCore.QModelIndex(), 0, len(self._rows) - 1)
                self._rows = []
                self._more = False
                self.endRemoveRows()
            finally:
                self._fetching = False
        self._generation += 1
        self._total = None
        self._insert(first)
        self._start_count()

    def _start_count(self) -> None:
        generation, f = self._generation, self.filter
        if not self._more:
            self._counted(generation, len(self._rows))
            return

        def done(n: int) -> None:
            self._counted(generation, n)

        def work() -> int:
            return self.services.activities.count(f)

        if self._count is None:
            done(work())
        else:
            self._count(work, done)

    def _counted(self, generation: int, n: int) -> None:
        if generation == self._generation:  # not a query the user has left
            self._total = n
            self.idsChanged.emit()

    def refresh(self) -> None:
        self.set_query()

    def total(self) -> int | None:
        """How many activities match; None while still counting."""
        return self._total

    def activity(self, row: int) -> Activity:
        return self._rows[row]

    def row_of(self, activity_id: str) -> int:
        for i, a in enumerate(self._rows):
            if a.id == activity_id:
                return i
        return -1

    # --- lazy fetching ---------------------------------------------------------
    def canFetchMore(self, parent: Index = QtCore.QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and self._more

    def fetchMore(self, parent: Index = QtCore.QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or not self._more:
            return
        rows = self.services.activities.query(
            self.filter, sort=self.sort_order, offset=len(self._rows), limit=PAGE
        )
        self._insert(rows)

    def _insert(self, rows: list[Activity]) -> None:
        self._more = len(rows) == PAGE
        if not rows:
            return
        start = len(self._rows)
        self._fetching = True
        try:
            self.beginInsertRows(QtCore.QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._fetching = False

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
            text = self._text(a, key, self._type_names())
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

    def _type_names(self) -> ActivityTypes:
        if self._types is None:
            self._types = self.services.agreement.all_types()
        return self._types

    @staticmethod
    def _text(a: Activity, key: str, types: ActivityTypes) -> str:
        if key == "date":
            return a.date.isoformat()
        if key == "activity_type":
            return types.info(a.activity_type).label(language())
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
            wanted = Sort(COLUMNS[column][0], descending)
            if not self._queried:  # a view setting up its sort indicator
                self.sort_order = wanted
                return
            self.set_query(sort=wanted)
