"""Form 4's variance (偏差), defined once for the table, the late count, the milestone
on-time rate, the command line and every export.

Without a reference baseline the variance is ``app.forms.derived.variance_days``: against
the task's planned finish, in days, as it always was. With one, a task the baseline saved
is measured against the baseline instead, in working days: its actual finish, else its
forecast finish from the status date, minus its baseline finish. Moving a task's plan in
the weekly meeting then no longer hides how late it is against what was agreed. A task
added after the baseline has no baseline dates and keeps the plan's variance.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.forms import derived
from app.schedule import engine
from app.schedule.calendar import WorkCalendar
from app.schedule.data import BaselineDates, BaselineRef, Plan
from app.schedule.forecast import working_days_between
from app.schedule.loader import load_calendar, load_plan_in, load_reference_in


@dataclass(frozen=True)
class VarianceBasis:
    """What a variance is measured against on ``today`` (also the status date)."""

    today: dt.date
    baseline: BaselineRef | None = None
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    forecast_finish: Mapping[int, dt.date] = field(default_factory=dict)

    def saved(self, task_id: int) -> BaselineDates | None:
        """The task's dates in the reference baseline, or None."""
        return self.baseline.tasks.get(task_id) if self.baseline is not None else None

    def reference_finish(self, task_id: int, planned_finish: dt.date | None) -> dt.date | None:
        """The finish the task is held to: its baseline finish, else its planned finish."""
        saved = self.saved(task_id)
        if saved is None:
            return planned_finish
        return saved.finish or saved.start

    def baseline_variance(self, task_id: int, actual_finish: dt.date | None) -> int | None:
        """Working days from the baseline finish to the actual (else forecast) finish;
        None when the task has no baseline dates or no finish to compare."""
        saved = self.saved(task_id)
        if saved is None:
            return None
        due = saved.finish or saved.start
        end = actual_finish or self.forecast_finish.get(task_id)
        if due is None or end is None:
            return None
        return working_days_between(self.calendar, due, end)

    def variance(self, task_id: int, planned_finish: dt.date | None,
                 actual_finish: dt.date | None) -> int | None:
        """Form 4's variance: late (positive) or early (negative); None when there is none
        yet. Against the reference baseline when the task is in it, else the plan."""
        if self.saved(task_id) is not None:
            return self.baseline_variance(task_id, actual_finish)
        return derived.variance_days(planned_finish, actual_finish, self.today)


def basis_of(plan: Plan, cal: WorkCalendar, baseline: BaselineRef | None, today: dt.date,
             schedule: engine.Schedule | None = None) -> VarianceBasis:
    """The basis for a plan already loaded; ``schedule`` is its forecast from ``today`` when
    the caller has it (computed here otherwise, when there is a baseline)."""
    if baseline is None:
        return VarianceBasis(today)
    if schedule is None:
        try:
            schedule = engine.compute(plan, cal, default_start=today, status_date=today)
        except engine.ScheduleCycleError:
            return VarianceBasis(today, baseline, cal)
    finishes = {tid: t.early_finish for tid, t in schedule.timings.items()}
    return VarianceBasis(today, baseline, cal, finishes)


def basis_in(conn: sqlite3.Connection, initiative_id: int,
             today: dt.date | None = None) -> VarianceBasis:
    """The basis of an initiative, read on ``conn`` (see ``loader.connection_of``)."""
    today = today or dt.date.today()
    baseline = load_reference_in(conn, initiative_id)
    if baseline is None:
        return VarianceBasis(today)
    return basis_of(load_plan_in(conn, initiative_id), load_calendar(conn), baseline, today)
