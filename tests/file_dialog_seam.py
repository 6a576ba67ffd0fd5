"""The scripted answerer of the program's file dialogs (see ``ui.common.file_dialogs``): the one
seam GUI tests answer dialogs at. It sees the real, fully prepared ``QFileDialog`` (title,
start folder, suggested name, filters, labels in the program's language) and records it,
then answers with the next path given to ``answer`` (none left: the user cancels)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton


@dataclass(frozen=True)
class Asked:
    """What one file dialog showed."""

    title: str
    folder: Path
    name: str  # the suggested file name ("" for an open dialog)
    filters: tuple[str, ...]
    save: bool
    look_in: str  # the dialog's own labels, to see the language
    file_type: str


@dataclass
class ScriptedFileDialogs:
    replace: bool = True  # the answer to "Replace it?"
    answers: deque[Path | None] = field(default_factory=deque)
    asked: list[Asked] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)  # "replace it?" asked
    told: list[str] = field(default_factory=list)  # refusals shown
    notices: list[QMessageBox] = field(default_factory=list)  # "saved as …", still open

    def answer(self, *paths: Path | str | None) -> ScriptedFileDialogs:
        self.answers.extend(None if p is None else Path(p) for p in paths)
        return self

    # -- the Answerer protocol ------------------------------------------------------------
    def choose(self, dialog: QFileDialog) -> str | None:
        selected = dialog.selectedFiles()
        save = dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        self.asked.append(Asked(
            dialog.windowTitle(), Path(dialog.directory().absolutePath()),
            Path(selected[0]).name if selected and save else "",
            tuple(dialog.nameFilters()), save,
            dialog.labelText(QFileDialog.DialogLabel.LookIn),
            dialog.labelText(QFileDialog.DialogLabel.FileType)))
        if not self.answers:
            return None
        path = self.answers.popleft()
        return None if path is None else str(path)

    def confirm(self, box: QMessageBox, yes: QPushButton) -> bool:
        self.questions.append(box.text())
        box.deleteLater()
        return self.replace

    def tell(self, box: QMessageBox) -> None:
        self.told.append(box.text())
        box.deleteLater()

    def notice(self, box: QMessageBox) -> None:
        self.notices.append(box)
        box.show()

    @property
    def saved(self) -> list[str]:
        return [b.text() for b in self.notices]
