"""Undo commands: one per user action, each calling one app/ service (the form rows'
commands are in ``ui.forms.row_commands``).

A command is pushed only after its first run succeeded, so a refused edit leaves no step
on the stack. ``form`` and ``row_id`` let the window show what an undo touched, even when
the user has switched tabs since.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from app.store.workspace import Workspace


class UndoStack(QUndoStack):
    """The window's undo stack, which can tell a new step from an undo or a redo.

    Both move the stack's index; only an undo or redo should move the cursor to the cell it
    changed. A new step was made where the cursor is, and the user has moved on since (Tab,
    Enter), so ``pushing`` is True while a step is being added.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pushing = False

    def push(self, command: QUndoCommand) -> None:
        self.pushing = True
        try:
            super().push(command)
        finally:
            self.pushing = False

    def endMacro(self) -> None:
        self.pushing = True
        try:
            super().endMacro()
        finally:
            self.pushing = False


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
