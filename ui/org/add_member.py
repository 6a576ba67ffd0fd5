"""Adding a team member: pick someone the workspace already knows, or name a new person."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app.org import organisation
from app.store.workspace import Workspace
from ui.common.editors import PickListCombo
from ui.org.new_departments import add_department_text, ask_departments


class AddMemberDialog(QDialog):
    def __init__(self, ws: Workspace, taken: set[str], parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.ws, self.undo_stack = ws, undo_stack
        self.setWindowTitle(self.tr("Add team member"))
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.lineEdit().setPlaceholderText(self.tr("Type a new name or pick a person"))
        for p in organisation.people(ws):
            if p.name in taken:
                continue
            label = f"{p.name}（{p.department.name}）" if p.department else p.name
            self.person.addItem(label, p.id)
        self.person.setCurrentIndex(-1)
        self.person.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 18)
        self.department = PickListCombo(self)
        self._fill_departments()
        self.department.action_chosen.connect(self._add_department)
        hint = QLabel(self.tr("The department is used for a new person only."), self)
        hint.setStyleSheet("color:#666;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(hint)
        form.addRow(buttons)

    def _fill_departments(self, chosen: str | None = None) -> None:
        self.department.clear()
        self.department.addItem("", None)
        for name in organisation.department_names(self.ws):
            self.department.addItem(name, name)
        if self.undo_stack is not None and not self.ws.read_only:
            self.department.add_action(add_department_text())
        self.department.setCurrentIndex(max(0, self.department.findData(chosen)))

    def _add_department(self) -> None:
        assert self.undo_stack is not None
        names = ask_departments(self, self.ws, self.undo_stack)
        self._fill_departments(names[0] if names else self.department.currentData())

    def values(self) -> dict:
        text = self.person.currentText().strip()
        index = self.person.findText(text)
        if index >= 0 and self.person.itemData(index) is not None:
            return {"person_id": self.person.itemData(index)}
        values: dict = {"name": text}
        if self.department.currentData():
            values["department"] = self.department.currentData()
        return values
