"""The RACI grid as a Qt table model over ``app.raci.raci_grid``: one read per refresh, no widgets.

Cells hold a letter; the model adds what the header and the delegate need to paint
(measure and department groups, the R/A load per column, the broken rows) as custom roles,
so the view stays a plain QTableView and 300 × 60 cells paint as fast as any table.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.i18n import current_language, tr
from app.raci import raci_grid
from app.rules.finding import Finding
from app.rules.raci import row_findings
from app.store.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex

BROKEN_ROLE = Qt.ItemDataRole.UserRole + 1  # cells and rows: the task breaks a rule
LOAD_ROLE = Qt.ItemDataRole.UserRole + 2  # horizontal header: the column's ColumnLoad
GROUP_START_ROLE = Qt.ItemDataRole.UserRole + 3  # cells: first row of a measure group
MEMBERS_ROLE = Qt.ItemDataRole.UserRole + 4  # department cells: its members' letters, "RC"


class GroupSpans:
    """Consecutive sections that share a group (a measure, a department), for the header."""

    def __init__(self, keys: list[object], labels: list[str]) -> None:
        self.starts: list[int] = []
        self.labels: list[str] = []
        previous: object = object()
        for i, key in enumerate(keys):
            if i == 0 or key != previous:
                self.starts.append(i)
                self.labels.append(labels[i])
            previous = key
        self.count = len(keys)

    def span(self, section: int) -> tuple[int, int, str]:
        """(first section, last section, label) of the group holding ``section``."""
        i = bisect.bisect_right(self.starts, section) - 1
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else self.count - 1
        return self.starts[i], end, self.labels[i]

    def __iter__(self):  # noqa: ANN204
        for i, start in enumerate(self.starts):
            end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else self.count - 1
            yield start, end, self.labels[i]


class RaciModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._initiative: int | None = None
        self._mode = raci_grid.MEMBERS
        self._empty_grid()

    # -- loading ----------------------------------------------------------------------------
    def _empty_grid(self) -> None:
        self.grid = raci_grid.Grid(0, self._mode, [], [], {}, {})
        self._derive()

    @property
    def initiative_id(self) -> int | None:
        return self._initiative

    @property
    def mode(self) -> str:
        return self._mode

    def load(self, initiative_id: int | None, mode: str | None = None) -> None:
        """Read the whole grid again (tasks, team or the view changed)."""
        self.beginResetModel()
        self._initiative = initiative_id
        self._mode = mode or self._mode
        if initiative_id is None:
            self._empty_grid()
        else:
            self.grid = raci_grid.load_grid(self._ws, initiative_id, self._mode, current_language())
            self._derive()
        self.endResetModel()

    def reload_letters(self) -> None:
        """Read only the letters (a RACI edit from elsewhere): rows and columns stay, and so
        does the selection, because nothing is reset."""
        if self._initiative is None:
            return
        self.grid.letters = raci_grid.load_letters(self._ws, self._initiative)
        self._derive()
        self._announce(0, len(self.grid.rows) - 1)

    def apply_letters(self, changes: dict[raci_grid.Cell, str | None]) -> None:
        """Take letters this program has just stored, without reading the file again: a
        click on a 300 × 60 grid repaints at once."""
        letters = self.grid.letters
        for cell, letter in changes.items():
            if letter:
                letters[cell] = letter
            else:
                letters.pop(cell, None)
            self._by_task.setdefault(cell[0], {})
            if letter:
                self._by_task[cell[0]][cell[1]] = letter
            else:
                self._by_task[cell[0]].pop(cell[1], None)
        rows = sorted(r for r in (self._row_of.get(t) for t, _k in changes) if r is not None)
        for r in rows:
            self._row_findings(self.grid.rows[r])
        self._summarise()
        if rows:
            self._announce(rows[0], rows[-1])

    def _announce(self, first: int, last: int) -> None:
        if last < first or not self.grid.columns:
            return
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.grid.columns) - 1))
        # Counts (and which column is heavy) may change anywhere along the top.
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.grid.columns) - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, first, last)

    def _derive(self) -> None:
        """Everything painted that follows from the letters: findings, loads, groups."""
        grid = self.grid
        self._by_task: dict[int, dict[str, str]] = {row.task_id: {} for row in grid.rows}
        for (task_id, key), letter in grid.letters.items():
            self._by_task.setdefault(task_id, {})[key] = letter
        self._task_findings: dict[int, list[Finding]] = {}
        for row in grid.rows:
            self._row_findings(row)
        self._column_of = {c.key: i for i, c in enumerate(grid.columns)}
        self._row_of = {r.task_id: i for i, r in enumerate(grid.rows)}
        self.row_groups = GroupSpans([r.group_key for r in grid.rows],
                                     [r.group for r in grid.rows])
        self.column_groups = GroupSpans([c.group_key for c in grid.columns],
                                        [c.group for c in grid.columns])
        self._group_starts = {start for start, _end, _label in self.row_groups}
        self._summarise()

    def _row_findings(self, row: raci_grid.GridRow) -> None:
        self._task_findings[row.task_id] = row_findings(
            self.grid, row, self._by_task.get(row.task_id, {}).items())

    def _summarise(self) -> None:
        self.findings: list[Finding] = [f for row in self.grid.rows
                                        for f in self._task_findings[row.task_id]]
        self._problems: dict[int, list[str]] = {
            task: [f.message for f in found] for task, found in self._task_findings.items()
            if found}
        self.loads = raci_grid.column_loads(self.grid)
        self._members: dict[raci_grid.Cell, list[tuple[str, str]]] = (
            raci_grid.member_letters_by_department(self.grid)
            if self.grid.mode == raci_grid.DEPARTMENTS else {})

    def paint_info(self, row: int, column: int) -> tuple[str, bool, bool, str]:
        """What the delegate paints, in one call: letter, broken row, first row of a
        measure, and (departments view) the letters its members hold."""
        task_id = self.grid.rows[row].task_id
        key = self.grid.columns[column].key
        held = ""
        if self._members:
            found = self._members.get((task_id, key))
            if found:
                held = "".join(x for x in raci_grid.LETTERS if any(v == x for _k, v in found))
        return (self._by_task.get(task_id, {}).get(key, ""), task_id in self._problems,
                row in self._group_starts, held)

    # -- lookups for the tab ----------------------------------------------------------------
    def cell(self, index: Index) -> raci_grid.Cell:
        return (self.grid.rows[index.row()].task_id, self.grid.columns[index.column()].key)

    def letter_at(self, index: Index) -> str:
        return self.grid.letter(*self.cell(index))

    def row_of_task(self, task_id: int) -> int | None:
        return self._row_of.get(task_id)

    def column_of_key(self, key: str) -> int | None:
        return self._column_of.get(key)

    def problems(self, row: int) -> list[str]:
        return self._problems.get(self.grid.rows[row].task_id, [])

    # -- the model contract -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.grid.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._by_task.get(row.task_id, {}).get(
                self.grid.columns[index.column()].key, "")
        if role == BROKEN_ROLE:
            return row.task_id in self._problems
        if role == GROUP_START_ROLE:
            return index.row() in self._group_starts
        if role == MEMBERS_ROLE:
            return self.paint_info(index.row(), index.column())[3]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(index)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            letter = self.data(index)
            return f"{row.name}, {self.grid.columns[index.column()].label}: {letter or '-'}"
        return None

    def _cell_tip(self, index: Index) -> str:
        row = self.grid.rows[index.row()]
        column = self.grid.columns[index.column()]
        letter = self.grid.letter(row.task_id, column.key)
        head = f"{row.number}. {row.name}\n{column.label}"
        if column.group and column.group != column.label:
            head += f" · {column.group}"
        if letter:
            head += f"\n{letter} = {tr('raci.letter.' + letter)}"
        held = self._members.get((row.task_id, column.key))
        if held:
            head += "\n" + self.tr("Its members:") + " " + ", ".join(
                f"{self.grid.names.get(k, k)} {v}" for k, v in held)
        problems = self.problems(index.row())
        return head + ("\n\n⚠ " + "\n⚠ ".join(problems) if problems else "")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        count = len(self.grid.columns) if horizontal else len(self.grid.rows)
        if not 0 <= section < count:
            return None
        if horizontal:
            column = self.grid.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.label
            if role == LOAD_ROLE:
                return self.loads.get(column.key)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._column_tip(section)
            return None
        row = self.grid.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.number}. {row.name}"
        if role == BROKEN_ROLE:
            return row.task_id in self._problems
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self.problems(section)
            tip = f"{row.number}. {row.name}\n{row.group}"
            return tip + ("\n\n⚠ " + "\n⚠ ".join(problems) if problems else "")
        return None

    def _column_tip(self, section: int) -> str:
        column = self.grid.columns[section]
        load = self.loads[column.key]
        tip = column.label if column.group == column.label else f"{column.label} · {column.group}"
        tip += (f"\nR {load.responsible} · A {load.accountable} · C {load.consulted}"
                f" · I {load.informed}")
        if load.heavy:
            tip += "\n" + self.tr("Carries R or A on {0} of {1} tasks: far more than the "
                                  "others.").format(load.load, len(self.grid.rows))
        return tip
