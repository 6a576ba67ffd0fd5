"""Dates ↔ pixels of the timeline, for the zoom levels from days to quarters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum


class Zoom(Enum):
    """Pixels per calendar day of each zoom level."""

    DAY = 30.0
    WEEK = 12.0
    MONTH = 4.0
    QUARTER = 1.4

    def zoomed(self, steps: int) -> Zoom:
        levels = list(Zoom)
        i = max(0, min(len(levels) - 1, levels.index(self) + steps))
        return levels[i]


@dataclass(frozen=True)
class TimeScale:
    origin: dt.date  # x = 0 is the start of this day
    px_per_day: float

    def x(self, day: dt.date) -> float:
        return (day - self.origin).days * self.px_per_day

    def x_end(self, day: dt.date) -> float:
        """x of the end of ``day``."""
        return self.x(day) + self.px_per_day

    def day_at(self, x: float) -> dt.date:
        return self.origin + dt.timedelta(days=int(x // self.px_per_day))

    def nearest_day_start(self, x: float) -> dt.date:
        return self.origin + dt.timedelta(days=round(x / self.px_per_day))

    def width(self, last: dt.date) -> int:
        return int(self.x_end(last)) + 1


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_quarter(day: dt.date) -> dt.date:
    q = quarter_start(day)
    return dt.date(q.year + (q.month == 10), (q.month + 2) % 12 + 1, 1)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())
