"""Tab 3: Form 3, the pain points, ranked by the one priority rule of app.forms.derived."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.forms import specs
from app.store.workspace import Workspace
from ui.forms.form_tab import FormTab


class PainPointsTab(FormTab):
    key = "pain_points"

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ws, undo_stack, parent)
        self.pain_points = self.add_table(specs.PAIN_POINTS)
