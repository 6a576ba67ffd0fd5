"""The Plan menu's "Baselines…" dialog: the initiative's baselines, which one is the
reference, and renaming, choosing and deleting them, each one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.schedule import baselines
from app.store.changes import ChangeArea
from app.store.workspace import Workspace
from ui.baselines.commands import ChooseReference, DeleteBaseline, RenameBaseline
from ui.common.undo import EditCommand, perform
from ui.common.workspace_watch import watch

Index = QModelIndex | QPersistentModelIndex


class BaselineModel(QAbstractTableModel):
    """The initiative's baselines, oldest first, read again whenever they change."""

    def __init__(self, ws: Workspace, initiative_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.initiative_id = ws, initiative_id
        self.items: list[baselines.BaselineInfo] = []
        self.reload()
        watch(self, ws, ChangeArea.BASELINES | ChangeArea.TASKS, lambda _c: self.reload())

    def reload(self) -> None:
        self.beginResetModel()
        self.items = baselines.list_baselines(self.ws, self.initiative_id)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Reference"), self.tr("Name"), self.tr("Saved on"),
                    self.tr("Tasks"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b = self.items[index.row()]
        return ("★" if b.reference else "", b.name, b.saved_on.isoformat(),
                str(b.tasks))[index.column()]


class BaselineDialog(QDialog):
    def __init__(self, ws: Workspace, stack: QUndoStack, initiative_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Baselines"))
        self.ws, self.stack = ws, stack
        self.model = BaselineModel(ws, initiative_id, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.reference_button = QPushButton(self.tr("Use as re&ference"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.rename_button.clicked.connect(self.rename)
        self.reference_button.clicked.connect(self.choose)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for b in (self.rename_button, self.reference_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr(
            "Form 4's variance, the late count and the Gantt's grey bars measure against "
            "the reference baseline (★)."), self))
        box.addWidget(self.view, 1)
        box.addLayout(buttons)
        box.addWidget(self.message)
        box.addWidget(close)
        self.resize(560, 320)
        # The list is read again after every change: the same baseline stays selected.
        self._kept: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._reselect)
        if self.model.rowCount():
            self.view.selectRow(0)

    def _remember(self) -> None:
        b = self.selected()
        self._kept = b.id if b is not None else None

    def _reselect(self) -> None:
        ids = [b.id for b in self.model.items]
        if ids:
            self.view.selectRow(ids.index(self._kept) if self._kept in ids else 0)

    def selected(self) -> baselines.BaselineInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _push(self, command: EditCommand) -> None:
        refusal = perform(self.stack, command)
        self.message.setText(refusal.message() if refusal is not None else "")
        self.ws.deliver()

    def rename(self) -> None:
        b = self.selected()
        if b is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename baseline"), self.tr("Name:"),
                                        text=b.name)
        if ok:
            self._push(RenameBaseline(self.ws, b.id, name, self.tr("Rename baseline")))

    def choose(self) -> None:
        b = self.selected()
        if b is not None and not b.reference:
            self._push(ChooseReference(self.ws, b.id, self.tr("Use “%1” as reference")
                                       .replace("%1", b.name)))

    def delete(self) -> None:
        b = self.selected()
        if b is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete baseline"),
            self.tr("Delete the baseline “%1”? You can undo this with Ctrl+Z.")
            .replace("%1", b.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._push(DeleteBaseline(self.ws, b.id, self.tr("Delete baseline")))
