"""Logga: the quick-log form. Keyboard first: Ctrl+N opens it, Enter saves.

It remembers the last type, place and party (AppSettings), suggests the promises the
type counts towards, validates inline through the service, blocks saving while the
note holds a personnummer, and keeps what the user typed when a write fails.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.errors import LofteError, ValidationError, ValidationErrors
from lofte_desktop.domain.model import Activity
from lofte_desktop.domain.types import ActivityType
from lofte_desktop.domain.validation import outside_agreements
from lofte_desktop.ui.activity_form import ActivityForm
from lofte_desktop.ui.context import UiContext
from lofte_desktop.ui.widgets.scroll import fill_with_scrolling


class LogPage(QtWidgets.QWidget):
    saved = QtCore.Signal(object)

    def __init__(self, ui: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._tried = False
        self._warned = False  # today's date was said to be outside the agreement
        self.heading = QtWidgets.QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QtWidgets.QLabel()
        self.hint.setWordWrap(True)
        self.form = ActivityForm(ui)
        self.save_button = QtWidgets.QPushButton()
        self.save_button.setDefault(True)
        self.clear_button = QtWidgets.QPushButton()
        # Offered when a date lies outside every agreement: start the next one.
        self.new_agreement_button = QtWidgets.QPushButton()
        self.new_agreement_button.hide()
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_agreement_button)
        inner = QtWidgets.QWidget()
        inner.setMaximumWidth(760)
        col = QtWidgets.QVBoxLayout(inner)
        col.addWidget(self.heading)
        col.addWidget(self.hint)
        col.addWidget(self.form)
        col.addLayout(buttons)
        col.addWidget(self.message)
        col.addStretch(1)
        fill_with_scrolling(self, inner)

        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self.new_agreement_button.clicked.connect(
            lambda: self.ui.navigate("promises", new_agreement=True)
        )
        self.form.submitted.connect(self.save)
        self.form.changed.connect(self._changed)
        self.form.piiChanged.connect(self._pii_changed)
        ui.bridge.agreementChanged.connect(lambda _e: self._agreement_changed())
        self.apply_defaults()
        self.retranslate()

    # --- defaults ----------------------------------------------------------
    def default_date(self) -> date:
        """Today (`ctx.today`, pinned by LOFTE_TODAY), never moved into the
        agreement: a day no agreement covers is said at once, and refused."""
        return self.ui.services.ctx.today()

    def apply_defaults(self) -> None:
        s = self.ui.services.settings
        self.form.set_type(s.last_type or ActivityType.PRESENCE.value)
        if s.user_party:
            self.form.party_box.setCurrentText(s.user_party)
        self.form.place_box.setCurrentText(s.last_place)
        self.form.date_field.set_date(self.default_date())
        self.form.status_box.setCurrentIndex(self.form.status_box.findData("done"))
        self._say_where_today_is()

    def _say_where_today_is(self) -> None:
        """With no agreement, or today outside it, say so before anyone types."""
        svc = self.ui.services
        if not svc.ctx.has_agreement():
            return  # the banner above every page says what to do
        today = self.default_date()
        rules = svc.agreement.rules()
        self._warned = not rules.start <= today <= rules.end
        if self._warned:
            self.form.show_errors(outside_agreements(today, rules, "date"))
        self.new_agreement_button.setVisible(self._warned)

    def activate(self, **kwargs: Any) -> None:
        if "activity_type" in kwargs:
            self.form.set_type(str(kwargs["activity_type"]))
        self.form.type_box.setFocus()

    # --- saving ------------------------------------------------------------
    def save(self) -> None:
        """Gather input, check it, hand the write to the worker, show the result."""
        self._tried = True
        if not self.ui.services.ctx.has_agreement():
            self.message.setText(
                self.tr(
                    "Inte sparat: det finns inget medborgarlöfte att logga mot. Läs "
                    "in ett med knappen överst i fönstret."
                )
            )
            return
        draft = self.form.draft()
        try:
            self.ui.services.activities.validate(draft)
        except ValidationError as exc:
            # Every error at once (a personnummer too), focus on the first wrong
            # field; from then on focus stays wherever the user puts it.
            self.form.show_errors(exc, focus=True)
            self._offer_new_agreement(exc)
            self.message.setText(self.tr("Inte sparat: rätta det som är markerat."))
            return
        self.form.clear_errors()
        self.save_button.setEnabled(False)
        self.ui.worker.run(
            lambda: self.ui.services.activities.log(draft),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, activity: Activity) -> None:
        self.save_button.setEnabled(not self.form.has_pii())
        self._tried = False
        self._remember(activity)
        where = f", {activity.place}" if activity.place else ""
        self.message.setText(
            self.tr("Sparat: %1 %2%3.")
            .replace("%1", self.form.type_info().label(self.ui.language))
            .replace("%2", activity.date.isoformat())
            .replace("%3", where)
        )
        self.form.hours_edit.clear()
        self.form.count_edit.clear()
        self.form.note_edit.clear()
        self.form.clear_errors()
        self.form.type_box.setFocus()
        self.saved.emit(activity)

    def _failed(self, exc: BaseException) -> None:
        """The write failed: keep every field as typed and say what happened."""
        self.save_button.setEnabled(not self.form.has_pii())
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc, focus=True)
            self.message.setText(exc.message())
            return
        if isinstance(exc, LofteError):
            self.message.setText(
                self.tr("Inte sparat: %1").replace("%1", exc.message())
            )
            return
        self.message.setText(
            self.tr(
                "Det gick inte att spara: %1. Det du skrev finns kvar i formuläret; "
                "försök igen."
            ).replace("%1", str(exc))
        )
        self.ui.dialogs.error(self.tr("Det gick inte att spara"), self.message.text())

    def _agreement_changed(self) -> None:
        self.form.reload()
        self.form.clear_errors()
        self._say_where_today_is()

    def _remember(self, activity: Activity) -> None:
        # Remembering is a convenience: the activity itself is already saved.
        with contextlib.suppress(OSError, LofteError):
            self.ui.services.settings_service.update(
                last_type=activity.activity_type,
                last_place=activity.place or "",
                user_party=activity.party,
            )

    def clear(self) -> None:
        self.form.note_edit.clear()
        self.form.hours_edit.clear()
        self.form.count_edit.clear()
        self.form.clear_errors()
        self.message.clear()
        self._tried = False
        self.apply_defaults()

    def _changed(self) -> None:
        """After a refused save, the marks follow what the user types; focus stays
        where the user put it."""
        if not self.ui.services.ctx.has_agreement():
            return
        if not self._tried:
            if self._warned:  # the day said to be outside: lift it once fixed
                rules = self.ui.services.agreement.rules()
                day = self.form.date_field.typed_date()
                if day is not None and rules.start <= day <= rules.end:
                    self._warned = False
                    self.form.clear_errors()
                    self.new_agreement_button.hide()
            return
        try:
            self.ui.services.activities.validate(self.form.draft())
        except ValidationError as exc:
            self.form.show_errors(exc, focus=False)
            self._offer_new_agreement(exc)
        else:
            self.form.clear_errors()
            self.new_agreement_button.hide()

    def _offer_new_agreement(self, exc: ValidationError) -> None:
        """A date no agreement covers: offer to start the next one (Löften)."""
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        self.new_agreement_button.setVisible(
            any(e.key == "err.outside_agreement" for e in errors)
        )

    def _pii_changed(self, found: bool) -> None:
        self.save_button.setEnabled(not found)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Logga en aktivitet"))
        self.hint.setText(
            self.tr(
                "Tab och Enter går till nästa fält; Enter i anteckningen sparar, "
                "liksom Ctrl+Enter var du än är i formuläret. Shift+Enter ger ny rad "
                "i anteckningen. Ctrl+N öppnar formuläret var du än är."
            )
        )
        self.save_button.setText(self.tr("&Spara"))
        self.save_button.setAccessibleName(self.tr("Spara aktiviteten"))
        self.clear_button.setText(self.tr("&Rensa"))
        self.clear_button.setAccessibleName(self.tr("Rensa formuläret"))
        self.new_agreement_button.setText(self.tr("Nytt &medborgarlöfte…"))
        self.new_agreement_button.setAccessibleName(
            self.tr("Starta ett nytt medborgarlöfte för datumet")
        )
        self.message.setAccessibleName(self.tr("Meddelande"))
        self.form.retranslate()
