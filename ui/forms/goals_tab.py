"""Tab 1: Form 1, the goals, and below them the department heads' sign-off lines with the
signatures recorded from paper (and a warning when the form changed since)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.forms import specs
from app.store.workspace import Workspace
from ui.forms.form_tab import FormTab
from ui.printing import SignoffPanel


class GoalsTab(FormTab):
    key = "goals"

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ws, undo_stack, parent)
        self.goals = self.add_table(specs.GOALS, stretch=3)
        self.signoffs = SignoffPanel(ws, undo_stack, self)
        self.splitter.addWidget(self.signoffs)
        self.splitter.setStretchFactor(1, 1)

    def set_initiative(self, initiative_id: int | None) -> None:
        super().set_initiative(initiative_id)
        self.signoffs.set_initiative(initiative_id)

    def select_row(self, form: str, row_id: int, key: str | None = None) -> bool:
        if form != "signoffs":
            return super().select_row(form, row_id, key)
        view = self.signoffs.view
        lines = self.signoffs.model.lines
        row = next((i for i, line in enumerate(lines) if line.id == row_id), None)
        if row is None:
            return False
        view.setFocus()
        view.selectRow(row)
        view.scrollTo(self.signoffs.model.index(row, 0))
        return True
