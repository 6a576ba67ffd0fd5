"""RACI rules: exactly one A and at least one R per task (the rule itself is
``app.raci.task_problems``; this module turns it into findings)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from app import raci
from app.rules import Finding

AREA = "raci"
FORMS: tuple[str, ...] = ("raci",)  # the forms whose rows its findings point at


def row_findings(grid: raci.Grid, row: raci.GridRow, letters: Iterable[tuple[str, str]],
                 lang: str | None = None) -> list[Finding]:
    """Findings of one task, given all its (column key, letter) pairs."""
    return [Finding(p.rule, grid.initiative_id, row.name, p.message(lang), form="raci",
                    row_id=row.task_id, column=p.column)
            for p in raci.task_problems(letters, grid.names)]


def grid_findings(grid: raci.Grid, lang: str | None = None) -> list[Finding]:
    """Findings of an already read grid, so an open RACI tab needs no second query."""
    by_task = grid.letters_by_task()
    return [f for row in grid.rows
            for f in row_findings(grid, row, by_task.get(row.task_id, []), lang)]


def check(session: Session, initiative_id: int) -> list[Finding]:
    return grid_findings(raci.read_grid(session, initiative_id))
