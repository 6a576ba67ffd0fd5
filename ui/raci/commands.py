"""The RACI grid's one undo command: a block of cells set to new letters.

The change is made before the command is pushed, so a refused change (a read-only file, a
task deleted meanwhile) never lands on the undo stack; redo and undo then call the same
``app.raci.raci_grid.set_cells`` with the new or the old letters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.errors import UserError
from app.raci import raci_grid
from app.store.workspace import Workspace


class SetLettersCommand(QUndoCommand):
    def __init__(self, ws: Workspace, initiative_id: int, new: dict[raci_grid.Cell, str | None],
                 old: dict[raci_grid.Cell, str | None], text: str,
                 on_error: Callable[[UserError], None] | None = None,
                 store: Callable[[dict[raci_grid.Cell, str | None]], object] | None = None) -> None:
        super().__init__(text)
        self._on_error = on_error
        # ``store`` lets the tab take the letters into its grid directly; it calls set_cells.
        self._set = store or (lambda letters: raci_grid.set_cells(ws, initiative_id, letters))
        # What the main window reads to show the change after an undo, even from another tab.
        self.form = "raci"
        self.row_id: int | None = min((task for task, _key in new), default=None)
        self._ws = ws
        self._initiative = initiative_id
        self._new = new
        self._old = old
        self._done = True  # the tab already stored ``new``

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._store(self._new)

    def undo(self) -> None:
        self._store(self._old)

    def _store(self, letters: dict[raci_grid.Cell, str | None]) -> None:
        try:
            self._set(letters)
        except UserError as exc:  # e.g. the file became read-only; say so, do not crash
            if self._on_error is None:
                raise
            self._on_error(exc)
