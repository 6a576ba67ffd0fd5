"""One initiative's schedule as plain records: what ``crossdesk-cli schedule`` prints and
what an export or a printed sheet can reuse."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.schedule import engine
from app.schedule.bulk import gc_paused
from app.schedule.loader import load
from app.schedule.warnings import plan_warnings
from app.store.workspace import Workspace


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class ScheduleReport:
    tasks: list[dict[str, object]]
    start: dt.date | None
    finish: dt.date | None
    today: dt.date

    def as_json(self) -> dict[str, object]:
        return {"tasks": self.tasks}


@gc_paused()
def build_report(ws: Workspace, initiative_id: int, today: dt.date) -> ScheduleReport:
    """Raises ``ScheduleCycleError`` when the links loop. Built with the collector paused,
    as a snapshot is (see app.schedule.bulk): its full collections walked the whole
    growing plan again and again, and grew faster than the plan."""
    plan, cal = load(ws, initiative_id)
    sched = engine.compute(plan, cal, default_start=today)
    warns = plan_warnings(plan, sched, cal, today)
    rows: list[dict[str, object]] = []
    for task in plan.tasks:
        t = sched.timings[task.id]
        rows.append({
            "id": task.id,
            "name": task.name,
            "planned_start": _iso(task.planned_start),
            "planned_finish": _iso(task.planned_finish),
            "early_start": _iso(t.early_start),
            "early_finish": _iso(t.early_finish),
            "late_start": _iso(t.late_start),
            "late_finish": _iso(t.late_finish),
            "slack_days": t.slack_days,
            "critical": t.critical,
            "warnings": [w.value for w in warns.get(task.id, ())],
        })
    return ScheduleReport(rows, sched.start, sched.finish, today)
