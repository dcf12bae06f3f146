"""ScriptedDialogs: a DialogService for tests (and benches) that shows nothing."""

from __future__ import annotations

from lofte_desktop.ui.dialog_service import DialogService


class ScriptedDialogs(DialogService):
    """A DialogService for tests: records every message and returns set answers.

    `confirm_answers`, `file_answers` and `dir_answers` are queues; when one is
    empty, `confirm` answers `default_confirm` and the file dialogs answer None.
    """

    def __init__(self) -> None:
        super().__init__(None)
        self.messages: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.default_confirm = True
        self.file_answers: list[str | None] = []
        self.dir_answers: list[str | None] = []

    def info(self, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def warning(self, title: str, text: str) -> None:
        self.messages.append(("warning", title, text))

    def error(self, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.messages.append(("confirm", title, text))
        if self.confirm_answers:
            return self.confirm_answers.pop(0)
        return self.default_confirm

    def open_file(
        self, title: str, directory: str = "", filter: str = ""
    ) -> str | None:
        self.messages.append(("open_file", title, directory))
        return self.file_answers.pop(0) if self.file_answers else None

    def save_file(
        self, title: str, directory: str = "", filter: str = ""
    ) -> str | None:
        self.messages.append(("save_file", title, directory))
        return self.file_answers.pop(0) if self.file_answers else None

    def open_dir(self, title: str, directory: str = "") -> str | None:
        self.messages.append(("open_dir", title, directory))
        return self.dir_answers.pop(0) if self.dir_answers else None

    def open_path(self, path: str) -> None:
        self.messages.append(("open_path", "", path))
