"""Names of the main window's tabs that are views rather than forms."""

from app.i18n import register

register({
    "tab.gantt": ("Gantt", "甘特图"),
    "tab.kanban": ("Kanban", "看板"),
    "tab.matrix": ("Priority matrix", "优先级矩阵"),
    "tab.register": ("Register", "协调"),
})
