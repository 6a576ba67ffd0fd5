"""Tab 1: Form 1, the goals, and the department heads' sign-off lines below them."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app import forms
from app.workspace import Workspace
from ui.tabs.base import FormTab


class GoalsTab(FormTab):
    key = "goals"

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ws, undo_stack, parent)
        self.goals = self.add_table(forms.GOALS, stretch=3)
        self.signoffs = self.add_table(forms.SIGNOFFS, stretch=1)
