"""Export the plan to .ics, choosing what it holds: parties, activity types, series
and "only mine". The default is the user's own party (services/ics_export.py
`default_filter`), as in `lofte plan ics`, so a calendar shared with a school does
not carry the police's patrol plans by accident.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.periods import Period
from lofte_desktop.domain.recurrence import describe, stored_rule
from lofte_desktop.services.ics_export import IcsExporter, IcsFilter, default_filter
from lofte_desktop.ui.context import UiContext

CHECKED = QtCore.Qt.CheckState.Checked
UNCHECKED = QtCore.Qt.CheckState.Unchecked


def _checkable(text: str, data: str, on: bool) -> QtWidgets.QListWidgetItem:
    item = QtWidgets.QListWidgetItem(text)
    item.setData(QtCore.Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | QtCore.Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(CHECKED if on else UNCHECKED)
    return item


def _checked(box: QtWidgets.QListWidget) -> frozenset[str]:
    return frozenset(
        str(box.item(i).data(QtCore.Qt.ItemDataRole.UserRole))
        for i in range(box.count())
        if box.item(i).checkState() == CHECKED
    )


def _fit(box: QtWidgets.QListWidget, rows: int) -> None:
    """As tall as its rows (up to `rows`, then it scrolls)."""
    shown = max(1, min(rows, box.count()))
    height = box.sizeHintForRow(0) if box.count() else box.fontMetrics().height()
    box.setFixedHeight(shown * (height + 2) + 2 * box.frameWidth() + 4)


class IcsExportDialog(QtWidgets.QDialog):
    #: The number of calendar events written, after a successful export.
    exported = QtCore.Signal(int)

    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("icsExportDialog")
        svc = ui.services
        self.exporter = IcsExporter(svc.planning)
        self._periods: list[Period | None] = [None, *svc.progress.periods()]

        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        self.period_box = QtWidgets.QComboBox()
        self.period_label = QtWidgets.QLabel()
        self.period_label.setBuddy(self.period_box)
        self.parties = QtWidgets.QListWidget()
        self.parties_label = QtWidgets.QLabel()
        self.parties_label.setBuddy(self.parties)
        own = default_filter(svc.settings.user_party or None)
        for name in svc.agreement.agreement().parties:
            self.parties.addItem(
                _checkable(name, name, own is None or name in own.parties)
            )
        if own is None:  # no own party: nothing is chosen for the user
            for i in range(self.parties.count()):
                self.parties.item(i).setCheckState(UNCHECKED)
        self.types = QtWidgets.QListWidget()
        self.types_label = QtWidgets.QLabel()
        self.types_label.setBuddy(self.types)
        names = ui.services.agreement.all_types()
        for info in names:
            self.types.addItem(_checkable(info.label(ui.language), info.code, True))
        self.only_series = QtWidgets.QCheckBox()
        self.series = QtWidgets.QListWidget()
        self.series.setEnabled(False)
        self.mine = QtWidgets.QCheckBox()
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("icsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.setMinimumWidth(720)

        form = QtWidgets.QFormLayout()
        form.addRow(self.period_label, self.period_box)
        form.addRow(self.parties_label, self.parties)
        form.addRow(self.types_label, self.types)
        form.addRow(self.only_series, self.series)
        form.addRow("", self.mine)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.period_box.currentIndexChanged.connect(lambda _i: self._fill_series())
        self.only_series.toggled.connect(self.series.setEnabled)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._fill_series()
        _fit(self.parties, 6)
        _fit(self.types, len(names))

    def showEvent(self, event: object) -> None:
        # Sized to the content when shown: no list cut off in the middle of a row.
        super().showEvent(event)  # type: ignore[arg-type]
        self.adjustSize()

    # --- choices -------------------------------------------------------------
    def period(self) -> Period | None:
        i = self.period_box.currentIndex()
        return self._periods[i] if 0 <= i < len(self._periods) else None

    def _fill_series(self) -> None:
        chosen = _checked(self.series)
        codes = self.ui.services.agreement.promise_codes()
        names = self.ui.services.agreement.all_types()
        self.series.clear()
        records = self.exporter.series_choices(self.period())
        for rec in records:
            rule = describe(stored_rule(rec.rrule, rec.start_date)) if rec.rrule else ""
            promises = ", ".join(sorted(codes.get(p, p) for p in rec.promise_ids))
            text = (
                f"{names.info(rec.activity_type).label(self.ui.language)} "
                f"({promises}), {rule} "
                f"{self.tr('från')} {rec.start_date} – {rec.party}"
            )
            self.series.addItem(_checkable(text, rec.id, rec.id in chosen))
        _fit(self.series, 6)

    def choice(self) -> IcsFilter:
        """What the export will hold, as chosen."""
        return IcsFilter(
            parties=_checked(self.parties),
            types=_checked(self.types),
            series=_checked(self.series)
            if self.only_series.isChecked()
            else frozenset(),
            mine=self.ui.services.ctx.user if self.mine.isChecked() else None,
        )

    # --- export --------------------------------------------------------------
    def export(self) -> None:
        only = self.choice()
        problem = None
        if not only.parties:
            problem = self.tr("Välj minst en part.")
        elif not only.types:
            problem = self.tr("Välj minst en aktivitetstyp.")
        elif self.only_series.isChecked() and not only.series:
            problem = self.tr(
                'Välj minst en serie, eller bocka ur "Bara valda serier".'
            )
        if problem:
            self.message.setText(problem)
            return
        self.message.clear()
        if len(only.parties) == self.parties.count():
            only = IcsFilter(frozenset(), only.types, only.series, only.mine)
        if len(only.types) == self.types.count():
            only = IcsFilter(only.parties, frozenset(), only.series, only.mine)
        path = self.ui.dialogs.save_file(
            self.tr("Exportera kalender"),
            "planering.ics",
            self.tr("Kalenderfiler (*.ics)"),
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        period, exporter = self.period(), self.exporter
        self.ui.worker.run(
            lambda: exporter.write(path, period, only),
            on_done=lambda n: self._done(int(n), path),
            on_error=self._failed,
        )

    def _done(self, n: int, path: str) -> None:
        self.ui.dialogs.info(
            self.tr("Kalender exporterad"),
            self.tr("%1 händelser skrevs till %2.")
            .replace("%1", str(n))
            .replace("%2", path),
        )
        self.exported.emit(n)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, LofteError):
            self.message.setText(exc.message())
        elif isinstance(exc, OSError):
            self.message.setText(
                self.tr("Kunde inte skriva filen: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
        else:
            self.ui.dialogs.show_exception(exc)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exportera .ics"))
        self.intro.setText(
            self.tr(
                "Välj vad kalenderfilen ska innehålla. Den som får filen ser tider "
                "och platser: dela bara det som mottagaren ska se."
            )
        )
        lang = self.ui.language
        current = self.period_box.currentIndex()
        self.period_box.clear()
        for p in self._periods:
            self.period_box.addItem(
                self.tr("Hela avtalet") if p is None else p.label(lang)
            )
        self.period_box.setCurrentIndex(max(0, current))
        self.period_label.setText(self.tr("&Period:"))
        self.parties_label.setText(self.tr("P&arter:"))
        self.types_label.setText(self.tr("&Typer:"))
        self.only_series.setText(self.tr("Bara valda &serier:"))
        self.mine.setText(self.tr("Bara det &jag har planerat"))
        self.period_box.setAccessibleName(self.tr("Period"))
        self.parties.setAccessibleName(self.tr("Parter som ska med"))
        self.types.setAccessibleName(self.tr("Aktivitetstyper som ska med"))
        self.series.setAccessibleName(self.tr("Serier som ska med"))
        self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Exportera…")
        )
        self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Avbryt")
        )
