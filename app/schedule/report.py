"""One initiative's schedule as plain records: what ``crossdesk-cli schedule`` prints and
what an export or a printed sheet can reuse."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.schedule import engine
from app.schedule.bulk import gc_paused
from app.schedule.forecast import InitiativeForecast, forecast_of
from app.schedule.loader import load_all
from app.schedule.variance import basis_of
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
    forecast: InitiativeForecast | None = None

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"tasks": self.tasks}
        if self.forecast is not None:
            out["initiative"] = self.forecast.as_json()
        return out


@gc_paused()
def build_report(ws: Workspace, initiative_id: int, today: dt.date) -> ScheduleReport:
    """The schedule forecast from ``today`` (the status date). Raises ``ScheduleCycleError``
    when the links loop. Built with the collector paused, as a snapshot is (see
    app.schedule.bulk): its full collections walked the whole growing plan again and again,
    and grew faster than the plan."""
    plan, cal, baseline, target = load_all(ws, initiative_id, names=False)
    sched = engine.compute(plan, cal, default_start=today, status_date=today)
    warns = plan_warnings(plan, sched, cal, today)
    basis = basis_of(plan, cal, baseline, today, sched)
    rows: list[dict[str, object]] = []
    for task in plan.tasks:
        t = sched.timings[task.id]
        saved = basis.saved(task.id)
        rows.append({
            "id": task.id,
            "name": task.name,
            "planned_start": _iso(task.planned_start),
            "planned_finish": _iso(task.planned_finish),
            "early_start": _iso(t.early_start),
            "early_finish": _iso(t.early_finish),
            "late_start": _iso(t.late_start),
            "late_finish": _iso(t.late_finish),
            "forecast_start": _iso(t.early_start),
            "forecast_finish": _iso(t.early_finish),
            "baseline_start": _iso(saved.start) if saved else None,
            "baseline_finish": _iso(saved.finish) if saved else None,
            "finish_variance_days": basis.baseline_variance(task.id, task.actual_finish),
            "slack_days": t.slack_days,
            "critical": t.critical,
            "warnings": [w.value for w in warns.get(task.id, ())],
        })
    fc = forecast_of(plan, cal, sched, baseline, target, today)
    return ScheduleReport(rows, sched.start, sched.finish, today, fc)
