"""The columns of the file whose header the import does not know, as a table: where each
is, what it holds, and what happens to it (not imported, left out, imported as a field)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.excel.column_choices import field_label
from app.excel.plan_types import ForeignColumn
from app.forms.display import list_separator
from app.i18n import current_language

Index = QModelIndex | QPersistentModelIndex
_UNDECIDED = "#FFF3CD"  # the warning colour: these cells would not be imported


class ForeignColumnsModel(QAbstractTableModel):
    SHEET, COLUMN, HEADER, FILLED, SAMPLES, USE = range(6)

    def __init__(self, columns: list[ForeignColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def set_columns(self, columns: list[ForeignColumn]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def column_at(self, row: int) -> ForeignColumn | None:
        return self.columns[row] if 0 <= row < len(self.columns) else None

    def row_of(self, sheet: str, index: int) -> int:
        """The row of the column at ``index`` of ``sheet``, or -1."""
        return next(
            (r for r, c in enumerate(self.columns) if (c.sheet, c.index) == (sheet, index)), -1
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Sheet"),
            self.tr("Column"),
            self.tr("Header"),
            self.tr("Cells with data"),
            self.tr("For example"),
            self.tr("Import as"),
        )[section]

    def use_text(self, col: ForeignColumn) -> str:
        lang = current_language()
        if col.used:
            return field_label(col.form, str(col.choice), lang)
        if col.left_out:
            return self.tr("Left out on purpose")
        if col.conflict:
            return self.tr("Not imported: “%1” is filled by another column").replace(
                "%1", field_label(col.form, col.conflict, lang)
            )
        return self.tr("Not imported — choose a field or leave it out")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_UNDECIDED)) if not col.used and not col.left_out else None
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (self.COLUMN, self.FILLED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and c in (self.SAMPLES, self.USE, self.HEADER):
            return self.data(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if c == self.SHEET:
            return col.sheet
        if c == self.COLUMN:
            return col.letter
        if c == self.HEADER:
            return col.header
        if c == self.FILLED:
            return col.filled
        if c == self.SAMPLES:
            return list_separator().join(col.samples)
        return self.use_text(col)
