"""Undo commands of the matrix: each calls an app service that commits one transaction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.matrix.matrix_data import rerate
from app.store.workspace import Workspace


class RerateCommand(QUndoCommand):
    """Moving a marker to another cell: impact and frequency change as one step.

    The tab applies the change first (so a refusal can be shown before anything enters the
    undo stack) and passes the old ratings in; the first ``redo`` from the stack is skipped.
    """

    def __init__(self, ws: Workspace, point_id: int, label: str, old: tuple[int, int],
                 new: tuple[int, int]) -> None:
        text = QCoreApplication.translate("RerateCommand", "Re-rate “{0}”").format(label)
        super().__init__(text)
        self._ws = ws
        self._id = point_id
        self._old = old
        self._new = new
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        rerate(self._ws, self._id, *self._new)

    def undo(self) -> None:
        rerate(self._ws, self._id, *self._old)
