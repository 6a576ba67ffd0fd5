"""Critical path and slack on small networks worked out by hand.

Network "small_plan" (no holidays; 3 March 2025 is a Monday):
    A  Mon 3 – Wed 5   3 days
    B  Thu 6 – Fri 7   2 days, after A
    C  Thu 6 – Tue 11  4 days, after A
    D  milestone Tue 11, after B and C
Forward: A 3–5, B 6–7, C 6–11, D on Tue 11 (the end of C's last day).
Backward from Tue 11: C and A have no slack; B may finish as late as Tue 11, so its
slack is 2 working days (Mon 10, Tue 11) and it may start as late as Mon 10.
"""

import datetime as dt

import pytest

from app.schedule import engine
from app.schedule.calendar import CalendarException, WorkCalendar
from app.schedule.data import Link, Plan, TaskData
from app.schedule.loader import load
from tests.conftest import add_plan

D = dt.date


def _run(ws, ini):
    plan, cal = load(ws, ini)
    sched = engine.compute(plan, cal)
    return {plan.by_id[k].name: v for k, v in sched.timings.items()}, sched


def test_small_network(workspace, small_plan):
    ini, ids = small_plan
    t, sched = _run(workspace, ini)
    assert (t["A"].early_start, t["A"].early_finish) == (D(2025, 3, 3), D(2025, 3, 5))
    assert (t["C"].early_start, t["C"].early_finish) == (D(2025, 3, 6), D(2025, 3, 11))
    assert (t["D"].early_start, t["D"].early_finish) == (D(2025, 3, 11), D(2025, 3, 11))
    assert (t["B"].late_start, t["B"].late_finish) == (D(2025, 3, 10), D(2025, 3, 11))
    assert {n: x.slack_days for n, x in t.items()} == {"A": 0, "B": 2, "C": 0, "D": 0}
    assert {n for n, x in t.items() if x.critical} == {"A", "C", "D"}
    assert sched.critical_links == {(ids["A"], ids["C"]), (ids["C"], ids["D"])}
    assert (sched.start, sched.finish) == (D(2025, 3, 3), D(2025, 3, 11))


def test_lag_pushes_successor_past_its_planned_start(workspace):
    # X Mon 3 – Tue 4; Y planned Wed 5 (1 day) but waits 2 working days after X: Fri 7.
    # Z Mon 3 – Fri 7 runs alongside; so Y is critical and Z has no slack either.
    ini, _ = add_plan(workspace, [
        dict(name="X", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 4)),
        dict(name="Y", planned_start=D(2025, 3, 5), planned_finish=D(2025, 3, 5)),
        dict(name="Z", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 6)),
    ], [("X", "Y", 2)])
    t, _ = _run(workspace, ini)
    assert (t["Y"].early_start, t["Y"].early_finish) == (D(2025, 3, 7), D(2025, 3, 7))
    assert t["X"].slack_days == 0 and t["Y"].critical
    assert t["Z"].slack_days == 1  # Z ends Thu 6, the plan ends Fri 7
    assert t["Z"].late_finish == D(2025, 3, 7)


def test_negative_lag_overlaps(workspace):
    ini, _ = add_plan(workspace, [
        dict(name="X", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 7)),
        dict(name="Y", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 4)),
    ], [("X", "Y", -2)])
    t, _ = _run(workspace, ini)
    # X ends Fri 7; two days' overlap lets Y start Thu 6 and end Fri 7
    assert (t["Y"].early_start, t["Y"].early_finish) == (D(2025, 3, 6), D(2025, 3, 7))
    assert t["X"].critical and t["Y"].critical


def test_holidays_and_make_up_days(workspace):
    # P Fri 26 Sep – Tue 30 Sep 2025: 4 working days with make-up Sunday 28.
    # Q waits 1 day after P: Thu 9 Oct is skipped, so it starts Fri 10 and its 3 days are
    # Fri 10, Sat 11 (make-up) and Mon 13. M, a milestone after Q, falls on Mon 13.
    days = [(D(2025, 10, d), False, "国庆") for d in range(1, 9)]
    days += [(D(2025, 9, 28), True, "调休"), (D(2025, 10, 11), True, "调休")]
    ini, _ = add_plan(workspace, [
        dict(name="P", planned_start=D(2025, 9, 26), planned_finish=D(2025, 9, 30)),
        dict(name="Q", planned_start=D(2025, 10, 9), planned_finish=D(2025, 10, 11)),
        dict(name="M", planned_start=D(2025, 10, 11), milestone=True),
    ], [("P", "Q", 1), ("Q", "M", 0)], days)
    t, sched = _run(workspace, ini)
    assert t["P"].duration == 4 and t["Q"].duration == 3 and t["M"].duration == 0
    assert (t["Q"].early_start, t["Q"].early_finish) == (D(2025, 10, 10), D(2025, 10, 13))
    assert t["M"].early_start == D(2025, 10, 13)
    assert all(x.critical for x in t.values())
    assert sched.finish == D(2025, 10, 13)


def test_milestone_successor_starts_next_working_day(workspace):
    ini, _ = add_plan(workspace, [
        dict(name="Gate", planned_start=D(2025, 3, 7), milestone=True),  # Friday
        dict(name="Build", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 4)),
    ], [("Gate", "Build", 0)])
    t, _ = _run(workspace, ini)
    assert (t["Build"].early_start, t["Build"].early_finish) == (D(2025, 3, 10), D(2025, 3, 11))


def test_actual_dates_pin_the_task(workspace):
    # A finished late (Fri 7 instead of Wed 5), which pushes B; C started on time.
    ini, _ = add_plan(workspace, [
        dict(name="A", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 5),
             actual_start=D(2025, 3, 3), actual_finish=D(2025, 3, 7), status="done"),
        dict(name="B", planned_start=D(2025, 3, 6), planned_finish=D(2025, 3, 7)),
    ], [("A", "B", 0)])
    t, _ = _run(workspace, ini)
    assert t["A"].early_finish == D(2025, 3, 7) and not t["A"].critical  # done
    assert (t["B"].early_start, t["B"].early_finish) == (D(2025, 3, 10), D(2025, 3, 11))


def test_cycle_names_the_tasks(workspace):
    ini, _ = add_plan(workspace, [
        dict(name="Draft", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 3)),
        dict(name="Review", planned_start=D(2025, 3, 4), planned_finish=D(2025, 3, 4)),
        dict(name="Sign", planned_start=D(2025, 3, 5), planned_finish=D(2025, 3, 5)),
        dict(name="Outside", planned_start=D(2025, 3, 5), planned_finish=D(2025, 3, 5)),
    ], [("Draft", "Review", 0), ("Review", "Sign", 0), ("Sign", "Draft", 0),
        ("Draft", "Outside", 0)])
    plan, cal = load(workspace, ini)
    with pytest.raises(engine.ScheduleCycleError) as err:
        engine.compute(plan, cal)
    assert sorted(err.value.names) == ["Draft", "Review", "Sign"]
    msg = err.value.message("en")
    assert "Outside" not in msg and msg.count("→") == 3


def test_undated_tasks_start_with_the_project():
    plan = Plan(1, (
        TaskData(1, "dated", planned_start=D(2025, 3, 4), planned_finish=D(2025, 3, 4)),
        TaskData(2, "undated"),
    ), (Link(2, 1, 0),))
    sched = engine.compute(plan, WorkCalendar())
    assert sched.timings[2].early_start == D(2025, 3, 4)
    assert sched.timings[1].early_start == D(2025, 3, 5)


def test_five_thousand_tasks_in_a_chain_do_not_recurse():
    tasks = tuple(TaskData(i, f"t{i}", planned_start=D(2025, 1, 6), planned_finish=D(2025, 1, 6))
                  for i in range(1, 5001))
    links = tuple(Link(i, i + 1) for i in range(1, 5000))
    cal = WorkCalendar([CalendarException(D(2025, 5, 1), False)])
    sched = engine.compute(Plan(1, tasks, links), cal)
    assert sched.timings[5000].es - sched.timings[1].es == 4999
    assert all(t.critical for t in sched.timings.values())
