"""Colours of the schedule views, in one place so Gantt, kanban and exports agree: red is
late, orange is the early warning, purple outlines the critical path."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.schedule.warnings import TaskWarning

BAR = QColor("#5b8bd0")
BAR_PROGRESS = QColor("#2f5d9e")
BAR_DONE = QColor("#8fbf8f")
BAR_DONE_PROGRESS = QColor("#4f8f4f")
LATE = QColor("#d9423b")
LATE_PROGRESS = QColor("#9e1f1a")
WARN = QColor("#f29423")
WARN_PROGRESS = QColor("#b86406")
CRITICAL = QColor("#7b2cbf")
ACTUAL = QColor("#37474f")
MILESTONE = QColor("#263238")
ARROW = QColor("#78909c")
TODAY = QColor("#e53935")
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
    if TaskWarning.OVERDUE in warnings or TaskWarning.RISK_NOTICE in warnings:
        return LATE
    if TaskWarning.DUE_SOON in warnings:
        return WARN
    return None
