"""Uppföljning: choose a period and options, preview the follow-up PDF in the app,
then save or print it.

The PDF is built on the worker thread (services.reports.build); the preview is Qt's
own PDF viewer (QtPdf), fed from memory, so nothing is written until the user saves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtGui, QtPdf, QtPdfWidgets, QtPrintSupport, QtWidgets

from lofte_desktop.domain.errors import LofteError
from lofte_desktop.domain.periods import Period
from lofte_desktop.services.reports import ReportRequest
from lofte_desktop.ui.context import UiContext


class ReportPage(QtWidgets.QWidget):
    """Period and options on top, the preview below, save and print beside it."""

    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.pdf: bytes | None = None
        self.request: ReportRequest | None = None
        self._periods: list[Period] = []
        self._buffer: QtCore.QBuffer | None = None

        self.heading = QtWidgets.QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)

        self.period_label = QtWidgets.QLabel()
        self.period_box = QtWidgets.QComboBox()
        self.period_box.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents
        )
        self.period_label.setBuddy(self.period_box)
        self.party_label = QtWidgets.QLabel()
        self.party_box = QtWidgets.QComboBox()
        self.party_box.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents
        )
        self.party_label.setBuddy(self.party_box)
        self.appendix_check = QtWidgets.QCheckBox()
        self.notes_check = QtWidgets.QCheckBox()
        self.notes_check.setEnabled(False)
        self.generate_button = QtWidgets.QPushButton()
        self.generate_button.setDefault(True)
        self.save_button = QtWidgets.QPushButton()
        self.print_button = QtWidgets.QPushButton()
        self.comments_button = QtWidgets.QPushButton()
        self.publish_button = QtWidgets.QPushButton()
        self.xlsx_button = QtWidgets.QPushButton()
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )

        self.document = QtPdf.QPdfDocument(self)
        self.view = QtPdfWidgets.QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QtPdfWidgets.QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QtPdfWidgets.QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        options = QtWidgets.QHBoxLayout()
        options.addWidget(self.period_label)
        options.addWidget(self.period_box)
        options.addSpacing(12)
        options.addWidget(self.party_label)
        options.addWidget(self.party_box)
        options.addSpacing(12)
        options.addWidget(self.appendix_check)
        options.addWidget(self.notes_check)
        options.addStretch(1)
        options.addWidget(self.generate_button)
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.comments_button)
        actions.addWidget(self.publish_button)
        actions.addWidget(self.xlsx_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(options)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)

        self.appendix_check.toggled.connect(self.notes_check.setEnabled)
        self.generate_button.clicked.connect(self.generate)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_report)
        self.comments_button.clicked.connect(self.edit_comments)
        self.publish_button.clicked.connect(self.open_publish)
        self.xlsx_button.clicked.connect(self.export_figures)
        for box in (self.period_box, self.party_box):
            box.currentIndexChanged.connect(lambda _i: self._options_changed())
        for check in (self.appendix_check, self.notes_check):
            check.toggled.connect(lambda _on: self._options_changed())
        self.document.pageCountChanged.connect(self._pages_changed)
        ui.bridge.agreementChanged.connect(lambda _e: self._fill())
        # A preview shown when the data changes is made again: what is saved or
        # printed must be what is stored now.
        self._stale = False
        for signal in (
            ui.bridge.activitiesChanged,
            ui.bridge.indicatorsChanged,
            ui.bridge.plansChanged,
            ui.bridge.dataChanged,
        ):
            signal.connect(self._data_changed)
        self._set_ready(False)
        self.retranslate()
        self._fill()

    # --- contract ----------------------------------------------------------
    def activate(self, **kwargs: Any) -> None:
        if not self._periods:
            self._fill()
        code = kwargs.get("period")
        if code:
            self._select_period(str(code))
        if self._stale:
            self._data_changed(None)

    def _data_changed(self, _event: object) -> None:
        """The data changed: a preview on screen is made again; a hidden page
        makes it when it is shown."""
        if self.pdf is None or not self.generate_button.isEnabled():
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self.request is not None and self.current_request() == self.request:
            self.generate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Uppföljning"))
        self.intro.setText(
            self.tr(
                "Skapa en uppföljning av medborgarlöftena som PDF att lämna till "
                "kommunstyrelsen: löfte för löfte mot målen, vad varje part har gjort, "
                "indikatorer och aktiviteter per månad."
            )
        )
        self.period_label.setText(self.tr("&Period:"))
        self.party_label.setText(self.tr("P&art:"))
        self.appendix_check.setText(self.tr("&Bilaga med alla aktiviteter"))
        self.notes_check.setText(self.tr("Visa &anteckningar i bilagan"))
        self.generate_button.setText(self.tr("&Skapa rapport"))
        self.save_button.setText(self.tr("Spara &PDF…"))
        self.print_button.setText(self.tr("Skriv &ut…"))
        self.comments_button.setText(self.tr("&Kommentarer…"))
        self.comments_button.setToolTip(
            self.tr("Kommentar per löfte, sammanfattning och godkännande")
        )
        self.publish_button.setText(self.tr("P&ublicera…"))
        self.publish_button.setToolTip(
            self.tr("Tillgänglig PDF, webbsida, bilder och öppna data")
        )
        self.xlsx_button.setText(self.tr("Siffror till E&xcel…"))
        self.xlsx_button.setToolTip(
            self.tr("Varje löfte mot målet för perioden, som en Excel-arbetsbok")
        )
        self.xlsx_button.setAccessibleName(self.tr("Siffror till Excel"))
        if self.party_box.count():
            self.party_box.setItemText(0, self.tr("Alla parter"))
        if not self.pdf:
            self.status.setText(self.tr("Välj period och tryck på Skapa rapport."))

    # --- slots -------------------------------------------------------------
    def selected_period(self) -> str | None:
        code = self.period_box.currentData()
        return str(code) if code else None

    def edit_comments(self) -> QtWidgets.QDialog | None:
        """The period's comments; the preview is made again after a change."""
        from lofte_desktop.ui.dialogs.publish_dialog import CommentsDialog

        period = self.selected_period()
        if period is None:
            return None
        dialog = CommentsDialog(self.ui, period, self)
        dialog.accepted.connect(self._options_changed)
        dialog.open()
        return dialog

    def open_publish(self) -> QtWidgets.QDialog | None:
        from lofte_desktop.ui.dialogs.publish_dialog import PublishDialog

        period = self.selected_period()
        if period is None:
            return None
        dialog = PublishDialog(self.ui, period, self)
        dialog.open()
        return dialog

    def generate(self) -> None:
        """Builds the PDF on the worker; the preview shows it when it is done."""
        request = self.current_request()
        if request is None:
            return
        self.generate_button.setEnabled(False)
        self.status.setText(self.tr("Skapar rapporten…"))
        reports = self.ui.services.reports
        self.ui.worker.run(
            lambda: reports.build(request),
            on_done=lambda pdf: self._show(request, pdf),
            on_error=self._failed,
        )

    def save(self) -> None:
        if not self.pdf or self.request is None:
            return
        name = self.ui.services.reports.file_name(self.request)
        path = self.ui.dialogs.save_file(
            self.tr("Spara rapporten"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            saved = self.ui.services.reports.save(self.pdf, path)
        except OSError as exc:
            self.ui.dialogs.error(
                self.tr("Kunde inte spara"),
                self.tr("Rapporten kunde inte sparas: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
            return
        self.status.setText(self.tr("Sparad: %1").replace("%1", str(saved)))

    def print_report(self) -> None:
        if not self.pdf:
            return
        printer = QtPrintSupport.QPrinter(
            QtPrintSupport.QPrinter.PrinterMode.HighResolution
        )
        dialog = QtPrintSupport.QPrintDialog(printer, self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def export_figures(self) -> None:
        """The follow-up figures per promise for the chosen period, as .xlsx (on
        the worker; needs no report first)."""
        period = self.period_box.currentData()
        if not period:
            return
        path = self.ui.dialogs.save_file(
            self.tr("Spara siffrorna"),
            str(Path.home() / f"uppfoljning-{period}.xlsx"),
            self.tr("Excel-arbetsböcker (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        lang = "en" if self.ui.language == "en" else "sv"
        excel = self.ui.services.excel
        self.ui.worker.run(
            lambda: excel.progress_xlsx(path, str(period), lang=lang),
            on_done=lambda _n: self.status.setText(
                self.tr("Sparad: %1").replace("%1", path)
            ),
            on_error=self.ui.dialogs.show_exception,
        )

    # --- helpers -----------------------------------------------------------
    def current_request(self) -> ReportRequest | None:
        period = self.period_box.currentData()
        if not period:
            return None
        party = self.party_box.currentData() or None
        return ReportRequest(
            period=str(period),
            appendix=self.appendix_check.isChecked(),
            party=party,
            include_notes=self.appendix_check.isChecked()
            and self.notes_check.isChecked(),
            lang="en" if self.ui.language == "en" else "sv",
        )

    def print_to(self, printer: QtPrintSupport.QPrinter) -> int:
        """Paints each page of the preview onto `printer`; returns pages printed."""
        painter = QtGui.QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = printer.resolution()
            rect = painter.viewport()
            for i in range(self.document.pageCount()):
                if i:
                    printer.newPage()
                points = self.document.pagePointSize(i)
                size = QtCore.QSize(
                    int(points.width() / 72 * dpi), int(points.height() / 72 * dpi)
                )
                size = size.scaled(
                    rect.size(), QtCore.Qt.AspectRatioMode.KeepAspectRatio
                )
                image = self.document.render(i, size)
                painter.drawImage(QtCore.QPoint(0, 0), image)
        finally:
            painter.end()
        return self.document.pageCount()

    def _show(self, request: ReportRequest, pdf: bytes) -> None:
        self.pdf = pdf
        self.request = request
        self.document.close()
        buffer = QtCore.QBuffer(self)
        buffer.setData(QtCore.QByteArray(pdf))
        buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.generate_button.setEnabled(True)
        self._set_ready(True)
        self._describe()

    def _describe(self, pages: int | None = None) -> None:
        if self.pdf is None:
            return
        n = self.document.pageCount() if pages is None else pages
        self.status.setText(
            self.tr(
                "Rapporten är klar: %1 sidor. Granska den och spara eller skriv ut."
            ).replace("%1", str(n))
        )

    @QtCore.Slot(int)
    def _pages_changed(self, pages: int) -> None:
        # Also emitted while the page is torn down (the document closes): then
        # there is nothing left to describe.
        try:
            if pages:
                self._describe(pages)
        except RuntimeError:
            pass

    def _failed(self, exc: BaseException) -> None:
        self.generate_button.setEnabled(True)
        self._set_ready(False)
        if isinstance(exc, LofteError):
            text = exc.message("en" if self.ui.language == "en" else "sv")
        else:
            text = self.tr("Rapporten kunde inte skapas: %1").replace("%1", str(exc))
        self.status.setText(text)
        self.ui.dialogs.error(self.tr("Rapporten kunde inte skapas"), text)

    def _options_changed(self) -> None:
        # A preview that no longer matches the options must not be saved as if it did.
        if self.pdf is not None and self.current_request() != self.request:
            self._set_ready(False)
            self.status.setText(
                self.tr("Inställningarna har ändrats: skapa rapporten igen.")
            )

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _fill(self) -> None:
        services = self.ui.services
        if not services.ctx.has_agreement():
            return
        lang = "en" if self.ui.language == "en" else "sv"
        current = self.period_box.currentData()
        self._periods = services.progress.periods()
        with QtCore.QSignalBlocker(self.period_box):
            self.period_box.clear()
            for p in self._periods:
                text = p.label(lang)
                if text != p.code:
                    text = f"{text} ({p.code})"
                self.period_box.addItem(text, p.code)
        self._select_period(
            str(current) if current else services.progress.period().code
        )
        with QtCore.QSignalBlocker(self.party_box):
            self.party_box.clear()
            self.party_box.addItem(self.tr("Alla parter"), "")
            for name in services.agreement.agreement().parties:
                self.party_box.addItem(name, name)

    def _select_period(self, code: str) -> None:
        index = self.period_box.findData(code)
        if index < 0:
            try:
                code = self.ui.services.progress.period(code).code
            except LofteError:
                return
            index = self.period_box.findData(code)
        if index >= 0:
            self.period_box.setCurrentIndex(index)
