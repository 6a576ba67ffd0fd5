"""The method's clocks, each defined once, on the workspace's working calendar.

* 24 hours are 24 clock hours, whatever the calendar says (a problem reported on Friday
  at 16:00 that is urgent is due on Saturday at 16:00).
* N working days end at the close of the N-th working day after the day of the report
  (a report on Friday that is important, 3 working days, is due at the end of Wednesday);
  the close of a day is written 23:59.
* Each kind's due: a meeting's minutes 24 h after it ends; a problem by its urgency (urgent
  24 h, important 3, routine 5 working days) from its report; a risk notice 24 h after the
  delay was first seen; a resource request's answer 2 working days after it was made;
  collaboration and change requests by the date typed in.

Every view, print, export, rule and the command line ask here, so none can disagree.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from app.i18n import tr
from app.register.kinds import CLOSED, Kind
from app.schedule.calendar import WorkCalendar

DAY_HOURS = dt.timedelta(hours=24)
CLOSE_OF_DAY = dt.time(23, 59)
URGENCY_WORKING_DAYS = {"important": 3, "routine": 5}
ANSWER_WORKING_DAYS = 2
RISK_NOTICE_AFTER = 2  # working days late before a task owes a risk notice


def now() -> dt.datetime:
    """The moment the clocks are read at when none is given, to the minute. Every default
    "now" of the register comes from here, so a test can set the one clock the register
    reads (as the demo workspace is dated as of one day)."""
    return dt.datetime.now().replace(second=0, microsecond=0)


def after_hours(start: dt.datetime, hours: int = 24) -> dt.datetime:
    return start + dt.timedelta(hours=hours)


def close_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, CLOSE_OF_DAY)


def nth_working_day_after(cal: WorkCalendar, day: dt.date, n: int) -> dt.date:
    """The N-th working day after ``day`` (``day`` itself never counts, working or not)."""
    # finish_index(day) working days lie on or before ``day``: the next working day has
    # that many before it.
    return cal.date_at(cal.finish_index(day) + n - 1)


def after_working_days(cal: WorkCalendar, start: dt.datetime, n: int) -> dt.datetime:
    """The close of the N-th working day after the day of ``start``."""
    return close_of(nth_working_day_after(cal, start.date(), n))


def problem_due(cal: WorkCalendar, reported_at: dt.datetime | None,
                urgency: str | None) -> dt.datetime | None:
    """The end of a problem's urgency clock, whatever its status."""
    if reported_at is None or urgency is None:
        return None
    if urgency == "urgent":
        return after_hours(reported_at)
    return after_working_days(cal, reported_at, URGENCY_WORKING_DAYS[urgency])


def discussion_due(reported_at: dt.datetime | None) -> dt.datetime | None:
    """The lead department owes a discussion within 24 hours of the report."""
    return after_hours(reported_at) if reported_at is not None else None


def minutes_due(starts_at: dt.datetime | None, ends_at: dt.datetime | None) -> dt.datetime | None:
    end = ends_at or starts_at
    return after_hours(end) if end is not None else None


def risk_notice_due(seen_at: dt.datetime | None) -> dt.datetime | None:
    return after_hours(seen_at) if seen_at is not None else None


def answer_due(cal: WorkCalendar, requested_at: dt.datetime | None) -> dt.datetime | None:
    if requested_at is None:
        return None
    return after_working_days(cal, requested_at, ANSWER_WORKING_DAYS)


def action_due(due: dt.date | None) -> dt.datetime | None:
    """An action item is due at the close of its due day."""
    return close_of(due) if due is not None else None


@dataclass(frozen=True)
class ClockInput:
    """What an item's clock depends on, read from its row."""

    kind: str
    status: str
    opened_at: dt.datetime | None
    ends_at: dt.datetime | None = None
    due_at: dt.datetime | None = None
    sent_at: dt.datetime | None = None
    urgency: str | None = None
    answer: str | None = None
    decision: str | None = None


@dataclass(frozen=True)
class Clock:
    due: dt.datetime | None
    running: bool  # something is still owed (minutes, a solution, an answer, a decision)
    overdue: bool


def item_clock(cal: WorkCalendar, item: ClockInput, now: dt.datetime) -> Clock:
    kind = Kind(item.kind)
    closed = item.status in CLOSED
    if kind is Kind.MEETING:
        due = minutes_due(item.opened_at, item.ends_at)
        running = item.sent_at is None and not closed
    elif kind is Kind.PROBLEM:
        due = problem_due(cal, item.opened_at, item.urgency)
        running = not closed
    elif kind is Kind.RISK:
        due = risk_notice_due(item.opened_at)
        running = item.sent_at is None and item.status == "open"
    elif kind is Kind.RESOURCE:
        due = answer_due(cal, item.opened_at)
        running = item.answer is None and item.status == "open"
    elif kind is Kind.COLLABORATION:
        due = item.due_at
        running = item.status in ("open", "approved")
    else:
        due = item.due_at
        running = item.decision is None and not closed
    return Clock(due, running, running and due is not None and now > due)


def working_days_overdue(cal: WorkCalendar, due: dt.datetime, now: dt.datetime) -> int:
    """Working days after the day ``due`` falls on, up to and including today."""
    return cal.working_days_late(due.date(), now.date())


def due_text(cal: WorkCalendar, clock: Clock, now: dt.datetime, lang: str | None = None) -> str:
    """"due in 5 h", "due Wed 3-11" or "overdue by 2 working days" (empty when nothing is
    owed)."""
    due = clock.due
    if due is None or not clock.running:
        return ""
    if now > due:
        days = working_days_overdue(cal, due, now)
        if days == 1:
            return tr("register.due.overdue_day", lang)
        if days > 1:
            return tr("register.due.overdue_days", lang, days=days)
        hours = max(1, math.floor((now - due).total_seconds() / 3600))
        return tr("register.due.overdue_hours", lang, hours=hours)
    left = due - now
    if left <= DAY_HOURS:
        hours = math.floor(left.total_seconds() / 3600)
        if hours < 1:
            return tr("register.due.within_hour", lang)
        return tr("register.due.in_hours", lang, hours=hours)
    weekday = tr(f"register.weekday.{due.weekday()}", lang)
    return tr("register.due.on", lang, weekday=weekday, month=due.month, day=due.day)
