"""Undo commands: one per user action, each calling one ``app.editing`` service.

A command is pushed only after its first run succeeded, so a refused edit leaves no step
on the stack. ``form`` and ``row_id`` let the window show what an undo touched, even when
the user has switched tabs since.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from app import editing
from app.workspace import Workspace


class WorkspaceCommand(QUndoCommand):
    """Base: knows its workspace, form and row, and skips the first redo (already done)."""

    def __init__(self, ws: Workspace, form: str, row_id: int | None, text: str) -> None:
        super().__init__(text)
        self.ws = ws
        self.form = form
        self.row_id = row_id
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


class SetValueCommand(WorkspaceCommand):
    def __init__(self, ws: Workspace, form: str, row_id: int, key: str, old: Any, new: Any,
                 text: str) -> None:
        super().__init__(ws, form, row_id, text)
        self.key, self.old, self.new = key, old, new

    def do(self) -> None:
        editing.set_value(self.ws, self.form, self.row_id, self.key, self.new)  # type: ignore[arg-type]

    def undo(self) -> None:
        editing.set_value(self.ws, self.form, self.row_id, self.key, self.old)  # type: ignore[arg-type]


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


class FunctionCommand(QUndoCommand):
    """An action given as two callables, for edits outside the forms (departments, people,
    initiatives). ``redo_fn`` already ran once before the push."""

    def __init__(self, text: str, redo_fn: Any, undo_fn: Any, form: str = "") -> None:
        super().__init__(text)
        self._redo, self._undo = redo_fn, undo_fn
        self.form = form
        self.row_id = None
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


def push_done(stack: QUndoStack, command: QUndoCommand) -> None:
    """Push a command whose action has already run."""
    stack.push(command)
