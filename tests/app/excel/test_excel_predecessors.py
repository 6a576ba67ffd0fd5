"""Predecessors as people type them in a plan: by task name (of the file or of the
initiative), by number, with a lag, and mixed; a name shared by two tasks is an error that
names both."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from app.excel.apply import apply_plan
from app.excel.plan import build_plan
from app.forms import editing
from app.store.workspace import Workspace

HEAD = ["任务名称", "计划开始", "计划完成", "状态", "前置任务"]


def _plan(path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "市场部计划"
    ws.append(["市场部上市计划"])  # a title above the header, as people make them
    ws.append(head)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _links(ws: Workspace) -> dict[str, list[tuple[str, int]]]:
    rows = editing.rows(ws, "tracking", 1)
    name = {r.id: r.values["name"] for r in rows}
    return {r.values["name"]: sorted((name[p], lag) for p, lag in r.values["predecessors"])
            for r in rows}


def test_predecessors_by_name_number_lag_and_mixed(demo_ws, tmp_path):
    path = _plan(tmp_path / "plan.xlsx", [
        ["需求确认", "2027-01-04", "2027-01-08", "未开始", ""],
        ["宣传物料制作", "2027-01-11", "2027-01-22", "未开始", "需求确认"],
        ["渠道铺货排期", "2027-01-11", "2027-01-15", "未开始", "需求确认+2"],
        ["上市发布会", "2027-02-01", "2027-02-01", "未开始", "宣传物料制作、渠道铺货排期"],
        ["首批订单", "2027-02-02", "2027-02-10", "未开始", "4, 需求确认 -1"],
        ["样机复测", "2027-01-11", "2027-01-12", "未开始", "样机第一批交付；需求确认+3天"],
    ])
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors, [(r.row, [e.reason for e in r.errors]) for r in plan.error_rows]
    apply_plan(demo_ws, plan)
    links = _links(demo_ws)
    assert links["需求确认"] == []
    assert links["宣传物料制作"] == [("需求确认", 0)]
    assert links["渠道铺货排期"] == [("需求确认", 2)]
    assert links["上市发布会"] == [("宣传物料制作", 0), ("渠道铺货排期", 0)]
    assert links["首批订单"] == [("上市发布会", 0), ("需求确认", -1)]
    assert links["样机复测"] == [("样机第一批交付", 0), ("需求确认", 3)]


def test_numbers_follow_the_number_column_when_there_is_one(demo_ws, tmp_path):
    path = _plan(tmp_path / "plan.xlsx", [
        [10, "需求确认", "2027-01-04", "2027-01-08", "未开始", ""],
        [20, "物料制作", "2027-01-11", "2027-01-22", "未开始", "10+1"],
        [30, "铺货", "2027-01-11", "2027-01-22", "未开始", "20、需求确认"],
    ], head=["序号", *HEAD])
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors, [(r.row, [e.reason for e in r.errors]) for r in plan.error_rows]
    apply_plan(demo_ws, plan)
    links = _links(demo_ws)
    assert links["物料制作"] == [("需求确认", 1)]
    assert links["铺货"] == [("物料制作", 0), ("需求确认", 0)]


def test_names_that_contain_separators_or_signs_are_read_whole(demo_ws, tmp_path):
    path = _plan(tmp_path / "plan.xlsx", [
        ["设计、评审", "2027-01-04", "2027-01-08", "未开始", ""],
        ["阶段-1", "2027-01-04", "2027-01-08", "未开始", ""],
        ["汇总", "2027-01-11", "2027-01-22", "未开始", "设计、评审, 阶段-1+2"],
    ])
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors, [(r.row, [e.reason for e in r.errors]) for r in plan.error_rows]
    apply_plan(demo_ws, plan)
    assert _links(demo_ws)["汇总"] == [("设计、评审", 0), ("阶段-1", 2)]


def test_a_name_of_two_tasks_is_an_error_naming_both_rows(demo_ws, tmp_path, fingerprint):
    path = _plan(tmp_path / "plan.xlsx", [
        ["需求确认", "2027-01-04", "2027-01-08", "未开始", ""],
        ["物料制作", "2027-01-11", "2027-01-22", "未开始", "需求确认"],
        ["需求确认", "2027-03-04", "2027-03-08", "未开始", ""],
        ["铺货", "2027-01-11", "2027-01-22", "未开始", "不存在的任务"],
    ])
    before = fingerprint(demo_ws)
    plan = build_plan(demo_ws, path, 1)
    errors = {r.row: [(e.column, e.reason) for e in r.errors] for r in plan.error_rows}
    assert set(errors) == {4, 6}
    ((column, reason),) = errors[4]
    assert column == "E"
    assert "需求确认" in reason and "row 3" in reason and "row 5" in reason
    ((column, reason),) = errors[6]
    assert "不存在的任务" in reason
    assert fingerprint(demo_ws) == before


def test_a_name_of_two_tasks_in_the_initiative_names_both(demo_ws, tmp_path):
    rows = editing.rows(demo_ws, "tracking", 1)
    editing.set_value(demo_ws, "tracking", rows[5].id, "name", rows[2].values["name"])
    name = rows[2].values["name"]
    path = _plan(tmp_path / "plan.xlsx", [["收尾", "2027-01-04", "2027-01-08", "未开始", name]])
    plan = build_plan(demo_ws, path, 1)
    ((err,),) = [r.errors for r in plan.error_rows]
    assert name in err.reason and "No. 3" in err.reason and "No. 6" in err.reason
