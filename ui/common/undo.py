"""The one undo protocol: every edit is an ``EditCommand`` whose ``redo()`` does the work
through an app/ service, so pushing the command is what performs the edit (as Orange's
canvas commands do). A refusal by the service marks the command obsolete: the stack drops
it and keeps its undo and redo steps as they were, and ``perform`` hands the refusal back
for the caller to show where it shows its messages.

Each command holds the plain values it needs (ids, old and new values, the snapshots of
what it deleted), named for the edit it makes. ``form`` and ``row_id`` let the window show
what an undo touched, even when the user has switched tabs since.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from app.errors import UserError
from app.store.workspace import Workspace


class UndoStack(QUndoStack):
    """The window's undo stack, which can tell a new step from an undo or a redo.

    Both move the stack's index; only an undo or redo should move the cursor to the cell it
    changed. A new step was made where the cursor is, and the user has moved on since (Tab,
    Enter), so ``pushing`` is True while a step is being added. ``refused`` carries the
    message of an undo or redo the service refused (say, the file became read-only).
    """

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pushing = False

    def push(self, command: QUndoCommand) -> None:
        """Push ``command``, which makes its edit. An ``EditCommand`` is run here first:
        Qt's own push drops the redo steps before it looks whether the command came out
        obsolete, so a refused edit would lose them; refused, it goes no further."""
        self.pushing = True
        try:
            if isinstance(command, EditCommand):
                if command.on_refused is None:
                    command.on_refused = lambda err: self.refused.emit(err.message())
                command.redo()
                if command.isObsolete():
                    return
                command.made_by_push = True  # Qt's push calls redo() again: already made
            super().push(command)
        finally:
            self.pushing = False

    def endMacro(self) -> None:
        self.pushing = True
        try:
            super().endMacro()
        finally:
            self.pushing = False


class EditCommand(QUndoCommand):
    """Base of every undo command: ``apply`` makes the edit, ``revert`` takes it back.

    The first ``redo`` (the push) records in the command whatever its undo needs: the old
    value a service returns, the snapshot of a deleted row. A ``UserError`` on that first
    run makes the command obsolete, so it never enters the stack, and is kept in
    ``refused``. A refusal on a later undo or redo (from the Edit menu) goes to
    ``on_refused``: the caller's own message area, else the stack's ``refused`` signal.
    """

    def __init__(self, ws: Workspace, text: str, form: str = "", row_id: int | None = None,
                 on_refused: Callable[[UserError], None] | None = None) -> None:
        super().__init__(text)
        self.ws = ws
        self.form = form
        self.row_id = row_id
        self.on_refused = on_refused
        self.refused: UserError | None = None
        self.done_once = False
        self.made_by_push = False

    def redo(self) -> None:
        if self.made_by_push:  # UndoStack.push made the edit a moment ago
            self.made_by_push = False
            return
        self.refused = None
        try:
            self.apply()
        except UserError as err:
            self.refused = err
            if self.done_once:
                self._report(err)
            else:
                self.setObsolete(True)
            return
        self.done_once = True

    def undo(self) -> None:
        self.refused = None
        try:
            self.revert()
        except UserError as err:
            self.refused = err
            self._report(err)

    def _report(self, err: UserError) -> None:
        if self.on_refused is not None:
            self.on_refused(err)

    def apply(self) -> None:
        """Make the edit through one app/ service (the first time and on every redo)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the edit back through one app/ service."""
        raise NotImplementedError


class EditSteps(EditCommand):
    """Several edits as one undo step, made in order: when one is refused, those before it
    are taken back, so the step is all or nothing. The window shows the last step's cell."""

    def __init__(self, ws: Workspace, text: str, steps: Sequence[EditCommand]) -> None:
        last = steps[-1] if steps else None
        super().__init__(ws, text, last.form if last else "", last.row_id if last else None)
        self.steps = list(steps)
        self.key = getattr(last, "key", None)
        self.refused_step: EditCommand | None = None

    def apply(self) -> None:
        done: list[EditCommand] = []
        for step in self.steps:
            try:
                step.apply()
            except UserError:
                self.refused_step = step
                for earlier in reversed(done):
                    earlier.revert()
                raise
            done.append(step)
        for step in done:  # a redo of the whole repeats what each step made the first time
            step.done_once = True

    def revert(self) -> None:
        for step in reversed(self.steps):
            step.revert()


def perform(stack: QUndoStack | None, command: EditCommand) -> UserError | None:
    """Make the edit by pushing its command; the refusal (nothing changed, nothing entered
    the stack), or None when it was done. Without a stack the edit is made all the same."""
    if stack is None:
        try:
            command.apply()
        except UserError as err:
            command.refused = err
        return command.refused
    stack.push(command)
    return command.refused
