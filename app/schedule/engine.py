"""Critical-path scheduling: forward and backward pass over finish-to-start links.

Rules, so that every number can be checked by hand:

* Time is counted in working days (see ``calendar``). A task lasts the working days from
  its planned start to its planned finish, both included; a milestone lasts zero days;
  a task with only one date, or none, lasts one day.
* The forward pass treats the planned start as "start no earlier than": the coordinator's
  date holds unless a predecessor pushes the task later. A task that has actually started
  is pinned to its actual start, and one that has finished to its actual finish.
* A successor may start ``lag`` working days after its predecessor's last working day
  (lag 0: the next working day). A milestone stands at the end of its day: it can fall on
  the day its predecessor finishes, and its successors start the next working day.
* The backward pass runs from the project's finish (the latest early finish). Total slack
  is late start minus early start; unfinished tasks with no slack are critical.
* A dependency cycle raises ``ScheduleCycleError`` naming the tasks in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.errors import UserError
from app.schedule.calendar import WorkCalendar
from app.schedule.data import Link, Plan, TaskData


class ScheduleCycleError(UserError):
    """Tasks wait for one another in a loop; ``names`` lists them in link order."""

    def __init__(self, names: list[str], ids: list[int]) -> None:
        self.names = names
        self.ids = ids
        super().__init__("error.schedule.cycle", tasks=" → ".join([*names, names[0]]))


@dataclass(frozen=True)
class Timing:
    """Engine results of one task. Indices are working-day indices, finishes exclusive;
    ``*_finish`` dates are the task's last working day (a milestone's own day), and a
    milestone's start date is its own day too."""

    task_id: int
    duration: int
    es: int
    ef: int
    ls: int
    lf: int
    early_start: dt.date
    early_finish: dt.date
    late_start: dt.date
    late_finish: dt.date
    critical: bool

    @property
    def slack_days(self) -> int:
        return self.ls - self.es


@dataclass(frozen=True)
class Schedule:
    timings: dict[int, Timing]
    order: tuple[int, ...]  # topological: every task after its predecessors
    critical_links: frozenset[tuple[int, int]]  # (predecessor, task) pairs that drive
    start: dt.date | None
    finish: dt.date | None


def duration_of(task: TaskData, cal: WorkCalendar) -> int:
    if task.milestone:
        return 0
    if task.planned_start is not None and task.planned_finish is not None:
        return max(1, cal.working_days(task.planned_start, task.planned_finish))
    return 1


def _anchor(task: TaskData, duration: int, cal: WorkCalendar) -> int | None:
    """The earliest start the task's own dates allow, or None when it has no dates.

    A milestone marks the end of its day, so its index is that day's exclusive end: its
    predecessor may finish that same day and its successors start the next working day.
    """
    if task.milestone:
        day = task.actual_finish or task.actual_start or task.planned_finish or task.planned_start
        return None if day is None else cal.finish_index(day)
    if task.actual_start is not None:
        return cal.start_index(task.actual_start)
    if task.planned_start is not None:
        return cal.start_index(task.planned_start)
    if task.planned_finish is not None:
        return cal.finish_index(task.planned_finish) - max(duration, 1)
    return None


def find_cycle(task_ids: Iterable[int], links: Iterable[Link]) -> list[int] | None:
    """Task ids of one dependency cycle in link order, or None when there is none."""
    ids = set(task_ids)
    preds: dict[int, list[int]] = {t: [] for t in ids}
    succs: dict[int, list[int]] = {t: [] for t in ids}
    for ln in links:
        if ln.task_id in ids and ln.predecessor_id in ids:
            preds[ln.task_id].append(ln.predecessor_id)
            succs[ln.predecessor_id].append(ln.task_id)
    indeg = {t: len(p) for t, p in preds.items()}
    ready = [t for t, d in indeg.items() if d == 0]
    while ready:
        t = ready.pop()
        for s in succs[t]:
            indeg[s] -= 1
            if indeg[s] == 0:
                ready.append(s)
    left = {t for t, d in indeg.items() if d > 0}
    if not left:
        return None
    # Every task left waits for another task left, so walking back must loop.
    seen: dict[int, int] = {}
    walk: list[int] = []
    node = min(left)
    while node not in seen:
        seen[node] = len(walk)
        walk.append(node)
        node = next(p for p in preds[node] if p in left)
    loop = walk[seen[node]:]
    loop.reverse()  # walked from successor to predecessor; report in link order
    return loop


def _topological(plan: Plan, preds: dict[int, list[tuple[int, int]]]) -> list[int]:
    succs: dict[int, list[int]] = {t.id: [] for t in plan.tasks}
    indeg = {t.id: 0 for t in plan.tasks}
    for t_id, plist in preds.items():
        indeg[t_id] = len(plist)
        for p, _lag in plist:
            succs[p].append(t_id)
    # Stable: tasks come out in the coordinator's order wherever the links allow.
    ready = [t.id for t in reversed(plan.tasks) if indeg[t.id] == 0]
    order: list[int] = []
    while ready:
        t_id = ready.pop()
        order.append(t_id)
        for s in reversed(succs[t_id]):
            indeg[s] -= 1
            if indeg[s] == 0:
                ready.append(s)
    if len(order) != len(plan.tasks):
        loop = find_cycle(plan.by_id, plan.links) or []
        raise ScheduleCycleError([plan.by_id[i].name for i in loop], loop)
    return order


def compute(plan: Plan, cal: WorkCalendar, *, default_start: dt.date | None = None) -> Schedule:
    """Forward and backward pass over ``plan``. Tasks without dates start with the project
    (the earliest dated task, or ``default_start``, or today)."""
    tasks = plan.by_id
    preds: dict[int, list[tuple[int, int]]] = {t: [] for t in tasks}
    succs: dict[int, list[tuple[int, int]]] = {t: [] for t in tasks}
    for ln in plan.links:
        if ln.task_id in tasks and ln.predecessor_id in tasks and ln.task_id != ln.predecessor_id:
            preds[ln.task_id].append((ln.predecessor_id, ln.lag_days))
            succs[ln.predecessor_id].append((ln.task_id, ln.lag_days))
    order = _topological(plan, preds)

    dur = {t.id: duration_of(t, cal) for t in plan.tasks}
    anchors = {t.id: _anchor(t, dur[t.id], cal) for t in plan.tasks}
    known = [a for a in anchors.values() if a is not None]
    fallback = min(known) if known else cal.index(default_start or dt.date.today())

    es: dict[int, int] = {}
    ef: dict[int, int] = {}
    for t_id in order:
        task = tasks[t_id]
        a = anchors[t_id]
        start = fallback if a is None else a
        if task.actual_start is None and task.actual_finish is None:
            for p, lag in preds[t_id]:
                start = max(start, ef[p] + lag)
        finish = start + dur[t_id]
        if task.actual_finish is not None:
            finish = cal.finish_index(task.actual_finish)
            if task.actual_start is None or not dur[t_id]:
                start = finish - dur[t_id]
            start = min(start, finish)
        es[t_id], ef[t_id] = start, finish

    end = max(ef.values(), default=fallback)
    ls: dict[int, int] = {}
    lf: dict[int, int] = {}
    for t_id in reversed(order):
        finish = end
        for s, lag in succs[t_id]:
            finish = min(finish, ls[s] - lag)
        lf[t_id] = finish
        ls[t_id] = finish - dur[t_id]

    def first_day(start: int, d: int) -> dt.date:
        return cal.date_at(start) if d > 0 else cal.date_at(start - 1)


    timings = {}
    for t_id in order:
        d = dur[t_id]
        timings[t_id] = Timing(
            task_id=t_id, duration=d, es=es[t_id], ef=ef[t_id], ls=ls[t_id], lf=lf[t_id],
            early_start=first_day(es[t_id], d), early_finish=cal.date_at(ef[t_id] - 1),
            late_start=first_day(ls[t_id], d), late_finish=cal.date_at(lf[t_id] - 1),
            critical=ls[t_id] - es[t_id] <= 0 and not tasks[t_id].done,
        )
    critical_links = frozenset(
        (p, t_id)
        for t_id in order if timings[t_id].critical
        for p, lag in preds[t_id]
        if timings[p].critical and ef[p] + lag == es[t_id]
    )
    start = min((t.early_start for t in timings.values()), default=None)
    finish = max((t.early_finish for t in timings.values()), default=None)
    return Schedule(timings, tuple(order), critical_links, start, finish)
