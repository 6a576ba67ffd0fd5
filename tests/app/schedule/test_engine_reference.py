"""The fast engine and warnings against a straightforward reference written from the rules
in ``engine``'s docstring, on random networks with lags, milestones, holidays, make-up days,
actual dates and undated tasks.

The reference counts working days by walking the calendar day by day from a fixed base and
computes each task's dates by plain recursion over its predecessors, with no positions,
memos or C-level tricks; any difference is a bug in one or the other.
"""

import bisect
import datetime as dt
import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.forms.choices import TaskStatus
from app.schedule import engine
from app.schedule.calendar import CalendarException, WorkCalendar
from app.schedule.data import Link, Plan, TaskData
from app.schedule.warnings import plan_warnings, task_warnings

D = dt.date
FIRST = D(2025, 1, 1)  # plan dates fall within FIRST + 0..SPAN days
SPAN = 150
BASE = D(2023, 1, 2)  # far enough back for negative lags and backward passes
YEARS = 5


class RefCalendar:
    """Working days listed one by one, from BASE on."""

    def __init__(self, exceptions: list[CalendarException]) -> None:
        kinds = {e.day: e.working for e in exceptions}
        self.days = []
        day = BASE
        while day < D(BASE.year + YEARS, 1, 1):
            if kinds.get(day, day.weekday() < 5):
                self.days.append(day)
            day += dt.timedelta(days=1)

    def index(self, day: D) -> int:
        """Working days from BASE up to, not including, ``day``."""
        return bisect.bisect_left(self.days, day)

    def finish_index(self, day: D) -> int:
        return bisect.bisect_right(self.days, day)

    def date_at(self, index: int) -> D:
        return self.days[index]


def reference(plan: Plan, exceptions: list[CalendarException], default_start: D) -> dict:
    cal = RefCalendar(exceptions)
    tasks = {t.id: t for t in plan.tasks}
    links = [ln for ln in plan.links if ln.task_id != ln.predecessor_id]
    preds = {t: [(ln.predecessor_id, ln.lag_days) for ln in links if ln.task_id == t]
             for t in tasks}
    succs = {t: [(ln.task_id, ln.lag_days) for ln in links if ln.predecessor_id == t]
             for t in tasks}

    def duration(t: TaskData) -> int:
        if t.milestone:
            return 0
        if t.planned_start and t.planned_finish:
            return max(1, cal.finish_index(t.planned_finish) - cal.index(t.planned_start))
        return 1

    def anchor(t: TaskData) -> int | None:
        if t.milestone:
            day = t.actual_finish or t.actual_start or t.planned_finish or t.planned_start
            return None if day is None else cal.finish_index(day)
        if t.actual_start:
            return cal.index(t.actual_start)
        if t.planned_start:
            return cal.index(t.planned_start)
        if t.planned_finish:
            return cal.finish_index(t.planned_finish) - duration(t)
        return None

    anchors = [a for a in map(anchor, plan.tasks) if a is not None]
    fallback = min(anchors) if anchors else cal.index(default_start)

    @functools.cache
    def early(t_id: int) -> tuple[int, int]:
        t, d = tasks[t_id], duration(tasks[t_id])
        start = fallback if anchor(t) is None else anchor(t)
        if t.actual_start is None and t.actual_finish is None:
            for p, lag in preds[t_id]:
                start = max(start, early(p)[1] + lag)
        finish = start + d
        if t.actual_finish is not None:
            finish = cal.finish_index(t.actual_finish)
            if t.actual_start is None or d == 0:
                start = finish - d
            start = min(start, finish)
        return start, finish

    end = max((early(t)[1] for t in tasks), default=fallback)

    @functools.cache
    def late(t_id: int) -> tuple[int, int]:
        finish = min([end] + [late(s)[0] - lag for s, lag in succs[t_id]])
        return finish - duration(tasks[t_id]), finish

    out = {}
    for t_id, t in tasks.items():
        d, (es, ef), (ls, lf) = duration(t), early(t_id), late(t_id)
        first = es if d else es - 1
        out[t_id] = dict(
            duration=d, es=es, ef=ef, ls=ls, lf=lf, slack_days=ls - es,
            early_start=cal.date_at(first), early_finish=cal.date_at(ef - 1),
            late_start=cal.date_at(ls if d else ls - 1), late_finish=cal.date_at(lf - 1),
            critical=ls <= es and not (t.status == "done" or t.actual_finish is not None),
        )
    critical = {(p, t) for t in tasks for p, lag in preds[t]
                if out[t]["critical"] and out[p]["critical"] and early(p)[1] + lag == early(t)[0]}
    return dict(timings=out, critical_links=critical,
                start=min((x["early_start"] for x in out.values()), default=None),
                finish=max((x["early_finish"] for x in out.values()), default=None))


def day() -> st.SearchStrategy[D]:
    return st.integers(0, SPAN).map(lambda n: FIRST + dt.timedelta(days=n))


@st.composite
def networks(draw: st.DrawFn) -> tuple[Plan, list[CalendarException]]:
    n = draw(st.integers(0, 18))
    tasks = []
    for i in range(n):
        start = draw(st.none() | day())
        length = draw(st.integers(-2, 12))  # negative: a finish before the start
        finish = draw(st.none() | st.just(start and start + dt.timedelta(days=length)) | day())
        actual_start = draw(st.none() | day())
        actual_finish = draw(st.none() | day())
        if actual_start and actual_finish and actual_finish < actual_start:
            actual_finish = actual_start
        tasks.append(TaskData(
            id=100 + i * 7, name=f"T{i}", position=i, planned_start=start,
            planned_finish=finish, actual_start=actual_start, actual_finish=actual_finish,
            status=draw(st.sampled_from([s.value for s in TaskStatus])),
            milestone=draw(st.integers(0, 5)) == 0,
        ))
    # Links go from a lower to a higher rank of a random permutation: no cycles, but
    # links may run against the coordinator's order.
    rank = draw(st.permutations(range(n))) if n else []
    pairs = draw(st.sets(st.tuples(st.integers(0, max(n - 1, 0)), st.integers(0, max(n - 1, 0))),
                         max_size=3 * n))
    links = tuple(
        Link(tasks[a].id, tasks[b].id, draw(st.integers(-3, 5)))
        for a, b in sorted(pairs) if n and rank[a] < rank[b]
    )
    days = draw(st.sets(day(), max_size=12))
    exceptions = [CalendarException(d, draw(st.booleans()), "x") for d in sorted(days)]
    return Plan(1, tuple(tasks), links), exceptions


@settings(max_examples=120, deadline=None)
@given(networks(), day())
def test_engine_matches_the_reference(network, today):
    plan, exceptions = network
    cal = WorkCalendar(exceptions)
    sched = engine.compute(plan, cal, default_start=today)
    want = reference(plan, exceptions, today)
    base = cal.index(BASE)  # the engine counts from year 1, the reference from BASE
    got = {}
    for t_id, t in sched.timings.items():
        assert t.task_id == t_id
        got[t_id] = dict(
            duration=t.duration, es=t.es - base, ef=t.ef - base, ls=t.ls - base,
            lf=t.lf - base, slack_days=t.slack_days, early_start=t.early_start,
            early_finish=t.early_finish, late_start=t.late_start, late_finish=t.late_finish,
            critical=t.critical,
        )
    assert got == want["timings"]
    assert sched.critical_links == want["critical_links"]
    assert (sched.start, sched.finish) == (want["start"], want["finish"])
    # The order lists every task once, after its predecessors, and so do the timings.
    assert sorted(sched.order) == sorted(t.id for t in plan.tasks)
    assert list(sched.timings) == list(sched.order)
    seen = {t_id: i for i, t_id in enumerate(sched.order)}
    assert all(seen[ln.predecessor_id] < seen[ln.task_id] for ln in plan.links)

    # The plan-wide warnings are the per-task rule, task by task.
    expected = {}
    for task in plan.tasks:
        found = task_warnings(task, sched.timings[task.id], cal, today)
        if found:
            expected[task.id] = found
    assert plan_warnings(plan, sched, cal, today) == expected
    without = {t.id: w for t in plan.tasks if (w := task_warnings(t, None, cal, today))}
    assert plan_warnings(plan, None, cal, today) == without


@settings(max_examples=60, deadline=None)
@given(st.sets(day(), max_size=15).flatmap(
    lambda days: st.tuples(st.just(sorted(days)), st.lists(st.booleans(), min_size=len(days),
                                                          max_size=len(days)))),
    st.integers(-40, 400), st.integers(0, 300))
def test_calendar_matches_the_reference(days_kinds, first, length):
    days, kinds = days_kinds
    exceptions = [CalendarException(d, w) for d, w in zip(days, kinds, strict=True)]
    cal, ref = WorkCalendar(exceptions), RefCalendar(exceptions)
    base = cal.index(BASE)
    lo = ref.index(FIRST) + first
    cal.cover(base + lo, base + lo + length)  # filled by walking
    fresh = WorkCalendar(exceptions)  # each searched on its own
    for k in range(lo, lo + length + 1):
        assert cal.date_at(base + k) == fresh.date_at(base + k) == ref.date_at(k)
    for d in (FIRST + dt.timedelta(days=i) for i in range(-60, SPAN + 60)):
        assert cal.index(d) - base == ref.index(d)
        assert cal.finish_index(d) - base == ref.finish_index(d)
