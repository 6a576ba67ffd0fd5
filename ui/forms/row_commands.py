"""Undo commands for the rows of the forms, each calling one ``app.forms.editing`` service.
Pushing one makes the edit (``ui.common.undo``)."""

from __future__ import annotations

from typing import Any

from app.forms import editing
from app.store import row_snapshots
from app.store.workspace import Workspace
from ui.common.undo import EditCommand


class SetValueCommand(EditCommand):
    """One cell. ``new`` becomes what the core made of the value (e.g. "3+2" → task ids)
    after the first run, so a redo stores exactly that."""

    def __init__(self, ws: Workspace, form: str, row_id: int, key: str, old: Any, new: Any,
                 text: str) -> None:
        super().__init__(ws, text, form, row_id)
        self.key, self.old, self.new = key, old, new

    def apply(self) -> None:
        assert self.row_id is not None
        editing.set_value(self.ws, self.form, self.row_id, self.key, self.new)
        if not self.done_once:
            self.new = editing.get_value(self.ws, self.form, self.row_id, self.key)

    def revert(self) -> None:
        assert self.row_id is not None
        editing.restore_value(self.ws, self.form, self.row_id, self.key, self.old)


class AddRowCommand(EditCommand):
    """A new row with its first values; a redo puts back the very row undo took away."""

    def __init__(self, ws: Workspace, form: str, initiative_id: int, values: dict[str, Any],
                 index: int | None, text: str) -> None:
        super().__init__(ws, text, form)
        self.initiative_id, self.values, self.index = initiative_id, values, index
        self._snaps: list[row_snapshots.Snapshot] = []

    def apply(self) -> None:
        if self.row_id is None:
            self.row_id = editing.add_row(self.ws, self.form, self.initiative_id, self.values,
                                          self.index)
        else:
            editing.restore_rows(self.ws, self.form, self._snaps)

    def revert(self) -> None:
        assert self.row_id is not None
        self._snaps = editing.delete_rows(self.ws, self.form, [self.row_id])


class DeleteRowsCommand(EditCommand):
    def __init__(self, ws: Workspace, form: str, ids: list[int], text: str) -> None:
        super().__init__(ws, text, form, ids[0] if ids else None)
        self.ids = list(ids)
        self._snaps: list[row_snapshots.Snapshot] = []

    def apply(self) -> None:
        self._snaps = editing.delete_rows(self.ws, self.form, self.ids)

    def revert(self) -> None:
        editing.restore_rows(self.ws, self.form, self._snaps)


class MoveRowCommand(EditCommand):
    def __init__(self, ws: Workspace, form: str, row_id: int, new_index: int,
                 text: str) -> None:
        super().__init__(ws, text, form, row_id)
        self.new_index = new_index
        self.old_index: int | None = None

    def apply(self) -> None:
        assert self.row_id is not None
        old = editing.move_row(self.ws, self.form, self.row_id, self.new_index)
        if self.old_index is None:
            self.old_index = old

    def revert(self) -> None:
        assert self.row_id is not None and self.old_index is not None
        editing.move_row(self.ws, self.form, self.row_id, self.old_index)
