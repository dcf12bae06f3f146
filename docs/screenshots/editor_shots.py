"""Shots of Löften's agreement editor, taken by take_screenshots.py: Nytt
medborgarlöfte from a catalogue file and from scratch, a promise with its target
(window and weekdays, one field refused inline), a promise whose target a locked
period keeps, a focus area and an indicator.

Keys: new-agreement-file, new-agreement-scratch, promise-editor, promise-locked,
area-editor, indicator-editor (`editor` takes them all). A shot taken on a day
other than the pinned one gets the day in its file name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KEYS = (
    "new-agreement-file",
    "new-agreement-scratch",
    "promise-editor",
    "promise-locked",
    "area-editor",
    "indicator-editor",
)


def grow(dialog: Any) -> None:
    from lofte_desktop.ui.dialogs.new_agreement_dialog import grow as fit

    fit(dialog)


def take(
    keys: list[str],
    ui: Any,
    window: Any,
    settle: Callable[[], None],
    today: date,
    pinned: date,
) -> None:
    wanted = list(KEYS) if "editor" in keys else [k for k in KEYS if k in keys]
    for key in wanted:
        if key in keys:
            keys.remove(key)
        window.navigate("promises")
        dialog = SHOTS[key](ui, window)
        dialog.show()
        settle()
        grow(dialog)  # as a save the user tried does
        settle()
        name = key if today == pinned else f"{key}-{today.isoformat()}"
        dialog.grab().save(str(HERE / f"{name}.png"))
        print(f"saved {name}.png")
        dialog.close()
    if "editor" in keys:
        keys.remove("editor")


def _from_file(ui: Any, window: Any) -> Any:
    from lofte_desktop.runtime.paths import catalogues_dir
    from lofte_desktop.ui.dialogs.new_agreement_dialog import NewAgreementDialog

    dialog = NewAgreementDialog(ui, window)
    dialog.from_file.setChecked(True)
    dialog.file_edit.setText(str(catalogues_dir() / "mala-2024.toml"))
    return dialog


def _from_scratch(ui: Any, window: Any) -> Any:
    from lofte_desktop.ui.dialogs.new_agreement_dialog import NewAgreementDialog

    dialog = NewAgreementDialog(ui, window)
    dialog.from_scratch.setChecked(True)
    values = {
        "agreement_code": "ostby-2026-2028",
        "agreement_name": "Medborgarlöfte Östby 2026–2028 (Exempel)",
        "agreement_municipality": "Östby",
        "agreement_police_area": "Polisområde Exempel",
        "agreement_start": "2026-07-01",
        "agreement_end": "2028-06-31",
    }
    for key, text in values.items():
        dialog.blank[key].setText(text)
    dialog.blank["agreement_parties"].setPlainText("Polisen\nÖstby kommun")
    cadence = dialog.blank["agreement_cadence"]
    cadence.setCurrentIndex(cadence.findData("tertial"))
    dialog.create_agreement()  # 2028-06-31 does not exist: refused inline
    return dialog


def _promise(ui: Any, window: Any) -> Any:
    from lofte_desktop.ui.dialogs.promise_dialog import PromiseDialog

    areas = ui.services.agreement.focus_areas()
    dialog = PromiseDialog(ui, None, window, focus_area=areas[-1].code if areas else "")
    dialog.code.setText("T9")
    dialog.text.setPlainText(
        "Polisen genomför trafikkontroller torsdagar och söndagar under vintersäsongen."
    )
    dialog.types["traffic_check"].setChecked(True)
    dialog.kind.setCurrentIndex(dialog.kind.findData("range"))
    dialog.low.setText("17")
    dialog.high.setText("1O")  # a letter O: refused inline
    dialog.per.setCurrentIndex(dialog.per.findData("year"))
    dialog.window_from.setCurrentIndex(dialog.window_from.findData(1))
    dialog.window_to.setCurrentIndex(dialog.window_to.findData(4))
    dialog.days["4"].setChecked(True)
    dialog.days["7"].setChecked(True)
    dialog.save()
    return dialog


def _locked(ui: Any, window: Any) -> Any:
    from lofte_desktop.domain.periods import PeriodKind
    from lofte_desktop.ui.dialogs.promise_dialog import PromiseDialog

    svc = ui.services
    if not svc.locks.locks():
        past = [
            p
            for p in svc.progress.periods()
            if p.kind is PeriodKind.TERM and p.end < svc.ctx.today()
        ]
        if past:
            svc.locks.lock(past[-1].code, reason="Uppföljd")
    promise = svc.agreement.promises()[0]
    return PromiseDialog(ui, promise, window)


def _area(ui: Any, window: Any) -> Any:
    from lofte_desktop.ui.dialogs.agreement_parts import FocusAreaDialog

    return FocusAreaDialog(ui, ui.services.agreement.focus_areas()[0], window)


def _indicator(ui: Any, window: Any) -> Any:
    from lofte_desktop.ui.dialogs.agreement_parts import IndicatorDialog

    return IndicatorDialog(ui, ui.services.agreement.indicators()[0], window)


SHOTS: dict[str, Callable[[Any, Any], Any]] = {
    "new-agreement-file": _from_file,
    "new-agreement-scratch": _from_scratch,
    "promise-editor": _promise,
    "promise-locked": _locked,
    "area-editor": _area,
    "indicator-editor": _indicator,
}
