"""The main window's tabs, in the order of the method. A tab is any widget built as
``Tab(workspace, undo_stack, parent)`` with ``set_initiative(id)``; optional methods:
``show_findings(findings)``, ``select_row(form, row_id)``, ``focused_table()``.

Tabs are named by module and class, and imported only when the tab is first shown: the
tab modules and what they pull in (the ORM, printing, charts) would otherwise cost
the program's start more than half a second before anything is on screen."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TabSpec:
    key: str  # also the screenshot file name and the --tab value
    where: str  # "module:Class" of the tab widget
    title_key: str  # key of the core catalogue (form titles are domain words)
    forms: tuple[str, ...] = ()  # the forms whose rows this tab shows

    def factory(self) -> Any:
        module, name = self.where.split(":")
        return getattr(importlib.import_module(module), name)


TABS: list[TabSpec] = [
    # "signoffs:<form>": the findings of that form's sign-off lines (the sign-off panel).
    TabSpec("goals", "ui.forms.goals_tab:GoalsTab", "form.goals.short",
            ("goals", "signoffs", "signoffs:goals")),
    TabSpec("team", "ui.forms.team_tab:TeamTab", "form.team.short", ("team", "signoffs:team")),
    TabSpec("pain_points", "ui.forms.pain_points_tab:PainPointsTab", "form.pain_points.short",
            ("pain_points", "signoffs:pain_points")),
    TabSpec("matrix", "ui.matrix:MatrixTab", "tab.matrix", ("matrix",)),
    TabSpec("tracking", "ui.forms.tracking_tab:TrackingTab", "form.tracking.short",
            ("tracking", "measures", "signoffs:tracking")),
    TabSpec("raci", "ui.raci:RaciTab", "form.raci.short", ("raci", "signoffs:raci")),
    TabSpec("gantt", "ui.gantt:GanttTab", "tab.gantt", ("gantt", "signoffs:plan")),
    TabSpec("kanban", "ui.kanban:KanbanTab", "tab.kanban", ("kanban",)),
    TabSpec("register", "ui.register:RegisterTab", "tab.register", ("register",)),
    TabSpec("evaluation", "ui.forms.evaluation_tab:EvaluationTab", "form.evaluation.short",
            ("evaluation", "signoffs:evaluation")),
]


def tab_keys() -> list[str]:
    return [t.key for t in TABS]
