"""The main window's tabs, in the order of the method. A tab is any widget built as
``Tab(workspace, undo_stack, parent)`` with ``set_initiative(id)``; optional methods:
``show_findings(findings)``, ``select_row(form, row_id)``, ``focused_table()``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ui.gantt import GanttTab
from ui.kanban import KanbanTab
from ui.matrix import MatrixTab
from ui.raci import RaciTab
from ui.tabs.evaluation_tab import EvaluationTab
from ui.tabs.goals_tab import GoalsTab
from ui.tabs.pain_points_tab import PainPointsTab
from ui.tabs.team_tab import TeamTab
from ui.tabs.tracking_tab import TrackingTab


@dataclass(frozen=True)
class TabSpec:
    key: str  # also the screenshot file name and the --tab value
    factory: Any
    title_key: str  # key of the core catalogue (form titles are domain words)
    forms: tuple[str, ...] = ()  # the forms whose rows this tab shows


TABS: list[TabSpec] = [
    TabSpec("goals", GoalsTab, "form.goals.short", ("goals", "signoffs")),
    TabSpec("team", TeamTab, "form.team.short", ("team",)),
    TabSpec("pain_points", PainPointsTab, "form.pain_points.short", ("pain_points",)),
    TabSpec("matrix", MatrixTab, "tab.matrix", ("matrix",)),
    TabSpec("tracking", TrackingTab, "form.tracking.short", ("tracking", "measures")),
    TabSpec("raci", RaciTab, "form.raci.short", ("raci",)),
    TabSpec("gantt", GanttTab, "tab.gantt", ("gantt",)),
    TabSpec("kanban", KanbanTab, "tab.kanban", ("kanban",)),
    TabSpec("evaluation", EvaluationTab, "form.evaluation.short", ("evaluation",)),
]


def tab_keys() -> list[str]:
    return [t.key for t in TABS]
