"""Where each row's bars go, in days from the chart's origin, worked out once per change
so a repaint only multiplies by the zoom and draws the rows in view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from operator import add, attrgetter, itemgetter
from typing import NamedTuple

from app.schedule.bulk import gc_paused
from app.schedule.calendar import Memo
from app.schedule.data import TaskData
from app.schedule.plan_view import Snapshot
from app.schedule.view_rows import Row, bar_span
from app.schedule.warnings import TaskWarning

MARGIN_BEFORE = 7
MARGIN_AFTER = 35

_ID, _MILESTONE = attrgetter("id"), attrgetter("milestone")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_EARLY_FINISH = attrgetter("early_finish")


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
    baseline: tuple[int, int] | None = None  # the reference baseline's days, when shown


class LinkGeometry(NamedTuple):
    pred_row: int
    task_row: int
    critical: bool


_geometry = partial(tuple.__new__, RowGeometry)
_new = tuple.__new__


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


@gc_paused()
def build_layout(snap: Snapshot, rows: list[Row], baseline: bool = True) -> GanttLayout:
    """One pass over the tasks for their spans, then the geometry column by column. Day
    offsets come from a memo (a plan has a few hundred distinct days) and the records are
    built from tuples: 5,000 rows cost a dataclass ``__init__`` and a date subtraction per
    field otherwise. With ``baseline`` each task the reference baseline saved gets its
    baseline span too (a milestone: its day)."""
    timing_of = (snap.schedule.timings if snap.schedule else {}).get
    today = snap.today
    where = [i for i, row in enumerate(rows) if row.task is not None]
    tasks = [rows[i].task for i in where]
    ids = list(map(_ID, tasks))
    timings = list(map(timing_of, ids))
    spans = list(map(bar_span, tasks, timings, repeat(today)))
    starts = list(map(_FIRST, spans))
    finishes = list(map(_SECOND, spans))
    lo = min(min(starts, default=today), today)
    hi = max(max(finishes, default=today), today,
             max(map(_EARLY_FINISH, filter(None, timings)), default=today))
    if baseline and snap.baseline is not None:
        saved_days = [d for b in snap.baseline.tasks.values() for d in (b.start, b.finish) if d]
        lo = min([lo, *saved_days])
        hi = max([hi, *saved_days])
    origin = lo - dt.timedelta(days=MARGIN_BEFORE + lo.weekday())
    origin = origin.replace(day=1) if (origin - origin.replace(day=1)).days < 10 else origin
    last = hi + dt.timedelta(days=MARGIN_AFTER)

    first = origin.toordinal()
    off = Memo(lambda day: day.toordinal() - first).__getitem__  # type: ignore[attr-defined]
    today_end = off(today) + 1
    critical = [False] * len(tasks)
    actuals: list[tuple[int, int] | None] = [None] * len(tasks)
    forecasts: list[tuple[int, int] | None] = [None] * len(tasks)
    for k, (task, t, s, f) in enumerate(zip(tasks, timings, starts, finishes, strict=True)):
        if task.actual_start is not None:
            a_start = off(task.actual_start)
            a_end = off(task.actual_finish) + 1 if task.actual_finish else max(
                today_end, a_start + 1)
            actuals[k] = (a_start, a_end)
        if t is not None:
            critical[k] = t.critical
            if not task.done and (t.early_start != s or t.early_finish != f):
                forecasts[k] = (off(t.early_start), off(t.early_finish) + 1)
    baselines: list[tuple[int, int] | None] = [None] * len(tasks)
    saved_of = snap.baseline.tasks.get if baseline and snap.baseline is not None else None
    if saved_of is not None:
        for k, task_id in enumerate(ids):
            saved = saved_of(task_id)
            if saved is None:
                continue
            b_start = saved.start or saved.finish
            b_finish = saved.finish or saved.start
            if b_start is None or b_finish is None:
                continue
            if saved.milestone:
                b_start = b_finish
            baselines[k] = (off(b_start), off(max(b_start, b_finish)) + 1)
    records = map(_geometry, zip(
        tasks, map(off, starts), map(add, map(off, finishes), repeat(1)),
        map(_MILESTONE, tasks), critical, map(snap.warnings.get, ids, repeat(())),
        actuals, forecasts, baselines, strict=True))
    geometry: list[RowGeometry | None] = [None] * len(rows)
    for i, g in zip(where, records, strict=True):
        geometry[i] = g
    row_of = dict(zip(ids, where, strict=True))
    crit = snap.schedule.critical_links if snap.schedule else frozenset()
    row = row_of.get
    links = [
        _new(LinkGeometry, (row_of[p], row_of[t], (p, t) in crit))
        for p, t, _lag in snap.plan.links
        if row(p) is not None and row(t) is not None
    ]
    return GanttLayout(origin, last, rows, geometry, links, row_of)
