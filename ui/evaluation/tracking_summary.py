"""A compact bar above Form 4: milestone on-time rate, the count of late tasks and, when
the initiative is forecast to finish late, the line that says by how much."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.i18n import current_language, tr
from app.schedule.forecast import slip_line
from app.schedule.metrics import TrackingMetrics, tracking_summary
from app.store.changes import ChangeArea
from app.store.workspace import Workspace
from ui.common.workspace_watch import watch

ON_TIME_TARGET = 0.95  # the method's usual target for milestones


class TrackingSummary(QFrame):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._today = today
        self._initiative: int | None = None
        self.metrics: TrackingMetrics | None = None
        self.on_time_label = QLabel()
        self.late_label = QLabel()
        self.slip_label = QLabel()
        self.slip_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.on_time_label.setToolTip(self.tr(
            "A milestone is on time when it finished on or before its planned finish "
            "(its baseline finish once a baseline is saved); milestones not yet due are "
            "not counted."))
        self.late_label.setToolTip(self.tr(
            "Tasks finished after their planned finish, or unfinished past it; once a "
            "baseline is saved, tasks whose actual or forecast finish is after the "
            "baseline's."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.on_time_label)
        layout.addSpacing(24)
        layout.addWidget(self.late_label)
        layout.addSpacing(24)
        layout.addWidget(self.slip_label)
        layout.addStretch(1)
        watch(self, workspace, ChangeArea.TASKS | ChangeArea.INITIATIVES | ChangeArea.BASELINES
              | ChangeArea.CALENDAR | ChangeArea.GOALS, lambda _: self.refresh())

    def set_initiative(self, initiative_id: int | None) -> None:
        self._initiative = initiative_id
        self.refresh()

    def refresh(self) -> None:
        if self._initiative is None:
            self.metrics = None
            self.on_time_label.clear()
            self.late_label.clear()
            self.slip_label.clear()
            return
        m, forecast = tracking_summary(self._ws, self._initiative, self._today)
        self.metrics = m
        lang = current_language()
        rate = m.on_time_rate
        if rate is None:
            self.on_time_label.setText(tr("tracking.on_time_none", lang, total=m.milestones))
            self.on_time_label.setStyleSheet("")
        else:
            self.on_time_label.setText(tr("tracking.on_time", lang, on_time=m.milestones_on_time,
                                          due=m.milestones_due, rate=f"{rate:.0%}"))
            colour = "#2e7d32" if rate >= ON_TIME_TARGET else "#c62828"
            self.on_time_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        if m.late_tasks:
            self.late_label.setText(tr("tracking.late", lang, late=m.late_tasks,
                                       open=m.late_open))
            self.late_label.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            self.late_label.setText(tr("tracking.late_none", lang))
            self.late_label.setStyleSheet("")
        self.slip_label.setText(slip_line(forecast, lang))
