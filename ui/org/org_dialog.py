"""Departments and people, managed once for the whole workspace and picked from lists in
every form."""

from __future__ import annotations

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

from app.errors import UserError
from app.org import organisation
from app.store.workspace import Workspace
from ui.common.dialog_frame import frame
from ui.common.undo import FunctionCommand
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
        self.dep_view = self._view(self.departments)
        self.people_view = self._view(self.people)
        self.people_view.horizontalHeader().setStretchLastSection(True)

        dep_box = QVBoxLayout()
        dep_box.addWidget(QLabel(self.tr("Departments"), self))
        dep_box.addWidget(self.dep_view, 1)
        dep_buttons = QHBoxLayout()
        self.dep_view.setToolTip(self.tr("Paste a list of departments here with Ctrl+V: "
                                         "one per line, or separated by 、 ， , or ;"))
        paste = QAction(self.tr("Paste departments"), self.dep_view)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        paste.triggered.connect(self.paste_departments)
        self.dep_view.addAction(paste)
        for text, slot in ((self.tr("Add…"), self.add_department),
                           (self.tr("Paste a list…"), self.add_department_list),
                           (self.tr("Delete"), self.delete_department),
                           (self.tr("Up"), lambda: self.move_department(-1)),
                           (self.tr("Down"), lambda: self.move_department(1))):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setEnabled(not ws.read_only)
            dep_buttons.addWidget(button)
        dep_box.addLayout(dep_buttons)

        people_box = QVBoxLayout()
        people_box.addWidget(QLabel(self.tr("People"), self))
        people_box.addWidget(self.people_view, 1)
        people_buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add_person),
                           (self.tr("Delete"), self.delete_person)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setEnabled(not ws.read_only)
            people_buttons.addWidget(button)
        people_buttons.addStretch(1)
        people_box.addLayout(people_buttons)

        row = QHBoxLayout()
        row.addLayout(dep_box, 1)
        row.addLayout(people_box, 3)
        frame(self, self.message, row)

    def _view(self, model: DepartmentsModel | PeopleModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        return view

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

    def delete_department(self) -> None:
        dep = self._current(self.dep_view, self.departments)
        if dep is None:
            return
        holder = {"snap": organisation.delete_department(self.ws, dep.id)}  # type: ignore[attr-defined]

        def undo() -> None:
            organisation.restore(self.ws, holder["snap"])

        def redo() -> None:
            holder["snap"] = organisation.delete_department(self.ws, dep.id)  # type: ignore[attr-defined]

        self.undo_stack.push(FunctionCommand(self.tr("Delete department"), redo, undo))

    def move_department(self, step: int) -> None:
        dep = self._current(self.dep_view, self.departments)
        if dep is None:
            return
        organisation.move_department(self.ws, dep.id, step)  # type: ignore[attr-defined]
        self.undo_stack.push(FunctionCommand(
            self.tr("Move department"),
            lambda: organisation.move_department(self.ws, dep.id, step),  # type: ignore[attr-defined]
            lambda: organisation.move_department(self.ws, dep.id, -step)))  # type: ignore[attr-defined]

    def add_person(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New person"), self.tr("Name:"))
        if not ok:
            return
        try:
            person_id = organisation.add_person(self.ws, name)
        except UserError as exc:
            self.message.show_message(exc.message(), "error")
            return
        holder: dict[str, object] = {}

        def undo() -> None:
            holder["snap"] = organisation.delete_person(self.ws, person_id)

        def redo() -> None:
            organisation.restore(self.ws, holder["snap"])  # type: ignore[arg-type]

        self.undo_stack.push(FunctionCommand(self.tr("Add person"), redo, undo))

    def delete_person(self) -> None:
        person = self._current(self.people_view, self.people)
        if person is None:
            return
        holder = {"snap": organisation.delete_person(self.ws, person.id)}  # type: ignore[attr-defined]

        def undo() -> None:
            organisation.restore(self.ws, holder["snap"])

        def redo() -> None:
            holder["snap"] = organisation.delete_person(self.ws, person.id)  # type: ignore[attr-defined]

        self.undo_stack.push(FunctionCommand(self.tr("Delete person"), redo, undo))
