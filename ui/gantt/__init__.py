"""The Gantt tab: task table and timeline scrolling together, drawn with QPainter."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.gantt.tab import GanttTab

__all__ = ["GanttTab"]


def __getattr__(name: str) -> object:
    # The tab loads on first use, not with the package: its edit commands reach the ORM,
    # and the layout and palette must import without it (a test checks the layout's path).
    if name == "GanttTab":
        from ui.gantt.tab import GanttTab

        return GanttTab
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
