"""Nytt medborgarlöfte: renew an earlier agreement into the next period, add one
from a catalogue file, or start one from scratch. Nothing is replaced; errors are
shown inline, in Swedish, next to the field they concern."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.agreements import newest_first, suggest_renewal
from lofte_desktop.domain.catalogue import CatalogueError
from lofte_desktop.domain.errors import LofteError, ValidationErrors
from lofte_desktop.domain.model import Agreement
from lofte_desktop.domain.texts import t
from lofte_desktop.domain.types import Cadence
from lofte_desktop.services.agreement_files import (
    AgreementFiles,
    BlankDraft,
    RenewDraft,
)
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.widgets.date_field import DateField

FIELDS = ("agreement_code", "agreement_name", "agreement_start", "agreement_end")
#: The fields of an agreement from scratch, in the order the form shows them.
BLANK_FIELDS = (
    "agreement_code",
    "agreement_name",
    "agreement_municipality",
    "agreement_police_area",
    "agreement_parties",
    "agreement_start",
    "agreement_end",
    "agreement_cadence",
)


def cadence_combo(current: Cadence = Cadence.TERM) -> QtWidgets.QComboBox:
    """The follow-up cadence to choose (yearly, term, tertial, quarter)."""
    combo = QtWidgets.QComboBox()
    for c in (Cadence.YEAR, Cadence.TERM, Cadence.TERTIAL, Cadence.QUARTER):
        combo.addItem(t(f"cadence.{c.value}"), c.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo


def parties_edit(parties: Sequence[str] = ()) -> QtWidgets.QPlainTextEdit:
    """The parties, one a line (Tab leaves the field)."""
    edit = QtWidgets.QPlainTextEdit("\n".join(parties))
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(72)
    return edit


def checked_rows(
    form: QtWidgets.QFormLayout,
    labels: dict[str, str],
    widgets: dict[str, QtWidgets.QWidget],
) -> dict[str, QtWidgets.QLabel]:
    """One form row per field: its label (the buddy, for Alt+letter), the widget
    (named for screen readers) and, below it, a hidden inline error label."""
    errors: dict[str, QtWidgets.QLabel] = {}
    for f, text in labels.items():
        w = widgets[f]
        if isinstance(w, QtWidgets.QLineEdit):  # keeps its height beside an error
            w.setSizePolicy(
                QtWidgets.QSizePolicy.Policy.Expanding,
                QtWidgets.QSizePolicy.Policy.Fixed,
            )
        label = QtWidgets.QLabel(text)
        label.setBuddy(w)
        name = text.replace("&", "")
        w.setAccessibleName(name)
        err = QtWidgets.QLabel()
        err.setWordWrap(True)
        err.setStyleSheet("color: #b00020;")
        err.setAccessibleName(
            QtCore.QCoreApplication.translate("NewAgreementDialog", "Fel i %1").replace(
                "%1", name
            )
        )
        err.hide()
        col = QtWidgets.QVBoxLayout()
        col.addWidget(w)
        col.addWidget(err)
        form.addRow(label, col)
        errors[f] = err
    return errors


def show_inline(
    dialog: QtWidgets.QDialog,
    errors: Sequence[LofteError],
    labels: dict[str, QtWidgets.QLabel],
    widgets: dict[str, QtWidgets.QWidget],
    message: QtWidgets.QLabel,
) -> None:
    """Each error under its field (the first wrong field gets the keyboard); one
    without a field in `message`."""
    first: QtWidgets.QWidget | None = None
    for err in errors:
        label = labels.get(err.field or "")
        if label is None:
            message.setText(err.message())
            message.setStyleSheet("color: #b00020;")
            continue
        label.setText(err.message())
        label.show()
        first = first or widgets[err.field or ""]
    if first is not None:
        first.setFocus()
    grow(dialog)


def grow(dialog: QtWidgets.QWidget) -> None:
    """Room for messages just shown, at the dialog's own width: wrapped labels
    need a height for that width (a top-level size hint ignores it), and the
    fields keep their height."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.sizeHint().width())
    need = layout.totalHeightForWidth(width)
    dialog.resize(width, max(need, dialog.sizeHint().height(), dialog.height()))


class NewAgreementDialog(QtWidgets.QDialog):
    def __init__(
        self,
        ui: UiContext,
        parent: QtWidgets.QWidget | None = None,
        *,
        start_hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.files = AgreementFiles(ui.services.agreement)
        self.created: Agreement | None = None
        self.setWindowTitle(self.tr("Nytt medborgarlöfte"))
        self.setAccessibleName(self.tr("Nytt medborgarlöfte"))
        self.from_previous = QtWidgets.QRadioButton(
            self.tr("&Förnya ett tidigare medborgarlöfte")
        )
        self.from_file = QtWidgets.QRadioButton(self.tr("Läs in en &katalogfil"))
        self.from_previous.setChecked(True)
        self.previous = QtWidgets.QComboBox()
        self._agreements = newest_first(ui.services.agreement.agreements())
        for a in self._agreements:
            self.previous.addItem(f"{a.name} ({a.start} – {a.end})", a.code)
        self.edits: dict[str, QtWidgets.QLineEdit | DateField] = {
            "agreement_code": QtWidgets.QLineEdit(),
            "agreement_name": QtWidgets.QLineEdit(),
            "agreement_start": DateField(),
            "agreement_end": DateField(),
        }
        self.from_scratch = QtWidgets.QRadioButton(self.tr("Börja från &början"))
        self.blank: dict[str, QtWidgets.QWidget] = {
            "agreement_code": QtWidgets.QLineEdit(),
            "agreement_name": QtWidgets.QLineEdit(),
            "agreement_municipality": QtWidgets.QLineEdit(),
            "agreement_police_area": QtWidgets.QLineEdit(),
            "agreement_parties": parties_edit(("Polisen",)),
            "agreement_start": DateField(),
            "agreement_end": DateField(),
            "agreement_cadence": cadence_combo(),
        }
        self.file_edit = QtWidgets.QLineEdit()
        self.browse = QtWidgets.QPushButton(self.tr("&Välj fil…"))
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.create_button = QtWidgets.QPushButton(self.tr("&Skapa"))
        self.create_button.setDefault(True)
        self.cancel_button = QtWidgets.QPushButton(self.tr("Avbryt"))

        labels = {
            "agreement_code": self.tr("K&od"),
            "agreement_name": self.tr("&Namn"),
            "agreement_start": self.tr("St&artdatum (ÅÅÅÅ-MM-DD)"),
            "agreement_end": self.tr("Sl&utdatum (ÅÅÅÅ-MM-DD)"),
        }
        form = QtWidgets.QFormLayout()
        prev_label = QtWidgets.QLabel(self.tr("&Tidigare medborgarlöfte"))
        prev_label.setBuddy(self.previous)
        form.addRow(prev_label, self.previous)
        self.errors = checked_rows(form, labels, dict(self.edits))
        self.renew_box = QtWidgets.QWidget()
        self.renew_box.setLayout(form)
        file_row = QtWidgets.QHBoxLayout()
        file_label = QtWidgets.QLabel(self.tr("Ka&talogfil"))
        file_label.setBuddy(self.file_edit)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse)
        self.file_box = QtWidgets.QWidget()
        self.file_box.setLayout(file_row)
        blank_form = QtWidgets.QFormLayout()
        self.blank_errors = checked_rows(
            blank_form,
            {
                "agreement_code": self.tr("Ko&d"),
                "agreement_name": self.tr("&Namn"),
                "agreement_municipality": self.tr("Ko&mmun"),
                "agreement_police_area": self.tr("&Polisområde"),
                "agreement_parties": self.tr("Pa&rter (en per rad)"),
                "agreement_start": self.tr("St&artdatum (ÅÅÅÅ-MM-DD)"),
                "agreement_end": self.tr("Sl&utdatum (ÅÅÅÅ-MM-DD)"),
                "agreement_cadence": self.tr("Uppföl&jning"),
            },
            self.blank,
        )
        self.blank_box = QtWidgets.QWidget()
        self.blank_box.setLayout(blank_form)
        self.from_scratch.setAccessibleName(
            self.tr("Börja från början: ett tomt medborgarlöfte")
        )

        self.from_previous.setAccessibleName(
            self.tr("Förnya ett tidigare medborgarlöfte")
        )
        self.from_file.setAccessibleName(self.tr("Läs in en katalogfil"))
        self.previous.setAccessibleName(self.tr("Tidigare medborgarlöfte"))
        self.file_edit.setAccessibleName(self.tr("Katalogfil"))
        self.browse.setAccessibleName(self.tr("Välj katalogfil"))
        self.message.setAccessibleName(self.tr("Meddelande"))
        self.create_button.setAccessibleName(self.tr("Skapa medborgarlöftet"))
        self.cancel_button.setAccessibleName(self.tr("Avbryt"))

        intro = QtWidgets.QLabel(
            self.tr(
                "Ett nytt medborgarlöfte läggs till bredvid de tidigare; inget "
                "ersätts, och historiken finns kvar. En förnyelse kopierar parter, "
                "fokusområden, löften (som fortsätter sina original), mål, "
                "indikatorer, aktivitetstyper, platser, terminer och lov. Ett "
                "medborgarlöfte från början får sina fokusområden och löften på "
                "sidan Löften efteråt."
            )
        )
        intro.setWordWrap(True)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        ways = QtWidgets.QGroupBox(self.tr("Hur vill du börja?"))
        ways_col = QtWidgets.QVBoxLayout(ways)
        for radio in (self.from_previous, self.from_file, self.from_scratch):
            ways_col.addWidget(radio)
        layout.addWidget(ways)
        # Only the chosen way's fields are shown (and reachable with Tab).
        self.pages = QtWidgets.QStackedWidget()
        for box in (self.renew_box, self.file_box, self.blank_box):
            self.pages.addWidget(box)
        layout.addWidget(self.pages)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.previous.currentIndexChanged.connect(lambda _i: self._suggest())
        for radio in (self.from_previous, self.from_file, self.from_scratch):
            radio.toggled.connect(self._mode)
        self.browse.clicked.connect(self._browse)
        self.file_edit.textEdited.connect(lambda _t: self.from_file.setChecked(True))
        self.create_button.clicked.connect(self.create_agreement)
        self.cancel_button.clicked.connect(self.reject)
        self._suggest()
        if start_hint:
            self.edits["agreement_start"].setText(start_hint)
            self._blank_text("agreement_start", start_hint)
        self._mode(True)
        self.setMinimumWidth(640)

    # --- input ---------------------------------------------------------------
    def _suggest(self) -> None:
        i = self.previous.currentIndex()
        if not 0 <= i < len(self._agreements):
            return
        code, name, start, end = suggest_renewal(self._agreements[i])
        self.edits["agreement_code"].setText(code)
        self.edits["agreement_name"].setText(name)
        self.edits["agreement_start"].setText(start.isoformat())
        self.edits["agreement_end"].setText(end.isoformat())

    def _blank_text(self, field: str, text: str) -> None:
        w = self.blank[field]
        if isinstance(w, QtWidgets.QLineEdit | DateField):
            w.setText(text)

    def _mode(self, _checked: bool) -> None:
        if self.from_file.isChecked():
            shown = self.file_box
        elif self.from_scratch.isChecked():
            shown = self.blank_box
        else:
            shown = self.renew_box
        # The stack takes the size of the page shown, not of the largest one.
        ignored = QtWidgets.QSizePolicy.Policy.Ignored
        preferred = QtWidgets.QSizePolicy.Policy.Preferred
        for box in (self.renew_box, self.file_box, self.blank_box):
            policy = preferred if box is shown else ignored
            box.setSizePolicy(policy, policy)
        self.pages.setCurrentWidget(shown)
        self._clear()
        self.adjustSize()

    def _browse(self) -> None:
        path = self.ui.dialogs.open_file(
            self.tr("Välj katalogfil"), "", self.tr("Katalogfiler (*.toml *.json)")
        )
        if path:
            self.file_edit.setText(path)
            self.from_file.setChecked(True)

    def _clear(self) -> None:
        for label in (*self.errors.values(), *self.blank_errors.values()):
            label.clear()
            label.hide()
        self.message.clear()

    def _blank_draft(self) -> BlankDraft:
        def text(field: str) -> str:
            w = self.blank[field]
            if isinstance(w, QtWidgets.QPlainTextEdit):
                return w.toPlainText()
            if isinstance(w, QtWidgets.QComboBox):
                return str(w.currentData())
            assert isinstance(w, QtWidgets.QLineEdit | DateField)
            return w.text()

        return BlankDraft(
            text("agreement_code"),
            text("agreement_name"),
            text("agreement_municipality"),
            text("agreement_police_area"),
            text("agreement_parties").splitlines(),
            text("agreement_start"),
            text("agreement_end"),
            text("agreement_cadence"),
        )

    # --- create --------------------------------------------------------------
    def create_agreement(self) -> None:
        self._clear()
        try:
            if self.from_previous.isChecked():
                code = str(self.previous.currentData() or "")
                cat = self.files.renew(
                    code,
                    RenewDraft(*(self.edits[f].text() for f in FIELDS)),
                )
            elif self.from_scratch.isChecked():
                cat = self.files.create(self._blank_draft())
            else:
                cat = self.files.add_file(self.file_edit.text().strip()).catalogue
        except ValidationErrors as exc:
            self._show(exc.errors)
            return
        except LofteError as exc:
            self._show([exc])
            return
        except CatalogueError as exc:  # the file's own error: field and problem
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #b00020;")
            return
        self.created = cat.agreement
        self.accept()

    def _show(self, errors: Sequence[LofteError]) -> None:
        if self.from_previous.isChecked():
            show_inline(self, errors, self.errors, dict(self.edits), self.message)
        elif self.from_scratch.isChecked():
            show_inline(self, errors, self.blank_errors, self.blank, self.message)
        else:
            show_inline(self, errors, {}, {}, self.message)
