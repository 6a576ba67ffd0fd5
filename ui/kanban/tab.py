"""The kanban tab: filter bar over the board, status changes through the undo stack."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.forms.choices import TaskStatus
from app.schedule import plan_view as snapshots
from app.schedule.view_rows import choices, filtered
from app.store.workspace import Workspace
from ui.common.lazy_view import LazyView
from ui.common.undo import perform
from ui.gantt.filter_bar import FilterBar
from ui.kanban.board import CardText, KanbanBoard
from ui.kanban.commands import ChangeStatusCommand


class KanbanTab(LazyView, QWidget):
    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attach(workspace, undo_stack)
        self.titles = {
            TaskStatus.NOT_STARTED.value: self.tr("Not started"),
            TaskStatus.IN_PROGRESS.value: self.tr("In progress"),
            TaskStatus.BLOCKED.value: self.tr("Blocked"),
            TaskStatus.DONE.value: self.tr("Done"),
        }
        self.board = KanbanBoard(CardText(
            titles=self.titles,
            due=self.tr("Due %1"),
            critical=self.tr("critical"),
            warnings={"overdue": self.tr("overdue"), "due_soon": self.tr("due within 72 h"),
                      "risk_notice": self.tr("risk notice")},
            nobody=self.tr("no owner"),
        ), self)
        self.filters = FilterBar(self)
        self.banner = QLabel(self)
        self.banner.setStyleSheet("QLabel { color: #b71c1c; padding: 2px 4px; }")
        self.banner.setWordWrap(True)
        self.banner.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.filters)
        bar.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.banner)
        box.addWidget(self.board, 1)
        self.filters.changed.connect(lambda _f: self._show())
        self.board.statusChangeRequested.connect(self._change_status)
        self.board.taskMenuRequested.connect(self._task_menu)

    def refresh(self) -> None:
        self._stale = False
        self.snapshot = snapshots.take(self.workspace, self.initiative_id, self.today)
        deps, owners = choices(self.snapshot.plan)
        self.filters.set_choices(deps, owners)
        self._show()

    def _show(self) -> None:
        flt = self.filters.current()
        self.board.set_tasks(self.snapshot, filtered(self.snapshot.plan.tasks, flt))

    def _task_menu(self, task_id: int, pos: QPoint) -> None:
        from ui.register.task_menu import open_task_menu

        self.task_menu = open_task_menu(self, self.workspace, self.undo_stack, task_id, pos,
                                   late=bool(self.snapshot.warnings.get(task_id)),
                                   on_refused=self._show_refusal)

    def _show_refusal(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _change_status(self, task_id: int, status: str) -> None:
        task = self.snapshot.plan.by_id.get(task_id)
        name = task.name if task else str(task_id)
        text = self.tr("Set “%1” to %2").replace("%1", name).replace(
            "%2", self.titles.get(status, status))
        command = ChangeStatusCommand(self.workspace, task_id, status,
                                      self.today or dt.date.today(), text)
        refusal = perform(self.undo_stack, command)
        if refusal is not None:
            self.banner.setText(refusal.message())
            self.banner.show()
        else:
            self.banner.hide()
        self.workspace.deliver()  # the edit's result is shown before the next paint
