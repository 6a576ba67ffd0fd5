"""Tab 2: Form 2, the team. A new member is an existing person or a new one."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app import forms
from app.workspace import Workspace
from ui.dialogs.add_member import AddMemberDialog
from ui.tabs.base import FormTab
from ui.tabs.form_table import FormTable


class TeamTable(FormTable):
    def new_row_values(self) -> dict | None:
        taken = {self.model.row_at(r).values["name"] for r in range(self.model.rowCount())}
        dialog = AddMemberDialog(self.ws, taken, self, self.undo_stack)
        if not dialog.exec():
            return None
        return dialog.values()


class TeamTab(FormTab):
    key = "team"

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ws, undo_stack, parent)
        self.team = self.add_table(forms.TEAM, TeamTable)
