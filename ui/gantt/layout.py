"""Where each row's bars go, in days from the chart's origin, worked out once per change
so a repaint only multiplies by the zoom and draws the rows in view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from app.schedule.bulk import gc_paused
from app.schedule.calendar import Memo
from app.schedule.data import TaskData
from app.schedule.engine import Timing
from app.schedule.rows import Row
from app.schedule.snapshot import Snapshot
from app.schedule.warnings import TaskWarning

MARGIN_BEFORE = 7
MARGIN_AFTER = 35

_new = tuple.__new__


class RowGeometry(NamedTuple):
    """A task row's spans as day offsets (start inclusive, end exclusive). Named tuples:
    one per task, rebuilt on every change."""

    task: TaskData
    start: int
    end: int
    milestone: bool
    critical: bool
    warnings: tuple[TaskWarning, ...]
    actual: tuple[int, int] | None  # what has actually been done, up to today if unfinished
    forecast: tuple[int, int] | None  # the engine's early dates, when they differ from plan


class LinkGeometry(NamedTuple):
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


def _span(task: TaskData, t: Timing | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """The planned days of a task, falling back on the engine's dates when plan dates are
    missing, so every task has a bar to drag."""
    start = task.planned_start or task.planned_finish
    finish = task.planned_finish or task.planned_start
    if start is None or finish is None:
        start = t.early_start if t is not None else today
        finish = t.early_finish if t is not None else start
    if finish < start:
        finish = start
    if task.milestone:
        finish = start = task.planned_finish or start
    return start, finish


@gc_paused()
def build_layout(snap: Snapshot, rows: list[Row]) -> GanttLayout:
    """One pass for the chart's span, one for the rows' geometry. Day offsets come from a
    memo (a plan has a few hundred distinct days) and the records are built from tuples:
    5,000 rows cost a dataclass ``__init__`` and a date subtraction per field otherwise."""
    timing_of = (snap.schedule.timings if snap.schedule else {}).get
    warnings_of = snap.warnings.get
    today = snap.today
    tasks = [(i, row.task) for i, row in enumerate(rows) if row.task is not None]
    timings = [timing_of(task.id) for _i, task in tasks]
    spans = [_span(task, t, today) for (_i, task), t in zip(tasks, timings, strict=True)]
    lo = min((s for s, _f in spans), default=today)
    hi = max((f for _s, f in spans), default=today)
    hi = max(hi, max((t.early_finish for t in timings if t is not None), default=hi))
    lo, hi = min(lo, today), max(hi, today)
    origin = lo - dt.timedelta(days=MARGIN_BEFORE + lo.weekday())
    origin = origin.replace(day=1) if (origin - origin.replace(day=1)).days < 10 else origin
    last = hi + dt.timedelta(days=MARGIN_AFTER)

    first = origin.toordinal()
    off = Memo(lambda day: day.toordinal() - first).__getitem__  # type: ignore[attr-defined]
    today_end = off(today) + 1
    geometry: list[RowGeometry | None] = [None] * len(rows)
    row_of: dict[int, int] = {}
    for (i, task), t, (s, f) in zip(tasks, timings, spans, strict=True):
        task_id = task.id
        row_of[task_id] = i
        actual = None
        if task.actual_start is not None:
            a_start = off(task.actual_start)
            a_end = off(task.actual_finish) + 1 if task.actual_finish else max(
                today_end, a_start + 1)
            actual = (a_start, a_end)
        forecast = None
        critical = False
        if t is not None:
            critical = t.critical
            if not task.done and (t.early_start != s or t.early_finish != f):
                forecast = (off(t.early_start), off(t.early_finish) + 1)
        geometry[i] = _new(RowGeometry, (
            task, off(s), off(f) + 1, task.milestone, critical, warnings_of(task_id, ()),
            actual, forecast,
        ))
    crit = snap.schedule.critical_links if snap.schedule else frozenset()
    row = row_of.get
    links = [
        _new(LinkGeometry, (row_of[p], row_of[t], (p, t) in crit))
        for p, t, _lag in snap.plan.links
        if row(p) is not None and row(t) is not None
    ]
    return GanttLayout(origin, last, rows, geometry, links, row_of)
