"""Figures of the plan-and-tracking summary: how many milestones came in on time and how
many tasks are late. Both rest on ``app.schedule.variance``, the same variance Form 4 shows
(against the reference baseline when there is one), so the summary and the table never
disagree."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.schedule import engine
from app.schedule.bulk import gc_paused
from app.schedule.data import TaskData
from app.schedule.forecast import InitiativeForecast, forecast_of
from app.schedule.loader import connection_of, load_all_in
from app.schedule.variance import VarianceBasis, basis_of
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class TrackingMetrics:
    """Milestone punctuality and lateness of one initiative on a given day.

    Each task is held to its reference finish: its finish in the reference baseline when
    there is one and it has one, else its planned finish (``VarianceBasis``).

    - A milestone is **due** once it is finished or its reference finish has passed; a
      milestone without one is never due (there is nothing to be on time for).
    - A due milestone is **on time** when it finished on or before its reference finish
      (variance ≤ 0). A due milestone still unfinished is not on time.
    - A task is **late** when its variance is positive: against the plan, it finished
      after its planned finish, or it is unfinished and its planned finish has passed;
      against a baseline, its actual or forecast finish is after the baseline's.
      ``late_open`` counts the unfinished ones, which still need someone to act.
    """

    milestones: int
    milestones_due: int
    milestones_on_time: int
    tasks: int
    late_tasks: int
    late_open: int

    @property
    def on_time_rate(self) -> float | None:
        """Share of due milestones on time, 0–1; None while no milestone is due yet."""
        if self.milestones_due == 0:
            return None
        return self.milestones_on_time / self.milestones_due


def metrics_of(tasks: Iterable[TaskData], basis: VarianceBasis) -> TrackingMetrics:
    """The figures of ``tasks`` held to ``basis`` (see ``TrackingMetrics``)."""
    today = basis.today
    count = milestones = due = on_time = late = late_open = 0
    for t in tasks:
        count += 1
        variance = basis.variance(t.id, t.planned_finish, t.actual_finish)
        if variance is not None and variance > 0:
            late += 1
            if t.actual_finish is None:
                late_open += 1
        if not t.milestone:
            continue
        milestones += 1
        reference = basis.reference_finish(t.id, t.planned_finish)
        if reference is None:
            continue
        if t.actual_finish is not None or today > reference:
            due += 1
            if t.actual_finish is not None and variance is not None and variance <= 0:
                on_time += 1
    return TrackingMetrics(milestones, due, on_time, count, late, late_open)


def _summary_in(conn: sqlite3.Connection, initiative_id: int,
                today: dt.date) -> tuple[TrackingMetrics, InitiativeForecast]:
    loaded = load_all_in(conn, initiative_id, names=False)
    try:
        sched = engine.compute(loaded.plan, loaded.calendar, default_start=today,
                               status_date=today)
    except engine.ScheduleCycleError:
        sched = None
    basis = basis_of(loaded.plan, loaded.calendar, loaded.baseline, today, sched)
    return (metrics_of(loaded.plan.tasks, basis),
            forecast_of(loaded.plan, loaded.calendar, sched, loaded.baseline, loaded.target,
                        today))


def tracking_metrics_in(session: Session, initiative_id: int,
                        today: dt.date | None = None) -> TrackingMetrics:
    return _summary_in(connection_of(session), initiative_id, today or dt.date.today())[0]


def tracking_metrics(ws: Workspace, initiative_id: int,
                     today: dt.date | None = None) -> TrackingMetrics:
    return tracking_summary(ws, initiative_id, today)[0]


@gc_paused()
def tracking_summary(ws: Workspace, initiative_id: int, today: dt.date | None = None
                     ) -> tuple[TrackingMetrics, InitiativeForecast]:
    """The figures and the initiative's forecast from ``today`` (the status date), from
    one read of the plan: what the bar above Form 4 shows after every edit of a task."""
    with ws.sql() as conn:
        return _summary_in(conn, initiative_id, today or dt.date.today())
