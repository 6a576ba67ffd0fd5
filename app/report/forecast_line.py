"""The report's one line about when the initiative will finish.

The forecast from the status date and the baseline belong to "Baselines and a forecast
from the status date" (``app.schedule.forecast.initiative_forecast``). Until it is here,
this stands in for it with what the schedule already knows; the report calls nothing else
for these figures, so switching over is a change of this function only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.report.content import Forecast
from app.schedule import engine
from app.schedule.calendar import WorkCalendar
from app.schedule.data import Plan
from app.store.models import Goal
from app.store.workspace import Workspace


def forecast_line(ws: Workspace, initiative_id: int, status_date: dt.date,
                  plan: Plan, cal: WorkCalendar, schedule: engine.Schedule) -> Forecast:
    """The forecast finish against the target and baseline, as of ``status_date``.

    Will call ``initiative_forecast(ws, initiative_id, status_date)`` (status_date,
    forecast_finish, baseline_finish, target_finish, slip_days). For now: the schedule's
    early finish of the initiative's last task as the forecast, Form 1's latest goal due
    date as the target, no baseline, and the slip in working days past the target (0 when
    on or before it, None when either date is unknown). ``plan``, ``cal`` and ``schedule``
    are the ones the report already read, passed so that they are not read twice.
    """
    with ws.read() as s:
        target = s.scalar(select(func.max(Goal.due_date))
                          .where(Goal.initiative_id == initiative_id))
    forecast = schedule.finish if plan.tasks else None
    slip = None
    if forecast is not None and target is not None:
        slip = cal.working_days_late(target, forecast)
    return Forecast(status_date, forecast, None, target, slip)
