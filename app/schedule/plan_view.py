"""Everything a schedule view paints, computed once per change: the plan, the calendar,
the engine's results and the warnings. A plan whose links loop still shows — without
early/late dates — and carries the cycle error so the view can say which tasks loop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.schedule import engine
from app.schedule.bulk import gc_paused
from app.schedule.calendar import WorkCalendar
from app.schedule.data import Plan
from app.schedule.loader import load
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

    @classmethod
    def empty(cls, today: dt.date | None = None) -> Snapshot:
        return cls(Plan(0, (), ()), WorkCalendar(), today or dt.date.today())

    def timing(self, task_id: int) -> engine.Timing | None:
        return self.schedule.timings.get(task_id) if self.schedule else None

    def is_critical(self, task_id: int) -> bool:
        t = self.timing(task_id)
        return bool(t and t.critical)


@gc_paused()
def take(ws: Workspace, initiative_id: int | None, today: dt.date | None = None) -> Snapshot:
    today = today or dt.date.today()
    if initiative_id is None:
        return Snapshot.empty(today)
    plan, cal = load(ws, initiative_id)
    return from_plan(plan, cal, today)


@gc_paused()
def from_plan(plan: Plan, cal: WorkCalendar, today: dt.date) -> Snapshot:
    try:
        sched = engine.compute(plan, cal, default_start=today)
    except engine.ScheduleCycleError as err:
        return Snapshot(plan, cal, today, None, err, plan_warnings(plan, None, cal, today))
    return Snapshot(plan, cal, today, sched, None, plan_warnings(plan, sched, cal, today))
