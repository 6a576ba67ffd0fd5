"""The report's content as of a moment, read from the workspace.

Every figure comes from the one definition the rest of the program uses: "late" is the
schedule's ``overdue`` warning (``app.schedule.warnings``) and its days are the working
calendar's ``working_days_late``; the milestone on-time rate is
``app.schedule.metrics``; the forecast is ``app.schedule.forecast.forecast_of`` on the
schedule computed from the status date (the report's day), as the Gantt tab and Form 4
state it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from app.errors import UserError
from app.report import week
from app.report.content import TRACKED, Change, Forecast, Milestones, ReportContent, TaskLine
from app.report.keeping import previous_in
from app.report.recipients import recipients_in
from app.report.register_blocks import register_blocks
from app.schedule import engine
from app.schedule.bulk import gc_paused
from app.schedule.data import TaskData
from app.schedule.forecast import InitiativeForecast, forecast_of
from app.schedule.loader import load_all
from app.schedule.metrics import tracking_metrics_in
from app.schedule.warnings import TaskWarning, plan_warnings
from app.store.models import Initiative, Setting, Task
from app.store.workspace import Workspace


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def tracked(task: TaskData) -> dict[str, Any]:
    """The fields "changed since the previous report" compares, as the report keeps them."""
    return {"name": task.name, "planned_start": _iso(task.planned_start),
            "planned_finish": _iso(task.planned_finish),
            "actual_start": _iso(task.actual_start), "actual_finish": _iso(task.actual_finish),
            "status": task.status, "percent": task.percent}


def changes_between(before: dict[int, dict[str, Any]],
                    after: dict[int, dict[str, Any]]) -> tuple[Change, ...]:
    """Tasks new, removed, or whose dates, status or % complete moved, in ``after``'s order
    (the removed ones last, in ``before``'s)."""
    found: list[Change] = []
    for task_id, now in after.items():
        then = before.get(task_id)
        if then is None:
            found.append(Change(task_id, now["name"], "new"))
            continue
        moved = tuple((key, then.get(key), now.get(key)) for key in TRACKED
                      if key != "name" and then.get(key) != now.get(key))
        if moved:
            found.append(Change(task_id, now["name"], "changed", moved))
    found += [Change(task_id, then["name"], "removed")
              for task_id, then in before.items() if task_id not in after]
    return tuple(found)


def _kept(fc: InitiativeForecast) -> Forecast:
    """The forecast in the shape a kept report stores it."""
    return Forecast(fc.status_date, fc.forecast_finish, fc.baseline_finish,
                    fc.target_finish, fc.slip_days)


def _upcoming(task: TaskData, first: dt.date, last: dt.date) -> bool:
    return any(day is not None and first <= day <= last
               for day in (task.planned_start, task.due))


@gc_paused()
def build_content(ws: Workspace, initiative_id: int, as_of: dt.datetime) -> ReportContent:
    """What the report as of ``as_of`` says. Raises ``UserError`` for a missing
    initiative, ``ScheduleCycleError`` when the links loop."""
    today = as_of.date()
    with ws.read() as s:
        ini = s.get(Initiative, initiative_id)
        if ini is None:
            raise UserError("error.initiative.missing", id=initiative_id)
        org = s.scalar(select(Setting.value).where(Setting.key == "organisation")) or ""
        notes = {tid: (issue, counter) for tid, issue, counter in s.execute(
            select(Task.id, Task.issue, Task.countermeasure)
            .where(Task.initiative_id == initiative_id))}
        metrics = tracking_metrics_in(s, initiative_id, today)
        recipients = recipients_in(s, initiative_id)
        previous = previous_in(s, initiative_id, as_of)
        name = ini.name
    plan, cal, baseline, target = load_all(ws, initiative_id)
    schedule = engine.compute(plan, cal, default_start=today, status_date=today)
    warnings = plan_warnings(plan, schedule, cal, today)

    def line(task: TaskData, days_late: int = 0) -> TaskLine:
        issue, counter = notes.get(task.id, ("", ""))
        return TaskLine(task.id, task.name, task.owner_name, task.department_name,
                        task.planned_start, task.planned_finish, task.actual_finish,
                        task.percent, task.status, task.milestone, days_late, issue, counter)

    first, last = week.week_start(today), week.week_end(today)
    next_first, next_last = week.next_weeks(today)
    done, due, late, upcoming = [], [], [], []
    for task in plan.tasks:
        if task.actual_finish is not None and first <= task.actual_finish <= today:
            done.append(line(task))
        if task.done:
            continue
        if TaskWarning.OVERDUE in warnings.get(task.id, ()):
            assert task.due is not None
            late.append(line(task, cal.working_days_late(task.due, today)))
        elif task.due is not None and first <= task.due <= last:
            due.append(line(task))
        if _upcoming(task, next_first, next_last):
            upcoming.append(line(task))
    upcoming.sort(key=lambda t: (t.planned_finish or t.planned_start or dt.date.max,
                                 t.planned_start or dt.date.max))
    late.sort(key=lambda t: -t.days_late)
    snapshot = {task.id: tracked(task) for task in plan.tasks}
    return ReportContent(
        initiative_id=initiative_id, initiative=name, organisation=org,
        as_of=as_of.replace(second=0, microsecond=0),
        forecast=_kept(forecast_of(plan, cal, schedule, baseline, target, today)),
        done=tuple(done), due=tuple(due), late=tuple(late), upcoming=tuple(upcoming),
        milestones=Milestones(metrics.milestones_due, metrics.milestones_on_time,
                              metrics.on_time_rate),
        blocks=register_blocks(ws, initiative_id, as_of),
        changes=changes_between(previous.tasks, snapshot) if previous is not None else (),
        previous_as_of=previous.as_of if previous is not None else None,
        recipients=recipients, tasks=snapshot)
