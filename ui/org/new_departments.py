"""Adding departments from wherever one is missing: the "Add department…" item of every
department pick list and the Departments and people dialog, one name or a pasted list,
as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.errors import UserError
from app.forms.typed import split_names
from app.org import organisation
from app.store.workspace import Workspace
from ui.common.undo import FunctionCommand


def add_department_text() -> str:
    """The text of the item at the end of every department pick list."""
    return QCoreApplication.translate("NewDepartments", "Add department…")


def departments_step(parent: QWidget, ws: Workspace,
                     text: str) -> tuple[list[str] | None, QUndoCommand | None]:
    """Add the departments named in ``text`` (one per line, or separated by 、，,;). Returns
    every name of the list (those the workspace had already included) and the undo step
    of those added, not yet pushed (None if all were there); names None when a name was
    refused, after saying why."""
    names = split_names(text)
    if not names:
        return [], None
    try:
        ids = organisation.add_departments(ws, names)
    except UserError as exc:
        title = QCoreApplication.translate("NewDepartments", "Add department")
        QMessageBox.warning(parent, title, exc.message())
        return None, None
    if not ids:
        return names, None
    holder: dict[str, list] = {}

    def undo() -> None:
        holder["snaps"] = organisation.delete_departments(ws, ids)

    def redo() -> None:
        organisation.restore_all(ws, holder["snaps"])

    if len(ids) == 1:
        label = QCoreApplication.translate("NewDepartments", "Add department “{0}”")
        label = label.format(names[0])
    else:
        label = QCoreApplication.translate("NewDepartments", "Add {0} departments")
        label = label.format(len(ids))
    return names, FunctionCommand(label, redo, undo)


def add_departments(parent: QWidget, ws: Workspace, undo_stack: QUndoStack,
                    text: str) -> list[str] | None:
    """``departments_step`` pushed as one undo step."""
    names, step = departments_step(parent, ws, text)
    if step is not None:
        undo_stack.push(step)
    return names


def ask_department_text(parent: QWidget, several: bool = False) -> str | None:
    """Ask for a department's name (with ``several``, a pasted list); None if cancelled."""
    if several:
        text, ok = QInputDialog.getMultiLineText(
            parent, QCoreApplication.translate("NewDepartments", "Add departments"),
            QCoreApplication.translate(
                "NewDepartments",
                "Paste or type the departments, one per line or separated by 、 ， , or ;"))
    else:
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("NewDepartments", "Add department"),
            QCoreApplication.translate(
                "NewDepartments",
                "Name of the department (several may be separated by 、 ， , or ;):"))
    return text if ok else None


def ask_departments(parent: QWidget, ws: Workspace, undo_stack: QUndoStack,
                    several: bool = False) -> list[str]:
    """Ask for departments and add them as one undo step; the names, or an empty list if
    the user cancelled or a name was refused."""
    text = ask_department_text(parent, several)
    if text is None:
        return []
    return add_departments(parent, ws, undo_stack, text) or []
