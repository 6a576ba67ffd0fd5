"""The report's calendar week: which moment a report is "as of" by default, which days
are "this week" and "the next two weeks", and when the Friday reminder shows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store.workspace import Workspace

FRIDAY = 4
DUE_HOUR = 17  # the method: every Friday 17:00
REMIND_FROM_HOUR = 15  # the status bar reminds from Friday 15:00
NEXT_WEEKS = 2


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def week_end(day: dt.date) -> dt.date:
    """The Sunday of ``day``'s week: a task due on a weekend belongs to that week."""
    return week_start(day) + dt.timedelta(days=6)


def default_as_of(now: dt.datetime) -> dt.datetime:
    """This week's Friday at 17:00, the moment the method sends the report."""
    friday = week_start(now.date()) + dt.timedelta(days=FRIDAY)
    return dt.datetime.combine(friday, dt.time(DUE_HOUR))


def next_weeks(day: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the two calendar weeks after ``day``'s week (下一步计划)."""
    first = week_end(day) + dt.timedelta(days=1)
    return first, first + dt.timedelta(days=7 * NEXT_WEEKS - 1)


def reminder_due(now: dt.datetime, made_this_week: bool) -> bool:
    """Whether the status bar says the week's report is still to be made: on Fridays from
    15:00 until the end of the day, while no report as of this week was kept."""
    return (not made_this_week and now.weekday() == FRIDAY
            and now.time() >= dt.time(REMIND_FROM_HOUR))


def made_this_week(ws: Workspace, initiative_id: int, now: dt.datetime) -> bool:
    """Whether a report as of ``now``'s week has been kept (``app.report.keeping``). Plain
    SQL: the status bar asks while the window starts, before the ORM is loaded. SQLAlchemy
    stores the moment as ISO text, which sorts as the moments do."""
    first = dt.datetime.combine(week_start(now.date()), dt.time())
    last = first + dt.timedelta(days=7)
    try:
        with ws.sql() as conn:
            found = conn.execute(
                "SELECT 1 FROM weekly_reports WHERE initiative_id = ? AND as_of >= ? "
                "AND as_of < ? LIMIT 1", (initiative_id, str(first), str(last))).fetchone()
    except sqlite3.OperationalError:  # a schema-3 file opened read-only: none kept
        return False
    return found is not None
