"""A form as an editable table: the model, its editors, a toolbar to add, delete and
reorder rows, a filter, and a strip that says what was refused or which rules are broken."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QInputMethodEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.forms.specs import FormSpec, Kind
from app.i18n import tr
from app.rules import checked_forms
from app.rules.finding import Finding
from app.store.workspace import Workspace
from ui.common.delegates import FormDelegate
from ui.common.undo import perform
from ui.findings.rule_strip import RuleStrip
from ui.forms.row_commands import AddRowCommand, DeleteRowsCommand, MoveRowCommand
from ui.forms.table_model import SORT_ROLE, FormTableModel
from ui.window.message_bar import MessageBar


class FormTableView(QTableView):
    """Enter starts an edit, and commits one and moves down, as in a spreadsheet; Tab
    commits and moves right (Qt's own); Delete removes the selected rows."""

    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._move_down = False

    def note_enter(self) -> None:
        """The editor open now is being committed with Enter."""
        self._move_down = True

    def cancel_move(self) -> None:
        """The value was refused: stay on the cell, where the message is about."""
        self._move_down = False

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        move = self._move_down and hint in (QAbstractItemDelegate.EndEditHint.NoHint,
                                            QAbstractItemDelegate.EndEditHint.SubmitModelCache)
        self._move_down = False
        super().closeEditor(editor, hint)
        if move:
            here = self.currentIndex()
            below = here.sibling(here.row() + 1, here.column())
            if below.isValid():
                self.setCurrentIndex(below)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        """Chinese typed on a cell starts editing it with what was typed, as a key press
        does: Qt would open the editor but drop the input method's text."""
        current = self.currentIndex()
        if (self.state() != QAbstractItemView.State.EditingState and current.isValid()
                and (event.commitString() or event.preeditString())
                and self.edit(current, QAbstractItemView.EditTrigger.AnyKeyPressed, event)):
            editor = QApplication.focusWidget()
            if editor is not None and editor is not self:
                QApplication.sendEvent(editor, event)
            return
        super().inputMethodEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.delete_requested.emit()
            return
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != QAbstractItemView.State.EditingState
                and self.currentIndex().isValid()):
            if self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FormTable(QWidget):
    """Editor of one form for one initiative."""

    def __init__(self, ws: Workspace, spec: FormSpec, undo_stack: QUndoStack,
                 parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.spec = spec
        self.undo_stack = undo_stack
        self.model = FormTableModel(ws, spec, undo_stack, self)
        self.model.lock_changed.connect(self._update_actions)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.view = FormTableView(self)
        self.view.setModel(self.proxy)
        self.delegate = FormDelegate(ws, lambda: self.model.initiative_id, self.view,
                                     undo_stack)
        self.delegate.enter_pressed.connect(self.view.note_enter)
        self.model.refused.connect(lambda _text: self.view.cancel_move())
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self._edit_triggers = (QAbstractItemView.EditTrigger.DoubleClicked
                               | QAbstractItemView.EditTrigger.EditKeyPressed
                               | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setEditTriggers(self._edit_triggers)
        self.view.setSortingEnabled(False)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.delete_requested.connect(self.delete_selected)
        self._size_columns()

        self.message = MessageBar(self)
        self.model.refused.connect(lambda text: self.message.show_message(text, "error"))
        self.problems = RuleStrip(self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter rows…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.setMaximumWidth(260)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = QAction(self.tr("Add row"), self)
        self.add_action.setToolTip(self.tr("Add a row (Ctrl+N)"))
        self.add_action.triggered.connect(self.add_row)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setToolTip(self.tr("Delete the selected rows (Delete)"))
        self.delete_action.triggered.connect(self.delete_selected)
        self.up_action = QAction(self.tr("Move up"), self)
        self.up_action.setShortcut(QKeySequence("Ctrl+Shift+Up"))
        self.up_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action = QAction(self.tr("Move down"), self)
        self.down_action.setShortcut(QKeySequence("Ctrl+Shift+Down"))
        self.down_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        self.unsort_action = QAction(self.tr("Form order"), self)
        self.unsort_action.setToolTip(self.tr("Show rows in the form's own order again"))
        self.unsort_action.triggered.connect(self.clear_sort)
        for action in (self.add_action, self.delete_action, self.up_action, self.down_action,
                       self.unsort_action):
            self.toolbar.addAction(action)
            self.addAction(action)

        top = QHBoxLayout()
        heading = QLabel(title or tr(spec.title_key), self)
        heading.setStyleSheet("font-weight:600; font-size:11pt;")
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.filter_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.problems)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._update_actions()

    def _size_columns(self) -> None:
        metrics = self.view.fontMetrics()
        head = self.view.horizontalHeader().fontMetrics()
        char = max(7, metrics.horizontalAdvance("中") // 2 + 1)
        for col, spec in enumerate(self.spec.fields):
            label = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(spec.width * char + 10, head.horizontalAdvance(label) + 24)
            self.view.setColumnWidth(col, min(width, 420))

    def _update_actions(self) -> None:
        writable = (not self.ws.read_only and self.model.initiative_id is not None
                    and not self.model.closed)
        for action in (self.add_action, self.delete_action, self.up_action, self.down_action):
            action.setEnabled(writable)
        # A closed round's cells open no editor: typing on one looks a row up instead.
        self.view.setEditTriggers(self._edit_triggers if not self.model.closed
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)

    # -- initiative -------------------------------------------------------------------------
    def set_initiative(self, initiative_id: int | None) -> None:
        self.model.set_initiative(initiative_id)
        self.problems.hide()  # until this initiative's rules have been checked
        self._update_actions()
        if self.model.rowCount() <= 500:  # measuring every row of a huge plan costs seconds
            self.view.resizeRowsToContents()

    def show_findings(self, findings: list[Finding]) -> None:
        mine = [f for f in findings if f.form == self.spec.key]
        self.model.set_problems(mine)
        if self.model.initiative_id is None or self.spec.key not in checked_forms():
            self.problems.hide()
        elif mine:
            self.problems.show_lines(self.tr("{0} rule finding(s)").format(len(mine)),
                                     [f"{f.item}：{f.message}" for f in mine])
        else:
            self.problems.show_kept(self.tr("All rules of this form are kept"))

    # -- row actions ----------------------------------------------------------------------
    def _selected_source_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.view.currentIndex()).row()}
        return sorted(r for r in rows if r >= 0)

    def add_row(self) -> int | None:
        ini = self.model.initiative_id
        if ini is None or self.ws.read_only:
            return None
        self.commit_editing()
        values = self.new_row_values()
        if values is None:
            return None
        current = self._selected_source_rows()
        index = current[-1] + 1 if current and not self.is_sorted() else None
        command = AddRowCommand(self.ws, self.spec.key, ini, values, index,
                                self.tr("Add row to {0}").format(tr(self.spec.title_key)))
        refusal = perform(self.undo_stack, command)
        if refusal is not None or command.row_id is None:
            if refusal is not None:
                self.message.show_message(refusal.message(), "error")
            return None
        self.select_row_id(command.row_id, edit=True)
        return command.row_id

    def new_row_values(self) -> dict | None:
        """Values a new row starts with; a subclass may ask the user (None cancels)."""
        first = self.spec.fields[0]
        if first.kind in (Kind.TEXT, Kind.LONGTEXT) and first.required:
            return {first.key: self.tr("(new)")}
        return {}

    def commit_editing(self) -> None:
        """Store what is being typed in a cell (Ctrl+N pressed before Enter): adding a row
        reloads the table, which would close the editor and lose it."""
        if self.view.state() == QAbstractItemView.State.EditingState:
            self.view.setFocus()  # the editor loses the focus, which commits it

    def delete_selected(self) -> None:
        if self.ws.read_only:
            return
        ids = [self.model.row_at(r).id for r in self._selected_source_rows()]
        if not ids:
            return
        text = self.tr("Delete {0} row(s) from {1}").format(len(ids), tr(self.spec.title_key))
        refusal = perform(self.undo_stack, DeleteRowsCommand(self.ws, self.spec.key, ids, text))
        if refusal is not None:
            self.message.show_message(refusal.message(), "error")

    def move_selected(self, step: int) -> None:
        rows = self._selected_source_rows()
        if len(rows) != 1 or self.ws.read_only:
            return
        if self.is_sorted():
            self.message.show_message(self.tr("Rows can be moved in the form's own order only; "
                                              "click “Form order” first."), "info", 5000)
            return
        row = rows[0]
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        row_id = self.model.row_at(row).id
        refusal = perform(self.undo_stack, MoveRowCommand(self.ws, self.spec.key, row_id, target,
                                                          self.tr("Move row")))
        if refusal is not None:
            self.message.show_message(refusal.message(), "error")
            return
        self.select_row_id(row_id)

    # -- sorting and selection ----------------------------------------------------------------
    def is_sorted(self) -> bool:
        return self.proxy.sortColumn() >= 0

    def _sort_by(self, column: int) -> None:
        header = self.view.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if self.proxy.sortColumn() == column and self.proxy.sortOrder() == Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        self.proxy.sort(column, order)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)

    def clear_sort(self) -> None:
        self.proxy.sort(-1)
        self.view.horizontalHeader().setSortIndicatorShown(False)

    def select_row_id(self, row_id: int, column: int = 0, edit: bool = False) -> bool:
        self.model.catch_up()  # a row just added or put back by an undo is in the model
        source_row = self.model.row_of_id(row_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, column))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(source_row, column))
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        if edit and self.model.flags(self.model.index(source_row, column)) & Qt.ItemFlag.ItemIsEditable:
            self.view.edit(index)
        return True

    def current_row_id(self) -> int | None:
        index: QModelIndex = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row()).id
