"""Overdue, the 72-hour early warning and the risk notice, on the small plan
(A due Wed 5 March 2025, critical; B due Fri 7, 2 days' slack; C due Tue 11, critical)."""

import datetime as dt

from app.schedule import engine
from app.schedule.loader import load
from app.schedule.warnings import plan_warnings
from app.store.changes import ChangeArea
from app.store.models import Task

D = dt.date


def _warnings(ws, ini, today):
    plan, cal = load(ws, ini)
    found = plan_warnings(plan, engine.compute(plan, cal), cal, today)
    return {plan.by_id[k].name: [w.value for w in v] for k, v in found.items()}


def test_nothing_early(workspace, small_plan):
    assert _warnings(workspace, small_plan[0], D(2025, 3, 1)) == {}


def test_early_warning_only_for_critical_tasks(workspace, small_plan):
    # Mon 3: A (critical) is due Wed 5, within 72 h; nothing else is.
    assert _warnings(workspace, small_plan[0], D(2025, 3, 3)) == {"A": ["due_soon"]}
    # Wed 5: A is due today; B (not critical) is due Fri 7 and gets no early warning.
    assert _warnings(workspace, small_plan[0], D(2025, 3, 5)) == {"A": ["due_soon"]}


def test_overdue_then_risk_notice(workspace, small_plan):
    ini = small_plan[0]
    # Thu 6: A is one working day late.
    assert _warnings(workspace, ini, D(2025, 3, 6))["A"] == ["overdue"]
    # Sun 9: still two working days late (Thu, Fri).
    assert _warnings(workspace, ini, D(2025, 3, 9))["A"] == ["overdue"]
    # Mon 10: three working days late, a risk notice is due; C (critical, due Tue 11)
    # gets the early warning.
    found = _warnings(workspace, ini, D(2025, 3, 10))
    assert found["A"] == ["overdue", "risk_notice"]
    assert found["C"] == ["due_soon"]
    assert found["B"] == ["overdue"]


def test_done_tasks_have_no_warnings(workspace, small_plan):
    ini, ids = small_plan
    with workspace.write(ChangeArea.TASKS) as s:
        t = s.get(Task, ids["A"])
        t.status, t.actual_finish = "done", D(2025, 3, 5)
    assert "A" not in _warnings(workspace, ini, D(2025, 3, 12))


def test_predecessor_slip_asks_for_a_risk_notice(workspace, small_plan):
    ini, ids = small_plan
    # A actually started a week late: C can no longer end before Tue 18, 5 days after plan.
    with workspace.write(ChangeArea.TASKS) as s:
        t = s.get(Task, ids["A"])
        t.status, t.actual_start = "in_progress", D(2025, 3, 10)
    found = _warnings(workspace, ini, D(2025, 3, 4))
    assert found["C"] == ["risk_notice"]
    assert found["D"] == ["risk_notice"]


def test_severity_is_what_every_view_colours_by() -> None:
    from app.schedule.warnings import LATE, SOON, TaskWarning, severity

    assert severity(()) is None
    assert severity((TaskWarning.DUE_SOON,)) == SOON
    assert severity((TaskWarning.OVERDUE,)) == LATE
    assert severity((TaskWarning.RISK_NOTICE, TaskWarning.DUE_SOON)) == LATE
