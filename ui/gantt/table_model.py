"""The task table on the Gantt tab's left: one row per chart row, same order and height."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.schedule.data import TaskData
from app.schedule.rows import Row
from app.schedule.snapshot import Snapshot
from ui.gantt import palette

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_USER = int(Qt.ItemDataRole.UserRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class GanttTableModel(QAbstractTableModel):
    COLUMNS = ("name", "owner", "start", "finish", "slack")

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[Row] = []
        self._snap = Snapshot.empty()
        self._cells: dict[int, dict[int, tuple[object, ...]]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = {
            "name": self.tr("Task"), "owner": self.tr("Owner"), "start": self.tr("Start"),
            "finish": self.tr("Finish"), "slack": self.tr("Slack"),
        }
        self._no_measure = self.tr("(no measure)")

    def set_rows(self, snap: Snapshot, rows: list[Row]) -> None:
        self.beginResetModel()
        self._snap, self._rows = snap, rows
        self._cells = {}
        self.endResetModel()

    def row(self, i: int) -> Row:
        return self._rows[i]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.COLUMNS[section]]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called about ten times per cell painted: answer from the row's cached cells.
        r = index.row()
        cells = self._cells.get(r)
        if cells is None:
            if not index.isValid() or not 0 <= r < len(self._rows):
                return None
            cells = self._cells[r] = self._make_cells(self._rows[r])
        by_role = cells.get(role)
        if by_role is None:
            if role == _TOOLTIP:
                task = self._rows[r].task
                if task is not None and index.column() == 0:
                    return self._tooltip(task.id, task.name)
            return None
        return by_role[index.column()]

    def _make_cells(self, row: Row) -> dict[int, tuple[object, ...]]:
        """Every role's value for each column of one row, worked out once per refresh."""
        if row.task is None:
            n = len(self.COLUMNS)
            return {
                _DISPLAY: (row.group_name or self._no_measure,) + (None,) * (n - 1),
                _FONT: (self._bold,) * n,
                _BACKGROUND: (palette.GROUP_ROW,) * n,
            }
        task = row.task
        cells: dict[int, tuple[object, ...]] = {
            _DISPLAY: tuple(self._display(task, col) for col in self.COLUMNS),
            _ALIGN: (None, None, None, None, _RIGHT),
            _USER: (task.id,) * len(self.COLUMNS),
        }
        colour = palette.warning_colour(self._snap.warnings.get(task.id, ()))
        if colour is not None:
            dark = colour.darker(115)
            cells[_FOREGROUND] = tuple(dark if col in ("name", "finish") else None
                                       for col in self.COLUMNS)
        if self._snap.is_critical(task.id):
            cells[_FONT] = (self._bold, None, None, None, None)
        return cells

    def _display(self, t: TaskData, col: str) -> str:
        if col == "name":
            return ("◆ " if t.milestone else "") + t.name
        if col == "owner":
            return t.owner_name or t.department_name
        if col == "start":
            return _fmt(t.planned_start)
        if col == "finish":
            return _fmt(t.planned_finish)
        timing = self._snap.timing(t.id)
        return "" if timing is None else str(timing.slack_days)

    def _tooltip(self, task_id: int, name: str) -> str:
        lines = [name]
        timing = self._snap.timing(task_id)
        if timing is not None:
            lines.append(self.tr("Early %1 – %2, late %3 – %4, slack %5 working days").replace(
                "%1", _fmt(timing.early_start)).replace("%2", _fmt(timing.early_finish))
                .replace("%3", _fmt(timing.late_start)).replace("%4", _fmt(timing.late_finish))
                .replace("%5", str(timing.slack_days)))
            if timing.critical:
                lines.append(self.tr("On the critical path"))
        texts = {"overdue": self.tr("Overdue"), "due_soon": self.tr("Due within 72 hours"),
                 "risk_notice": self.tr("More than 2 working days late: a risk notice is due")}
        lines += [texts[w.value] for w in self._snap.warnings.get(task_id, ())]
        return "\n".join(lines)


def _fmt(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


