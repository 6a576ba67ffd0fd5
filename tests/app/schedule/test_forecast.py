"""The forecast from the status date, worked out by hand on March 2025 (Mon 3-3, Mon 3-10,
Mon 3-17), and held by hypothesis to its two promises: unfinished work never lies before
the status date, and a status date before the plan changes nothing."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.schedule import engine
from app.schedule.calendar import CalendarException, WorkCalendar
from app.schedule.data import Link, Plan, TaskData

D = dt.date
WED = D(2025, 3, 12)  # the status date of most cases


def _plan(*tasks: TaskData, links: tuple[Link, ...] = ()) -> Plan:
    return Plan(1, tasks, links)


def _dates(sched: engine.Schedule, task_id: int) -> tuple[dt.date, dt.date]:
    t = sched.timings[task_id]
    return t.early_start, t.early_finish


def _forecast(plan: Plan, status: dt.date, cal: WorkCalendar | None = None) -> engine.Schedule:
    return engine.compute(plan, cal or WorkCalendar(), status_date=status)


def test_a_task_not_started_starts_on_the_status_date():
    plan = _plan(TaskData(1, "draft", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 5)))
    # Three working days from Wednesday: Wed, Thu, Fri.
    assert _dates(_forecast(plan, WED), 1) == (WED, D(2025, 3, 14))
    # Without a status date the plan stands.
    assert _dates(engine.compute(plan, WorkCalendar()), 1) == (D(2025, 3, 3), D(2025, 3, 5))


def test_a_task_half_done_finishes_its_remaining_days_from_the_status_date():
    # 3-3..3-12 is eight working days; half done leaves four: Wed 12, Thu 13, Fri 14, Mon 17.
    half = TaskData(1, "build", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 12),
                    actual_start=D(2025, 3, 3), percent=50, status="in_progress")
    sched = _forecast(_plan(half), WED)
    assert _dates(sched, 1) == (D(2025, 3, 3), D(2025, 3, 17))
    # 30 % of five days leaves 3.5, rounded up to four; a percentage alone means started.
    part = TaskData(2, "test", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 7),
                    percent=30)
    assert _dates(_forecast(_plan(part), WED), 2) == (D(2025, 3, 3), D(2025, 3, 17))


def test_finished_tasks_keep_their_actual_dates():
    early = TaskData(1, "early", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 7),
                     actual_start=D(2025, 3, 3), actual_finish=D(2025, 3, 5), percent=100,
                     status="done")
    late = TaskData(2, "late", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 5),
                    actual_start=D(2025, 3, 4), actual_finish=D(2025, 3, 11), percent=100,
                    status="done")
    sched = _forecast(_plan(early, late), WED)
    assert _dates(sched, 1) == (D(2025, 3, 3), D(2025, 3, 5))
    assert _dates(sched, 2) == (D(2025, 3, 4), D(2025, 3, 11))
    assert not sched.timings[1].critical and not sched.timings[2].critical


def test_a_chain_through_lags_follows_the_forecast():
    a = TaskData(1, "A", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 4))
    b = TaskData(2, "B", planned_start=D(2025, 3, 5), planned_finish=D(2025, 3, 5))
    c = TaskData(3, "C", planned_start=D(2025, 3, 6), planned_finish=D(2025, 3, 7))
    sched = _forecast(_plan(a, b, c, links=(Link(1, 2, 2), Link(2, 3, -1))), WED)
    # A: Wed 12–Thu 13. B waits two working days after A (Fri 14, Mon 17): Tue 18.
    # C may overlap B by one day: it starts on B's own day, Tue 18, for two days.
    assert _dates(sched, 1) == (WED, D(2025, 3, 13))
    assert _dates(sched, 2) == (D(2025, 3, 18), D(2025, 3, 18))
    assert _dates(sched, 3) == (D(2025, 3, 18), D(2025, 3, 19))
    # Slack and the critical path on the forecast dates: the chain is the whole plan.
    assert all(sched.timings[i].critical for i in (1, 2, 3))


def test_a_milestone_not_reached_moves_to_the_status_date():
    gate = TaskData(1, "gate", planned_finish=D(2025, 3, 7), milestone=True)
    assert _dates(_forecast(_plan(gate), WED), 1) == (WED, WED)
    # After a task that finishes Thursday, it stands at the end of Thursday.
    work = TaskData(2, "work", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 4))
    after = TaskData(3, "launch", planned_finish=D(2025, 3, 5), milestone=True)
    sched = _forecast(_plan(work, after, links=(Link(2, 3),)), WED)
    assert _dates(sched, 3) == (D(2025, 3, 13), D(2025, 3, 13))
    # A milestone reached keeps its day.
    done = TaskData(4, "signed", planned_finish=D(2025, 3, 5), actual_finish=D(2025, 3, 6),
                    milestone=True, status="done")
    assert _dates(_forecast(_plan(done), WED), 4) == (D(2025, 3, 6), D(2025, 3, 6))


def test_a_holiday_is_skipped_by_the_remaining_work():
    cal = WorkCalendar([CalendarException(D(2025, 3, 13), False, "holiday")])
    plan = _plan(TaskData(1, "t", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 5)))
    # Wed 12, (Thu 13 off), Fri 14, Mon 17.
    assert _dates(_forecast(plan, WED, cal), 1) == (WED, D(2025, 3, 17))
    # A status date on a holiday: the work starts the next working day.
    assert _dates(_forecast(plan, D(2025, 3, 13), cal), 1) == (D(2025, 3, 14), D(2025, 3, 18))


def test_a_make_up_working_day_counts_and_a_weekend_does_not():
    cal = WorkCalendar([CalendarException(D(2025, 3, 15), True, "调休")])
    plan = _plan(TaskData(1, "t", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 4)))
    # The status date is the make-up Saturday: it counts, then Monday.
    assert _dates(_forecast(plan, D(2025, 3, 15), cal), 1) == (D(2025, 3, 15), D(2025, 3, 17))
    # A plain Sunday does not: Monday and Tuesday.
    assert _dates(_forecast(plan, D(2025, 3, 16), cal), 1) == (D(2025, 3, 17), D(2025, 3, 18))
    half = TaskData(2, "h", planned_start=D(2025, 3, 10), planned_finish=D(2025, 3, 13),
                    actual_start=D(2025, 3, 10), percent=50)
    # Two days left from the make-up Saturday: Saturday and Monday.
    assert _dates(_forecast(_plan(half), D(2025, 3, 15), cal), 2) == (
        D(2025, 3, 10), D(2025, 3, 17))


def test_a_task_in_progress_ahead_of_its_plan_finishes_early():
    # Eight days planned, 75 % done by Wednesday of the first week: two days left.
    ahead = TaskData(1, "fast", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 12),
                     actual_start=D(2025, 3, 3), percent=75)
    assert _dates(_forecast(_plan(ahead), D(2025, 3, 5)), 1) == (D(2025, 3, 3), D(2025, 3, 6))


# -- properties ---------------------------------------------------------------------------
ORIGIN = D(2025, 3, 3)


@st.composite
def plans(draw: st.DrawFn) -> tuple[Plan, WorkCalendar]:
    n = draw(st.integers(1, 12))
    tasks = []
    for i in range(n):
        start = ORIGIN + dt.timedelta(days=draw(st.integers(0, 40)))
        length = draw(st.integers(0, 9))
        milestone = draw(st.booleans()) and draw(st.booleans())
        kind = draw(st.sampled_from(["new", "started", "percent", "done"]))
        actual_start = start if kind in ("started", "done") else None
        actual_finish = start + dt.timedelta(days=length) if kind == "done" else None
        percent = draw(st.integers(1, 99)) if kind in ("started", "percent") else 0
        tasks.append(TaskData(
            i + 1, f"t{i}", i, start, start + dt.timedelta(days=length), actual_start,
            actual_finish, 100 if kind == "done" else percent,
            "done" if kind == "done" else "in_progress" if percent else "not_started",
            milestone))
    links = []
    for i in range(1, n):
        for j in draw(st.sets(st.integers(0, i - 1), max_size=2)):
            links.append(Link(j + 1, i + 1, draw(st.integers(-2, 3))))
    off = draw(st.sets(st.integers(0, 60), max_size=4))
    on = draw(st.sets(st.integers(0, 60), max_size=2))
    cal = WorkCalendar(
        [CalendarException(ORIGIN + dt.timedelta(days=d), False) for d in off]
        + [CalendarException(ORIGIN + dt.timedelta(days=d), True) for d in on - off])
    return Plan(1, tuple(tasks), tuple(links)), cal


@settings(max_examples=150, deadline=None)
@given(plans(), st.integers(-10, 70))
def test_unfinished_work_never_lies_before_the_status_date(case, days):
    plan, cal = case
    status = ORIGIN + dt.timedelta(days=days)
    sched = engine.compute(plan, cal, status_date=status)
    s = cal.start_index(status)
    for task in plan.tasks:
        t = sched.timings[task.id]
        if task.done:
            continue
        if task.milestone:
            assert t.es > s, task  # at the end of the status day or later
        elif task.actual_start is not None or task.percent > 0:
            assert t.ef > s, task  # some work is left from the status date on
        else:
            assert t.es >= s, task
            assert t.early_start >= status, task


@settings(max_examples=150, deadline=None)
@given(plans(), st.integers(1, 30))
def test_a_status_date_before_the_plan_changes_nothing(case, before):
    plan, cal = case
    first = min(d for t in plan.tasks for d in (t.planned_start, t.actual_start) if d)
    status = first - dt.timedelta(days=before)
    if cal.start_index(status) >= cal.start_index(first):
        return  # only weekends or holidays between: the status date is not before the plan
    assert engine.compute(plan, cal, status_date=status) == engine.compute(plan, cal)
