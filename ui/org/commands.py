"""Undo commands of departments, people and initiatives, each calling one ``app.org``
service. Pushing one makes the edit (``ui.common.undo``)."""

from __future__ import annotations

from app.org import initiatives
from app.org import organisation as org
from app.store import row_snapshots
from app.store.workspace import Workspace
from ui.common.undo import EditCommand


class AddDepartments(EditCommand):
    """One name or a pasted list; names the workspace has already are left as they are."""

    def __init__(self, ws: Workspace, names: list[str], text: str) -> None:
        super().__init__(ws, text)
        self.names = names
        self.ids: list[int] = []
        self._snaps: list[row_snapshots.Snapshot] = []

    def apply(self) -> None:
        if self.done_once:
            org.restore_all(self.ws, self._snaps)
            return
        self.ids = org.add_departments(self.ws, self.names)
        if not self.ids:  # all there already: no step
            self.setObsolete(True)

    def revert(self) -> None:
        self._snaps = org.delete_departments(self.ws, self.ids)


class RenameDepartment(EditCommand):
    def __init__(self, ws: Workspace, dep_id: int, name: str, text: str) -> None:
        super().__init__(ws, text)
        self.dep_id, self.name = dep_id, name.strip()
        self.old: str | None = None

    def apply(self) -> None:
        old = org.rename_department(self.ws, self.dep_id, self.name)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        assert self.old is not None
        org.rename_department(self.ws, self.dep_id, self.old)


class MoveDepartment(EditCommand):
    """One place up (``step`` -1) or down (+1) in the list every pick list shows."""

    def __init__(self, ws: Workspace, dep_id: int, step: int, text: str) -> None:
        super().__init__(ws, text)
        self.dep_id, self.step = dep_id, step

    def apply(self) -> None:
        org.move_department(self.ws, self.dep_id, self.step)

    def revert(self) -> None:
        org.move_department(self.ws, self.dep_id, -self.step)


class DeleteDepartment(EditCommand):
    def __init__(self, ws: Workspace, dep_id: int, text: str) -> None:
        super().__init__(ws, text)
        self.dep_id = dep_id
        self._snap: row_snapshots.Snapshot | None = None

    def apply(self) -> None:
        self._snap = org.delete_department(self.ws, self.dep_id)

    def revert(self) -> None:
        assert self._snap is not None
        org.restore(self.ws, self._snap)


class AddPerson(EditCommand):
    def __init__(self, ws: Workspace, name: str, text: str) -> None:
        super().__init__(ws, text)
        self.name = name
        self.person_id: int | None = None
        self._snap: row_snapshots.Snapshot | None = None

    def apply(self) -> None:
        if self._snap is None:
            self.person_id = org.add_person(self.ws, self.name)
        else:
            org.restore(self.ws, self._snap)

    def revert(self) -> None:
        assert self.person_id is not None
        self._snap = org.delete_person(self.ws, self.person_id)


class SetPersonField(EditCommand):
    """One field of a person (``department`` by name)."""

    def __init__(self, ws: Workspace, person_id: int, key: str, value: str, text: str) -> None:
        super().__init__(ws, text)
        self.person_id, self.key, self.value = person_id, key, value
        self.old: object = None

    def apply(self) -> None:
        old = org.set_person_field(self.ws, self.person_id, self.key, self.value)
        if not self.done_once:
            self.old = old

    def revert(self) -> None:
        org.set_person_field(self.ws, self.person_id, self.key, self.old)


class DeletePerson(EditCommand):
    def __init__(self, ws: Workspace, person_id: int, text: str) -> None:
        super().__init__(ws, text)
        self.person_id = person_id
        self._snap: row_snapshots.Snapshot | None = None

    def apply(self) -> None:
        self._snap = org.delete_person(self.ws, self.person_id)

    def revert(self) -> None:
        assert self._snap is not None
        org.restore(self.ws, self._snap)


class NewInitiative(EditCommand):
    def __init__(self, ws: Workspace, name: str, text: str) -> None:
        super().__init__(ws, text)
        self.name = name
        self.initiative_id: int | None = None
        self._snap: row_snapshots.Snapshot | None = None

    def apply(self) -> None:
        if self._snap is None:
            self.initiative_id = initiatives.create_initiative(self.ws, self.name)
        else:
            initiatives.restore_initiative(self.ws, self._snap)

    def revert(self) -> None:
        assert self.initiative_id is not None
        self._snap = initiatives.delete_initiative(self.ws, self.initiative_id)


class RenameInitiative(EditCommand):
    def __init__(self, ws: Workspace, initiative_id: int, name: str, text: str) -> None:
        super().__init__(ws, text)
        self.initiative_id, self.name = initiative_id, name
        self.old: str | None = None

    def apply(self) -> None:
        old = initiatives.rename_initiative(self.ws, self.initiative_id, self.name)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        assert self.old is not None
        initiatives.rename_initiative(self.ws, self.initiative_id, self.old)


class DeleteInitiative(EditCommand):
    """An initiative with all its forms; undo puts every row back."""

    def __init__(self, ws: Workspace, initiative_id: int, text: str) -> None:
        super().__init__(ws, text)
        self.initiative_id = initiative_id
        self._snap: row_snapshots.Snapshot | None = None

    def apply(self) -> None:
        self._snap = initiatives.delete_initiative(self.ws, self.initiative_id)

    def revert(self) -> None:
        assert self._snap is not None
        initiatives.restore_initiative(self.ws, self._snap)
