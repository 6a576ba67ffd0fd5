"""Undo steps of the Gantt tab. Each calls one service in ``app.schedule.edit`` — one
transaction — and keeps what it replaced. Pushing one makes the change
(``ui.common.undo``): a refused change (say, a link that would close a loop) makes the
command obsolete, so it never enters the undo stack, and leaves the reason in ``refused``
for the tab to show."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.lazy import lazy_import
from app.store.workspace import Workspace
from ui.common.undo import EditCommand

if TYPE_CHECKING:
    from app.schedule import edit
else:
    edit = lazy_import("app.schedule.edit")  # the ORM: loaded at the first change, not at start


class _DatesCommand(EditCommand):
    def __init__(self, ws: Workspace, task_id: int, text: str) -> None:
        super().__init__(ws, text)
        self.task_id = task_id
        self._old: edit.TaskDates | None = None
        self._new: edit.TaskDates | None = None

    def apply(self) -> None:
        if self._new is None:
            self._old = self.change()
            self._new = edit.task_dates(self.ws, self.task_id)
        else:
            edit.set_dates(self.ws, self.task_id, self._new.planned_start,
                           self._new.planned_finish)

    def change(self) -> edit.TaskDates:
        raise NotImplementedError

    def revert(self) -> None:
        if self._old is not None:  # as they were, even an older file's dates out of order
            edit.set_dates(self.ws, self.task_id, self._old.planned_start,
                           self._old.planned_finish, rules=False)


class MoveTaskCommand(_DatesCommand):
    def __init__(self, ws: Workspace, task_id: int, new_start: dt.date, text: str) -> None:
        super().__init__(ws, task_id, text)
        self.new_start = new_start

    def change(self) -> edit.TaskDates:
        return edit.move_task(self.ws, self.task_id, self.new_start)


class ResizeTaskCommand(_DatesCommand):
    def __init__(self, ws: Workspace, task_id: int, new_finish: dt.date, text: str) -> None:
        super().__init__(ws, task_id, text)
        self.new_finish = new_finish

    def change(self) -> edit.TaskDates:
        return edit.resize_task(self.ws, self.task_id, self.new_finish)


class LinkTasksCommand(EditCommand):
    def __init__(self, ws: Workspace, predecessor_id: int, task_id: int, text: str,
                 lag_days: int = 0) -> None:
        super().__init__(ws, text)
        self.predecessor_id, self.task_id, self.lag_days = predecessor_id, task_id, lag_days
        self._old_lag: int | None = None

    def apply(self) -> None:
        self._old_lag = edit.link_tasks(self.ws, self.predecessor_id, self.task_id,
                                        self.lag_days)

    def revert(self) -> None:
        if self._old_lag is None:
            edit.unlink_tasks(self.ws, self.predecessor_id, self.task_id)
        else:
            edit.link_tasks(self.ws, self.predecessor_id, self.task_id, self._old_lag)
