"""Colours of the schedule views, in one place so Gantt, kanban and exports agree: red is
late, orange is the early warning, purple outlines the critical path."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.charts import palette as paper
from app.schedule.warnings import LATE as _LATE
from app.schedule.warnings import SOON as _SOON
from app.schedule.warnings import TaskWarning, severity

# The same colours as the printed chart (app/charts/palette.py), as QColors.
BAR = QColor(paper.GANTT_BAR)
BAR_PROGRESS = QColor(paper.GANTT_BAR_PROGRESS)
BAR_DONE = QColor(paper.GANTT_DONE)
BAR_DONE_PROGRESS = QColor(paper.GANTT_DONE_PROGRESS)
LATE = QColor(paper.GANTT_LATE)
LATE_PROGRESS = QColor(paper.GANTT_LATE_PROGRESS)
WARN = QColor(paper.GANTT_WARN)
WARN_PROGRESS = QColor(paper.GANTT_WARN_PROGRESS)
CRITICAL = QColor(paper.GANTT_CRITICAL)
ACTUAL = QColor(paper.GANTT_ACTUAL)
BASELINE = QColor(paper.GANTT_BASELINE)
MILESTONE = QColor(paper.GANTT_MILESTONE)
ARROW = QColor(paper.GANTT_ARROW)
TODAY = QColor(paper.GANTT_TODAY)
# On screen the shading is laid over the row stripes, so it is translucent here.
WEEKEND = QColor(0, 0, 0, 14)
HOLIDAY = QColor(229, 57, 53, 26)
MAKEUP = QColor(67, 160, 71, 22)
GRID = QColor("#e3e7eb")
GROUP_ROW = QColor("#eef2f6")
ALT_ROW = QColor("#fafbfc")
HEADER_BG = QColor("#f5f6f8")
HEADER_TEXT = QColor("#37474f")
TEXT = QColor("#263238")
WHITE = QColor("#ffffff")
SELECTION = QColor(33, 150, 243, 40)


def warning_colour(warnings: tuple[TaskWarning, ...]) -> QColor | None:
    """Red for a late task, orange for one under early warning, None otherwise."""
    shown = severity(warnings)
    return LATE if shown == _LATE else WARN if shown == _SOON else None
