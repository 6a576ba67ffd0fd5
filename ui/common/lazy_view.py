"""A view that reads its data only while it is shown: the main window tells every tab
about the initiative, and reading a 5,000-task plan for a tab nobody looks at would delay
the one that is shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent, QUndoStack

from app.schedule.plan_view import Snapshot
from app.store.workspace import Workspace

# What a schedule view shows comes from these workspace areas (see Workspace.write).
SCHEDULE_AREAS = frozenset({"tasks", "calendar", "measures", "org", "team", "initiatives"})


class LazyView:
    """Mix into a QWidget that defines ``refresh()`` and calls ``_attach`` in its
    ``__init__``."""

    workspace: Workspace
    undo_stack: QUndoStack
    initiative_id: int | None
    today: dt.date | None
    snapshot: Snapshot
    _stale: bool
    _pending: bool
    refresh_areas: frozenset[str] = SCHEDULE_AREAS

    def _attach(self, workspace: Workspace, undo_stack: QUndoStack) -> None:
        """The state every schedule view keeps, and its subscription to the workspace."""
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.initiative_id = None
        self.today = None  # None: the real today
        self.snapshot = Snapshot.empty()
        self._pending = False
        self._stale = False  # the plan shown is older than the workspace
        workspace.subscribe(self._on_workspace_changed)
        self.destroyed.connect(  # type: ignore[attr-defined]
            lambda *_: workspace.unsubscribe(self._on_workspace_changed))

    def refresh(self) -> None:
        raise NotImplementedError

    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[misc]

    def ensure_current(self) -> None:
        """Read the plan now if it changed while the view was hidden (export, tests)."""
        if self._stale or self._pending:
            self.refresh()

    def _on_workspace_changed(self, areas: frozenset[str]) -> None:
        if not areas & self.refresh_areas:
            return
        if not self.isVisible():  # type: ignore[attr-defined]
            self._stale = True
            return
        if not self._pending:
            # Several notices in one event-loop turn (a grouped undo) refresh once.
            self._pending = True
            QTimer.singleShot(0, self._refresh_if_pending)

    def _refresh_if_pending(self) -> None:
        if self._pending:
            self.refresh()
