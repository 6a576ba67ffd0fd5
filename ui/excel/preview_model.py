"""The import plan as a table: one line per row of the file, one more per extra error."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.excel.plan_types import CellError, ImportPlan, PlanRow, Status
from app.excel.preview import change_labels, given_values
from app.i18n import current_language

_COLOURS = {
    Status.NEW: "#E2F0D9",
    Status.UPDATE: "#DDEBF7",
    Status.UNCHANGED: "#FFFFFF",
    Status.ERROR: "#F8D7DA",
}
Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    STATUS, SHEET, ROW, COLUMN, ITEM, DETAIL = range(6)

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.errors_only = False
        self._all: list[tuple[PlanRow, CellError | None]] = []
        self._lines: list[tuple[PlanRow, CellError | None]] = []
        self.set_plan(plan)

    def set_plan(self, plan: ImportPlan) -> None:
        """Show another plan of the same file (read again, or a column mapped)."""
        self.beginResetModel()
        self.plan = plan
        self._all = []
        for row in plan.rows:
            if row.errors:
                self._all.extend((row, e) for e in row.errors)
            else:
                self._all.append((row, None))
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        on = self.errors_only
        self._lines = [x for x in self._all if x[1] is not None] if on else list(self._all)

    def set_errors_only(self, on: bool) -> None:
        self.beginResetModel()
        self.errors_only = on
        self._filter()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Status"),
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Item"),
            self.tr("Details"),
        )[section]

    def status_text(self, status: Status) -> str:
        return {
            Status.NEW: self.tr("new"),
            Status.UPDATE: self.tr("update"),
            Status.UNCHANGED: self.tr("unchanged"),
            Status.ERROR: self.tr("error"),
        }[status]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, err = self._lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_COLOURS[row.status]))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DETAIL:
            return self.data(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.STATUS:
            return self.status_text(row.status)
        if col == self.SHEET:
            return row.sheet
        if col == self.ROW:
            return row.row
        if col == self.COLUMN:
            return (
                ""
                if err is None
                else (f"{err.column} · {err.header}" if err.header else err.column)
            )
        if col == self.ITEM:
            return row.label
        if err is not None:
            return err.reason
        lang = current_language()
        if row.status is Status.NEW:
            parts = [given_values(row, lang)]
        elif row.status is Status.UPDATE and row.changes:
            parts = [change_labels(row, lang)]
        else:
            parts = []
        return "; ".join([p for p in parts if p] + [note.text() for note in row.notes])
