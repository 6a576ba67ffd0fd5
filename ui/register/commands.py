"""Undo commands for the register, each calling one ``app.register.service`` function.
Pushing one makes the edit (``ui.common.undo``). Every command names the item it touches
(``form`` "register", ``row_id`` the item), so an undo shows that item, even from
another tab."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.register import service
from app.store import row_snapshots
from app.store.workspace import Workspace
from ui.common.undo import EditCommand

FORM = "register"


class NewItemCommand(EditCommand):
    """A new item of a kind; a redo puts back the very item undo took away."""

    def __init__(self, ws: Workspace, initiative_id: int, kind: str, text: str,
                 values: dict[str, Any] | None = None, now: dt.datetime | None = None) -> None:
        super().__init__(ws, text, FORM)
        self.initiative_id, self.kind, self.values, self.now = initiative_id, kind, values, now
        self._snaps: list[row_snapshots.Snapshot] = []

    def apply(self) -> None:
        if self.row_id is None:
            self.row_id = service.create_item(self.ws, self.initiative_id, self.kind,
                                              self.values, now=self.now)
            if self.kind == "meeting":  # a weekly meeting: its agenda from what is open
                from app.errors import UserError
                from app.register.agenda import propose_agenda

                try:
                    propose_agenda(self.ws, self.row_id, self.now)
                except UserError:
                    pass  # the meeting stands; the agenda can be proposed again from its table
        else:
            service.restore_items(self.ws, self._snaps)

    def revert(self) -> None:
        assert self.row_id is not None
        self._snaps = service.delete_items(self.ws, [self.row_id])


class RiskFromTaskCommand(NewItemCommand):
    """A risk notice filled in from a late task (the Gantt, the kanban, Form 4)."""

    def __init__(self, ws: Workspace, task_id: int, text: str,
                 now: dt.datetime | None = None) -> None:
        super().__init__(ws, 0, "risk", text, now=now)
        self.task_id = task_id

    def apply(self) -> None:
        if self.row_id is None:
            self.row_id = service.create_risk_from_task(self.ws, self.task_id, self.now)
        else:
            service.restore_items(self.ws, self._snaps)


class DeleteItemsCommand(EditCommand):
    def __init__(self, ws: Workspace, ids: list[int], text: str) -> None:
        super().__init__(ws, text, FORM, ids[0] if ids else None)
        self.ids = list(ids)
        self._snaps: list[row_snapshots.Snapshot] = []

    def apply(self) -> None:
        self._snaps = service.delete_items(self.ws, self.ids)

    def revert(self) -> None:
        service.restore_items(self.ws, self._snaps)


class SetFieldCommand(EditCommand):
    """One field of an item. ``new`` becomes what the core made of the value (a name → a
    person's id) after the first run, so a redo stores exactly that."""

    def __init__(self, ws: Workspace, item_id: int, key: str, new: Any, text: str) -> None:
        super().__init__(ws, text, FORM, item_id)
        self.key, self.new = key, new
        self.old: Any = None

    def apply(self) -> None:
        assert self.row_id is not None
        old = service.set_field(self.ws, self.row_id, self.key, self.new)
        if not self.done_once:
            self.old = old
            self.new = service.get_value(self.ws, self.row_id, self.key)

    def revert(self) -> None:
        assert self.row_id is not None
        service.restore_field(self.ws, self.row_id, self.key, self.old)


class AddChildCommand(EditCommand):
    """An attendee, agenda point, outcome or department ask added to an item."""

    def __init__(self, ws: Workspace, item_id: int, child: str, text: str,
                 values: dict[str, Any] | None = None, index: int | None = None) -> None:
        super().__init__(ws, text, FORM, item_id)
        self.child, self.values, self.index = child, values, index
        self.child_id: int | None = None
        self._snap: row_snapshots.Snapshot | None = None

    def apply(self) -> None:
        assert self.row_id is not None
        if self._snap is None:
            self.child_id = service.add_child(self.ws, self.row_id, self.child, self.values,
                                              self.index)
        else:
            service.restore_child(self.ws, self._snap)

    def revert(self) -> None:
        assert self.child_id is not None
        self._snap = service.remove_child(self.ws, self.child, self.child_id)


class RemoveChildCommand(EditCommand):
    def __init__(self, ws: Workspace, item_id: int, child: str, child_id: int,
                 text: str) -> None:
        super().__init__(ws, text, FORM, item_id)
        self.child, self.child_id = child, child_id
        self._snap: row_snapshots.Snapshot | None = None

    def apply(self) -> None:
        self._snap = service.remove_child(self.ws, self.child, self.child_id)

    def revert(self) -> None:
        assert self._snap is not None
        service.restore_child(self.ws, self._snap)


class SetChildFieldCommand(EditCommand):
    def __init__(self, ws: Workspace, item_id: int, child: str, child_id: int, key: str,
                 new: Any, text: str) -> None:
        super().__init__(ws, text, FORM, item_id)
        self.child, self.child_id, self.child_key, self.new = child, child_id, key, new
        self.old: Any = None

    def apply(self) -> None:
        old = service.set_child_field(self.ws, self.child, self.child_id, self.child_key,
                                      self.new)
        if not self.done_once:
            self.old = old

    def revert(self) -> None:
        service.set_child_field(self.ws, self.child, self.child_id, self.child_key, self.old)


class MoveChildCommand(EditCommand):
    def __init__(self, ws: Workspace, item_id: int, child: str, child_id: int,
                 new_index: int, text: str) -> None:
        super().__init__(ws, text, FORM, item_id)
        self.child, self.child_id, self.new_index = child, child_id, new_index
        self.old_index: int | None = None

    def apply(self) -> None:
        old = service.move_child(self.ws, self.child, self.child_id, self.new_index)
        if self.old_index is None:
            self.old_index = old

    def revert(self) -> None:
        assert self.old_index is not None
        service.move_child(self.ws, self.child, self.child_id, self.old_index)


class ProposeAgendaCommand(EditCommand):
    """Agenda items proposed from what is open (late tasks, clocks near or past, the last
    meeting's open action items), added as one step."""

    def __init__(self, ws: Workspace, item_id: int, text: str,
                 now: dt.datetime | None = None) -> None:
        super().__init__(ws, text, FORM, item_id)
        self.now = now
        self.ids: list[int] = []
        self._snaps: list[row_snapshots.Snapshot] | None = None

    def apply(self) -> None:
        from app.register.agenda import propose_agenda

        assert self.row_id is not None
        if self._snaps is None:
            self.ids = propose_agenda(self.ws, self.row_id, self.now)
        else:
            service.restore_children(self.ws, self._snaps)

    def revert(self) -> None:
        self._snaps = service.remove_children(self.ws, "agenda", self.ids)


class ActionToTaskCommand(EditCommand):
    """An action item of a meeting becomes a Form 4 task; undo deletes that task again."""

    def __init__(self, ws: Workspace, item_id: int, outcome_id: int, text: str) -> None:
        super().__init__(ws, text, FORM, item_id)
        self.outcome_id = outcome_id
        self.task_id: int | None = None
        self._snap: row_snapshots.Snapshot | None = None

    def apply(self) -> None:
        if self._snap is None:
            self.task_id = service.action_to_task(self.ws, self.outcome_id)
        else:
            service.restore_action_task(self.ws, self._snap)

    def revert(self) -> None:
        self._snap = service.remove_action_task(self.ws, self.outcome_id)


class LinkCommand(EditCommand):
    """Link (or, with ``unlink``, unlink) an item and a task or another item."""

    def __init__(self, ws: Workspace, item_id: int, target: str, other_id: int, text: str,
                 unlink: bool = False) -> None:
        super().__init__(ws, text, FORM, item_id)
        self.target, self.other_id, self.unlink = target, other_id, unlink
        self.changed = True  # False: the link was already as asked, undo leaves it so

    def _call(self, link: bool) -> bool:
        assert self.row_id is not None
        if self.target == "task":
            fn = service.link_task if link else service.unlink_task
        else:
            fn = service.link_items if link else service.unlink_items
        return fn(self.ws, self.row_id, self.other_id)

    def apply(self) -> None:
        changed = self._call(not self.unlink)
        if not self.done_once:
            self.changed = changed

    def revert(self) -> None:
        if self.changed:
            self._call(self.unlink)
