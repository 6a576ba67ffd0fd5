"""Figures of the plan-and-tracking summary: how many milestones came in on time and how
many tasks are late. Both rest on ``app.schedule.variance``, the same variance Form 4 shows
(against the reference baseline when there is one), so the summary and the table never
disagree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.schedule.loader import connection_of
from app.schedule.variance import basis_in
from app.store.models import Task
from app.store.workspace import Workspace


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


def tracking_metrics_in(session: Session, initiative_id: int,
                        today: dt.date | None = None) -> TrackingMetrics:
    today = today or dt.date.today()
    tasks = list(session.scalars(select(Task).where(Task.initiative_id == initiative_id)))
    basis = basis_in(connection_of(session), initiative_id, today)
    milestones = due = on_time = late = late_open = 0
    for t in tasks:
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
    return TrackingMetrics(milestones, due, on_time, len(tasks), late, late_open)


def tracking_metrics(ws: Workspace, initiative_id: int,
                     today: dt.date | None = None) -> TrackingMetrics:
    with ws.read() as s:
        return tracking_metrics_in(s, initiative_id, today)
