"""Undo step of the kanban tab: a status change, with the actual dates and progress that
``app.schedule.edit.set_status`` keeps consistent with it."""

from __future__ import annotations

import datetime as dt

from app.schedule import edit
from app.store.workspace import Workspace
from ui.common.undo import EditCommand


class ChangeStatusCommand(EditCommand):
    def __init__(self, ws: Workspace, task_id: int, status: str, today: dt.date,
                 text: str) -> None:
        super().__init__(ws, text)
        self.task_id, self.status, self.today = task_id, status, today
        self._old: edit.StatusState | None = None
        self._new: edit.StatusState | None = None

    def apply(self) -> None:
        if self._new is None:
            self._old = edit.set_status(self.ws, self.task_id, self.status, self.today)
            self._new = edit.status_state(self.ws, self.task_id)
        else:
            edit.restore_status(self.ws, self._new)

    def revert(self) -> None:
        if self._old is not None:
            edit.restore_status(self.ws, self._old)
