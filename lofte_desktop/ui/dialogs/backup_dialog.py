"""Säkerhetskopior: lists the backups, makes one now, and restores one after asking.

Every backup and restore runs on the worker (the one thread that writes). A restore
first saves the current database as a backup of its own, so it can be undone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from lofte_desktop.services.backup import BackupInfo
from lofte_desktop.ui.context import UiContext


def _size(n: int) -> str:
    return f"{n / 1024:.0f} kB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


class BackupDialog(QtWidgets.QDialog):
    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.backups = ui.services.backups
        self.items: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        self.table = QtWidgets.QTableWidget(0, 3)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.table.setSelectionMode(
            QtWidgets.QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Säkerhetskopior, nyaste först"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.backup_now = QtWidgets.QPushButton(self.tr("Säkerhetskopiera &nu"))
        self.save_copy = QtWidgets.QPushButton(self.tr("&Spara en kopia som…"))
        self.restore_button = QtWidgets.QPushButton(self.tr("&Återställ vald…"))
        self.restore_file = QtWidgets.QPushButton(self.tr("Återställ från &fil…"))
        self.close_button = QtWidgets.QPushButton(self.tr("Stäng"))
        self.backup_now.clicked.connect(self.make_backup)
        self.save_copy.clicked.connect(self.save_copy_as)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file.clicked.connect(self.restore_from_file)
        self.close_button.clicked.connect(self.accept)
        buttons = QtWidgets.QHBoxLayout()
        for b in (
            self.backup_now,
            self.save_copy,
            self.restore_button,
            self.restore_file,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 460)
        self.reload()

    # --- showing ----------------------------------------------------------------

    def reload(self) -> None:
        available = self.backups.available
        for b in (self.backup_now, self.save_copy, self.restore_file):
            b.setEnabled(available)
        if not available:
            self.intro.setText(
                self.tr(
                    "Databasen ligger på en server. Servern säkerhetskopierar den; "
                    "här finns inga kopior att visa."
                )
            )
            self.items = []
        else:
            self.intro.setText(
                self.tr(
                    "Säkerhetskopior görs automatiskt vid första starten varje dag, "
                    "före uppgraderingar och före varje synkimport. De %1 senaste "
                    "sparas i %2."
                )
                .replace("%1", str(self.backups.keep))
                .replace("%2", str(self.backups.directory))
            )
            self.items = self.backups.list()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tidpunkt"), self.tr("Anledning"), self.tr("Storlek")]
        )
        self.table.setRowCount(len(self.items))
        lang = self.ui.language
        for row, item in enumerate(self.items):
            when = QtWidgets.QTableWidgetItem(
                item.created.strftime("%Y-%m-%d %H:%M:%S")
            )
            when.setToolTip(str(item.path))
            size = QtWidgets.QTableWidgetItem(_size(item.size))
            size.setTextAlignment(
                QtCore.Qt.AlignmentFlag.AlignRight
                | QtCore.Qt.AlignmentFlag.AlignVCenter
            )
            self.table.setItem(row, 0, when)
            self.table.setItem(
                row, 1, QtWidgets.QTableWidgetItem(item.reason_label(lang))
            )
            self.table.setItem(row, 2, size)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 320))
        if self.items:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.items[rows[0].row()]

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # --- actions ------------------------------------------------------------------

    def make_backup(self) -> None:
        self.ui.worker.run(self.backups.backup, on_done=self._backed_up)

    def save_copy_as(self) -> None:
        path = self.ui.dialogs.save_file(
            self.tr("Spara en kopia av databasen"),
            str(Path.home() / "lofte-kopia.sqlite"),
            self.tr("Löfte-databas (*.sqlite)"),
        )
        if path:
            self.ui.worker.run(
                lambda: self.backups.backup(path), on_done=self._backed_up
            )

    def _backed_up(self, path: Path) -> None:
        self.message.setText(
            self.tr("Säkerhetskopian sparades: %1").replace("%1", str(path))
        )
        self.reload()

    def restore_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self._restore(item.path, item.created.strftime("%Y-%m-%d %H:%M"))

    def restore_from_file(self) -> None:
        path = self.ui.dialogs.open_file(
            self.tr("Välj en säkerhetskopia"),
            str(self.backups.directory),
            self.tr("Löfte-databas (*.sqlite);;Alla filer (*)"),
        )
        if path:
            self._restore(Path(path), Path(path).name)

    def _restore(self, path: Path, label: str) -> None:
        if not self.ui.dialogs.confirm(
            self.tr("Återställa säkerhetskopian?"),
            self.tr(
                "Databasen ersätts med säkerhetskopian från %1. Det som har loggats "
                "efter den försvinner ur databasen, men den nuvarande databasen "
                "sparas först som en egen säkerhetskopia, så att du kan ångra."
            ).replace("%1", label),
        ):
            return
        self.ui.worker.run(
            lambda: self.backups.restore(path),
            on_done=self._restored,
            on_error=self._failed,
        )

    def _restored(self, before_restore: BackupInfo | None) -> None:
        text = self.tr("Databasen är återställd.")
        if before_restore is not None:
            text += " " + self.tr("Den tidigare databasen sparades som %1.").replace(
                "%1", before_restore.path.name
            )
        self.message.setText(text)
        self.ui.dialogs.info(self.tr("Återställd"), text)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(self.tr("Inget återställdes: %1").replace("%1", str(exc)))
        self.ui.dialogs.show_exception(exc)
