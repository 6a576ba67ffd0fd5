"""Tab 5: Form 5, the KPIs before and after."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.forms import specs
from app.store.workspace import Workspace
from ui.evaluation import KpiChartPanel
from ui.forms.form_tab import FormTab


class EvaluationTab(FormTab):
    key = "evaluation"

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ws, undo_stack, parent)
        self.kpis = self.add_table(specs.EVALUATION, stretch=1)
        self.chart = KpiChartPanel(ws, self)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([240, 520])  # the chart is what the review meeting looks at

    def set_initiative(self, initiative_id: int | None) -> None:
        super().set_initiative(initiative_id)
        self.chart.set_initiative(initiative_id)
