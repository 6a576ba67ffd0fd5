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

Given a *status date* (the day the plan is looked at, normally today) the forward pass
forecasts: work not done by the status date cannot lie before it.

* A task not started (no actual start, 0 % complete, not done) whose early start is before
  the status date starts on it (on the next working day when the status date is off).
* A task in progress (an actual start or more than 0 %, not done) that started on or
  before the status date finishes its remaining working days, duration × (1 − % complete)
  rounded up to whole days and at least one, from the status date on (the status date
  counting when it is a working day). Its duration becomes the forecast one, so that the
  backward pass, slack and the critical path are computed on the forecast dates.
* An unfinished milestone before the status date moves to the status date.
* Finished tasks keep their actual dates; successors follow through links and lags.

Without a status date the pass plans as the dates say (the same as a status date before
every task).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from operator import and_, attrgetter, is_, le, ne, sub
from typing import NamedTuple

from app.errors import UserError
from app.schedule.calendar import WorkCalendar
from app.schedule.data import _DONE, Link, Plan, TaskData

_STATUS, _ACTUAL_FINISH = attrgetter("status"), attrgetter("actual_finish")


class ScheduleCycleError(UserError):
    """Tasks wait for one another in a loop; ``names`` lists them in link order."""

    def __init__(self, names: list[str], ids: list[int]) -> None:
        self.names = names
        self.ids = ids
        super().__init__("error.schedule.cycle", tasks=" → ".join([*names, names[0]]))


class Timing(NamedTuple):
    """Engine results of one task. Indices are working-day indices, finishes exclusive;
    ``*_finish`` dates are the task's last working day (a milestone's own day), and a
    milestone's start date is its own day too. A named tuple: 5,000 are built per run."""

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


_timing = partial(tuple.__new__, Timing)  # from a tuple, without a Python-level __new__
_EARLY_START, _EARLY_FINISH = attrgetter("early_start"), attrgetter("early_finish")


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


def anchor_of(task: TaskData, duration: int, cal: WorkCalendar) -> int | None:
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


def _topological(plan: Plan, preds: list[list[tuple[int, int]]]) -> list[int]:
    """Positions in ``plan.tasks``, every task after its predecessors; stable: tasks come
    out in the coordinator's order wherever the links allow."""
    n = len(preds)
    succs: list[list[int]] = [[] for _ in range(n)]
    indeg = [0] * n
    for i, plist in enumerate(preds):
        indeg[i] = len(plist)
        for p, _lag in plist:
            succs[p].append(i)
    ready = [i for i in range(n - 1, -1, -1) if not indeg[i]]
    order: list[int] = []
    append, pop, push = order.append, ready.pop, ready.append
    while ready:
        i = pop()
        append(i)
        for s in reversed(succs[i]):
            indeg[s] -= 1
            if not indeg[s]:
                push(s)
    if len(order) != n:
        loop = find_cycle(plan.by_id, plan.links) or []
        raise ScheduleCycleError([plan.by_id[i].name for i in loop], loop)
    return order


def compute(plan: Plan, cal: WorkCalendar, *, default_start: dt.date | None = None,
            status_date: dt.date | None = None) -> Schedule:
    """Forward and backward pass over ``plan``. Tasks without dates start with the project
    (the earliest dated task, or ``default_start``, or today). With ``status_date`` the
    early dates are the forecast from that day (see the module's rules).

    Works on lists indexed by the task's position in ``plan.tasks`` and on the calendar's
    memoised conversions: on 5,000 tasks, dicts keyed by id and a method call per date
    cost more than the passes themselves.
    """
    tasks = plan.tasks
    n = len(tasks)
    ids = [t.id for t in tasks]
    pos = dict(zip(ids, range(n), strict=True))
    preds: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    succs: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    where = pos.get
    for p_id, t_id, lag in plan.links:
        t, p = where(t_id), where(p_id)
        if t is not None and p is not None and t != p:
            preds[t].append((p, lag))
            succs[p].append((t, lag))
    order = _topological(plan, preds)

    start_index, finish_index = cal.start_index, cal.finish_index
    dur = [0] * n
    anchors: list[int | None] = [None] * n
    for i, t in enumerate(tasks):
        ps, pf = t.planned_start, t.planned_finish
        if t.milestone:
            day = t.actual_finish or t.actual_start or pf or ps
            if day is not None:
                anchors[i] = finish_index(day)
            continue
        d = dur[i] = max(1, finish_index(pf) - start_index(ps)) \
            if ps is not None and pf is not None else 1
        if t.actual_start is not None:
            anchors[i] = start_index(t.actual_start)
        elif ps is not None:
            anchors[i] = start_index(ps)
        elif pf is not None:
            anchors[i] = finish_index(pf) - d
    known = [a for a in anchors if a is not None]
    fallback = min(known) if known else cal.index(default_start or dt.date.today())

    status = start_index(status_date) if status_date is not None else None
    es = [0] * n
    ef = [0] * n
    for i in order:
        task = tasks[i]
        a = anchors[i]
        start = fallback if a is None else a
        actual_finish = task.actual_finish
        if task.actual_start is None and actual_finish is None:
            for p, lag in preds[i]:
                if ef[p] + lag > start:
                    start = ef[p] + lag
        d = dur[i]
        finish = start + d
        if actual_finish is not None:
            finish = finish_index(actual_finish)
            if task.actual_start is None or not d:
                start = finish - d
            if start > finish:
                start = finish
        elif status is not None and task.status != _DONE:
            if task.milestone:
                if start <= status:  # its day has ended before the status date
                    start = finish = status + 1
            elif task.actual_start is not None or task.percent > 0:
                if start <= status:
                    finish = status + max(1, -(-d * (100 - task.percent) // 100))
                    dur[i] = finish - start
            elif start < status:
                start, finish = status, status + d
        es[i], ef[i] = start, finish

    end = max(ef, default=fallback)
    ls = [0] * n
    lf = [0] * n
    for i in reversed(order):
        finish = end
        for s, lag in succs[i]:
            if ls[s] - lag < finish:
                finish = ls[s] - lag
        lf[i] = finish
        ls[i] = finish - dur[i]

    # The records, column by column in C: a milestone's start is its own day, the one
    # before its index; every finish is the day before its exclusive index.
    date_at = cal.date_at
    if n:
        cal.cover(min(min(es), min(ls)) - 1, max(max(ef), max(lf)))
    back = [0 if d else 1 for d in dur]
    one = repeat(1)
    unfinished = map(and_, map(ne, map(_STATUS, tasks), repeat(_DONE)),
                     map(is_, map(_ACTUAL_FINISH, tasks), repeat(None)))
    critical = list(map(and_, map(le, ls, es), unfinished))
    records = list(map(_timing, zip(
        ids, dur, es, ef, ls, lf,
        map(date_at, map(sub, es, back)), map(date_at, map(sub, ef, one)),
        map(date_at, map(sub, ls, back)), map(date_at, map(sub, lf, one)),
        critical, strict=True)))
    timings = dict(zip(map(ids.__getitem__, order), map(records.__getitem__, order),
                       strict=True))
    critical_links = frozenset(
        (ids[p], ids[i])
        for i in order if critical[i]
        for p, lag in preds[i]
        if critical[p] and ef[p] + lag == es[i]
    )
    start = min(map(_EARLY_START, records), default=None)
    finish = max(map(_EARLY_FINISH, records), default=None)
    return Schedule(timings, tuple(ids[i] for i in order), critical_links, start, finish)
