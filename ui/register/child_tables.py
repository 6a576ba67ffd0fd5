"""The rows of an item as small editable tables: a meeting's attendees, agenda items and
outcomes, a collaboration request's departments asked. Each cell edit, added or removed
row is one undo step through ``app.register.service``; the cells use the forms' editors
(``FormDelegate``: people and department pick lists, typed dates, yes/no)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.forms.specs import FieldSpec
from app.forms.specs import Kind as SpecKind
from app.i18n import tr
from app.register.kinds import OUTCOME_KINDS, label_key
from app.register.read import ItemRecord
from app.register.service import CHILD_FIELDS
from app.store.workspace import Workspace
from ui.common.delegates import FormDelegate
from ui.common.undo import EditSteps, perform
from ui.forms.form_table import FormTableView
from ui.forms.table_model import SPEC_ROLE
from ui.register.commands import AddChildCommand, RemoveChildCommand, SetChildFieldCommand

Index = QModelIndex | QPersistentModelIndex

# Where a child's field is kept in the record's dicts (``read.record_in``).
_RECORD_KEY = {"person": "person_id", "presenter": "presenter_id", "owner": "owner_id",
               "department": "department_id", "agenda": "agenda_id"}
# The record's list of each child.
RECORD_LIST = {"attendee": "attendees", "agenda": "agenda", "outcome": "outcomes",
               "ask": "asks"}
_SPEC_KIND = {"person": SpecKind.PERSON, "bool": SpecKind.BOOL, "date": SpecKind.DATE,
              "text": SpecKind.TEXT, "longtext": SpecKind.LONGTEXT, "int": SpecKind.TEXT,
              "department": SpecKind.DEPARTMENT, "choice": SpecKind.CHOICE,
              "agenda": SpecKind.CHOICE}
_WIDTHS = {"person": 10, "bool": 6, "date": 13, "text": 16, "longtext": 20, "int": 6,
           "department": 12, "choice": 8, "agenda": 14}
TASK_COLUMN = "task"  # outcomes: the Form 4 task made from an action item (shown only)
_DERIVED_BG = QColor("#f1f3f5")


def child_specs(child: str) -> list[FieldSpec]:
    """The columns of a child table, as the forms' field specs (for their editors)."""
    specs = [FieldSpec(key, f"register.field.{child}.{key}", _SPEC_KIND[t],
                       width=_WIDTHS[t]) for key, t in CHILD_FIELDS[child].items()]
    if child == "outcome":
        specs.append(FieldSpec(TASK_COLUMN, "register.field.task", SpecKind.TEXT,
                               derived=True, width=16))
    return specs


class ChildModel(QAbstractTableModel):
    """The rows of one child list of one item, from its ``ItemRecord``."""

    refused = Signal(str)

    def __init__(self, ws: Workspace, child: str, undo_stack: QUndoStack,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.ws, self.child, self.undo_stack = ws, child, undo_stack
        self.specs = child_specs(child)
        self.types = CHILD_FIELDS[child]
        self.item_id: int | None = None
        self.record: ItemRecord | None = None
        self.task_names: dict[int, str] = {}
        self._rows: list[dict[str, Any]] = []

    def set_record(self, record: ItemRecord | None, task_names: dict[int, str]) -> None:
        rows = list(getattr(record, RECORD_LIST[self.child])) if record is not None else []
        same_item = record is not None and self.item_id == record.row.id
        self.record, self.task_names = record, task_names
        self.item_id = record.row.id if record is not None else None
        if same_item and [r["id"] for r in rows] == [r["id"] for r in self._rows]:
            self._rows = rows  # the same rows: repaint, keep the current cell
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, len(self.specs) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_id(self, row: int) -> int:
        return int(self._rows[row]["id"])

    def row_of_id(self, child_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == child_id), -1)

    def row_values(self, row: int) -> dict[str, Any]:
        return dict(self._rows[row])

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.specs)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(self.specs[section].label_key) if 0 <= section < len(self.specs) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def _stored(self, row: dict[str, Any], key: str) -> Any:
        if key == TASK_COLUMN:
            return row.get("task_id")
        return row.get(_RECORD_KEY.get(key, key))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        spec = self.specs[index.column()]
        value = self._stored(row, spec.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(spec.key, value)
        if role == Qt.ItemDataRole.EditRole:
            if spec.key == "department" and self.record is not None:
                return self.record.departments.get(value) if value else None
            return value
        if role == SPEC_ROLE:
            return spec
        if role == Qt.ItemDataRole.BackgroundRole and spec.derived:
            return QBrush(_DERIVED_BG)
        if role == Qt.ItemDataRole.ToolTipRole and spec.kind is SpecKind.LONGTEXT and value:
            return str(value)
        return None

    def _text(self, key: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        t = self.types.get(key)
        rec = self.record
        if key == TASK_COLUMN:
            return self.task_names.get(value, f"#{value}")
        if t == "person" and rec is not None:
            return rec.name_of(value)
        if t == "department" and rec is not None:
            return rec.departments.get(value, "")
        if t == "bool":
            return tr("value.yes") if value else tr("value.no")
        if t == "date" and isinstance(value, dt.date):
            return value.isoformat()
        if t == "choice":
            return tr(label_key("outcome_kind", value))
        if t == "agenda" and rec is not None:
            return next((a["title"] for a in rec.agenda if a["id"] == value), "")
        return str(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or self.specs[index.column()].derived or self.ws.read_only:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.item_id is None:
            return False
        spec = self.specs[index.column()]
        if self.types.get(spec.key) == "int" and isinstance(value, str) \
                and value.strip().isdigit():
            value = int(value)  # typed as text in its cell; "30" is the 30 it holds
        if spec.derived or value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        text = tr("register.child." + self.child) + " · " + tr(spec.label_key)
        command = SetChildFieldCommand(self.ws, self.item_id, self.child,
                                       self.row_id(index.row()), spec.key, value,
                                       self.tr("Edit {0}").format(text))
        refusal = perform(self.undo_stack, command)
        if refusal is not None:
            self.refused.emit(refusal.message())
            return False
        return True


class ChildDelegate(FormDelegate):
    """The forms' cell editors; the outcome's kind and agenda item are this table's own
    choices."""

    def __init__(self, ws: Workspace, model: ChildModel, parent: QWidget) -> None:
        super().__init__(ws, lambda: None, parent)  # no "Add department…" in these cells
        self.model = model

    def _choices(self, spec: FieldSpec) -> list[tuple[str, Any]]:
        if spec.key == "kind" and self.model.child == "outcome":
            return [(tr(label_key("outcome_kind", c)), c) for c in OUTCOME_KINDS]
        if spec.key == "agenda":
            rec = self.model.record
            return [("", None)] + [(a["title"] or f"#{i + 1}", a["id"])
                                   for i, a in enumerate(rec.agenda if rec else [])]
        return super()._choices(spec)


class ChildTable(QWidget):
    """A heading, Add / Delete (and any extra actions), and the table."""

    refused = Signal(str)

    def __init__(self, ws: Workspace, child: str, undo_stack: QUndoStack, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.child, self.undo_stack = ws, child, undo_stack
        self.model = ChildModel(ws, child, undo_stack, self)
        self.model.refused.connect(self.refused)
        self.view = FormTableView(self)
        self.view.setModel(self.model)
        self.delegate = ChildDelegate(ws, self.model, self.view)
        self.delegate.enter_pressed.connect(self.view.note_enter)
        self.view.setItemDelegate(self.delegate)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.setMinimumHeight(110)
        char = max(7, self.view.fontMetrics().horizontalAdvance("中") // 2 + 1)
        for col, spec in enumerate(self.model.specs):
            head = self.view.horizontalHeader().fontMetrics().horizontalAdvance(
                tr(spec.label_key)) + 24
            self.view.setColumnWidth(col, min(max(spec.width * char, head), 320))

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setStyleSheet("QToolBar { border: none; background: transparent; }")
        self.add_action = QAction(self.tr("Add"), self)
        self.add_action.setToolTip(self.tr("Add a row below the current one"))
        self.add_action.triggered.connect(self.add_row)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setToolTip(self.tr("Delete the selected rows (Delete)"))
        self.delete_action.triggered.connect(self.delete_selected)
        self.toolbar.addAction(self.add_action)
        self.toolbar.addAction(self.delete_action)

        heading = QLabel(title, self)
        heading.setStyleSheet("font-weight:600;")
        top = QHBoxLayout()
        top.setContentsMargins(0, 6, 0, 0)
        top.addWidget(heading)
        top.addSpacing(8)
        top.addWidget(self.toolbar)
        top.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(top)
        box.addWidget(self.view, 1)

    def add_action_button(self, action: QAction) -> None:
        self.toolbar.addAction(action)

    def set_record(self, record: ItemRecord | None, task_names: dict[int, str]) -> None:
        self.model.set_record(record, task_names)
        writable = record is not None and not self.ws.read_only
        self.add_action.setEnabled(writable)
        self.delete_action.setEnabled(writable)
        rows = self.model.rowCount()
        if rows <= 60:
            self.view.resizeRowsToContents()
        height = self.view.horizontalHeader().height() + 2 * self.view.frameWidth() + 4 + sum(
            self.view.rowHeight(r) for r in range(min(rows, 8))) + (28 if rows < 2 else 0) \
            + self.view.horizontalScrollBar().sizeHint().height()  # shown when it is narrow
        self.view.setFixedHeight(max(110, min(height, 320)))

    def current_child_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def add_row(self, values: dict[str, Any] | None = None) -> int | None:
        item_id = self.model.item_id
        if item_id is None or self.ws.read_only:
            return None
        if self.view.state() == QAbstractItemView.State.EditingState:
            self.view.setFocus()  # the open editor stores what was typed first
        current = self.view.currentIndex()
        index = current.row() + 1 if current.isValid() else None
        text = self.tr("Add {0}").format(tr("register.child." + self.child))
        command = AddChildCommand(self.ws, item_id, self.child, text, values, index)
        refusal = perform(self.undo_stack, command)
        if refusal is not None:
            self.refused.emit(refusal.message())
            return None
        self.ws.deliver()  # the form reads the new row before it is selected
        row = self.model.row_of_id(command.child_id or -1)
        if row >= 0:
            self.view.setFocus()
            self.view.setCurrentIndex(self.model.index(row, 0))
        return command.child_id

    def delete_selected(self) -> None:
        item_id = self.model.item_id
        if item_id is None or self.ws.read_only:
            return
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}
                      or ({self.view.currentIndex().row()} if self.view.currentIndex().isValid()
                          else set()))
        if not rows:
            return
        ids = [self.model.row_id(r) for r in rows]
        text = self.tr("Delete {0} row(s)").format(len(ids))
        steps = [RemoveChildCommand(self.ws, item_id, self.child, cid, text) for cid in ids]
        refusal = perform(self.undo_stack, EditSteps(self.ws, text, steps))
        if refusal is not None:
            self.refused.emit(refusal.message())

