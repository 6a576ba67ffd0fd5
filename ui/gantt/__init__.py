"""The Gantt tab: task table and timeline scrolling together, drawn with QPainter."""

from ui.gantt.tab import GanttTab

__all__ = ["GanttTab"]
