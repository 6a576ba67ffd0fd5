"""Departments and people as table models for the organisation dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.i18n import tr
from app.org import organisation as org
from app.store.changes import ChangeArea
from app.store.workspace import Workspace
from ui.common.undo import EditCommand, perform
from ui.common.workspace_watch import watch
from ui.org.commands import RenameDepartment, SetPersonField

Index = QModelIndex | QPersistentModelIndex


class _OrgModel(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws, self.undo_stack = ws, undo_stack
        self._items: list[Any] = []
        watch(self, ws, ChangeArea.ORG, lambda _: self.reload(),
              view=parent if isinstance(parent, QWidget) else None)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = self.load()
        self.endResetModel()

    def load(self) -> list[Any]:
        raise NotImplementedError

    def item(self, row: int) -> Any:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def _perform(self, command: EditCommand) -> bool:
        """Make an edit as one undo step; a refusal is shown and changes nothing."""
        refusal = perform(self.undo_stack, command)
        if refusal is not None:
            self.refused.emit(refusal.message())
        return refusal is None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the model's root: nothing to select or edit (Qt's contract)
            return Qt.ItemFlag.NoItemFlags
        base = super().flags(index)
        return base if self.ws.read_only else base | Qt.ItemFlag.ItemIsEditable


class DepartmentsModel(_OrgModel):
    def load(self) -> list[Any]:
        return org.departments(self.ws)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr("field.department.name")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._items[index.row()].name
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        dep = self._items[index.row()]
        if str(value).strip() == dep.name:
            return False
        return self._perform(RenameDepartment(self.ws, dep.id, str(value),
                                              self.tr("Rename department")))


PEOPLE_COLUMNS = ("name", "department", "title", "phone", "email", "chat")
_PEOPLE_LABELS = ("field.person.name", "field.person.department", "field.person.title",
                  "field.member.phone", "field.member.email", "field.member.chat")


class PeopleModel(_OrgModel):
    def load(self) -> list[Any]:
        return org.people(self.ws)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(PEOPLE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(_PEOPLE_LABELS[section])
        return super().headerData(section, orientation, role)

    def _value(self, person: Any, key: str) -> str:
        if key == "department":
            return person.department.name if person.department else ""
        return getattr(person, key) or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(self._items[index.row()], PEOPLE_COLUMNS[index.column()])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        person = self._items[index.row()]
        key = PEOPLE_COLUMNS[index.column()]
        new = "" if value is None else str(value)
        if new.strip() == self._value(person, key):
            return False
        return self._perform(SetPersonField(self.ws, person.id, key, new,
                                            self.tr("Edit person")))
