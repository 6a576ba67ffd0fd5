"""Everything a schedule view paints, computed once per change: the plan, the calendar,
the reference baseline, the engine's forecast from the status date and the warnings. A
plan whose links loop still shows — without early/late dates — and carries the cycle error
so the view can say which tasks loop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.schedule import engine
from app.schedule.bulk import gc_paused
from app.schedule.calendar import WorkCalendar
from app.schedule.data import BaselineRef, Plan
from app.schedule.forecast import InitiativeForecast, forecast_of
from app.schedule.loader import load_all
from app.schedule.warnings import TaskWarning, plan_warnings
from app.store.workspace import Workspace


@dataclass(frozen=True)
class Snapshot:
    plan: Plan
    calendar: WorkCalendar
    today: dt.date
    schedule: engine.Schedule | None = None
    cycle: engine.ScheduleCycleError | None = None
    warnings: dict[int, tuple[TaskWarning, ...]] = field(default_factory=dict)
    baseline: BaselineRef | None = None
    target: dt.date | None = None
    status_date: dt.date | None = None  # None: today

    @classmethod
    def empty(cls, today: dt.date | None = None) -> Snapshot:
        return cls(Plan(0, (), ()), WorkCalendar(), today or dt.date.today())

    def timing(self, task_id: int) -> engine.Timing | None:
        return self.schedule.timings.get(task_id) if self.schedule else None

    def is_critical(self, task_id: int) -> bool:
        t = self.timing(task_id)
        return bool(t and t.critical)

    @property
    def status(self) -> dt.date:
        return self.status_date or self.today

    def forecast(self) -> InitiativeForecast:
        return forecast_of(self.plan, self.calendar, self.schedule, self.baseline, self.target,
                           self.status)


@gc_paused()
def take(ws: Workspace, initiative_id: int | None, today: dt.date | None = None,
         status_date: dt.date | None = None) -> Snapshot:
    """The snapshot of ``initiative_id`` on ``today``, forecast from ``status_date`` (today
    when None)."""
    today = today or dt.date.today()
    if initiative_id is None:
        return Snapshot.empty(today)
    loaded = load_all(ws, initiative_id)
    return from_plan(loaded.plan, loaded.calendar, today, loaded.baseline, loaded.target,
                     status_date)


@gc_paused()
def from_plan(plan: Plan, cal: WorkCalendar, today: dt.date, baseline: BaselineRef | None = None,
              target: dt.date | None = None, status_date: dt.date | None = None) -> Snapshot:
    status = status_date or today
    try:
        sched = engine.compute(plan, cal, default_start=today, status_date=status)
    except engine.ScheduleCycleError as err:
        return Snapshot(plan, cal, today, None, err, plan_warnings(plan, None, cal, today),
                        baseline, target, status_date)
    return Snapshot(plan, cal, today, sched, None, plan_warnings(plan, sched, cal, today),
                    baseline, target, status_date)
