"""Where the initiative is heading: its forecast finish from the status date, beside its
target (Form 1's latest planned completion) and its reference baseline's finish.

``initiative_forecast`` is the one entry point for every view, print, export and report
that states the initiative's slip; ``forecast_of`` does the same on what a view has
already loaded, and ``slip_line`` words it ("上市发布会 预计 2026-04-21，比基准晚 8 个工作日").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.i18n import tr
from app.schedule import engine
from app.schedule.bulk import gc_paused
from app.schedule.calendar import WorkCalendar
from app.schedule.data import BaselineRef, Plan
from app.schedule.loader import load_all
from app.store.workspace import Workspace


@dataclass(frozen=True)
class InitiativeForecast:
    """The initiative's finish as forecast on ``status_date``.

    - ``forecast_finish``: the latest early finish of its tasks and milestones, forecast
      from the status date (None for a plan without tasks, or whose links loop);
      ``finish_task`` names the task or milestone that finishes then.
    - ``baseline_finish``: the reference baseline's latest saved finish, else None.
    - ``target_finish``: Form 1's latest planned completion date, else None.
    - ``slip_days``: working days from ``baseline_finish`` (else ``target_finish``) to
      ``forecast_finish``, negative when early; None when there is nothing to compare.
    """

    status_date: dt.date
    forecast_finish: dt.date | None
    baseline_finish: dt.date | None
    target_finish: dt.date | None
    slip_days: int | None
    finish_task: str = ""
    baseline_name: str = ""

    @property
    def against_baseline(self) -> bool:
        return self.baseline_finish is not None

    def as_json(self) -> dict[str, object]:
        def iso(day: dt.date | None) -> str | None:
            return day.isoformat() if day else None

        return {"status_date": self.status_date.isoformat(),
                "forecast_finish": iso(self.forecast_finish),
                "baseline_finish": iso(self.baseline_finish),
                "target_finish": iso(self.target_finish),
                "slip_days": self.slip_days}


def working_days_between(cal: WorkCalendar, frm: dt.date, to: dt.date) -> int:
    """Working days from the end of ``frm`` to the end of ``to``; negative when ``to`` is
    before ``frm``: how many working days later ``to`` finishes."""
    return cal.finish_index(to) - cal.finish_index(frm)


def forecast_of(plan: Plan, cal: WorkCalendar, schedule: engine.Schedule | None,
                baseline: BaselineRef | None, target: dt.date | None,
                status_date: dt.date) -> InitiativeForecast:
    """The forecast of a plan already computed with ``status_date``."""
    finish, name = None, ""
    if schedule is not None:
        for task in plan.tasks:  # the last to finish; a milestone wins a tie
            t = schedule.timings.get(task.id)
            if t is None:
                continue
            if finish is None or t.early_finish > finish or (
                    t.early_finish == finish and task.milestone):
                finish, name = t.early_finish, task.name
    base = baseline.finish if baseline is not None else None
    compare = base or target
    slip = None
    if finish is not None and compare is not None:
        slip = working_days_between(cal, compare, finish)
    return InitiativeForecast(status_date, finish, base, target, slip, name,
                              baseline.name if baseline is not None else "")


@gc_paused()
def initiative_forecast(ws: Workspace, initiative_id: int,
                        status_date: dt.date | None = None) -> InitiativeForecast:
    """The initiative's forecast summary on ``status_date`` (today when None): status date,
    forecast finish, reference-baseline finish, target finish and slip in working days.

    The one definition of the initiative's slip: the Gantt tab, Form 4, the command line
    and the weekly report all read it from here. A plan whose links loop has no forecast
    finish (and so no slip)."""
    status = status_date or dt.date.today()
    loaded = load_all(ws, initiative_id, names=False)
    try:
        sched = engine.compute(loaded.plan, loaded.calendar, default_start=status,
                               status_date=status)
    except engine.ScheduleCycleError:
        sched = None
    return forecast_of(loaded.plan, loaded.calendar, sched, loaded.baseline, loaded.target,
                       status)


def slip_line(fc: InitiativeForecast, lang: str | None = None) -> str:
    """One line saying the initiative will finish late, or "" when it is on time (or there
    is nothing to compare with)."""
    if fc.slip_days is None or fc.slip_days <= 0 or fc.forecast_finish is None:
        return ""
    key = "forecast.slip.baseline" if fc.against_baseline else "forecast.slip.target"
    return tr(key, lang, name=fc.finish_task, date=fc.forecast_finish.isoformat(),
              days=fc.slip_days)
