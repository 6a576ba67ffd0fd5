"""A view that reads its data only while it is shown: the main window tells every tab
about the initiative, and reading a 5,000-task plan for a tab nobody looks at would delay
the one that is shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent, QUndoStack

from app.schedule.plan_view import Snapshot
from app.store.changes import SCHEDULE, Change, ChangeArea
from app.store.workspace import Workspace
from ui.common.workspace_watch import Watch, watch


class LazyView:
    """Mix into a QWidget that defines ``refresh()`` and calls ``_attach`` in its
    ``__init__``."""

    workspace: Workspace
    undo_stack: QUndoStack
    initiative_id: int | None
    today: dt.date | None
    snapshot: Snapshot
    watch: Watch
    _stale: bool
    refresh_areas: ChangeArea = SCHEDULE

    def _attach(self, workspace: Workspace, undo_stack: QUndoStack) -> None:
        """The state every schedule view keeps, and its subscription to the workspace."""
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.initiative_id = None
        self.today = None  # None: the real today
        self.snapshot = Snapshot.empty()
        self._stale = False  # another initiative was chosen while the view was hidden
        self.watch = watch(self, workspace, self.refresh_areas,  # type: ignore[arg-type]
                           self._on_workspace_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        self._stale = True
        self.watch.forget()  # the plan is read whole anyway
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[misc]

    def ensure_current(self) -> None:
        """Read the plan now if it changed while the view was hidden (export, tests)."""
        self.watch.flush()
        if self._stale:
            self.refresh()

    def _on_workspace_changed(self, _change: Change) -> None:
        # Heard while shown, or on being shown again; a plan about to be read whole for
        # another initiative (``_stale``) is not read twice.
        if not self._stale:
            self.refresh()
