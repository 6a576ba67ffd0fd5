"""The services the Gantt and kanban tabs call: one transaction each, undo by restoring."""

import datetime as dt
from pathlib import Path

import pytest

from app.errors import UserError
from app.schedule import calendar_edit, edit
from app.schedule.engine import ScheduleCycleError
from app.store.changes import ChangeArea
from app.store.models import Task, TaskDependency

D = dt.date


def _dates(ws, task_id):
    with ws.read() as s:
        t = s.get(Task, task_id)
        return t.planned_start, t.planned_finish


def test_move_keeps_working_day_length(workspace, small_plan):
    _, ids = small_plan
    heard = []
    workspace.subscribe(heard.append)
    old = edit.move_task(workspace, ids["C"], D(2025, 3, 13))  # Thu; 4 days → Tue 18
    assert _dates(workspace, ids["C"]) == (D(2025, 3, 13), D(2025, 3, 18))
    assert [c.areas for c in heard] == [ChangeArea.TASKS]
    edit.set_dates(workspace, old.task_id, old.planned_start, old.planned_finish)
    assert _dates(workspace, ids["C"]) == (D(2025, 3, 6), D(2025, 3, 11))


def test_move_to_a_weekend_starts_on_monday(workspace, small_plan):
    _, ids = small_plan
    edit.move_task(workspace, ids["B"], D(2025, 3, 15))
    assert _dates(workspace, ids["B"]) == (D(2025, 3, 17), D(2025, 3, 18))


def test_resize_and_milestone(workspace, small_plan):
    _, ids = small_plan
    edit.resize_task(workspace, ids["B"], D(2025, 3, 12))
    assert _dates(workspace, ids["B"]) == (D(2025, 3, 6), D(2025, 3, 12))
    edit.resize_task(workspace, ids["B"], D(2025, 3, 1))  # never before its start
    assert _dates(workspace, ids["B"]) == (D(2025, 3, 6), D(2025, 3, 6))
    edit.move_task(workspace, ids["D"], D(2025, 3, 20))
    assert _dates(workspace, ids["D"]) == (D(2025, 3, 20), D(2025, 3, 20))


def test_link_refuses_a_loop_and_undoes(workspace, small_plan):
    _, ids = small_plan
    with pytest.raises(ScheduleCycleError) as err:
        edit.link_tasks(workspace, ids["D"], ids["A"])
    assert set(err.value.names) >= {"A", "D"}
    with pytest.raises(UserError):
        edit.link_tasks(workspace, ids["A"], ids["A"])
    assert edit.link_tasks(workspace, ids["B"], ids["C"], 1) is None
    assert edit.link_tasks(workspace, ids["B"], ids["C"], 3) == 1  # replaced the lag
    assert edit.unlink_tasks(workspace, ids["B"], ids["C"]) == 3
    with workspace.read() as s:
        assert s.get(TaskDependency, (ids["C"], ids["B"])) is None


def test_status_changes_keep_actuals_consistent(workspace, small_plan):
    _, ids = small_plan
    old = edit.set_status(workspace, ids["A"], "done", D(2025, 3, 6))
    now = edit.status_state(workspace, ids["A"])
    assert (now.status, now.percent, now.actual_finish) == ("done", 100, D(2025, 3, 6))
    assert now.actual_start == D(2025, 3, 3)
    edit.restore_status(workspace, old)
    assert edit.status_state(workspace, ids["A"]) == old


def test_calendar_edit_and_import(workspace, tmp_path: Path):
    assert calendar_edit.set_day(workspace, D(2025, 10, 1), False, "国庆") is None
    calendar_edit.set_day(workspace, D(2025, 9, 28), True, "调休")
    assert calendar_edit.clear_day(workspace, D(2025, 9, 28)).working
    f = tmp_path / "holidays.csv"
    f.write_text("日期,类型,名称\n2025-10-02,休,国庆\n2025/10/11,班,国庆调休\n", encoding="gbk")
    assert calendar_edit.import_days(workspace, f) == 2
    days = {d.day: d.working for d in calendar_edit.list_days(workspace)}
    assert days == {D(2025, 10, 1): False, D(2025, 10, 2): False, D(2025, 10, 11): True}
    f.write_text("2025-10-03,holiday\nnot a date,holiday\n")
    with pytest.raises(UserError) as err:
        calendar_edit.import_days(workspace, f)
    assert "2" in err.value.message("en")
    assert len(calendar_edit.list_days(workspace)) == 3  # nothing half-imported
