"""RACI rules: exactly one A and at least one R per task (the rule itself is
``app.raci.raci_grid.task_problems``; this module turns it into findings)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy.orm import Session

from app.raci import raci_grid
from app.rules.finding import Finding

AREA = "raci"
FORMS: tuple[str, ...] = ("raci",)  # the forms whose rows its findings point at


def task_findings(initiative_id: int, names: Mapping[str, str], task_id: int, name: str,
                  letters: Iterable[tuple[str, str]], lang: str | None = None) -> list[Finding]:
    """Findings of one task, given all its (column key, letter) pairs."""
    return [Finding(p.rule, initiative_id, name, p.message(lang), form="raci",
                    row_id=task_id, column=p.column)
            for p in raci_grid.task_problems(letters, names)]


def row_findings(grid: raci_grid.Grid, row: raci_grid.GridRow, letters: Iterable[tuple[str, str]],
                 lang: str | None = None) -> list[Finding]:
    """Findings of one row of an already read grid."""
    return task_findings(grid.initiative_id, grid.names, row.task_id, row.name, letters, lang)


def grid_findings(grid: raci_grid.Grid, lang: str | None = None) -> list[Finding]:
    """Findings of an already read grid, so an open RACI tab needs no second query."""
    by_task = grid.letters_by_task()
    return [f for row in grid.rows
            for f in row_findings(grid, row, by_task.get(row.task_id, []), lang)]


def check(session: Session, initiative_id: int) -> list[Finding]:
    """The findings ``grid_findings`` gives for the whole grid, read as plain rows: on a
    plan of 50,000 tasks the grid's objects cost more than the rule."""
    names = raci_grid.column_names(session, initiative_id)
    letters = raci_grid.letters_of_tasks(session, initiative_id)
    return [f for task_id, _n, name, _group, _key in raci_grid.row_tuples(session, initiative_id)
            for f in task_findings(initiative_id, names, task_id, name,
                                   letters.get(task_id, ()))]
