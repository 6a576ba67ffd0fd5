"""RACI rules: exactly one A and at least one R per task (the rule itself is
``app.raci.task_problems``; this module turns it into findings)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app import raci
from app.rules import Finding

AREA = "raci"


def grid_findings(grid: raci.Grid, lang: str | None = None) -> list[Finding]:
    """Findings of an already read grid, so an open RACI tab needs no second query."""
    by_task = grid.letters_by_task()
    findings = []
    for row in grid.rows:
        for problem in raci.task_problems(by_task.get(row.task_id, []), grid.names):
            findings.append(Finding(problem.rule, grid.initiative_id, row.name,
                                    problem.message(lang), form="raci", row_id=row.task_id,
                                    column=problem.column))
    return findings


def check(session: Session, initiative_id: int) -> list[Finding]:
    return grid_findings(raci.read_grid(session, initiative_id))
