"""Tab 4: the optimisation measures and Form 4, the tasks that carry them out."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.forms import specs
from app.store.workspace import Workspace
from ui.evaluation import TrackingSummary
from ui.forms.form_tab import FormTab


class TrackingTab(FormTab):
    key = "tracking"

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ws, undo_stack, parent)
        self.summary = TrackingSummary(ws, self)
        self.layout().insertWidget(0, self.summary)
        self.measures = self.add_table(specs.MEASURES, stretch=1)
        self.tasks = self.add_table(specs.TRACKING, stretch=3)
        self.splitter.setSizes([170, 520])
        view = self.tasks.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._task_menu)

    def _task_menu(self, pos: QPoint) -> None:
        """A task's menu (a risk notice in one step) on a right-click on its row."""
        from ui.register.task_menu import open_task_menu

        index = self.tasks.view.indexAt(pos)
        if not index.isValid():
            return
        task_id = self.tasks.model.row_at(self.tasks.proxy.mapToSource(index).row()).id
        self.tasks.view.setCurrentIndex(index)
        self.task_menu = open_task_menu(
            self, self.ws, self.undo_stack, task_id,
            self.tasks.view.viewport().mapToGlobal(pos),
            on_refused=lambda text: self.tasks.message.show_message(text, "error"))

    def set_initiative(self, initiative_id: int | None) -> None:
        super().set_initiative(initiative_id)
        self.summary.set_initiative(initiative_id)
