"""Uppföljning's last steps: the comments of a period, then Publicera.

`CommentsDialog`: the responsible parties' comment on each promise, the period's
summary and the approval line (role, name, date). Saved through CommentService on
the worker; a locked period is shown read-only.

`PublishDialog`: choose the outputs (tagged PDF, web page, cards, open data), then a
folder. The files are made on the worker; afterwards the folder is opened and the
web page shown in the system browser (both through the DialogService, so tests
open nothing).
"""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.comments import PeriodComments
from lofte_desktop.domain.errors import LofteError
from lofte_desktop.services.publish import FORMATS, PublishRequest, PublishResult
from lofte_desktop.ui.context import UiContext


class CommentsDialog(QtWidgets.QDialog):
    def __init__(
        self, ui: UiContext, period: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.period = period
        svc = ui.services
        current: PeriodComments = svc.comments.comments(period)
        self.setWindowTitle(self.tr("Kommentarer för %1").replace("%1", period))
        form = QtWidgets.QFormLayout()
        self.summary = QtWidgets.QPlainTextEdit(current.summary)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(80)
        self.summary.setAccessibleName(self.tr("Sammanfattning av perioden"))
        form.addRow(self.tr("&Sammanfattning:"), self.summary)
        a = current.approval
        self.role = QtWidgets.QLineEdit(a.role if a else "")
        self.role.setAccessibleName(self.tr("Godkänd av, roll"))
        self.name = QtWidgets.QLineEdit(a.name if a else "")
        self.name.setAccessibleName(self.tr("Godkänd av, namn"))
        self.on = QtWidgets.QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setAccessibleName(self.tr("Godkänd datum"))
        d = a.on if a else ui.services.ctx.today()
        self.on.setDate(QtCore.QDate(d.year, d.month, d.day))
        form.addRow(self.tr("Godkänd av, &roll:"), self.role)
        form.addRow(self.tr("Godkänd av, &namn:"), self.name)
        form.addRow(self.tr("Godkänd &datum:"), self.on)
        self.edits: dict[str, QtWidgets.QPlainTextEdit] = {}
        for pr in svc.agreement.promises():
            edit = QtWidgets.QPlainTextEdit(current.comment(pr.code))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(60)
            edit.setAccessibleName(self.tr("Kommentar till %1").replace("%1", pr.code))
            text = " ".join(pr.text.split())
            short = text if len(text) <= 48 else text[:47].rstrip() + "…"
            caption = QtWidgets.QLabel(f"<b>{pr.code}</b> {short}")
            caption.setWordWrap(True)
            caption.setMaximumWidth(260)
            caption.setToolTip(text)
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            self.edits[pr.code] = edit
        inner = QtWidgets.QWidget()
        inner.setLayout(form)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.note = QtWidgets.QLabel()
        self.note.setWordWrap(True)
        if current.locked:
            self.note.setText(
                self.tr("Perioden är låst: kommentarerna kan inte ändras.")
            )
            inner.setEnabled(False)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save).setEnabled(
            not current.locked
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self._before = current

    def save(self) -> None:
        """Writes what changed; a refusal keeps the dialog open with the text."""
        comments = self.ui.services.comments
        q = self.on.date()
        on = date(q.year(), q.month(), q.day())
        role, name = self.role.text(), self.name.text()
        try:
            for code, edit in self.edits.items():
                text = edit.toPlainText()
                if text != self._before.comment(code):
                    comments.set_promise_comment(self.period, code, text)
            if self.summary.toPlainText() != self._before.summary:
                comments.set_summary(self.period, self.summary.toPlainText())
            a = self._before.approval
            if (role or name) and (
                a is None or (a.role, a.name, a.on) != (role, name, on)
            ):
                comments.set_approval(self.period, role=role, name=name, on=on)
        except LofteError as exc:
            self.ui.dialogs.error(self.tr("Kommentarerna sparades inte"), exc.message())
            self._before = comments.comments(self.period)
            return
        self.accept()


class PublishDialog(QtWidgets.QDialog):
    def __init__(
        self, ui: UiContext, period: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.period = period
        self.result_: PublishResult | None = None
        self.setWindowTitle(self.tr("Publicera %1").replace("%1", period))
        intro = QtWidgets.QLabel(
            self.tr(
                "Välj vad som ska publiceras, och sedan en mapp. Allt görs från samma "
                "uppföljning, med kommentarerna."
            )
        )
        intro.setWordWrap(True)
        names = {
            "pdfua": self.tr("&Tillgänglig PDF (PDF/UA) för kommunstyrelsen"),
            "html": self.tr("&Webbsida för invånarna"),
            "cards": self.tr("&Bilder för sociala medier, med alternativtext"),
            "data": self.tr("Ö&ppna data (CSV och JSON)"),
        }
        self.checks = {f: QtWidgets.QCheckBox(names[f]) for f in FORMATS}
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        for check in self.checks.values():
            check.setChecked(True)
            layout.addWidget(check)
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.go = buttons.addButton(
            self.tr("Välj &mapp och publicera…"),
            QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.go.setDefault(True)
        self.go.clicked.connect(self.publish)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def formats(self) -> tuple[str, ...]:
        return tuple(f for f, c in self.checks.items() if c.isChecked())

    def publish(self) -> None:
        formats = self.formats()
        if not formats:
            self.ui.dialogs.warning(
                self.tr("Publicera"), self.tr("Välj minst en sak att publicera.")
            )
            return
        folder = self.ui.dialogs.open_dir(self.tr("Välj mapp att publicera i"))
        if not folder:
            return
        from lofte_desktop.ui.publish.cards import load_fonts, render_card

        load_fonts()  # on the GUI thread; QImage and QPainter work on the worker

        svc = self.ui.services
        request = PublishRequest(self.period, folder, formats)
        self.go.setEnabled(False)
        self.status.setText(self.tr("Publicerar …"))
        self.ui.worker.run(
            lambda: svc.publish.publish(request, render_card=render_card),
            self._done,
            self._failed,
        )

    def _done(self, result: PublishResult) -> None:
        self.result_ = result
        self.go.setEnabled(True)
        self.status.setText(
            self.tr("%1 filer skrevs i %2.")
            .replace("%1", str(len(result.files)))
            .replace("%2", str(result.folder))
        )
        self.ui.dialogs.open_path(str(result.folder))
        if result.web_page is not None:
            self.ui.dialogs.open_path(str(result.web_page))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.go.setEnabled(True)
        self.status.setText("")
        if isinstance(exc, LofteError):
            self.ui.dialogs.error(self.tr("Inget publicerades"), exc.message())
        else:
            self.ui.dialogs.show_exception(exc)
