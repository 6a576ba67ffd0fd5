"""Changes the Gantt and kanban tabs make to tasks: move, resize, link, change status.

Each function is one ``ws.write(ChangeArea.TASKS)`` transaction and returns what it replaced, so
an undo command can put it back with the same functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.errors import UserError
from app.forms import field_rules
from app.forms import validation as v
from app.forms.choices import TaskStatus
from app.forms.specs import FORMS
from app.schedule.calendar import WorkCalendar
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


# Dates dragged on the chart pass the same checks as dates typed into the table.
_START = FORMS["tracking"].field("planned_start")
_FINISH = FORMS["tracking"].field("planned_finish")


def _task(session: object, task_id: int) -> Task:
    task = session.get(Task, task_id)  # type: ignore[attr-defined]
    if task is None:
        raise UserError("error.schedule.no_task", id=task_id)
    return task


def set_dates(ws: Workspace, task_id: int, start: dt.date | None,
              finish: dt.date | None, *, rules: bool = True) -> TaskDates:
    """Store planned dates as given; returns the dates they replaced. Dates out of order
    are refused, unless ``rules`` is off to put back what a task held before (undo)."""
    start, finish = v.clean_date(_START, start), v.clean_date(_FINISH, finish)
    if rules:
        field_rules.check_planned_dates(start, finish)
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
        finish = v.clean_date(_FINISH, finish)
        field_rules.check_planned_dates(start, finish)
        task.planned_start, task.planned_finish = start, finish
    return old


def resize_task(ws: Workspace, task_id: int, new_finish: dt.date) -> TaskDates:
    """Let a task end on ``new_finish``; it keeps at least its first day."""
    new_finish = v.clean_date(_FINISH, new_finish)
    with ws.write(AREA) as s:
        task = _task(s, task_id)
        old = TaskDates(task_id, task.planned_start, task.planned_finish)
        if task.milestone:
            start = finish = new_finish
        else:
            start = task.planned_start or new_finish
            finish = max(start, new_finish)
        field_rules.check_planned_dates(start, finish)
        task.planned_start, task.planned_finish = start, finish
    return old


def link_tasks(ws: Workspace, predecessor_id: int, task_id: int, lag_days: int = 0) -> int | None:
    """Make ``task_id`` wait for ``predecessor_id``. Refuses a link that would put the task
    in a loop, naming the tasks in it. Returns the lag of the link it replaced, or None."""
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
        waits_for = s.scalars(select(TaskDependency.predecessor_id)
                              .where(TaskDependency.task_id == task_id))
        field_rules.check_predecessors(s, task.initiative_id, task_id,
                                       [*waits_for, predecessor_id])
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
