"""What the printed Gantt chart shows, worked out once from the schedule snapshot: rows in
the tab's order (tasks under their measures), each task's spans in days from the chart's
origin, the links between rows, the shaded days, and the time header that fits the page.

Every date, warning, critical flag and slack comes from the ``Snapshot``; this module
only places them on a day axis, so paper says what the Gantt tab says.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from app.charts import palette
from app.i18n import tr
from app.schedule.calendar import MAKEUP
from app.schedule.data import TaskData
from app.schedule.engine import Timing
from app.schedule.plan_view import Snapshot
from app.schedule.view_rows import TaskFilter, bar_span, build_rows
from app.schedule.warnings import LATE, SOON, severity

ONE_DAY = dt.timedelta(days=1)
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec")


@dataclass(frozen=True)
class Bar:
    """A task's spans in days from the origin, ends exclusive."""

    start: int
    end: int
    milestone: bool
    critical: bool
    fill: str
    progress_fill: str
    percent: int
    actual: tuple[int, int] | None  # done so far: up to today while unfinished
    forecast: tuple[int, int] | None  # the engine's early dates, where they leave the plan
    slack: tuple[int, int] | None  # early finish to late finish of an unfinished task
    baseline: tuple[int, int] | None = None  # the reference baseline's days


@dataclass(frozen=True)
class ChartRow:
    label: str
    dates: str  # the planned dates as printed in their column; "" for a heading
    bar: Bar | None  # None: a measure's heading
    group: str  # the heading this row sits under, repeated when a page starts inside it


@dataclass(frozen=True)
class Link:
    pred_row: int
    task_row: int
    critical: bool


@dataclass(frozen=True)
class GanttPlan:
    rows: list[ChartRow]
    links: list[Link]
    origin: dt.date
    days: int
    today: int  # offset of today from the origin
    shading: list[tuple[int, int, int]]  # runs of days off: (first, end, kind)
    lang: str
    baseline_name: str = ""  # the reference baseline drawn under the bars, if any

    def date(self, offset: int) -> dt.date:
        return self.origin + dt.timedelta(days=offset)

    @cached_property
    def _links_by_top(self) -> tuple[list[int], list[Link]]:
        ordered = sorted(self.links, key=lambda ln: min(ln.pred_row, ln.task_row))
        return [min(ln.pred_row, ln.task_row) for ln in ordered], ordered

    def links_within(self, first: int, end: int) -> list[Link]:
        """The links with both ends in rows ``first`` … ``end - 1`` (one page), found
        without looking at every link of the plan on every page."""
        tops, ordered = self._links_by_top
        return [ln for ln in ordered[bisect_left(tops, first):bisect_left(tops, end)]
                if max(ln.pred_row, ln.task_row) < end]


def _dates_text(task: TaskData, long: bool) -> str:
    fmt = "%y-%m-%d" if long else "%m-%d"
    start, finish = task.planned_start, task.planned_finish
    if task.milestone or start is None or finish is None or start == finish:
        one = task.due or start
        return one.strftime(fmt) if one is not None else ""
    return f"{start.strftime(fmt)}–{finish.strftime(fmt)}"


def build_plan(snap: Snapshot, lang: str) -> GanttPlan:
    """The chart of ``snap``; an empty plan gives no rows."""
    rows = build_rows(snap.plan, TaskFilter(), group_by_measure=True)
    # One group with no measure at all: a lone "(no measure)" heading would say nothing.
    if len(rows) > 1 and sum(r.is_group for r in rows) == 1 and rows[0].group_id is None:
        rows = rows[1:]
    timing_of = (snap.schedule.timings if snap.schedule else {}).get
    today = snap.today
    tasks = [r.task for r in rows if r.task is not None]
    spans = {t.id: bar_span(t, timing_of(t.id), today) for t in tasks}
    days_seen = [today]
    for t in tasks:
        days_seen += spans[t.id]
        days_seen += [d for d in (t.actual_start, t.actual_finish) if d is not None]
        timing = timing_of(t.id)
        if timing is not None:
            days_seen += [timing.early_start, timing.early_finish, timing.late_finish]
        saved = snap.baseline.tasks.get(t.id) if snap.baseline is not None else None
        if saved is not None:
            days_seen += [d for d in (saved.start, saved.finish) if d is not None]
    lo, hi = min(days_seen), max(days_seen)
    pad = max(2, (hi - lo).days // 40)
    origin, last = lo - dt.timedelta(days=pad), hi + dt.timedelta(days=pad + 1)
    days = (last - origin).days + 1
    long_dates = lo.year != hi.year

    def off(day: dt.date) -> int:
        return (day - origin).days

    chart_rows: list[ChartRow] = []
    row_of: dict[int, int] = {}
    group = ""
    for r in rows:
        if r.task is None:
            group = r.group_name or tr("gantt.print.no_measure", lang)
            chart_rows.append(ChartRow(group, "", None, group))
            continue
        task = r.task
        row_of[task.id] = len(chart_rows)
        chart_rows.append(ChartRow(task.name, _dates_text(task, long_dates),
                                   _bar(snap, task, timing_of(task.id), spans[task.id], off),
                                   group))
    crit = snap.schedule.critical_links if snap.schedule else frozenset()
    links = [Link(row_of[p], row_of[t], (p, t) in crit) for p, t, _lag in snap.plan.links
             if p in row_of and t in row_of]
    return GanttPlan(chart_rows, links, origin, days, off(today),
                     snap.calendar.off_runs(origin, days), lang,
                     snap.baseline.name if snap.baseline is not None else "")


def _bar(snap: Snapshot, task: TaskData, t: Timing | None, span: tuple[dt.date, dt.date],
         off: Callable[[dt.date], int]) -> Bar:
    start, finish = span
    shown = severity(snap.warnings.get(task.id, ()))
    fill, progress = palette.gantt_bar_colours(task.done, shown == LATE, shown == SOON)
    if task.milestone and fill == palette.GANTT_BAR:
        fill = palette.GANTT_MILESTONE
    actual = None
    if task.actual_start is not None:
        a_start = off(task.actual_start)
        a_end = off(task.actual_finish) + 1 if task.actual_finish else max(
            off(snap.today) + 1, a_start + 1)
        actual = (a_start, a_end)
    forecast = slack = None
    if t is not None and not task.done:
        if t.early_start != start or t.early_finish != finish:
            forecast = (off(t.early_start), off(t.early_finish) + 1)
        if t.slack_days > 0:
            slack = (off(t.early_finish) + 1, off(t.late_finish) + 1)
    baseline = None
    saved = snap.baseline.tasks.get(task.id) if snap.baseline is not None else None
    if saved is not None and (saved.start or saved.finish) is not None:
        b_finish = saved.finish or saved.start
        b_start = b_finish if saved.milestone else (saved.start or b_finish)
        assert b_start is not None and b_finish is not None
        baseline = (off(b_start), off(max(b_start, b_finish)) + 1)
    return Bar(off(start), off(finish) + 1, task.milestone, snap.is_critical(task.id), fill,
               progress, 100 if task.done else task.percent, actual, forecast, slack,
               baseline)


# -- the time header ----------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    start: int  # day offsets, clipped to the chart
    end: int
    labels: tuple[str, ...]  # longest first; the first that fits is printed
    off_day: bool = False  # a day off, in a tier of days


def _month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _next_month(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def _quarter_start(d: dt.date) -> dt.date:
    return dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1)


def _next_quarter(d: dt.date) -> dt.date:
    return _next_month(_next_month(_next_month(d)))


UNITS: dict[str, tuple[Callable[[dt.date], dt.date], Callable[[dt.date], dt.date], int]] = {
    # first period start, next period start, shortest length in days
    "day": (lambda d: d, lambda d: d + ONE_DAY, 1),
    "week": (lambda d: d - dt.timedelta(days=d.weekday()), lambda d: d + 7 * ONE_DAY, 7),
    "month": (_month_start, _next_month, 28),
    "quarter": (_quarter_start, _next_quarter, 90),
    "year": (lambda d: dt.date(d.year, 1, 1), lambda d: dt.date(d.year + 1, 1, 1), 365),
}


def period_labels(unit: str, d: dt.date, lang: str, upper: bool) -> tuple[str, ...]:
    zh = lang.startswith("zh")
    if unit == "day":
        return (str(d.day),)
    if unit == "week":
        return (f"{d.month}/{d.day}", str(d.day))
    if unit == "month":
        short = f"{d.month}月" if zh else MONTHS_EN[d.month - 1]
        if upper:
            return (f"{d.year}年{d.month}月" if zh else f"{short} {d.year}", short)
        return (short, str(d.month))
    if unit == "quarter":
        return (f"Q{(d.month - 1) // 3 + 1}",)
    return (f"{d.year}年" if zh else str(d.year),)


def periods(plan: GanttPlan, unit: str, upper: bool) -> list[Period]:
    first, step, _length = UNITS[unit]
    end_day = plan.date(plan.days)
    off_days = {d for d0, d1, kind in plan.shading if kind != MAKEUP for d in range(d0, d1)} \
        if unit == "day" else set()
    out = []
    d = first(plan.origin)
    while d < end_day:
        nxt = step(d)
        s, e = max(0, (d - plan.origin).days), min(plan.days, (nxt - plan.origin).days)
        out.append(Period(s, e, period_labels(unit, d, plan.lang, upper), s in off_days))
        d = nxt
    return out


def choose_units(plan: GanttPlan, px_per_day: float,
                 width_of: Callable[[str], float]) -> tuple[str, str]:
    """(upper, lower) units of the header: the finest lower tier whose every name fits its
    period, months over days or weeks, years over months or quarters."""
    sample = plan.origin
    for unit in ("day", "week", "month", "quarter"):
        length = UNITS[unit][2]
        need = max(width_of(period_labels(unit, sample.replace(month=m, day=28), plan.lang,
                                          False)[0]) for m in range(1, 13)) + 3
        if length * px_per_day >= need:
            return ("month" if unit in ("day", "week") else "year"), unit
    return "year", "quarter"
