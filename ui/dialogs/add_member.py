"""Adding a team member: pick someone the workspace already knows, or name a new person."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app import org
from app.workspace import Workspace


class AddMemberDialog(QDialog):
    def __init__(self, ws: Workspace, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add team member"))
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.lineEdit().setPlaceholderText(self.tr("Type a new name or pick a person"))
        for p in org.people(ws):
            if p.name in taken:
                continue
            label = f"{p.name}（{p.department.name}）" if p.department else p.name
            self.person.addItem(label, p.id)
        self.person.setCurrentIndex(-1)
        self.department = QComboBox(self)
        self.department.addItem("", None)
        for name in org.department_names(ws):
            self.department.addItem(name, name)
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

    def values(self) -> dict:
        text = self.person.currentText().strip()
        index = self.person.findText(text)
        if index >= 0 and self.person.itemData(index) is not None:
            return {"person_id": self.person.itemData(index)}
        values: dict = {"name": text}
        if self.department.currentData():
            values["department"] = self.department.currentData()
        return values
