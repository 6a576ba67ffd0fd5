"""The register tab: every meeting, problem, risk notice and request of the initiative in
one list (filtered, sorted by due), and the selected item's form beside it. New items come
from the "New" button (and the Register menu); every edit is one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.register.kinds import Kind
from app.register.read import label
from app.rules.finding import Finding
from app.store.changes import ChangeArea
from app.store.workspace import Workspace
from ui.common.undo import perform
from ui.common.workspace_watch import watch
from ui.register.child_tables import ChildTable
from ui.register.commands import DeleteItemsCommand, NewItemCommand
from ui.register.filters import FilterBar, ItemFilter, RegisterProxy
from ui.register.item_form import ItemForm
from ui.register.list_model import ID_ROLE, KEYS, RegisterListModel
from ui.window.message_bar import MessageBar

# What the list shows: the items and their clocks (on the working calendar), owners and
# departments by name.
LIST_AREAS = ChangeArea.REGISTER | ChangeArea.CALENDAR | ChangeArea.ORG | ChangeArea.INITIATIVES
CLOCK_TICK_MS = 60_000  # "due in 5 h" moves on by itself


class RegisterListView(QTableView):
    delete_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class RegisterTab(QWidget):
    key = "register"

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.undo_stack = ws, undo_stack
        self.initiative_id: int | None = None
        self.model = RegisterListModel(ws, self)
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filters = FilterBar(self)
        self.filters.changed.connect(self._filter)
        self.message = MessageBar(self)

        self.view = RegisterListView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.proxy.sort_by_due()
        header.setSortIndicator(KEYS.index("due_text"), Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.delete_requested.connect(self.delete_selected)
        self._size_columns()

        self.form = ItemForm(ws, undo_stack, self)
        self.form.deleted_requested.connect(lambda item_id: self.delete_items([item_id]))
        self.form.focus_lost.connect(self.view.setFocus)

        self.new_menu = QMenu(self.tr("New"), self)
        self.new_actions: dict[str, QAction] = {}
        for kind in Kind:
            action = self.new_menu.addAction(label("kind", kind.value))
            action.triggered.connect(lambda _c=False, k=kind.value: self.new_item(k))
            self.new_actions[kind.value] = action
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("A new meeting, problem, risk notice or request"))
        self.new_button.setMenu(self.new_menu)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self._split = False
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.form.setMinimumWidth(380)
        self.view.setMinimumWidth(360)

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addSpacing(8)
        bar.addWidget(self.filters)
        bar.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(bar)
        box.addWidget(self.message)
        box.addWidget(self.splitter, 1)

        self.watch = watch(self, ws, LIST_AREAS, lambda _c: self._reload())
        self._tick = QTimer(self)
        self._tick.setInterval(CLOCK_TICK_MS)
        self._tick.timeout.connect(self._clock_moved)
        self._tick.start()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if not self._split:  # once laid out: the list three fifths of the width, the form the rest
            self._split = True
            QTimer.singleShot(0, self._split_evenly)

    def _split_evenly(self) -> None:
        width = sum(self.splitter.sizes())
        self.splitter.setSizes([width * 3 // 5, width - width * 3 // 5])

    # -- the main window's protocol -----------------------------------------------------------
    @property
    def now(self) -> dt.datetime | None:
        return self.model.now

    @now.setter
    def now(self, value: dt.datetime | None) -> None:
        """When the clocks are read (None: the real now); for tests and screenshots."""
        self.model.now = value
        self.form.now = value
        self._reload()

    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        self.watch.forget()
        self.model.set_initiative(initiative_id)
        self.form.set_initiative(initiative_id)
        self.filters.set_rows(self.model.rows())
        self._size_columns()
        self._update_actions()
        self._select_first()

    def show_findings(self, findings: list[Finding]) -> None:
        self.model.set_problems(findings)

    def focused_table(self) -> ChildTable | None:
        """The item's row table with the focus (Edit ▸ Add row, Ctrl+N, adds an attendee
        there); none in the list, where "New" says what kind of item."""
        focus = QApplication.focusWidget()
        return next((t for t in self.form.children.values()
                     if focus is not None and (focus is t or t.isAncestorOf(focus))), None)

    def select_row(self, form: str, row_id: int, key: str | None = None) -> bool:
        """Select item ``row_id`` (clearing a filter that hides it); ``key`` names the field
        to put the cursor on."""
        if form != "register":
            return False
        self.model.reload()
        source = self.model.row_of_id(row_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            self.filters.clear()
            index = self.proxy.mapFromSource(self.model.index(source, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        self.form.show_item(row_id)
        if key:
            self.form.focus_field(key)
        else:
            self.view.setFocus()
        return True

    def current_item_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    # -- reacting ---------------------------------------------------------------------------
    def _reload(self) -> None:
        self.model.reload()
        self.filters.set_rows(self.model.rows())

    def _clock_moved(self) -> None:
        if self.isVisible() and self.model.now is None:
            self._reload()
            self.form.reload()

    def _filter(self, flt: ItemFilter) -> None:
        self.proxy.set_filter(flt)
        if not self.view.currentIndex().isValid():
            self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.form.show_item(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.form.show_item(current.data(ID_ROLE) if current.isValid() else None)

    def _size_columns(self) -> None:
        """Numbers, kinds, statuses, clocks and names as wide as they are; the title takes
        the rest (and gives way first in a narrow window)."""
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(KEYS.index("title"), QHeaderView.ResizeMode.Stretch)
        char = max(7, self.view.fontMetrics().horizontalAdvance("中") // 2 + 1)
        widest = {"kind": 16, "due_text": 30, "department": 16, "owner": 12}
        for col, key in enumerate(KEYS):
            if key == "title":
                continue
            self.view.resizeColumnToContents(col)
            self.view.setColumnWidth(col, min(max(self.view.columnWidth(col), 6 * char),
                                              widest.get(key, 12) * char))

    def _update_actions(self) -> None:
        writable = not self.ws.read_only and self.initiative_id is not None
        self.new_button.setEnabled(writable)
        for action in self.new_actions.values():
            action.setEnabled(writable)

    # -- new and deleted items ----------------------------------------------------------------
    def new_item(self, kind: str) -> int | None:
        """A new item of ``kind``, selected, its title ready to be typed over."""
        if self.initiative_id is None or self.ws.read_only:
            return None
        text = self.tr("New {0}").format(label("kind", kind))
        command = NewItemCommand(self.ws, self.initiative_id, kind, text, now=self.now)
        refusal = perform(self.undo_stack, command)
        if refusal is not None or command.row_id is None:
            if refusal is not None:
                self.message.show_message(refusal.message(), "error")
            return None
        self.message.hide()
        self.ws.deliver()
        self.select_row("register", command.row_id, "title")
        return command.row_id

    def delete_selected(self) -> None:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        self.delete_items([self.proxy.index(r, 0).data(ID_ROLE) for r in sorted(rows)])

    def delete_items(self, ids: list[int]) -> None:
        if not ids or self.ws.read_only:
            return
        numbers = [self.model.row_at(self.model.row_of_id(i)).number for i in ids
                   if self.model.row_of_id(i) >= 0]
        text = self.tr("Delete {0}").format("、".join(numbers))
        refusal = perform(self.undo_stack, DeleteItemsCommand(self.ws, ids, text))
        if refusal is not None:
            self.message.show_message(refusal.message(), "error")


def tab_title(count: int) -> str:
    """The tab's title, with the number of overdue items while there are some."""
    title = tr("tab.register").replace("&", "&&")
    return f"{title} ({count})" if count else title
