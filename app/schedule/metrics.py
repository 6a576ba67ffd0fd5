"""Figures of the plan-and-tracking summary: how many milestones came in on time and how
many tasks are late. Both rest on ``app.forms.derived.variance_days``, the same variance Form 4
shows, so the summary and the table never disagree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.forms import derived
from app.store.models import Task
from app.store.workspace import Workspace


@dataclass(frozen=True)
class TrackingMetrics:
    """Milestone punctuality and lateness of one initiative on a given day.

    - A milestone is **due** once it is finished or its planned finish has passed; a
      milestone without a planned finish is never due (there is nothing to be on time for).
    - A due milestone is **on time** when it finished on or before its planned finish
      (variance ≤ 0). A due milestone still unfinished is not on time.
    - A task is **late** when its variance is positive: it finished after its planned
      finish, or it is unfinished and its planned finish has passed. ``late_open`` counts
      the latter, the ones that still need someone to act.
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
    milestones = due = on_time = late = late_open = 0
    for t in tasks:
        variance = derived.variance_days(t.planned_finish, t.actual_finish, today)
        if variance is not None and variance > 0:
            late += 1
            if t.actual_finish is None:
                late_open += 1
        if not t.milestone:
            continue
        milestones += 1
        if t.planned_finish is None:
            continue
        if t.actual_finish is not None or today > t.planned_finish:
            due += 1
            if t.actual_finish is not None and variance is not None and variance <= 0:
                on_time += 1
    return TrackingMetrics(milestones, due, on_time, len(tasks), late, late_open)


def tracking_metrics(ws: Workspace, initiative_id: int,
                     today: dt.date | None = None) -> TrackingMetrics:
    with ws.read() as s:
        return tracking_metrics_in(s, initiative_id, today)
