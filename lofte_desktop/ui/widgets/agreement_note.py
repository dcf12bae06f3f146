"""A line that names the agreement a dialog works on (the one in use)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lofte_desktop.domain.model import Agreement


def import_target_note(a: Agreement) -> QtWidgets.QLabel:
    """Importera från Excel: every row is checked against this one agreement."""

    def tr(text: str) -> str:
        return QtCore.QCoreApplication.translate("ImportDialog", text)

    note = QtWidgets.QLabel(
        tr(
            "Raderna kontrolleras mot %1 (%2 – %3): dess löften, parter, period "
            "och låsta perioder. Ett annat medborgarlöfte väljs på sidan Löften."
        )
        .replace("%1", a.name)
        .replace("%2", a.start.isoformat())
        .replace("%3", a.end.isoformat())
    )
    note.setWordWrap(True)
    note.setAccessibleName(tr("Medborgarlöftet som gäller"))
    return note
