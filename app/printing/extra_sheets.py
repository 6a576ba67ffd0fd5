"""Sheets beyond the five forms' tables: the RACI matrix with its legend, the pain-point
priority matrix with its ranked list, and Form 5 with its before/after charts. Each reads
the same core functions as its tab, so paper and screen agree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr
from app.printing import signature, version
from app.printing.content import Column, SheetData
from app.printing.sheets import FormSheet
from app.raci import raci_grid

RACI_LETTERS = ("R", "A", "C", "I")


MM = 72 / 25.4  # points per millimetre
TASK_EM = 14  # the task's name keeps room for this many characters a line, however many people
CHECK_EM = 8


@dataclass(frozen=True)
class RaciSheet:
    """Tasks down, team members across, one letter per cell, the legend above."""

    key: str = "raci"

    def _content(self, session: Session, initiative_id: int, lang: str
                 ) -> tuple[list[Column], list[list[str]], list[list[object]]]:
        grid = raci_grid.read_grid(session, initiative_id, raci_grid.MEMBERS, lang)
        # Members across, then any department that holds a letter of its own.
        held = {key for (_task, key) in grid.letters}
        shown = grid.columns + [c for c in raci_grid.department_columns(session, initiative_id)
                                if c.key in held]
        columns = [Column(tr("print.column.number", lang), 4, "RIGHT", nowrap=True),
                   Column(tr("field.task.name", lang), 24, min_em=TASK_EM)]
        # People under their department's name, as the tab shows them.
        columns += [Column(c.label, 6, "CENTER", group=c.group if c.key.startswith("m") else "")
                    for c in shown]
        columns.append(Column(tr("print.raci.check", lang), 16, min_em=CHECK_EM))
        rows: list[list[str]] = []
        canonical: list[list[object]] = []
        by_task = grid.letters_by_task()  # one pass over the letters, not one per task
        ok = tr("print.raci.ok", lang)
        for row in grid.rows:
            letters = by_task.get(row.task_id, [])
            mine = dict(letters)
            cells = [mine.get(c.key, "") for c in shown]
            problems = raci_grid.task_problems(letters, grid.names)
            verdict = "; ".join(p.message(lang) for p in problems) or ok
            rows.append([str(row.number), row.name, *cells, verdict])
            canonical.append([row.task_id, *cells])
        return columns, rows, canonical

    def tag(self, session: Session, initiative_id: int, today: dt.date) -> str:
        return version.tag_for(self.key, self._content(session, initiative_id, "en")[2])

    def collect(self, session: Session, initiative_id: int, lang: str,
                today: dt.date) -> SheetData:
        columns, rows, canonical = self._content(session, initiative_id, lang)
        tag = version.tag_for(self.key, canonical)
        legend = "   ".join(f"{letter} = {tr(f'enum.RaciLetter.{letter}', lang)}"
                            for letter in RACI_LETTERS)
        # Many people print smaller, and beyond what fits in column groups (table.py).
        size = 8.0 if len(columns) <= 16 else 7.0

        def body(sheet: SheetData, width: float, height: float) -> list[Any]:
            from reportlab.platypus import Spacer

            from app.printing.table import data_table
            from app.printing.textcell import TextCell

            return [TextCell(legend + "   " + tr("print.raci.rule", lang), 8.5),
                    Spacer(1, 3 * MM),
                    *data_table(sheet.columns, sheet.rows, width, sheet.font_size,
                                sheet.empty_text, lang)]

        return SheetData(
            key=self.key, number=None, title=tr("form.raci.title", lang), landscape=True,
            version=tag, columns=columns, rows=rows, font_size=size,
            empty_text=tr("print.empty", lang), body=body,
            signature=signature.team_block(session, initiative_id, lang, tag))


@dataclass(frozen=True)
class MatrixSheet:
    """The priority matrix as the tab draws it, with the ranked list beside it."""

    key: str = "matrix"

    def tag(self, session: Session, initiative_id: int, today: dt.date) -> str:
        from app.matrix.matrix_data import load_points

        points = load_points(session, initiative_id)
        return version.tag_for(self.key, [[p.id, p.impact, p.frequency, p.kind, p.label]
                                          for p in points])

    def collect(self, session: Session, initiative_id: int, lang: str,
                today: dt.date) -> SheetData:
        from app.matrix.matrix_data import load_points

        points = load_points(session, initiative_id)
        tag = version.tag_for(self.key, [[p.id, p.impact, p.frequency, p.kind, p.label]
                                         for p in points])

        def body(sheet: SheetData, width: float, height: float) -> list[Any]:
            from app.printing.matrix_drawing import MatrixChart

            return [MatrixChart(points, lang)]

        return SheetData(key=self.key, number=None, title=tr("matrix.title", lang),
                         landscape=True, version=tag, body=body)


class EvaluationSheet(FormSheet):
    """Form 5: the KPI table, then before, target and after of each KPI as a chart."""

    def collect(self, session: Session, initiative_id: int, lang: str,
                today: dt.date) -> SheetData:
        from app.charts.kpi_content import headline, kpi_bars_in, kpi_panel

        sheet = super().collect(session, initiative_id, lang, today)
        bars = kpi_bars_in(session, initiative_id)
        panels = [kpi_panel(b, lang) for b in bars]
        title, title_colour = headline(bars, lang)

        def body(data: SheetData, width: float, height: float) -> list[Any]:
            from reportlab.platypus import Spacer

            from app.printing.kpi_drawing import KpiChart
            from app.printing.table import data_table

            story: list[Any] = data_table(data.columns, data.rows, width, data.font_size,
                                          data.empty_text, lang)
            if panels:
                story += [Spacer(1, 4 * MM), KpiChart(panels, title, title_colour)]
            return story

        sheet.body = body
        return sheet


@dataclass(frozen=True)
class GanttSheet:
    """The Gantt chart drawn as vectors, a page of rows at a time on one time axis."""

    key: str = "gantt"

    @staticmethod
    def _snapshot(session: Session, initiative_id: int, today: dt.date) -> Any:
        from app.schedule.loader import connection_of, load_all_in
        from app.schedule.plan_view import from_plan

        loaded = load_all_in(connection_of(session), initiative_id)
        return from_plan(loaded.plan, loaded.calendar, today, loaded.baseline, loaded.target)

    @staticmethod
    def _content(snap: Any) -> list[list[object]]:
        return [[t.id, t.planned_start, t.planned_finish, t.actual_start, t.actual_finish,
                 t.percent, t.status] for t in snap.plan.tasks] + [
            [link.predecessor_id, link.task_id, link.lag_days] for link in snap.plan.links]

    def tag(self, session: Session, initiative_id: int, today: dt.date) -> str:
        return version.tag_for(self.key, self._content(self._snapshot(session, initiative_id,
                                                                      today)))

    def collect(self, session: Session, initiative_id: int, lang: str,
                today: dt.date) -> SheetData:
        from app.printing.gantt_plan import build_plan

        snap = self._snapshot(session, initiative_id, today)
        tag = version.tag_for(self.key, self._content(snap))
        plan = build_plan(snap, lang)
        note = snap.cycle.message(lang) if snap.cycle is not None else ""

        def body(sheet: SheetData, width: float, height: float) -> list[Any]:
            from reportlab.platypus import Spacer

            from app.printing.gantt_drawing import Axis, GanttChart
            from app.printing.textcell import TextCell

            story: list[Any] = [TextCell(note, 9), Spacer(1, 2 * MM)] if note else []
            if plan.rows:
                story.append(GanttChart(plan, Axis.fit(plan, width)))
            else:
                story.append(TextCell(tr("print.empty", lang), 10))
            return story

        return SheetData(key=self.key, number=None, title=tr("gantt.print.title", lang),
                         landscape=True, version=tag, body=body)

