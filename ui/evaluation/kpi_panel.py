"""Form 5's chart in Qt: before, target and after per KPI, with "n of m KPIs met".

matplotlib and its Qt canvas are imported the first time the panel is shown, not when the
program starts: the summary line needs no chart and is always up to date.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.charts import kpi_chart
from app.i18n import current_language
from app.store.changes import ChangeArea
from app.store.workspace import Workspace
from ui.common import file_dialogs
from ui.common.workspace_watch import watch


class KpiChartPanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._initiative: int | None = None
        self._bars: list[kpi_chart.KpiBar] = []
        self._canvas: Any = None  # FigureCanvasQTAgg, made when first shown
        self.summary_label = QLabel()
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.summary_label.setFont(font)
        self._save = QPushButton(self.tr("Save as PNG…"))
        self._save.setToolTip(self.tr("Save the chart as a picture for a report"))
        self._save.clicked.connect(self._ask_save)
        bar = QHBoxLayout()
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self._save)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addLayout(bar)
        self.setMinimumHeight(280)
        watch(self, workspace, ChangeArea.KPIS | ChangeArea.INITIATIVES, lambda _: self.refresh())

    def set_initiative(self, initiative_id: int | None) -> None:
        self._initiative = initiative_id
        self.refresh()

    def summary(self) -> kpi_chart.KpiSummary:
        return kpi_chart.summary(self._bars)

    def refresh(self) -> None:
        self._bars = ([] if self._initiative is None
                      else kpi_chart.kpi_bars(self._ws, self._initiative))
        self.summary_label.setText(kpi_chart.summary_text(self.summary(), current_language()))
        self._save.setEnabled(bool(self._bars))
        if self._canvas is not None:
            kpi_chart.draw_kpis(self._canvas.figure, self._bars, current_language(),
                                title=False)
            self._canvas.draw_idle()

    def showEvent(self, event: QShowEvent) -> None:
        if self._canvas is None:
            self._make_canvas()
        super().showEvent(event)

    def _make_canvas(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self._canvas = FigureCanvasQTAgg(Figure(figsize=(8, 4.5)))
        self._layout.addWidget(self._canvas, 1)
        self.refresh()

    def canvas(self) -> Any:
        return self._canvas

    def _ask_save(self) -> None:
        title = self.tr("Save chart as PNG")
        path = file_dialogs.save_path(self, title, self.tr("kpi-chart.png"),
                                      [file_dialogs.Filter(self.tr("PNG images"), ".png")],
                                      file_dialogs.IMAGE)
        if path is not None and self.save_png(path):
            file_dialogs.tell_saved(self, title, path)

    def save_png(self, path: str | Path) -> bool:
        """The chart with its headline, sized for a page (not the on-screen size)."""
        from app.charts.figures import save_png

        try:
            save_png(kpi_chart.kpi_figure(self._bars, current_language()), path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PNG"),
                                self.tr("The picture could not be saved: %1")
                                .replace("%1", str(exc)))
            return False
        return True
