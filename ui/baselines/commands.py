"""Undo commands of baselines, each calling one ``app.schedule.baselines`` service. Pushing
one makes the edit (``ui.common.undo``)."""

from __future__ import annotations

import datetime as dt

from app.schedule import baselines
from app.store.workspace import Workspace
from ui.common.undo import EditCommand


class SaveBaseline(EditCommand):
    """Save a baseline; undo deletes it, redo puts the same rows back (same id)."""

    def __init__(self, ws: Workspace, initiative_id: int, name: str, text: str,
                 saved_on: dt.date | None = None) -> None:
        super().__init__(ws, text)
        self.initiative_id, self.name, self.saved_on = initiative_id, name, saved_on
        self.baseline_id: int | None = None
        self._deleted: baselines.Deleted | None = None

    def apply(self) -> None:
        if self._deleted is not None:
            baselines.restore_baseline(self.ws, self._deleted)
            return
        self.baseline_id = baselines.save_baseline(self.ws, self.initiative_id, self.name,
                                                   self.saved_on)

    def revert(self) -> None:
        assert self.baseline_id is not None
        self._deleted = baselines.delete_baseline(self.ws, self.baseline_id)


class RenameBaseline(EditCommand):
    def __init__(self, ws: Workspace, baseline_id: int, name: str, text: str) -> None:
        super().__init__(ws, text)
        self.baseline_id, self.name = baseline_id, name
        self.old: str | None = None

    def apply(self) -> None:
        old = baselines.rename_baseline(self.ws, self.baseline_id, self.name)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        assert self.old is not None
        baselines.rename_baseline(self.ws, self.baseline_id, self.old)


class ChooseReference(EditCommand):
    def __init__(self, ws: Workspace, baseline_id: int, text: str) -> None:
        super().__init__(ws, text)
        self.baseline_id = baseline_id
        self.old: int | None = None

    def apply(self) -> None:
        old = baselines.set_reference(self.ws, self.baseline_id)
        if not self.done_once:
            self.old = old

    def revert(self) -> None:
        if self.old is not None:
            baselines.set_reference(self.ws, self.old)


class DeleteBaseline(EditCommand):
    def __init__(self, ws: Workspace, baseline_id: int, text: str) -> None:
        super().__init__(ws, text)
        self.baseline_id = baseline_id
        self._deleted: baselines.Deleted | None = None

    def apply(self) -> None:
        self._deleted = baselines.delete_baseline(self.ws, self.baseline_id)

    def revert(self) -> None:
        assert self._deleted is not None
        baselines.restore_baseline(self.ws, self._deleted)
