"""The import keeps the rules between a task's fields that the table and the Gantt keep: a
planned finish before the start, and predecessors that would put tasks in a loop, are row
errors of the preview (the loop named by its tasks) and of the command line's dry run, and
nothing is written. What the workspace already holds is not the file's fault: a workbook
that brings back an older file's dates out of order imports as before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.cli.main import main
from app.errors import UserError
from app.excel.apply import apply_plan
from app.excel.export import export_workbook
from app.excel.plan import build_plan
from app.excel.plan_types import Status
from app.forms import editing
from app.store.changes import ChangeArea
from app.store.models import Task
from app.store.workspace import Workspace

HEAD = ["任务名称", "计划开始", "计划完成", "状态", "前置任务"]
D = dt.date


def _plan(path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "市场部计划"
    ws.append(["市场部上市计划"])
    ws.append(head)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _errors(plan) -> dict[str, list[tuple[str, str]]]:
    return {r.label: [(e.column, e.reason) for e in r.errors] for r in plan.error_rows}


def _task(ws: Workspace, name: str) -> dict:
    return next(r.values for r in editing.rows(ws, "tracking", 1) if r.values["name"] == name)


def test_a_finish_before_the_start_is_a_row_error(demo_ws, tmp_path, fingerprint):
    path = _plan(tmp_path / "plan.xlsx", [
        ["需求确认", "2027-01-08", "2027-01-04", "未开始", ""],
        ["物料制作", "2027-01-11", "2027-01-22", "未开始", "需求确认"],
    ])
    before = fingerprint(demo_ws)
    plan = build_plan(demo_ws, path, 1)
    errors = _errors(plan)
    assert list(errors) == ["需求确认"]
    [(column, reason)] = errors["需求确认"]
    assert column == "C"  # the 计划完成 column
    assert "2027-01-04" in reason and "2027-01-08" in reason
    assert plan.rows[1].status is Status.NEW
    with pytest.raises(UserError):
        apply_plan(demo_ws, plan)
    assert fingerprint(demo_ws) == before


def test_new_tasks_that_wait_for_each_other_are_errors_naming_the_loop(demo_ws, tmp_path,
                                                                       fingerprint):
    path = _plan(tmp_path / "plan.xlsx", [
        ["需求确认", "2027-01-04", "2027-01-08", "未开始", "首批订单"],
        ["物料制作", "2027-01-11", "2027-01-22", "未开始", "需求确认"],
        ["首批订单", "2027-02-02", "2027-02-10", "未开始", "物料制作"],
        ["渠道铺货", "2027-02-11", "2027-02-20", "未开始", "首批订单"],  # after the loop, not in it
    ])
    before = fingerprint(demo_ws)
    plan = build_plan(demo_ws, path, 1)
    errors = _errors(plan)
    assert sorted(errors) == ["物料制作", "需求确认", "首批订单"]
    for name, [(column, reason)] in errors.items():
        assert column == "E", name  # the 前置任务 column
        chain = reason.split(": ", 1)[1].split(". ")[0].split(" → ")
        assert chain[0] == chain[-1] == name  # the loop through this row's task
        assert set(chain) == {"需求确认", "物料制作", "首批订单"}
    assert fingerprint(demo_ws) == before


def test_an_update_that_closes_a_loop_with_tasks_of_the_workspace(demo_ws, tmp_path,
                                                                  fingerprint):
    # 样机第一批交付 waits for 研发需求答复流程上线, which waits for 需求直通机制方案.
    path = _plan(tmp_path / "plan.xlsx", [["需求直通机制方案", "", "", "", "样机第一批交付"]])
    before = fingerprint(demo_ws)
    plan = build_plan(demo_ws, path, 1)
    [(column, reason)] = _errors(plan)["需求直通机制方案"]
    assert column == "E"
    assert all(n in reason for n in ("需求直通机制方案", "研发需求答复流程上线", "样机第一批交付"))
    assert fingerprint(demo_ws) == before


def test_a_start_moved_past_the_stored_finish_is_refused_but_both_moved_together_are_not(
        demo_ws, tmp_path):
    # 需求直通机制方案 is planned 2026-10-09 – 2026-10-14.
    only_start = _plan(tmp_path / "start.xlsx", [["需求直通机制方案", "2026-12-01"]],
                       head=["任务名称", "计划开始"])
    [(column, reason)] = _errors(build_plan(demo_ws, only_start, 1))["需求直通机制方案"]
    assert column == "B" and "2026-10-14" in reason

    both = _plan(tmp_path / "both.xlsx", [["需求直通机制方案", "2026-12-01", "2026-12-04"]],
                 head=["任务名称", "计划开始", "计划完成"])
    plan = build_plan(demo_ws, both, 1)
    assert not plan.has_errors, _errors(plan)
    apply_plan(demo_ws, plan)
    task = _task(demo_ws, "需求直通机制方案")
    assert (task["planned_start"], task["planned_finish"]) == (D(2026, 12, 1), D(2026, 12, 4))


def test_an_older_files_dates_out_of_order_come_back_from_its_own_workbook(demo_ws, tmp_path):
    with demo_ws.write(ChangeArea.TASKS) as s:  # as an older version let it be typed
        task = s.get(Task, 1)
        task.planned_finish = task.planned_start - dt.timedelta(days=3)
    out = tmp_path / "older.xlsx"
    export_workbook(demo_ws, 1, out, "zh_CN")
    plan = build_plan(demo_ws, out, 1)
    assert not plan.has_errors, _errors(plan)
    apply_plan(demo_ws, plan)


def test_the_command_line_dry_run_names_the_loop_and_writes_nothing(demo_path, tmp_path, capsys,
                                                                   fingerprint):
    path = _plan(tmp_path / "plan.xlsx", [
        ["需求确认", "2027-01-04", "2027-01-08", "未开始", "物料制作"],
        ["物料制作", "2027-01-11", "2027-01-22", "未开始", "需求确认"],
        ["首批订单", "2027-02-10", "2027-02-02", "未开始", ""],
    ])
    with Workspace.open(demo_path) as ws:
        before = fingerprint(ws)
    capsys.readouterr()
    for extra in (["--dry-run"], []):
        assert main(["import", str(demo_path), str(path), *extra, "--lang", "en"]) == 1
        err = capsys.readouterr().err
        assert "需求确认 → 物料制作 → 需求确认" in err or "物料制作 → 需求确认 → 物料制作" in err
        assert "2027-02-02 is before the planned start 2027-02-10" in err
        assert "Traceback" not in err
    with Workspace.open(demo_path) as ws:
        assert fingerprint(ws) == before


def test_a_row_number_written_as_3_0_is_the_number_3(demo_ws, tmp_path):
    """A number column saved as text keeps its zero fraction: "10.0" is row number 10,
    as a rating typed "3.0" is 3."""
    path = _plan(tmp_path / "plan.xlsx", [
        ["10.0", "需求确认", "2027-01-04", "2027-01-08", "未开始", ""],
        ["20.0", "物料制作", "2027-01-11", "2027-01-22", "未开始", "10"],
    ], head=["序号", *HEAD])
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors, _errors(plan)
    assert [r.number for r in plan.rows] == [10, 20]
    apply_plan(demo_ws, plan)
    tasks = {r.id: r.values for r in editing.rows(demo_ws, "tracking", 1)}
    [(pred, lag)] = next(v for v in tasks.values() if v["name"] == "物料制作")["predecessors"]
    assert (tasks[pred]["name"], lag) == ("需求确认", 0)


def test_an_id_written_as_text_with_a_zero_fraction_updates_its_row(demo_ws, tmp_path):
    out = tmp_path / "demo.xlsx"
    export_workbook(demo_ws, 1, out, "zh_CN")
    wb = load_workbook(out)
    sheet = wb["4 计划跟踪"]
    headers = {cell.value: cell.column for cell in sheet[3]}
    id_col = next(c for h, c in headers.items() if str(h).startswith("ID"))
    task_id = sheet.cell(4, id_col).value
    sheet.cell(4, id_col).value = f"{task_id}.0"  # the ID as text, with its zero fraction
    sheet.cell(4, headers["任务"]).value = "改名后的任务"
    wb.save(out)
    plan = build_plan(demo_ws, out, 1)
    assert not plan.has_errors, _errors(plan)
    [changed] = [r for r in plan.rows if r.form == "tracking" and r.status is not Status.UNCHANGED]
    assert (changed.status, changed.target_id) == (Status.UPDATE, task_id)
