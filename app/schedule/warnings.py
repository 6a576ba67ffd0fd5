"""Warnings per task as of a given day — what the weekly meeting must look at.

* ``overdue``: not done and its due date has passed.
* ``due_soon`` (the early warning): critical, not done, and due within 72 hours. A task is
  due at the end of its due day and "now" is the start of ``today``, so a task due today,
  tomorrow or the day after is within 72 hours.
* ``risk_notice``: not done and more than 2 working days late — either already past its
  due date by that much, or pushed by its predecessors so that it can no longer finish
  within 2 working days of its plan. The method asks for a risk notice within 24 hours.
"""

from __future__ import annotations

import datetime as dt
import itertools
from enum import StrEnum

from app.schedule.calendar import WorkCalendar
from app.schedule.data import _DONE, Plan, TaskData
from app.schedule.engine import Schedule, Timing

EARLY_WARNING_DAYS = 2  # due today + 2 more days = less than 72 h from the start of today
RISK_NOTICE_AFTER = 2  # working days late


class TaskWarning(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    RISK_NOTICE = "risk_notice"


LATE, SOON = "late", "soon"


def severity(warnings: tuple[TaskWarning, ...] | frozenset[TaskWarning]) -> str | None:
    """How a task's warnings are shown: LATE (red) for an overdue task or one owing a risk
    notice, SOON (orange) for the early warning, None otherwise. Every view and print
    colours by this."""
    if TaskWarning.OVERDUE in warnings or TaskWarning.RISK_NOTICE in warnings:
        return LATE
    if TaskWarning.DUE_SOON in warnings:
        return SOON
    return None


def working_days_late(task: TaskData, timing: Timing | None, cal: WorkCalendar,
                      today: dt.date) -> int:
    """How far an unfinished task is behind its plan, in working days: the larger of the
    days since it was due and the slip its predecessors force on it."""
    due = task.due
    if task.done or due is None:
        return 0
    late = cal.working_days_late(due, today)
    if timing is not None:
        late = max(late, timing.ef - cal.finish_index(due))
    return late


def task_warnings(task: TaskData, timing: Timing | None, cal: WorkCalendar,
                  today: dt.date) -> tuple[TaskWarning, ...]:
    due = task.due
    if task.done or due is None:
        return ()
    found: list[TaskWarning] = []
    if today > due:
        found.append(TaskWarning.OVERDUE)
    if timing is not None and timing.critical and 0 <= (due - today).days <= EARLY_WARNING_DAYS:
        found.append(TaskWarning.DUE_SOON)
    if working_days_late(task, timing, cal, today) > RISK_NOTICE_AFTER:
        found.append(TaskWarning.RISK_NOTICE)
    return tuple(found)


# Every combination of (overdue, due soon, risk notice) as the shared tuple of warnings.
_FOUND = {
    flags: tuple(w for w, on in zip(TaskWarning, flags, strict=True) if on)
    for flags in itertools.product((False, True), repeat=3)
}


def plan_warnings(plan: Plan, schedule: Schedule | None, cal: WorkCalendar,
                  today: dt.date) -> dict[int, tuple[TaskWarning, ...]]:
    """Task id → its warnings; tasks without any are left out.

    The rules of ``task_warnings``, in one loop over 5,000 tasks with what does not
    change from task to task worked out once (a test holds the two to the same answers).
    """
    out = {}
    timings = schedule.timings if schedule else {}
    timing_of = timings.get
    finish_index = cal.finish_index
    today_end = finish_index(today)
    soon_until = today.toordinal() + EARLY_WARNING_DAYS
    for task in plan.tasks:
        if task.status == _DONE or task.actual_finish is not None:
            continue
        due = task.planned_finish
        if due is None:
            if not task.milestone or task.planned_start is None:
                continue
            due = task.planned_start
        timing = timing_of(task.id)
        due_end = finish_index(due)
        overdue = today > due
        late = today_end - due_end if overdue else 0
        soon = False
        if timing is not None:
            late = max(late, timing.ef - due_end)
            soon = timing.critical and today <= due and due.toordinal() <= soon_until
        if overdue or soon or late > RISK_NOTICE_AFTER:
            out[task.id] = _FOUND[overdue, soon, late > RISK_NOTICE_AFTER]
    return out
