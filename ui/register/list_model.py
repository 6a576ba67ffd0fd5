"""The register's items as a Qt table model, read through ``app.register.read``: one line
per item with its number, kind, title, status, clock, owner and department. The clock's
words ("due in 5 h", "overdue by 2 working days") come from the core, so the tab, the
printed list and the command line say the same."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.i18n import tr
from app.register.read import RegisterRow, label, register_rows
from app.rules.finding import Finding
from app.store.workspace import Workspace

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RegisterRow of the line
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

# (key, catalogue key of the header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "register.field.number"),
    ("kind", "register.field.kind"),
    ("title", "register.field.title"),
    ("status", "register.field.status"),
    ("due_text", "register.field.due_text"),
    ("owner", "register.field.owner"),
    ("department", "register.field.department"),
)
KEYS = [key for key, _ in COLUMNS]

_OVERDUE_FG = QColor("#c0392b")
_RUNNING_FG = QColor("#1f2933")
_QUIET_FG = QColor("#6b7280")  # nothing more owed
_PROBLEM_BG = QColor("#fde8e8")

Index = QModelIndex | QPersistentModelIndex


class RegisterListModel(QAbstractTableModel):
    """Every item of one initiative. ``now`` (None: the real now) is when the clocks are
    read; tests and screenshots set it."""

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.initiative_id: int | None = None
        self.now: dt.datetime | None = None
        self._rows: list[RegisterRow] = []
        self._problems: dict[int, list[Finding]] = {}

    # -- loading --------------------------------------------------------------------------
    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        self.beginResetModel()
        self._rows = self._read()
        self.endResetModel()

    def _read(self) -> list[RegisterRow]:
        if self.initiative_id is None:
            return []
        return register_rows(self.ws, self.initiative_id, self.now)

    def reload(self) -> None:
        """Read the items again; rows that stay keep their place in the view (selection,
        scroll position), gone ones are removed, new ones inserted, changed ones repainted."""
        new = self._read()
        wanted = {r.id for r in new}
        for i in reversed(range(len(self._rows))):
            if self._rows[i].id not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        kept = {r.id for r in self._rows}
        fresh = {r.id: r for r in new}
        for i, row in enumerate(self._rows):
            if fresh[row.id] != row:
                self._rows[i] = fresh[row.id]
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        added = [r for r in new if r.id not in kept]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def set_problems(self, findings: list[Finding]) -> None:
        problems: dict[int, list[Finding]] = {}
        for f in findings:
            if f.form == "register" and f.row_id is not None:
                problems.setdefault(f.row_id, []).append(f)
        if problems != self._problems:
            self._problems = problems
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    # -- access ---------------------------------------------------------------------------
    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    def row_of_id(self, item_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def rows(self) -> list[RegisterRow]:
        return list(self._rows)

    def problems_of(self, item_id: int) -> list[Finding]:
        return self._problems.get(item_id, [])

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == SORT_ROLE:
            return self._sort_value(row, key)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [f.message for f in self._problems.get(row.id, [])]
            if key == "due_text" and row.due is not None:
                tips.insert(0, row.due.strftime("%Y-%m-%d %H:%M"))
            if key == "title" and len(row.title) > 30:
                tips.insert(0, row.title)
            return "\n".join(tips) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(_OVERDUE_FG)
            return QBrush(_RUNNING_FG if row.running else _QUIET_FG)
        if role == Qt.ItemDataRole.FontRole and row.overdue and key == "due_text":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.id in self._problems:
            return QBrush(_PROBLEM_BG)
        return None

    @staticmethod
    def _text(row: RegisterRow, key: str) -> str:
        if key == "kind":
            return label("kind", row.kind)
        if key == "status":
            return label("status", row.status)
        if key == "due_text":
            return row.due_text if row.running or row.overdue else ""
        return str(getattr(row, key) or "")

    @staticmethod
    def _sort_value(row: RegisterRow, key: str) -> Any:
        if key == "due_text":
            # Overdue and running clocks by due, then the quiet ones, undated last.
            due = row.due.isoformat() if row.due is not None else "9999"
            return f"{0 if row.running or row.overdue else 1}{due}"
        if key == "number":
            return f"{row.kind}{row.number}"
        return RegisterListModel._text(row, key)
