"""The work calendar's undo command: days marked as holidays or working days, cleared or
imported, through ``app.schedule.calendar_edit``. Pushing it makes the edit
(``ui.common.undo``)."""

from __future__ import annotations

from app.schedule import calendar_edit
from app.store.workspace import Workspace
from ui.common.undo import EditCommand


class SetCalendarDays(EditCommand):
    """Each day to its new state (None: it follows the week again); undo puts back what the
    days were before."""

    def __init__(self, ws: Workspace, states: list[calendar_edit.DayState], text: str) -> None:
        super().__init__(ws, text)
        self.states = states
        self.before: list[calendar_edit.DayState] = []

    def apply(self) -> None:
        self.before = calendar_edit.apply_days(self.ws, self.states)

    def revert(self) -> None:
        calendar_edit.apply_days(self.ws, self.before)
