"""What the main window expects of a tab, so that it can wire any tab the same way."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.forms.specs import FormSpec
from app.rules.finding import Finding
from app.store.workspace import Workspace
from ui.forms.form_table import FormTable


class FormTab(QWidget):
    """A tab made of one or more form tables stacked in a splitter."""

    key = ""

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = undo_stack
        self.tables: list[FormTable] = []
        self.splitter = QSplitter(self)
        self.splitter.setOrientation(self.splitter.orientation().Vertical)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    def add_table(self, spec: FormSpec, table_class: type[FormTable] = FormTable,
                  stretch: int = 1) -> FormTable:
        table = table_class(self.ws, spec, self.undo_stack, self)
        self.splitter.addWidget(table)
        self.splitter.setStretchFactor(len(self.tables), stretch)
        self.tables.append(table)
        return table

    def set_initiative(self, initiative_id: int | None) -> None:
        for table in self.tables:
            table.set_initiative(initiative_id)

    def show_findings(self, findings: list[Finding]) -> None:
        for table in self.tables:
            table.show_findings(findings)

    def table_for(self, form: str) -> FormTable | None:
        return next((t for t in self.tables if t.spec.key == form), None)

    def focused_table(self) -> FormTable | None:
        focus = self.focusWidget()
        for table in self.tables:
            if focus is not None and (focus is table or table.isAncestorOf(focus)):
                return table
        return self.tables[0] if self.tables else None

    def select_row(self, form: str, row_id: int, key: str | None = None) -> bool:
        """Make a row current, in the column of field ``key`` if given (else the first)."""
        table = self.table_for(form)
        if table is None:
            return False
        column = table.model.column_of(key) if key in table.spec.keys else 0
        table.view.setFocus()
        return table.select_row_id(row_id, column)
