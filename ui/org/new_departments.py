"""Adding departments from wherever one is missing: the "Add department…" item of every
department pick list and the Departments and people dialog, one name or a pasted list,
as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.errors import UserError
from app.forms.typed import split_names
from app.org import organisation
from app.store.workspace import Workspace
from ui.common.undo import perform
from ui.org.commands import AddDepartments


def add_department_text() -> str:
    """The text of the item at the end of every department pick list."""
    return QCoreApplication.translate("NewDepartments", "Add department…")


def departments_step(ws: Workspace, text: str) -> tuple[list[str], AddDepartments | None]:
    """The departments named in ``text`` (one per line, or separated by 、，,;): every name
    of the list, and the command that adds those the workspace does not have yet, not yet
    pushed (None if all are there)."""
    names = split_names(text)
    known = set(organisation.department_names(ws))
    new = [name for name in names if name not in known]
    if not new:
        return names, None
    if len(new) == 1:
        label = QCoreApplication.translate("NewDepartments", "Add department “{0}”")
        label = label.format(new[0])
    else:
        label = QCoreApplication.translate("NewDepartments", "Add {0} departments")
        label = label.format(len(new))
    return names, AddDepartments(ws, new, label)


def warn_refused(parent: QWidget, refusal: UserError) -> None:
    """A department name the workspace refused: say why."""
    title = QCoreApplication.translate("NewDepartments", "Add department")
    QMessageBox.warning(parent, title, refusal.message())


def add_departments(parent: QWidget, ws: Workspace, undo_stack: QUndoStack,
                    text: str) -> list[str] | None:
    """Add the departments named in ``text`` as one undo step. Returns every name of the
    list (those the workspace had already included); None when a name was refused, after
    saying why."""
    names, step = departments_step(ws, text)
    if step is not None:
        refusal = perform(undo_stack, step)
        if refusal is not None:
            warn_refused(parent, refusal)
            return None
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
