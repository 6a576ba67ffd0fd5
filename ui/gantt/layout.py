"""Where each row's bars go, in days from the chart's origin, worked out once per change
so a repaint only multiplies by the zoom and draws the rows in view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.schedule.data import TaskData
from app.schedule.rows import Row
from app.schedule.snapshot import Snapshot
from app.schedule.warnings import TaskWarning

MARGIN_BEFORE = 7
MARGIN_AFTER = 35


@dataclass(frozen=True)
class RowGeometry:
    """A task row's spans as day offsets (start inclusive, end exclusive)."""

    task: TaskData
    start: int
    end: int
    milestone: bool
    critical: bool
    warnings: tuple[TaskWarning, ...]
    actual: tuple[int, int] | None  # what has actually been done, up to today if unfinished
    forecast: tuple[int, int] | None  # the engine's early dates, when they differ from plan


@dataclass(frozen=True)
class LinkGeometry:
    pred_row: int
    task_row: int
    critical: bool


@dataclass
class GanttLayout:
    origin: dt.date
    last: dt.date
    rows: list[Row]
    geometry: list[RowGeometry | None]  # None for group headings
    links: list[LinkGeometry]
    row_of: dict[int, int]

    @property
    def days(self) -> int:
        return (self.last - self.origin).days + 1


def _span(task: TaskData, snap: Snapshot) -> tuple[dt.date, dt.date]:
    """The planned days of a task, falling back on the engine's dates when plan dates are
    missing, so every task has a bar to drag."""
    t = snap.timing(task.id)
    start = task.planned_start or task.planned_finish
    finish = task.planned_finish or task.planned_start
    if start is None or finish is None:
        start = t.early_start if t else snap.today
        finish = t.early_finish if t else start
    if finish < start:
        finish = start
    if task.milestone:
        finish = start = task.planned_finish or start
    return start, finish


def build_layout(snap: Snapshot, rows: list[Row]) -> GanttLayout:
    spans: dict[int, tuple[dt.date, dt.date]] = {}
    lo = hi = snap.today
    for row in rows:
        if row.task is not None:
            s, f = _span(row.task, snap)
            spans[row.task.id] = (s, f)
            lo, hi = min(lo, s), max(hi, f)
            t = snap.timing(row.task.id)
            if t is not None:
                hi = max(hi, t.early_finish)
    origin = lo - dt.timedelta(days=MARGIN_BEFORE + lo.weekday())
    origin = origin.replace(day=1) if (origin - origin.replace(day=1)).days < 10 else origin
    last = hi + dt.timedelta(days=MARGIN_AFTER)

    def off(day: dt.date) -> int:
        return (day - origin).days

    today = off(snap.today)
    geometry: list[RowGeometry | None] = []
    row_of: dict[int, int] = {}
    for i, row in enumerate(rows):
        task = row.task
        if task is None:
            geometry.append(None)
            continue
        row_of[task.id] = i
        s, f = spans[task.id]
        actual = None
        if task.actual_start is not None:
            a_end = off(task.actual_finish) + 1 if task.actual_finish else max(
                today + 1, off(task.actual_start) + 1)
            actual = (off(task.actual_start), a_end)
        t = snap.timing(task.id)
        forecast = None
        if t is not None and not task.done and (t.early_start, t.early_finish) != (s, f):
            forecast = (off(t.early_start), off(t.early_finish) + 1)
        geometry.append(RowGeometry(
            task, off(s), off(f) + 1, task.milestone, snap.is_critical(task.id),
            snap.warnings.get(task.id, ()), actual, forecast,
        ))
    crit = snap.schedule.critical_links if snap.schedule else frozenset()
    links = [
        LinkGeometry(row_of[ln.predecessor_id], row_of[ln.task_id],
                     (ln.predecessor_id, ln.task_id) in crit)
        for ln in snap.plan.links
        if ln.predecessor_id in row_of and ln.task_id in row_of
    ]
    return GanttLayout(origin, last, rows, geometry, links, row_of)
