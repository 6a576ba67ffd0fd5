"""The Initiative menu's actions: a new initiative, renaming and deleting the one in view,
each one undo step, with the window's dialogs and its initiative selector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ui.common.undo import perform

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


class InitiativeActions(QObject):
    """What the Initiative menu and the selector's New… button do, kept out of the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new(self) -> None:
        from ui.org.commands import NewInitiative  # the ORM, loaded after the window shows

        w = self.window
        if w.ws is None or w.ws.read_only:
            return
        name, ok = QInputDialog.getText(w, self.tr("New initiative"), self.tr("Name:"))
        if not ok:
            return
        command = NewInitiative(w.ws, name, self.tr("New initiative"))
        refusal = perform(w.undo_stack, command)
        if refusal is not None:
            QMessageBox.warning(w, self.tr("New initiative"), refusal.message())
        elif command.initiative_id is not None:
            w.select_initiative(command.initiative_id)

    def rename(self) -> None:
        from ui.org.commands import RenameInitiative  # the ORM, loaded after the window shows

        w = self.window
        if w.ws is None or w.initiative_id is None:
            return
        ini_id = w.initiative_id
        name, ok = QInputDialog.getText(w, self.tr("Rename initiative"), self.tr("Name:"),
                                        text=w.initiative_box.currentText())
        if not ok:
            return
        refusal = perform(w.undo_stack, RenameInitiative(w.ws, ini_id, name,
                                                 self.tr("Rename initiative")))
        if refusal is not None:
            QMessageBox.warning(w, self.tr("Rename initiative"), refusal.message())

    def delete(self) -> None:
        from ui.org.commands import DeleteInitiative  # the ORM, loaded after the window shows

        w = self.window
        if w.ws is None or w.initiative_id is None:
            return
        answer = QMessageBox.question(
            w, self.tr("Delete initiative"),
            self.tr("Delete “{0}” with all its forms? You can undo this with Ctrl+Z.")
            .format(w.initiative_box.currentText()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        refusal = perform(w.undo_stack, DeleteInitiative(w.ws, w.initiative_id,
                                                 self.tr("Delete initiative")))
        if refusal is not None:
            QMessageBox.warning(w, self.tr("Delete initiative"), refusal.message())
            return
        w.initiative_id = None
        w.reload_initiatives()
