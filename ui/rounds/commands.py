"""Undo commands of rounds, each calling one ``app.rounds`` service: closing and reopening
undo each other; a next round is undone as a new initiative is, by deleting it."""

from __future__ import annotations

import datetime as dt

from app.org import initiatives
from app.rounds import carry, closing
from app.store import row_snapshots
from app.store.workspace import Workspace
from ui.common.undo import EditCommand


class CloseRound(EditCommand):
    def __init__(self, ws: Workspace, initiative_id: int, on: dt.date, text: str) -> None:
        super().__init__(ws, text)
        self.initiative_id, self.on = initiative_id, on

    def apply(self) -> None:
        closing.close_round(self.ws, self.initiative_id, self.on)

    def revert(self) -> None:
        closing.reopen_round(self.ws, self.initiative_id)


class ReopenRound(EditCommand):
    def __init__(self, ws: Workspace, initiative_id: int, text: str) -> None:
        super().__init__(ws, text)
        self.initiative_id = initiative_id
        self.closed_on: dt.date | None = None

    def apply(self) -> None:
        day = closing.reopen_round(self.ws, self.initiative_id)
        self.closed_on = self.closed_on or day

    def revert(self) -> None:
        closing.close_round(self.ws, self.initiative_id, self.closed_on)


class StartNextRound(EditCommand):
    def __init__(self, ws: Workspace, source_id: int, name: str, start: dt.date,
                 text: str) -> None:
        super().__init__(ws, text)
        self.source_id, self.name, self.start = source_id, name, start
        self.initiative_id: int | None = None
        self._snap: row_snapshots.Snapshot | None = None

    def apply(self) -> None:
        if self._snap is None:
            self.initiative_id = carry.start_next_round(self.ws, self.source_id, self.name,
                                                        self.start)
        else:
            initiatives.restore_initiative(self.ws, self._snap)

    def revert(self) -> None:
        assert self.initiative_id is not None
        self._snap = initiatives.delete_initiative(self.ws, self.initiative_id)
