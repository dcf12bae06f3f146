"""Start-up checks with a user in front of the screen: a damaged database is not
opened, and the latest backup is offered; a database on a network share is warned
about. ui/main.py calls these; they talk only through the DialogService.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore

from lofte_desktop.services.backup import backups_for
from lofte_desktop.services.errors import DamagedDatabaseError

if TYPE_CHECKING:
    from lofte_desktop.services.container import Services
    from lofte_desktop.ui.dialog_service import DialogService


def open_or_recover(
    build: Callable[[], Services], target: str, dialogs: DialogService
) -> Services | None:
    """`build()`, or, for a damaged database, an offer to restore the latest backup
    and a second try. None when the user declines or nothing can be done (told)."""
    try:
        return build()
    except DamagedDatabaseError as exc:
        backups = backups_for(target)
        latest = backups.latest()
        title = QtCore.QCoreApplication.translate("StartChecks", "Databasen är skadad")
        if latest is None:
            dialogs.error(
                title,
                str(exc)
                + "\n\n"
                + QtCore.QCoreApplication.translate(
                    "StartChecks",
                    "Det finns ingen säkerhetskopia i %1. Databasen öppnas inte, så "
                    "att inget mer går förlorat.",
                ).replace("%1", str(backups.directory)),
            )
            return None
        when = latest.created.strftime("%Y-%m-%d %H:%M")
        question = QtCore.QCoreApplication.translate(
            "StartChecks",
            "Databasen går inte att läsa och öppnas inte, så att inget mer går "
            "förlorat.\n\nVill du återställa den senaste säkerhetskopian, från %1? "
            "Den skadade filen sparas undan bredvid.",
        ).replace("%1", when)
        if not dialogs.confirm(title, question):
            return None
        try:
            backups.restore(latest.path)
        except Exception as restore_error:
            dialogs.show_exception(restore_error)
            return None
        dialogs.info(
            QtCore.QCoreApplication.translate("StartChecks", "Återställd"),
            QtCore.QCoreApplication.translate(
                "StartChecks", "Säkerhetskopian från %1 är återställd."
            ).replace("%1", when),
        )
        return build()


def warn_if_network_share(services: Services, dialogs: DialogService) -> bool:
    """Shows the network-share warning; True if one was shown."""
    warning = services.backups.location_warning()
    if warning:
        dialogs.warning(
            QtCore.QCoreApplication.translate(
                "StartChecks", "Databasen ligger på en nätverksdelning"
            ),
            warning,
        )
    return bool(warning)
