"""One import in the GUI, from the first reading of the file to the preview's last change:
the file read again after it was fixed in Excel, a column mapped in the preview (remembered
in the workspace, one undo step) and planned again from the workbook already read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.excel.column_choices import remember_column
from app.excel.plan import plan_workbook
from app.excel.plan_types import ImportPlan
from app.excel.reader import Workbook, read_workbook
from app.store.workspace import Workspace
from ui.common.undo import EditCommand, perform
from ui.excel import progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportSession", text)


class RememberColumnCommand(EditCommand):
    """The field a column header goes to (or "left out"), remembered in the workspace."""

    def __init__(self, ws: Workspace, form: str, header: str, choice: str | None) -> None:
        super().__init__(ws, _tr("Import column “%1” as chosen").replace("%1", header))
        self.column_form, self.header, self.choice = form, header, choice
        self.old: str | None = None

    def apply(self) -> None:
        self.old = remember_column(self.ws, self.column_form, self.header, self.choice)

    def revert(self) -> None:
        remember_column(self.ws, self.column_form, self.header, self.old)


class ImportSession:
    """Reads and plans one file into one initiative. Each step may raise ``UserError`` (a
    refused file) or ``Cancelled`` (the user stopped a long read)."""

    def __init__(
        self,
        parent: QWidget | None,
        ws: Workspace,
        initiative_id: int,
        path: str | Path,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        self.parent, self.ws, self.initiative_id = parent, ws, initiative_id
        self.path = Path(path)
        self.undo_stack = undo_stack
        self.book: Workbook | None = None

    def read(self) -> ImportPlan:
        """Read the file (again) and plan it."""
        label = _tr("Reading the workbook…")
        self.book = progress.run(self.parent, label, lambda p: read_workbook(self.path, p.stop))
        return self.plan()

    def plan(self) -> ImportPlan:
        """Plan the workbook last read against the workspace as it is now."""
        if self.book is None:
            return self.read()
        book = self.book
        label = _tr("Checking the rows…")
        return progress.run(
            self.parent,
            label,
            lambda p: plan_workbook(self.ws, book, self.path, self.initiative_id, stop=p.stop),
        )

    def remember(self, form: str, header: str, choice: str | None) -> ImportPlan:
        """Remember what ``header`` of ``form`` is (one undo step) and plan again."""
        refusal = perform(self.undo_stack, RememberColumnCommand(self.ws, form, header, choice))
        if refusal is not None:
            raise refusal
        return self.plan()
