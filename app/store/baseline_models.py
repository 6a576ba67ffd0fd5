"""Baselines: named, dated copies of an initiative's planned dates, kept so that moving a
task in the weekly meeting never hides how far it moved from what was agreed.

Their own module so the core models stay as they were; ``app.store.models`` imports it at
its end so that ``Base.metadata`` (create_all, row snapshots, the schema check) knows both
tables.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.model_base import Base, _now


class Baseline(Base):
    """One saved copy of the plan of an initiative. ``reference`` marks the one Form 4's
    variance, the late count and the Gantt's grey bars measure against: the first saved,
    until the coordinator picks another."""

    __tablename__ = "baselines"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    saved_on: Mapped[dt.date] = mapped_column(Date)
    reference: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class BaselineTask(Base):
    """One task's planned dates as the baseline saved them. Deleting the task deletes this
    row with it (and a row snapshot brings it back when the deletion is undone)."""

    __tablename__ = "baseline_tasks"
    baseline_id: Mapped[int] = mapped_column(
        ForeignKey("baselines.id", ondelete="CASCADE"), primary_key=True
    )
    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    start: Mapped[dt.date | None] = mapped_column(Date)
    finish: Mapped[dt.date | None] = mapped_column(Date)
    milestone: Mapped[bool] = mapped_column(Boolean, default=False)
