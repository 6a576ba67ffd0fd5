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

from app.errors import UserError
from app.org import organisation
from app.store.row_snapshots import Snapshot
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

    def done(self, result: int) -> None:
        self.departments.detach()
        self.people.detach()
        super().done(result)

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

    def _delete_current(self, view: QTableView, model: DepartmentsModel | PeopleModel,
                        delete: Callable[[Workspace, int], Snapshot], text: str) -> None:
        """Delete the row chosen in ``view`` (a department or a person), one undo step."""
        item = self._current(view, model)
        if item is None:
            return
        holder = {"snap": delete(self.ws, item.id)}  # type: ignore[attr-defined]

        def undo() -> None:
            organisation.restore(self.ws, holder["snap"])

        def redo() -> None:
            holder["snap"] = delete(self.ws, item.id)  # type: ignore[attr-defined]

        self.undo_stack.push(FunctionCommand(text, redo, undo))

    def delete_department(self) -> None:
        self._delete_current(self.dep_view, self.departments, organisation.delete_department,
                             self.tr("Delete department"))

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
        self._delete_current(self.people_view, self.people, organisation.delete_person,
                             self.tr("Delete person"))
