"""Which tasks a Gantt or kanban view shows, and in what rows: the filter by department,
owner or status, and the grouping by measure. Shared so both tabs filter alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from typing import NamedTuple

from app.schedule.bulk import gc_paused
from app.schedule.data import Plan, TaskData
from app.schedule.engine import Timing


@dataclass(frozen=True)
class TaskFilter:
    """None means "any"."""

    department_id: int | None = None
    owner_id: int | None = None
    status: str | None = None

    def accepts(self, task: TaskData) -> bool:
        return (
            (self.department_id is None or task.department_id == self.department_id)
            and (self.owner_id is None or task.owner_id == self.owner_id)
            and (self.status is None or task.status == self.status)
        )

    @property
    def active(self) -> bool:
        return (self.department_id, self.owner_id, self.status) != (None, None, None)


class Row(NamedTuple):
    """A task row, or a group heading (``task`` None) for the measure ``group_id``. A named
    tuple: one per task, built in C from the task list."""

    task: TaskData | None
    group_id: int | None = None
    group_name: str = ""

    @property
    def is_group(self) -> bool:
        return self.task is None


_row = partial(tuple.__new__, Row)


def filtered(tasks: Iterable[TaskData], flt: TaskFilter) -> list[TaskData]:
    return [t for t in tasks if flt.accepts(t)] if flt.active else list(tasks)


@gc_paused()
def build_rows(plan: Plan, flt: TaskFilter, group_by_measure: bool) -> list[Row]:
    """Rows in the coordinator's task order; grouped, the measures come in their own order
    and tasks without a measure last. Empty groups are left out."""
    tasks = filtered(plan.tasks, flt)
    if not group_by_measure:
        return list(map(_row, zip(tasks, repeat(None), repeat(""))))
    groups: dict[int | None, list[TaskData]] = {}
    for t in tasks:
        members = groups.get(t.measure_id)
        if members is None:
            groups[t.measure_id] = [t]
        else:
            members.append(t)

    def key(mid: int | None) -> tuple[int, int, int]:
        if mid is None:
            return (1, 0, 0)
        first = groups[mid][0]
        return (0, first.measure_position, mid)

    rows: list[Row] = []
    for mid in sorted(groups, key=key):
        members = groups[mid]
        rows.append(Row(None, mid, members[0].measure_name if mid is not None else ""))
        rows.extend(map(_row, zip(members, repeat(mid), repeat(""))))
    return rows


def choices(plan: Plan) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The departments and owners that occur in the plan, for the filter boxes."""
    deps = sorted({(t.department_id, t.department_name) for t in plan.tasks
                   if t.department_id is not None}, key=lambda p: p[1])
    owners = sorted({(t.owner_id, t.owner_name) for t in plan.tasks
                     if t.owner_id is not None}, key=lambda p: p[1])
    return deps, owners  # type: ignore[return-value]


def bar_span(task: TaskData, t: Timing | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days a task's bar covers: its planned days, falling back on the engine's dates
    where the plan has none (so every task has a bar, on screen and on paper)."""
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
