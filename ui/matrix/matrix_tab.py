"""The priority-matrix tab: filters, the matrix, the ranked list beside it, PNG export.

Selecting a marker or a list row selects the other; clicking a marker (or activating a
row) emits ``pain_point_activated`` so the main window can select that row in Form 3.
Dragging a marker re-rates the pain point through an undo command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.forms.choices import PainKind, PainStatus, enum_label_key
from app.i18n import current_language, tr
from app.matrix.matrix_data import MatrixFilter, MatrixPoint, departments_in, matrix_points
from app.store import changes
from app.store.models import Initiative
from app.store.workspace import Workspace
from ui.common import file_dialogs
from ui.common.undo import perform
from ui.common.workspace_watch import watch
from ui.matrix.commands import RerateCommand
from ui.matrix.matrix_view import MatrixView
from ui.matrix.ranked_model import ID_ROLE, RankedModel


class MatrixTab(QWidget):
    pain_point_activated = Signal(int)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._undo = undo_stack
        self._initiative: int | None = None
        self._all: list[MatrixPoint] = []
        self._shown: list[MatrixPoint] = []

        self._department = QComboBox()
        self._kind = QComboBox()
        self._status = QComboBox()
        self._count = QLabel()
        self._export = QPushButton(self.tr("Export PNG…"))
        self._export.setToolTip(self.tr("Save the matrix and its ranked list as a picture"))
        self.view = MatrixView()
        self.model = RankedModel(self)
        self.table = QTableView()
        self._build()
        self._fill_static_filters()

        for combo in (self._department, self._kind, self._status):
            combo.currentIndexChanged.connect(self._apply_filter)
        self._export.clicked.connect(self._ask_export)
        self.view.marker_clicked.connect(self.pain_point_activated)
        self.view.selection_changed.connect(self._select_row)
        self.view.rerate_requested.connect(self.rerate)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._row_activated)
        watch(self, workspace, changes.MATRIX, lambda _: self.reload())

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QHBoxLayout()
        for text, combo in ((self.tr("Department:"), self._department),
                            (self.tr("Kind:"), self._kind), (self.tr("Status:"), self._status)):
            label = QLabel(text)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addSpacing(12)
        bar.addWidget(self._count)
        bar.addStretch(1)
        bar.addWidget(self._export)

        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Size columns from the first rows only: measuring all 500 rows costs most of a second.
        self.table.horizontalHeader().setResizeContentsPrecision(40)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([620, 380])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def _fill_static_filters(self) -> None:
        self._kind.addItem(self.tr("All kinds"), None)
        for kind in PainKind:
            self._kind.addItem(tr(enum_label_key(kind)), kind.value)
        self._status.addItem(self.tr("Open and addressed"), None)
        for status in PainStatus:
            self._status.addItem(tr(enum_label_key(status)), status.value)
        self._department.addItem(self.tr("All departments"), None)

    # -- data ---------------------------------------------------------------------------------
    def set_initiative(self, initiative_id: int | None) -> None:
        self._initiative = initiative_id
        self.reload()

    def reload(self) -> None:
        if self._initiative is None:
            self._all = []
        else:
            self._all = matrix_points(self._ws, self._initiative)
        current = self._department.currentData()
        self._department.blockSignals(True)
        self._department.clear()
        self._department.addItem(self.tr("All departments"), None)
        for name in departments_in(self._ws, self._all):
            self._department.addItem(name, name)
        index = self._department.findData(current) if current is not None else 0
        self._department.setCurrentIndex(max(0, index))
        self._department.blockSignals(False)
        self._apply_filter()

    def current_filter(self) -> MatrixFilter:
        kind = self._kind.currentData()
        status = self._status.currentData()
        return MatrixFilter(department=self._department.currentData(),
                            kind=PainKind(kind) if kind else None,
                            status=PainStatus(status) if status else None)

    def _apply_filter(self) -> None:
        selected = self.view.selected()
        self._shown = self.current_filter().apply(self._all)
        empty = tr("matrix.empty")
        self.view.set_points(self._shown, empty)
        self.model.set_points(self._shown)
        self.table.resizeColumnsToContents()
        self._count.setText(self.tr("%n of %1 shown", "", len(self._shown))
                            .replace("%1", str(len(self._all))))
        if selected and any(p.id == selected for p in self._shown):
            self._select_row(selected)

    def shown_points(self) -> list[MatrixPoint]:
        """What the matrix and the list show now, in rank order."""
        return list(self._shown)

    # -- selection ----------------------------------------------------------------------------
    def select_pain_point(self, point_id: int) -> None:
        """Select a pain point in the matrix and the list (e.g. when Form 3 selects it)."""
        self.view.set_selected(point_id)
        self._select_row(point_id)

    def _select_row(self, point_id: int) -> None:
        row = self.model.row_of(point_id) if point_id else -1
        sel = self.table.selectionModel()
        sel.blockSignals(True)
        if row < 0:
            sel.clearSelection()
        else:
            index = self.model.index(row, 0)
            sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        sel.blockSignals(False)
        self.table.viewport().update()

    def _row_changed(self, current: object, _previous: object) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.view.set_selected(int(index.data(ID_ROLE)))

    def _row_activated(self, index: object) -> None:
        idx = self.table.currentIndex()
        if idx.isValid():
            self.pain_point_activated.emit(int(idx.data(ID_ROLE)))

    # -- editing ------------------------------------------------------------------------------
    def rerate(self, point_id: int, impact: int, frequency: int) -> bool:
        """Move a pain point to (impact, frequency) as one undoable step."""
        point = next((p for p in self._all if p.id == point_id), None)
        if point is None:
            return False
        refusal = perform(self._undo, RerateCommand(self._ws, point_id, point.step or point.label,
                                                    (impact, frequency)))
        if refusal is not None:
            QMessageBox.warning(self, self.tr("Re-rate"), refusal.message())
        return refusal is None

    # -- export -------------------------------------------------------------------------------
    def _ask_export(self) -> None:
        title = self.tr("Export matrix as PNG")
        path = file_dialogs.save_path(self, title, self.tr("priority-matrix.png"),
                                      [file_dialogs.Filter(self.tr("PNG images"), ".png")],
                                      file_dialogs.IMAGE, near=self._ws.path)
        if path is not None and self.export_png(path):
            file_dialogs.tell_saved(self, title, path)

    def export_png(self, path: str | Path) -> bool:
        """Write the shown matrix with its ranked list as PNG (the same as the print)."""
        from app.charts.figures import save_png
        from app.charts.matrix_chart import matrix_figure

        lang = current_language()
        title = tr("matrix.title", lang)
        if self._initiative is not None:
            with self._ws.read() as s:
                ini = s.get(Initiative, self._initiative)
                if ini is not None:
                    title += f" — {ini.name}"
        try:
            save_png(matrix_figure(self._shown, lang, title=title), path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export PNG"),
                                self.tr("The picture could not be saved: %1")
                                .replace("%1", str(exc)))
            return False
        return True
