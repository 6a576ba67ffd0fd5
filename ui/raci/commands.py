"""The RACI grid's one undo command: a block of cells set to new letters. Pushing it makes
the change (``ui.common.undo``): a refused change (a read-only file, a task deleted
meanwhile) never lands on the undo stack; redo and undo call the same
``app.raci.raci_grid.set_cells`` with the new or the old letters.
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import UserError
from app.raci import raci_grid
from app.store.workspace import Workspace
from ui.common.undo import EditCommand

Letters = dict[raci_grid.Cell, str | None]


class SetLettersCommand(EditCommand):
    def __init__(self, ws: Workspace, initiative_id: int, new: Letters, text: str,
                 on_error: Callable[[UserError], None] | None = None,
                 store: Callable[[Letters], Letters] | None = None) -> None:
        # The main window reads form and row_id to show the change after an undo, even
        # from another tab.
        super().__init__(ws, text, "raci", min((task for task, _key in new), default=None),
                         on_refused=on_error)
        # ``store`` lets the tab take the letters into its grid directly; it calls set_cells.
        self._set = store or (lambda letters: raci_grid.set_cells(ws, initiative_id, letters))
        self._initiative = initiative_id
        self._new = new
        self._old: Letters | None = None

    def apply(self) -> None:
        old = self._set(self._new)
        if self._old is None:
            self._old = old

    def revert(self) -> None:
        assert self._old is not None
        self._set(self._old)
