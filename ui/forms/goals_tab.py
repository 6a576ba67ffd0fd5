"""Tab 1: Form 1, the goals. Their sign-off lines are in the window's sign-off panel, which
follows the tab in view (ui/signoff/dock.py)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.forms import specs
from app.store.workspace import Workspace
from ui.forms.form_tab import FormTab


class GoalsTab(FormTab):
    key = "goals"

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ws, undo_stack, parent)
        self.goals = self.add_table(specs.GOALS)
