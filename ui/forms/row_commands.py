"""Undo commands for the rows of the forms, each calling one ``app.forms.editing`` service."""

from __future__ import annotations

from typing import Any

from app.forms import editing
from app.store.workspace import Workspace
from ui.common.undo import WorkspaceCommand


class SetValueCommand(WorkspaceCommand):
    def __init__(self, ws: Workspace, form: str, row_id: int, key: str, old: Any, new: Any,
                 text: str) -> None:
        super().__init__(ws, form, row_id, text)
        self.key, self.old, self.new = key, old, new

    def do(self) -> None:
        editing.set_value(self.ws, self.form, self.row_id, self.key, self.new)  # type: ignore[arg-type]

    def undo(self) -> None:
        editing.restore_value(self.ws, self.form, self.row_id, self.key, self.old)  # type: ignore[arg-type]


class AddRowCommand(WorkspaceCommand):
    def __init__(self, ws: Workspace, form: str, row_id: int, text: str) -> None:
        super().__init__(ws, form, row_id, text)
        self._snaps: list[Any] = []

    def do(self) -> None:
        editing.restore_rows(self.ws, self.form, self._snaps)

    def undo(self) -> None:
        self._snaps = editing.delete_rows(self.ws, self.form, [self.row_id])  # type: ignore[list-item]


class DeleteRowsCommand(WorkspaceCommand):
    def __init__(self, ws: Workspace, form: str, snaps: list[Any], text: str) -> None:
        super().__init__(ws, form, snaps[0].row["id"] if snaps else None, text)
        self._snaps = snaps

    def do(self) -> None:
        self._snaps = editing.delete_rows(self.ws, self.form, [s.row["id"] for s in self._snaps])

    def undo(self) -> None:
        editing.restore_rows(self.ws, self.form, self._snaps)


class MoveRowCommand(WorkspaceCommand):
    def __init__(self, ws: Workspace, form: str, row_id: int, old_index: int, new_index: int,
                 text: str) -> None:
        super().__init__(ws, form, row_id, text)
        self.old_index, self.new_index = old_index, new_index

    def do(self) -> None:
        editing.move_row(self.ws, self.form, self.row_id, self.new_index)  # type: ignore[arg-type]

    def undo(self) -> None:
        editing.move_row(self.ws, self.form, self.row_id, self.old_index)  # type: ignore[arg-type]
