"""Tab 2: Form 2, the team. A new member is an existing person or a new one."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.forms import specs
from app.store.workspace import Workspace
from ui.forms.form_tab import FormTab
from ui.forms.form_table import FormTable
from ui.org.add_member import AddMemberDialog


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
        self.team = self.add_table(specs.TEAM, TeamTable)
