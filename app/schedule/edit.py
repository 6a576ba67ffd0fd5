"""Changes the Gantt and kanban tabs make to tasks: move, resize, link, change status.

Each function is one ``ws.write(ChangeArea.TASKS)`` transaction and returns what it replaced, so
an undo command can put it back with the same functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.errors import UserError
from app.forms import validation as v
from app.forms.choices import TaskStatus
from app.forms.specs import FORMS
from app.schedule.calendar import WorkCalendar
from app.schedule.data import Link
from app.schedule.engine import ScheduleCycleError, find_cycle
from app.schedule.loader import connection_of, load_calendar
from app.store.changes import ChangeArea
from app.store.models import Task, TaskDependency
from app.store.workspace import Workspace

AREA = ChangeArea.TASKS


@dataclass(frozen=True)
class TaskDates:
    task_id: int
    planned_start: dt.date | None
    planned_finish: dt.date | None


@dataclass(frozen=True)
class StatusState:
    task_id: int
    status: str
    percent: int
    actual_start: dt.date | None
    actual_finish: dt.date | None


# Dates dragged on the chart pass the same check as dates typed into the table.
_START = FORMS["tracking"].field("planned_start")
_FINISH = FORMS["tracking"].field("planned_finish")


def _task(session: object, task_id: int) -> Task:
    task = session.get(Task, task_id)  # type: ignore[attr-defined]
    if task is None:
        raise UserError("error.schedule.no_task", id=task_id)
    return task


def set_dates(ws: Workspace, task_id: int, start: dt.date | None,
              finish: dt.date | None) -> TaskDates:
    """Store planned dates as given; returns the dates they replaced."""
    start, finish = v.clean_date(_START, start), v.clean_date(_FINISH, finish)
    if start is not None and finish is not None and finish < start:
        raise UserError("error.schedule.finish_before_start", start=start, finish=finish)
    with ws.write(AREA) as s:
        task = _task(s, task_id)
        old = TaskDates(task_id, task.planned_start, task.planned_finish)
        task.planned_start, task.planned_finish = start, finish
    return old


def moved_dates(start: dt.date | None, finish: dt.date | None, milestone: bool,
                new_start: dt.date, cal: WorkCalendar) -> tuple[dt.date, dt.date]:
    """Dates after moving a task to ``new_start`` (the next working day if that is off),
    keeping its length in working days."""
    if milestone:
        return new_start, new_start
    days = max(1, cal.working_days(start, finish)) if start and finish else 1
    first = cal.date_at(cal.start_index(new_start))
    return first, cal.finish_date(cal.start_index(first), days)


def move_task(ws: Workspace, task_id: int, new_start: dt.date) -> TaskDates:
    """Move a task to start on ``new_start``, same number of working days long."""
    with ws.write(AREA) as s:
        cal = load_calendar(connection_of(s))
        task = _task(s, task_id)
        old = TaskDates(task_id, task.planned_start, task.planned_finish)
        start, finish = moved_dates(task.planned_start, task.planned_finish, task.milestone,
                                    v.clean_date(_START, new_start), cal)
        task.planned_start, task.planned_finish = start, v.clean_date(_FINISH, finish)
    return old


def resize_task(ws: Workspace, task_id: int, new_finish: dt.date) -> TaskDates:
    """Let a task end on ``new_finish``; it keeps at least its first day."""
    new_finish = v.clean_date(_FINISH, new_finish)
    with ws.write(AREA) as s:
        task = _task(s, task_id)
        old = TaskDates(task_id, task.planned_start, task.planned_finish)
        if task.milestone:
            task.planned_start = task.planned_finish = new_finish
        else:
            start = task.planned_start or new_finish
            task.planned_start = start
            task.planned_finish = max(start, new_finish)
    return old


def link_tasks(ws: Workspace, predecessor_id: int, task_id: int, lag_days: int = 0) -> int | None:
    """Make ``task_id`` wait for ``predecessor_id``. Refuses a link that would close a loop,
    naming the tasks in it. Returns the lag of the link it replaced, or None if new."""
    if predecessor_id == task_id:
        raise UserError("error.schedule.self_link")
    with ws.write(AREA) as s:
        task, pred = _task(s, task_id), _task(s, predecessor_id)
        if task.initiative_id != pred.initiative_id:
            raise UserError("error.schedule.other_initiative")
        existing = s.get(TaskDependency, (task_id, predecessor_id))
        if existing is not None:
            old = existing.lag_days
            existing.lag_days = lag_days
            return old
        rows = s.execute(
            select(TaskDependency.predecessor_id, TaskDependency.task_id)
            .join(Task, Task.id == TaskDependency.task_id)
            .where(Task.initiative_id == task.initiative_id)
        )
        links = [Link(p, t) for p, t in rows] + [Link(predecessor_id, task_id)]
        ids = {ln.task_id for ln in links} | {ln.predecessor_id for ln in links}
        loop = find_cycle(ids, links)
        if loop:
            names = dict(s.execute(select(Task.id, Task.name).where(Task.id.in_(loop))).all())
            raise ScheduleCycleError([names[i] for i in loop], loop)
        s.add(TaskDependency(task_id=task_id, predecessor_id=predecessor_id, lag_days=lag_days))
    return None


def unlink_tasks(ws: Workspace, predecessor_id: int, task_id: int) -> int | None:
    """Remove a link; returns its lag, or None when there was none."""
    with ws.write(AREA) as s:
        existing = s.get(TaskDependency, (task_id, predecessor_id))
        if existing is None:
            return None
        lag = existing.lag_days
        s.delete(existing)
    return lag


def status_state(ws: Workspace, task_id: int) -> StatusState:
    with ws.read() as s:
        t = _task(s, task_id)
        return StatusState(task_id, t.status, t.percent, t.actual_start, t.actual_finish)


def set_status(ws: Workspace, task_id: int, status: str, today: dt.date) -> StatusState:
    """Change a task's status and keep its actual dates and progress consistent with it:
    done fills in the actual finish (and start) and 100 %; in progress fills in the actual
    start; not started clears the actual dates. Returns the state it replaced."""
    status = TaskStatus(status).value
    with ws.write(AREA) as s:
        t = _task(s, task_id)
        old = StatusState(task_id, t.status, t.percent, t.actual_start, t.actual_finish)
        t.status = status
        if status == TaskStatus.DONE:
            t.actual_start = t.actual_start or min(today, t.planned_start or today)
            t.actual_finish = t.actual_finish or today
            t.percent = 100
        elif status == TaskStatus.NOT_STARTED:
            t.actual_start = t.actual_finish = None
            t.percent = 0
        else:
            t.actual_finish = None
            if status == TaskStatus.IN_PROGRESS:
                t.actual_start = t.actual_start or today
            if t.percent == 100:
                t.percent = 90
    return old


def restore_status(ws: Workspace, state: StatusState) -> StatusState:
    with ws.write(AREA) as s:
        t = _task(s, state.task_id)
        old = StatusState(state.task_id, t.status, t.percent, t.actual_start, t.actual_finish)
        t.status, t.percent = state.status, state.percent
        t.actual_start, t.actual_finish = state.actual_start, state.actual_finish
    return old


def task_dates(ws: Workspace, task_id: int) -> TaskDates:
    with ws.read() as s:
        t = _task(s, task_id)
        return TaskDates(task_id, t.planned_start, t.planned_finish)
