"""Undo commands of the matrix: each calls an app service that commits one transaction;
pushing one makes the edit (``ui.common.undo``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.matrix.matrix_data import rerate
from app.store.workspace import Workspace
from ui.common.undo import EditCommand


class RerateCommand(EditCommand):
    """Moving a marker to another cell: impact and frequency change as one step."""

    def __init__(self, ws: Workspace, point_id: int, label: str, new: tuple[int, int]) -> None:
        text = QCoreApplication.translate("RerateCommand", "Re-rate “{0}”").format(label)
        super().__init__(ws, text)
        self._id = point_id
        self._old: tuple[int, int] | None = None
        self._new = new

    def apply(self) -> None:
        old = rerate(self.ws, self._id, *self._new)
        if self._old is None:
            self._old = old

    def revert(self) -> None:
        assert self._old is not None
        rerate(self.ws, self._id, *self._old)
