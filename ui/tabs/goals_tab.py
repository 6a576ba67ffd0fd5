"""Tab 1: Form 1, the goals, and below them the department heads' sign-off lines with the
signatures recorded from paper (and a warning when the form changed since)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app import forms
from app.workspace import Workspace
from ui.printing import SignoffPanel
from ui.tabs.base import FormTab


class GoalsTab(FormTab):
    key = "goals"

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ws, undo_stack, parent)
        self.goals = self.add_table(forms.GOALS, stretch=3)
        self.signoffs = SignoffPanel(ws, undo_stack, self)
        self.splitter.addWidget(self.signoffs)
        self.splitter.setStretchFactor(1, 1)

    def set_initiative(self, initiative_id: int | None) -> None:
        super().set_initiative(initiative_id)
        self.signoffs.set_initiative(initiative_id)
