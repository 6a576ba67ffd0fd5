"""A form's rows as a Qt table model, read through ``app.forms.rows`` and edited through undo
commands, so the view never holds data of its own."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack
from PySide6.QtWidgets import QWidget

from app.forms import editing
from app.forms.display import Names, item_separator, pain_point_label
from app.forms.rows import access
from app.forms.rows.base import Row
from app.forms.specs import FieldSpec, FormSpec, Kind
from app.i18n import tr
from app.rounds.state import round_state
from app.rules.finding import Finding
from app.store.changes import FORM_VIEWS, Change, ChangeArea
from app.store.workspace import Workspace
from ui.common.undo import perform
from ui.common.workspace_watch import watch
from ui.forms.row_commands import SetValueCommand

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SPEC_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 3

_DERIVED_BG = QColor("#f1f3f5")
_PROBLEM_BG = QColor("#fde8e8")
_LATE_FG = QColor("#c0392b")
_EARLY_FG = QColor("#1e7d32")

Index = QModelIndex | QPersistentModelIndex


class FormTableModel(QAbstractTableModel):
    """Rows of one form of one initiative."""

    refused = Signal(str)  # a value was refused; the message says why
    lock_changed = Signal()  # the round was closed or reopened

    def __init__(self, ws: Workspace, spec: FormSpec, undo_stack: QUndoStack,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.spec = spec
        self.undo_stack = undo_stack
        self.initiative_id: int | None = None
        self.closed = False  # a closed round's rows are shown, never edited
        self.today: dt.date | None = None
        self._rows: list[Row] = []
        self._problems: dict[int, list[Finding]] = {}
        # Pain points by id as the cell shows them (by what they are, not "#1, #4").
        self._pain_labels: dict[int, str] = {}
        self._shows_pain_points = any(f.kind is Kind.PAIN_POINTS for f in spec.fields)
        self._names: Names | None = None  # what the rows' references were shown with
        # The workspace's change count when the rows were last read whole, and when single
        # rows were read alone: a notice of changes older than that has nothing new.
        self._read_at = -1
        self._row_read_at: dict[int, int] = {}
        self._own_area = access(spec.key).areas[0]
        self.watch = watch(self, ws, FORM_VIEWS[spec.key], self._on_change,
                           view=parent if isinstance(parent, QWidget) else None)

    # -- loading --------------------------------------------------------------------------
    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        self.reload(full=True)

    def reload(self, full: bool = False) -> None:
        """Read the form again. ``full`` resets the view (another initiative); otherwise
        only the rows that differ are announced (removed, moved, inserted, changed), so the
        selection, the current cell and the scroll position stay where they were."""
        self._read_at, self._row_read_at = self.ws.serial, {}
        if full:
            self._read_lock()
        if self.initiative_id is None:
            new, self._names = [], None
        else:
            new, self._names = editing.rows_and_names(self.ws, self.spec.key,
                                                      self.initiative_id, today=self.today)
        if self._shows_pain_points:
            self._pain_labels = dict(self.pain_point_choices())
        if full:
            self.watch.forget()
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        self._follow(new)

    def _follow(self, new: list[Row]) -> None:
        wanted = {r.id for r in new}
        for first, last in reversed(_runs([i for i, r in enumerate(self._rows)
                                          if r.id not in wanted])):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first:last + 1]
            self.endRemoveRows()
        kept = {r.id for r in self._rows}
        order = [r.id for r in new if r.id in kept]
        if order != [r.id for r in self._rows]:
            self._reorder(order)
        for i, row in enumerate(new):
            if i >= len(self._rows) or self._rows[i].id != row.id:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, row)
                self.endInsertRows()
        self._replace(dict(enumerate(new)))

    def _reorder(self, order: list[int]) -> None:
        """Put the rows in ``order`` (row moves), keeping persistent indexes on their rows."""
        self.layoutAboutToBeChanged.emit()
        by_id = {r.id: r for r in self._rows}
        new_row = {row_id: i for i, row_id in enumerate(order)}
        before = self.persistentIndexList()
        after = [self.index(new_row[self._rows[p.row()].id], p.column()) for p in before]
        self._rows = [by_id[row_id] for row_id in order]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _replace(self, fresh: dict[int, Row]) -> None:
        """Put ``fresh`` rows (by position) in place; announce the rows that differ."""
        last = len(self.spec.fields) - 1
        for i, row in sorted(fresh.items()):
            old = self._rows[i]
            if row.number == 0:  # read alone: its place did not change
                row = Row(row.id, old.number, row.values, row.text)
            if row == old:
                continue
            self._rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, last))
            if row.number != old.number:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, i, i)

    def _read_lock(self) -> None:
        """Whether the round is closed (read on a new initiative and when rounds change)."""
        closed = round_state(self.ws, self.initiative_id).closed
        if closed != self.closed:
            self.closed = closed
            self.lock_changed.emit()

    def _on_change(self, change: Change) -> None:
        if self.initiative_id is None or change.serial <= self._read_at:
            return
        if ChangeArea.ROUNDS in change:
            self._read_lock()
        ids = change.rows_of(self._own_area)
        if ids is not None and change.only(self._own_area) and self._reread(ids, change.serial):
            return
        self.reload()

    def _reread(self, ids: frozenset[int], serial: int) -> bool:
        """Read rows ``ids`` again alone, if this form allows it (else False: read it whole).
        Rows already read since the change are not read again."""
        if self._names is None or self.initiative_id is None \
                or not editing.stands_alone(self.spec.key):
            return False
        at = {r.id: i for i, r in enumerate(self._rows)}
        wanted = [i for i in ids if i in at and self._row_read_at.get(i, -1) < serial]
        if not wanted:
            return True
        read_at = self.ws.serial
        fresh = editing.rows_by_id(self.ws, self.spec.key, self.initiative_id, wanted,
                                   self._names, today=self.today)
        if len(fresh) != len(wanted):  # a row is gone: the order changed too
            return False
        self._replace({at[row_id]: row for row_id, row in fresh.items()})
        self._row_read_at.update(dict.fromkeys(wanted, read_at))
        return True

    def catch_up(self) -> None:
        """Take in every change made so far, now (before selecting a row just added)."""
        self.watch.flush()

    def set_problems(self, findings: list[Finding]) -> None:
        """Mark rows that break a rule (tinted, with the reason as tooltip)."""
        problems: dict[int, list[Finding]] = {}
        for f in findings:
            if f.form == self.spec.key and f.row_id is not None:
                problems.setdefault(f.row_id, []).append(f)
        if problems != self._problems:
            self._problems = problems
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1,
                                                                   len(self.spec.fields) - 1))

    def pain_point_choices(self) -> list[tuple[int, str]]:
        """The initiative's pain points as ``(id, "#n description")``, in the form's order."""
        if self.initiative_id is None:
            return []
        return [(r.id, pain_point_label(r.number, r.values["description"], r.values["step"]))
                for r in editing.rows(self.ws, "pain_points", self.initiative_id)]

    def _pain_points_text(self, ids: list[int], sep: str) -> str:
        return sep.join(self._pain_labels[i] for i in ids or [] if i in self._pain_labels)

    # -- access ---------------------------------------------------------------------------
    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def row_of_id(self, row_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == row_id:
                return i
        return -1

    def field(self, column: int) -> FieldSpec:
        return self.spec.fields[column]

    def column_of(self, key: str) -> int:
        return self.spec.keys.index(key)

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.fields)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            spec = self.spec.fields[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(spec.label_key)
            if role == Qt.ItemDataRole.ToolTipRole and spec.derived:
                return tr(spec.label_key) + " — " + self.tr("computed, not typed")
            if role == Qt.ItemDataRole.FontRole and spec.derived:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return str(self._rows[section].number)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        spec = self.spec.fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if spec.kind is Kind.PAIN_POINTS:
                return self._pain_points_text(row.values[spec.key], item_separator())
            return row.text[spec.key]
        if role == Qt.ItemDataRole.EditRole:
            return row.values[spec.key]
        if role == SORT_ROLE:
            return _sort_value(spec, row)
        if role == SPEC_ROLE:
            return spec
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [f.message for f in self._problems.get(row.id, [])]
            if spec.kind is Kind.PAIN_POINTS and row.values[spec.key]:
                tips.insert(0, self._pain_points_text(row.values[spec.key], "\n"))
            if spec.kind is Kind.LONGTEXT and len(row.text[spec.key]) > 30:
                tips.insert(0, row.text[spec.key])
            return "\n".join(tips) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.id in self._problems:
                return QBrush(_PROBLEM_BG)
            if spec.derived:
                return QBrush(_DERIVED_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and spec.key == "variance":
            value = row.values.get("variance")
            if isinstance(value, int) and value > 0:
                return QBrush(_LATE_FG)
            if isinstance(value, int) and value < 0:
                return QBrush(_EARLY_FG)
        if role == Qt.ItemDataRole.ForegroundRole and spec.key == "met":
            met = row.values.get("met")
            if met is not None:
                return QBrush(_EARLY_FG if met else _LATE_FG)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind in (
                Kind.RATING, Kind.PERCENT, Kind.NUMBER, Kind.INTEGER, Kind.RATIO, Kind.BOOL,
                Kind.DATE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        spec = self.spec.fields[index.column()]
        if spec.derived or self.ws.read_only or self.closed:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        command = self.value_command(index.row(), index.column(), value)
        if command is None:
            return False
        refusal = perform(self.undo_stack, command)
        if refusal is not None:
            self.refused.emit(refusal.message())
            return False
        # The edited row shows what the core made of the value (e.g. "3+2" → task ids) at
        # once, as Qt expects of setData; the notice that follows has nothing more for it.
        assert command.row_id is not None
        if not self._reread(frozenset({command.row_id}), self.ws.serial):
            self.reload()
        return True

    def value_command(self, row: int, column: int, value: Any) -> SetValueCommand | None:
        """The command that sets one cell, not yet pushed; None if the value is the same."""
        found = self._rows[row]
        spec = self.spec.fields[column]
        old = found.values[spec.key]
        if _same(old, value):
            return None
        text = self.tr("Edit {0}").format(tr(spec.label_key))
        return SetValueCommand(self.ws, self.spec.key, found.id, spec.key, old, value, text)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and runs[-1][1] == r - 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs


def _same(old: Any, new: Any) -> bool:
    if isinstance(new, str) and not isinstance(old, str):
        return False
    return old == new


def _sort_value(spec: FieldSpec, row: Row) -> Any:
    value = row.values[spec.key]
    if value is None:
        return ""
    if spec.kind in (Kind.RATING, Kind.PERCENT, Kind.NUMBER, Kind.INTEGER, Kind.RATIO):
        return float(value)
    if spec.kind is Kind.DATE:
        return value.isoformat()
    if spec.kind is Kind.BOOL:
        return int(value)
    return row.text[spec.key]
