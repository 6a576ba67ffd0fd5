"""Departments and people, managed once for the whole workspace and picked from lists in
every form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.store.workspace import Workspace
from ui.common.dialog_frame import frame
from ui.common.undo import EditCommand, perform
from ui.org.commands import AddPerson, DeleteDepartment, DeletePerson, MoveDepartment
from ui.org.new_departments import add_departments, ask_departments
from ui.org.org_models import DepartmentsModel, PeopleModel
from ui.window.message_bar import MessageBar


class OrgDialog(QDialog):
    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.undo_stack = ws, undo_stack
        self.setWindowTitle(self.tr("Departments and people"))
        # Gone once closed, and with it its subscription to the workspace.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(980, 560)
        self.message = MessageBar(self)
        self.departments = DepartmentsModel(ws, undo_stack, self)
        self.people = PeopleModel(ws, undo_stack, self)
        for model in (self.departments, self.people):
            model.refused.connect(lambda text: self.message.show_message(text, "error"))
        # The two halves are built alike: a title, the table, a row of buttons.
        dep_box, self.dep_view = self._half(self.tr("Departments"), self.departments, (
            (self.tr("Add…"), self.add_department),
            (self.tr("Paste a list…"), self.add_department_list),
            (self.tr("Delete"), self.delete_department),
            (self.tr("Up"), lambda: self.move_department(-1)),
            (self.tr("Down"), lambda: self.move_department(1))))
        people_box, self.people_view = self._half(self.tr("People"), self.people, (
            (self.tr("Add…"), self.add_person),
            (self.tr("Delete"), self.delete_person)))
        self.dep_view.setToolTip(self.tr("Paste a list of departments here with Ctrl+V: "
                                         "one per line, or separated by 、 ， , or ;"))
        paste = QAction(self.tr("Paste departments"), self.dep_view)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        paste.triggered.connect(self.paste_departments)
        self.dep_view.addAction(paste)

        row = QHBoxLayout()
        row.addLayout(dep_box, 1)
        row.addLayout(people_box, 3)
        frame(self, self.message, row)

    def _half(self, title: str, model: DepartmentsModel | PeopleModel,
              buttons: tuple[tuple[str, Callable[[], object]], ...]) -> tuple[QVBoxLayout, QTableView]:
        """One half of the dialog: its title, its table and the buttons below it."""
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        box = QVBoxLayout()
        box.addWidget(QLabel(title, self))
        box.addWidget(view, 1)
        row = QHBoxLayout()
        for text, slot in buttons:
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setEnabled(not self.ws.read_only)
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        return box, view

    def _current(self, view: QTableView, model: DepartmentsModel | PeopleModel) -> object | None:
        index = view.currentIndex()
        return model.item(index.row()) if index.isValid() else None

    def add_department(self) -> None:
        ask_departments(self, self.ws, self.undo_stack)

    def add_department_list(self) -> None:
        """A list pasted from a message or a spreadsheet column, one undo step."""
        ask_departments(self, self.ws, self.undo_stack, several=True)

    def paste_departments(self) -> None:
        if not self.ws.read_only:
            add_departments(self, self.ws, self.undo_stack, QGuiApplication.clipboard().text())

    def _perform(self, command: EditCommand) -> bool:
        """Make an edit as one undo step; a refusal is shown and changes nothing."""
        refusal = perform(self.undo_stack, command)
        if refusal is not None:
            self.message.show_message(refusal.message(), "error")
        return refusal is None

    def _delete_current(self, view: QTableView, model: DepartmentsModel | PeopleModel,
                        command: type[DeleteDepartment] | type[DeletePerson], text: str) -> None:
        """Delete the row chosen in ``view`` (a department or a person), one undo step."""
        item = self._current(view, model)
        if item is not None:
            self._perform(command(self.ws, item.id, text))  # type: ignore[attr-defined]

    def delete_department(self) -> None:
        self._delete_current(self.dep_view, self.departments, DeleteDepartment,
                             self.tr("Delete department"))

    def move_department(self, step: int) -> None:
        index = self.dep_view.currentIndex()
        if not index.isValid() or not 0 <= index.row() + step < self.departments.rowCount():
            return  # already first or last: nothing to move, nothing to undo
        dep = self.departments.item(index.row())
        self._perform(MoveDepartment(self.ws, dep.id, step, self.tr("Move department")))

    def add_person(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New person"), self.tr("Name:"))
        if ok:
            self._perform(AddPerson(self.ws, name, self.tr("Add person")))

    def delete_person(self) -> None:
        self._delete_current(self.people_view, self.people, DeletePerson,
                             self.tr("Delete person"))
