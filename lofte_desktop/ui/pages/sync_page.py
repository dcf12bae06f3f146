"""Synk: export and import packages, the sync folder, devices, history, conflicts.

Every service call runs on the worker; slots only gather input and show results.
A package from an unknown device is imported only after the user has seen and
accepted its key fingerprint (trust on first use).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.progress import format_figure
from lofte_desktop.domain.texts import (
    column_name,
    column_value,
    count_text,
    sync_summary,
)
from lofte_desktop.services.errors import UntrustedSignerError
from lofte_desktop.ui.context import UiContext

_SKIP = {"hlc", "device_id", "created_at", "updated_at", "version", "id"}


def _table(headers: int) -> QtWidgets.QTableWidget:
    t = QtWidgets.QTableWidget(0, headers)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QtWidgets.QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QtWidgets.QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.resizeRowsToContents()


def _differences(
    mine: dict[str, Any] | None, theirs: dict[str, Any] | None
) -> tuple[str, str]:
    """Only the fields that differ, "Label: value" in the UI's language, each side."""
    a, b = mine or {}, theirs or {}
    keys = [k for k in (b or a) if k not in _SKIP and a.get(k) != b.get(k)]

    def show(rec: dict[str, Any]) -> str:
        if not rec:
            return "–"
        return "; ".join(
            f"{column_name(k)}: {column_value(k, rec.get(k))}" for k in keys
        )

    return show(a), show(b)


class SyncPage(QtWidgets.QWidget):
    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.sync = ui.services.sync
        self.conflict_ids: list[str] = []
        self.identity = QtWidgets.QLabel()
        self.identity.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.identity.setWordWrap(True)
        self.explain = QtWidgets.QLabel()
        self.explain.setObjectName("syncExplain")
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.folder_label = QtWidgets.QLabel()
        self.folder_label.setWordWrap(True)
        self.choose_folder = QtWidgets.QPushButton()
        self.export_button = QtWidgets.QPushButton()
        self.import_button = QtWidgets.QPushButton()
        self.import_folder_button = QtWidgets.QPushButton()
        self.choose_folder.clicked.connect(self.pick_folder)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_file)
        self.import_folder_button.clicked.connect(self.import_folder)
        actions = QtWidgets.QHBoxLayout()
        for b in (self.export_button, self.import_button, self.import_folder_button):
            actions.addWidget(b)
        actions.addStretch(1)
        folder_row = QtWidgets.QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_folder)

        self.conflicts = _table(4)
        self.keep_mine = QtWidgets.QPushButton()
        self.keep_theirs = QtWidgets.QPushButton()
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.conflicts.itemSelectionChanged.connect(self._selection_changed)
        conflict_box = QtWidgets.QWidget()
        self.conflict_help = QtWidgets.QLabel()
        self.conflict_help.setWordWrap(True)
        cl = QtWidgets.QVBoxLayout(conflict_box)
        cl.addWidget(self.conflict_help)
        cl.addWidget(self.conflicts, 1)
        cb = QtWidgets.QHBoxLayout()
        cb.addWidget(self.keep_mine)
        cb.addWidget(self.keep_theirs)
        cb.addStretch(1)
        cl.addLayout(cb)
        self.devices = _table(5)
        self.history = _table(5)
        self.states = _table(5)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(conflict_box, "")
        self.tabs.addTab(self.devices, "")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.states, "")

        self.heading = QtWidgets.QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.identity)
        layout.addWidget(self.explain)
        layout.addLayout(folder_row)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        ui.bridge.syncFinished.connect(lambda _e: self.reload())
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Synk"))
        self.choose_folder.setText(self.tr("Välj &synkmapp…"))
        self.export_button.setText(self.tr("&Exportera paket…"))
        self.import_button.setText(self.tr("&Importera paket…"))
        self.import_folder_button.setText(self.tr("Importera från synk&mappen"))
        self.keep_mine.setText(self.tr("Behåll &min"))
        self.keep_theirs.setText(self.tr("Behåll &deras"))
        mine_help = self.tr(
            "Din version står kvar och den andra enhetens ändring av posten kastas."
        )
        theirs_help = self.tr(
            "Den andra enhetens version ersätter din, och din ändring av posten kastas."
        )
        self.keep_mine.setToolTip(mine_help)
        self.keep_mine.setAccessibleDescription(mine_help)
        self.keep_theirs.setToolTip(theirs_help)
        self.keep_theirs.setAccessibleDescription(theirs_help)
        self.conflict_help.setText(
            self.tr(
                "En konflikt är en post som ändrats både här och på en annan enhet "
                "sedan ni senast synkade. Välj en rad och bestäm vilken version som "
                "gäller. Behåll min: %1 Behåll deras: %2 Valet skickas med i nästa "
                "paket, så att båda enheterna får samma."
            )
            .replace("%1", mine_help)
            .replace("%2", theirs_help)
        )
        self.explain.setText(
            self.tr(
                "<b>Fingeravtryck</b> är en kort kod som räknas fram ur enhetens "
                "hemliga nyckel. Den som tar emot ett paket från en ny enhet ser "
                "samma kod: läs upp den för varandra per telefon eller på plats. "
                "Stämmer den, kommer paketen verkligen från den enheten.<br>"
                "<b>Ej skickade ändringar</b> är det som loggats eller ändrats här "
                "sedan du senast exporterade ett paket. Det följer med i nästa export."
            )
        )
        self.conflicts.setHorizontalHeaderLabels(
            [
                self.tr("Post"),
                self.tr("Orsak"),
                self.tr("Min version"),
                self.tr("Deras version"),
            ]
        )
        self.devices.setHorizontalHeaderLabels(
            [
                self.tr("Enhet"),
                self.tr("Part"),
                self.tr("Betrodd"),
                self.tr("Senast sedd"),
                self.tr("Fingeravtryck"),
            ]
        )
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Tidpunkt"),
                self.tr("Riktning"),
                self.tr("Enhet"),
                self.tr("Poster"),
                self.tr("Sammanfattning"),
            ]
        )
        self.states.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Typ"),
                self.tr("Antal"),
                self.tr("Timmar"),
                self.tr("Synkstatus"),
            ]
        )
        self.reload()

    def activate(self, **_kwargs: Any) -> None:
        self.reload()

    # --- showing ------------------------------------------------------------------

    def reload(self) -> None:
        self.ui.worker.run(self._gather, on_done=self._show)

    def _gather(self) -> dict[str, Any]:
        return {
            "status": self.sync.status(),
            "conflicts": self.sync.conflicts(),
            "history": self.sync.history(),
            "states": self.sync.recent_states(200),
        }

    def _show(self, data: dict[str, Any]) -> None:
        st = data["status"]
        self.identity.setText(
            self.tr(
                "Den här enheten: %1. Fingeravtryck: %2. Ej skickade ändringar: %3."
            )
            .replace("%1", st["name"])
            .replace("%2", st["fingerprint"])
            .replace("%3", str(st["unsent"]))
        )
        self.folder_label.setText(
            self.tr("Synkmapp: %1").replace("%1", st["folder"] or self.tr("ingen vald"))
        )
        self.import_folder_button.setEnabled(bool(st["folder"]))
        yes, no = self.tr("ja"), self.tr("nej")
        _fill(
            self.devices,
            [
                [
                    d["name"] + (self.tr(" (den här)") if d["is_self"] else ""),
                    d["party"],
                    yes if d["trusted"] else no,
                    (d["last_seen"] or "")[:16].replace("T", " "),
                    d["fingerprint"],
                ]
                for d in st["devices"]
            ],
        )
        names = {d["device_id"]: d["name"] for d in st["devices"]}
        directions = {"in": self.tr("in"), "out": self.tr("ut")}
        _fill(
            self.history,
            [
                [
                    p["processed_at"].strftime("%Y-%m-%d %H:%M")
                    if p["processed_at"]
                    else "",
                    directions.get(p["direction"], p["direction"]),
                    names.get(p["peer_device_id"] or "", self.tr("alla")),
                    count_text(int(p["record_count"]), "records"),
                    self._summary_text(p["summary"]),
                ]
                for p in data["history"]
            ],
        )
        reasons = {
            "concurrent": self.tr("ändrad på båda"),
            "locked": self.tr("låst period"),
        }
        self.conflict_ids = [c.id for c in data["conflicts"]]
        rows = []
        for c in data["conflicts"]:
            mine, theirs = _differences(c.mine, c.theirs)
            rec = c.theirs or c.mine or {}
            kind = {
                "activities": self.tr("Aktivitet"),
                "period_comments": self.tr("Kommentar"),
            }.get(c.table, c.table)
            when = rec.get("date") or rec.get("period_code") or ""
            label = f"{kind} {when} {c.record_id[:8]}"
            rows.append([label, reasons.get(c.reason, c.reason), mine, theirs])
        _fill(self.conflicts, rows)
        self.tabs.setTabText(
            0, self.tr("Konflikter (%1)").replace("%1", str(len(rows)))
        )
        self.tabs.setTabText(1, self.tr("Enheter"))
        self.tabs.setTabText(2, self.tr("Historik"))
        self.tabs.setTabText(3, self.tr("Synkstatus"))
        states = {
            "unsent": self.tr("Ej skickad"),
            "sent": self.tr("Skickad"),
            "received": self.tr("Mottagen"),
        }
        _fill(
            self.states,
            [
                [
                    r["date"],
                    column_value("activity_type", r["activity_type"]),
                    "" if r["count"] is None else str(r["count"]),
                    format_figure(r["hours"], self.ui.language),
                    states[r["state"]]
                    + (self.tr(" (borttagen)") if r["deleted"] else ""),
                ]
                for r in data["states"]
            ],
        )
        self._selection_changed()

    def _summary_text(self, s: dict[str, Any]) -> str:
        if "new" not in s:
            return count_text(int(s.get("records", 0)), "records")
        return sync_summary(s)

    def _selection_changed(self) -> None:
        chosen = bool(self.conflicts.selectionModel().selectedRows())
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)

    # --- actions ------------------------------------------------------------------

    def pick_folder(self) -> None:
        path = self.ui.dialogs.open_dir(
            self.tr("Välj synkmapp (USB-minne eller delad mapp)")
        )
        if path:
            self.ui.worker.run(
                lambda: self.sync.set_folder(path), on_done=lambda _r: self.reload()
            )

    def export(self) -> None:
        folder = self.sync.folder()
        path = self.ui.dialogs.save_file(
            self.tr("Exportera synkpaket"),
            str(Path(folder) / self.sync.default_file_name())
            if folder
            else self.sync.default_file_name(),
            self.tr("Synkpaket (*.loftesync)"),
        )
        if path:
            self.ui.worker.run(lambda: self.sync.export(path), on_done=self._exported)

    def _exported(self, result: Any) -> None:
        text = (
            self.tr("Skrev %1 till %2.")
            .replace("%1", count_text(result.records, "records"))
            .replace("%2", str(result.path))
        )
        held = result.held_text()  # for a peer on an older release: what waits
        self.ui.dialogs.info(
            self.tr("Exporterat"), f"{text}\n\n{held}" if held else text
        )
        self.reload()

    def import_file(self) -> None:
        path = self.ui.dialogs.open_file(
            self.tr("Importera synkpaket"),
            self.sync.folder(),
            self.tr("Synkpaket (*.loftesync)"),
        )
        if path:
            self._import(path)

    def _import(self, path: str) -> None:
        self.ui.worker.run(
            lambda: self.sync.import_file(path),
            on_done=self._imported,
            on_error=lambda exc: self._import_failed(path, exc),
        )

    def _import_failed(self, path: str, exc: BaseException) -> None:
        if isinstance(exc, UntrustedSignerError) and self._accept(exc):
            fingerprint = exc.fingerprint
            self.ui.worker.run(
                lambda: (self.sync.trust(fingerprint), self.sync.import_file(path))[1],
                on_done=self._imported,
            )
            return
        if not isinstance(exc, UntrustedSignerError):
            self.ui.dialogs.show_exception(exc)

    def _accept(self, exc: UntrustedSignerError) -> bool:
        return self.ui.dialogs.confirm(
            self.tr("Ny enhet"),
            self.tr(
                "Paketet kommer från en enhet du inte har tagit emot något från "
                "förut:\n\n%1 (%2)\n\nFingeravtryck:\n%3\n\nJämför fingeravtrycket med "
                "avsändaren (per telefon eller på plats) innan du litar på enheten. "
                "Lita på enheten och importera?"
            )
            .replace("%1", exc.device_name)
            .replace("%2", exc.party or "–")
            .replace("%3", exc.fingerprint),
        )

    def _imported(self, summary: Any) -> None:
        if summary.skipped == "already":
            text = self.tr("Paketet var redan importerat; inget ändrades.")
        elif summary.skipped == "own":
            text = self.tr("Paketet kommer från den här enheten; inget att importera.")
        else:
            text = self._summary_text(summary.as_dict())
        self.ui.dialogs.info(self.tr("Importerat"), text)
        self.reload()

    def import_folder(self) -> None:
        self.ui.worker.run(self.sync.import_folder, on_done=self._folder_done)

    def _folder_done(self, result: Any) -> None:
        for signer in result.untrusted:
            exc = UntrustedSignerError(
                device_id=signer.device_id,
                name=signer.name,
                party=signer.party,
                fingerprint=signer.fingerprint,
            )
            if self._accept(exc):

                def trust_and_import(fingerprint: str = signer.fingerprint) -> Any:
                    self.sync.trust(fingerprint)
                    return self.sync.import_folder()

                self.ui.worker.run(trust_and_import, on_done=self._folder_done)
                return
        lines = [self._summary_text(result.totals())]
        lines += [f"{name}: {msg}" for name, msg in result.errors]
        self.ui.dialogs.info(self.tr("Synkmappen"), "\n".join(lines))
        self.reload()

    def resolve(self, keep: str) -> None:
        rows = self.conflicts.selectionModel().selectedRows()
        if not rows:
            return
        conflict_id = self.conflict_ids[rows[0].row()]
        self.ui.worker.run(
            lambda: self.sync.resolve(conflict_id, keep),
            on_done=lambda _r: self.reload(),
        )
