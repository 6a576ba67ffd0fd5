"""Plain, detached records of an initiative's tasks: what the engine and the views read.

They hold names as well as ids so a view can paint 5,000 rows without going back to the
database, and they are immutable so a painted frame can never see a half-changed task.
They are named tuples, not frozen dataclasses: the loader builds 5,000 of them straight
from SQLite's row tuples in C, where a frozen dataclass pays a Python ``__setattr__`` per
field (about 30 ms a plan).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from app.forms.choices import TaskStatus

# Read in hot properties: an enum member's ``.value`` goes through a descriptor each time.
_DONE = TaskStatus.DONE.value


class Link(NamedTuple):
    """Finish-to-start: ``task_id`` may start ``lag_days`` working days after
    ``predecessor_id`` finishes (a negative lag lets it overlap)."""

    predecessor_id: int
    task_id: int
    lag_days: int = 0


class TaskData(NamedTuple):
    id: int
    name: str
    position: int = 0
    planned_start: dt.date | None = None
    planned_finish: dt.date | None = None
    actual_start: dt.date | None = None
    actual_finish: dt.date | None = None
    percent: int = 0
    status: str = TaskStatus.NOT_STARTED.value
    milestone: bool = False
    measure_id: int | None = None
    measure_name: str = ""
    measure_position: int = 0
    department_id: int | None = None
    department_name: str = ""
    owner_id: int | None = None
    owner_name: str = ""

    @property
    def done(self) -> bool:
        return self.status == _DONE or self.actual_finish is not None

    @property
    def due(self) -> dt.date | None:
        """The date the task is due: its planned finish, or a milestone's single date."""
        if self.planned_finish is not None:
            return self.planned_finish
        return self.planned_start if self.milestone else None


@dataclass(frozen=True)
class Plan:
    """One initiative's tasks and links, in the coordinator's order. ``by_id`` is built
    from ``tasks`` unless the caller already has it."""

    initiative_id: int
    tasks: tuple[TaskData, ...]
    links: tuple[Link, ...]
    by_id: dict[int, TaskData] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id.update({t.id: t for t in self.tasks})


class BaselineDates(NamedTuple):
    """One task's planned dates as a baseline saved them."""

    start: dt.date | None
    finish: dt.date | None
    milestone: bool = False


@dataclass(frozen=True)
class BaselineRef:
    """The reference baseline of an initiative, as the views and the variance read it."""

    id: int
    name: str
    saved_on: dt.date
    tasks: dict[int, BaselineDates] = field(default_factory=dict, compare=False)

    @property
    def finish(self) -> dt.date | None:
        """The baseline's finish: the latest finish (or milestone date) it saved."""
        days = [d.finish or d.start for d in self.tasks.values()]
        return max((d for d in days if d is not None), default=None)
