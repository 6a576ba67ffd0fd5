"""Charts and figures of the evaluation (Form 5) and of the tracking summary (Form 4)."""

from ui.evaluation.kpi_panel import KpiChartPanel
from ui.evaluation.tracking_summary import TrackingSummary

__all__ = ["KpiChartPanel", "TrackingSummary"]
