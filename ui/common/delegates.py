"""Editors for each kind of field: date picker, 1–5 spin box, drop-downs for closed
choices, departments, people and measures, a checkable list for several departments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.forms import editing
from app.forms.specs import RELATED_DATES, FieldSpec, Kind
from app.forms.typed import NotADate
from app.i18n import tr
from app.org import organisation
from app.store.workspace import Workspace
from ui.common.date_editor import DateEditor
from ui.common.editors import ACTION, MultiSelectEditor, ParagraphEditor, PickListCombo
from ui.common.undo import EditSteps, perform
from ui.forms.table_model import SPEC_ROLE, FormTableModel
from ui.org.new_departments import (
    add_department_text,
    ask_department_text,
    departments_step,
    warn_refused,
)

Index = QModelIndex | QPersistentModelIndex
_FILLED = "crossdesk_filled"  # an editor property: it holds what the user is typing


def _source(cell: QPersistentModelIndex) -> tuple[FormTableModel, Index]:
    """The form's table model behind a cell of its (sorted) view, and the cell there."""
    model, index = cell.model(), cell  # type: Any, Index
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    assert isinstance(model, FormTableModel)
    return model, index


class FormDelegate(QStyledItemDelegate):
    """Editors of a form's cells. ``enter_pressed`` says an editor is being committed with
    Enter, after which the table moves the cursor down as a spreadsheet does."""

    enter_pressed = Signal()

    def __init__(self, ws: Workspace, initiative: Callable[[], int | None],
                 parent: QWidget | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.initiative = initiative
        self.undo_stack = undo_stack  # for "Add department…", which adds one as it sets it

    # -- editors --------------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spec: FieldSpec = index.data(SPEC_ROLE)
        kind = spec.kind
        if kind is Kind.DATE:
            date_editor = DateEditor(parent)
            date_editor.committed.connect(lambda: self._commit(date_editor))
            return date_editor
        if kind in (Kind.RATING, Kind.PERCENT):
            spin = QSpinBox(parent)
            spin.setRange(1, 5) if kind is Kind.RATING else spin.setRange(0, 100)
            if kind is Kind.PERCENT:
                spin.setSuffix("%")
                spin.setSingleStep(10)
            return spin
        if kind in (Kind.CHOICE, Kind.BOOL, Kind.DEPARTMENT, Kind.PERSON, Kind.MEASURE):
            combo = PickListCombo(parent)
            for label, value in self._choices(spec):
                combo.addItem(label, value)
            if kind is Kind.DEPARTMENT and self.undo_stack is not None:
                combo.add_action(add_department_text())
                cell = QPersistentModelIndex(index)
                combo.action_chosen.connect(lambda: self._add_department(combo, cell))
            return combo
        if kind is Kind.DEPARTMENTS:
            editor = MultiSelectEditor(organisation.department_names(self.ws), parent,
                                       add_department_text() if self.undo_stack else None)
            editor.committed.connect(lambda: self._commit(editor))
            cell = QPersistentModelIndex(index)
            editor.action_chosen.connect(lambda: self._add_department(editor, cell))
            return editor
        if kind is Kind.PAIN_POINTS:
            choices = self._pain_point_choices(index)
            points = MultiSelectEditor(choices, parent)
            points.committed.connect(lambda: self._commit(points))
            return points
        if kind is Kind.LONGTEXT:
            para = ParagraphEditor(parent)
            para.committed.connect(lambda: self._commit(para))
            return para
        return QLineEdit(parent)

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def _add_department(self, editor: QWidget, cell: QPersistentModelIndex) -> None:
        """"Add department…" in a pick list: close the list, ask for the name (or a list),
        then add it and put it in the cell as one undo step."""
        kept = editor.selected() if isinstance(editor, MultiSelectEditor) else None
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.RevertModelCache)
        # Asked once the list's own signal has returned: the closed list is deleted soon.
        QTimer.singleShot(0, lambda: self._ask_and_add(cell, kept))

    def _ask_and_add(self, cell: QPersistentModelIndex, kept: list | None) -> None:
        view = self.parent()
        assert isinstance(view, QWidget) and self.undo_stack is not None
        text = ask_department_text(view, several=False)
        if text is None or not cell.isValid():
            return
        names, step = departments_step(self.ws, text)
        if not names:
            return
        value: Any = names[0] if kept is None else kept + [n for n in names if n not in kept]
        if step is None:  # all known already: just the cell
            cell.model().setData(cell, value, Qt.ItemDataRole.EditRole)
        else:
            model, source = _source(cell)
            set_cell = model.value_command(source.row(), source.column(), value)
            both = EditSteps(self.ws, step.text(), [step] + ([set_cell] if set_cell else []))
            refusal = perform(self.undo_stack, both)
            if refusal is not None and both.refused_step is step:
                warn_refused(view, refusal)
            elif refusal is not None:
                model.refused.emit(refusal.message())
        view.setFocus()

    @staticmethod
    def _pain_point_choices(index: Index) -> list[tuple[str, Any]]:
        model = index.model()
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        choices = getattr(model, "pain_point_choices", lambda: [])()
        return [(label, pid) for pid, label in choices]

    def _choices(self, spec: FieldSpec) -> list[tuple[str, Any]]:
        kind = spec.kind
        if kind is Kind.BOOL:
            return [(tr("value.no"), False), (tr("value.yes"), True)]
        if kind is Kind.CHOICE and spec.choices is not None:
            items = [] if spec.required else [("", None)]
            return items + [(tr(f"enum.{spec.choices.__name__}.{c.value}"), c.value)
                            for c in spec.choices]
        if kind is Kind.DEPARTMENT:
            return [("", None)] + [(n, n) for n in organisation.department_names(self.ws)]
        if kind is Kind.PERSON:
            people = organisation.people(self.ws)
            return [("", None)] + [
                (f"{p.name}（{p.department.name}）" if p.department else p.name, p.id)
                for p in people]
        if kind is Kind.MEASURE:
            ini = self.initiative()
            rows = editing.rows(self.ws, "measures", ini) if ini is not None else []
            return [("", None)] + [(r.text["name"], r.id) for r in rows]
        return []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and isinstance(obj, QWidget):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                self.enter_pressed.emit()
                # Qt's own handling queues the commit: a click elsewhere before it runs
                # commits and closes the editor first, and the queued commit then reaches
                # a closed editor. So commit now; the list and the paragraph commit (or run
                # their action) themselves.
                if isinstance(obj, MultiSelectEditor | ParagraphEditor):
                    return False
                if not isinstance(obj, QLineEdit) or obj.hasAcceptableInput():
                    self._commit(obj)
                    return True
            elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # Every editor, paragraphs and lists too: commit and edit the next cell.
                self.commitData.emit(obj)
                self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.EditNextItem
                                      if key == Qt.Key.Key_Tab
                                      else QStyledItemDelegate.EndEditHint.EditPreviousItem)
                return True
        return super().eventFilter(obj, event)

    @staticmethod
    def _related_date(index: Index) -> dt.date | None:
        """The row's other date that a date typed without a year most likely lies near."""
        spec: FieldSpec = index.data(SPEC_ROLE)
        model = index.model()
        columns = {model.index(index.row(), c).data(SPEC_ROLE).key: c
                   for c in range(model.columnCount())}
        for key in RELATED_DATES.get(spec.key, ()):
            if key in columns:
                value = model.index(index.row(), columns[key]).data(Qt.ItemDataRole.EditRole)
                if isinstance(value, dt.date):
                    return value
        return None

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # Once only: Qt calls this again for every open editor whenever the model says rows
        # changed (a rule check, a save elsewhere), which would throw away what is being
        # typed and the selection that lets typing replace the "(new)" placeholder.
        if editor.property(_FILLED):
            return
        editor.setProperty(_FILLED, True)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateEditor):
            editor.near = self._related_date(index)
            editor.set_date(value if isinstance(value, dt.date) else None)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value) if value is not None else editor.minimum())
        elif isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(0, found))
        elif isinstance(editor, MultiSelectEditor):
            editor.set_selected(list(value or []))
        elif isinstance(editor, ParagraphEditor):
            editor.setPlainText(value or "")
            editor.selectAll()
        elif isinstance(editor, QLineEdit):
            # References (predecessors) are typed as their text, e.g. "3, 5+2".
            text = index.data(Qt.ItemDataRole.DisplayRole)
            editor.setText(value if isinstance(value, str) else (text or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DateEditor):
            try:
                value: Any = editor.date()
            except NotADate:
                value = editor.text()  # refused by the form, with a message saying why
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
            if value == ACTION:
                return
        elif isinstance(editor, MultiSelectEditor):
            value = editor.selected()
        elif isinstance(editor, ParagraphEditor):
            value = editor.toPlainText()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        if isinstance(editor, MultiSelectEditor):
            rows = min(max(editor.count(), 3), 9)
            width = max(rect.width(), min(editor.sizeHintForColumn(0) + 30, 560))
            rect.setSize(QSize(width, editor.sizeHintForRow(0) * rows + 6))
        elif isinstance(editor, ParagraphEditor):
            rect = rect.adjusted(0, 0, 120, 90)
        area = editor.parentWidget().rect() if editor.parentWidget() else rect
        if not area.contains(rect):
            # Kept inside the table (a list at the bottom of a short table opens upwards).
            rect.setSize(rect.size().boundedTo(area.size()))
            rect.moveRight(min(rect.right(), area.right()))
            rect.moveBottom(min(rect.bottom(), area.bottom()))
            rect.moveLeft(max(rect.left(), area.left()))
            rect.moveTop(max(rect.top(), area.top()))
        editor.setGeometry(rect)
