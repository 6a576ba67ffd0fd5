"""The kanban tab: task cards in status columns, dragged to change status."""

from ui.kanban.tab import KanbanTab

__all__ = ["KanbanTab"]
