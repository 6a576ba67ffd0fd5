"""Sheets as departments really send them: a title row, merged cells, Chinese headers
with their usual variants, mixed date and percentage formats, notes under the table."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from app.excel.apply import apply_plan
from app.excel.plan import build_plan
from app.excel.plan_types import Status
from app.forms import editing
from app.org import organisation
from app.org.initiatives import counts


def _handmade(path):
    wb = Workbook()
    goals = wb.active
    goals.title = "Sheet1"
    goals["A1"] = "销售部 2027 年协作目标（请于 3 月 31 日前返回）"
    goals.merge_cells("A1:F1")
    goals["A2"] = "填表人：赵磊"
    goals.merge_cells("A2:C2")
    goals.append([])
    goals.append(["序号", "目标", "目标描述", "完成时间", "牵头部门", "参与部门"])
    goals.append(
        [1, "渠道覆盖", "覆盖 30 个城市", dt.datetime(2027, 3, 31), "销售部", "销售部、市场部"]
    )
    goals.append([2, "客户满意度", "满意度 ≥ 4.5", "2027/6/30", "售后服务部", "售后服务部,销售部"])
    goals.append([None, None, None, None, None, None])
    goals.append(
        [3, "培训覆盖", "全员培训", "2027年9月1日", "人力资源部", "人力资源部；销售部\n市场部"]
    )
    goals.append([4, "预测准确", "预测准确率 ≥ 85%", "2027-12-31", "", ""])
    goals.append([])
    goals.append(["注：日期请填写到日。"])
    team = wb.create_sheet("销售部人员")
    team["A1"] = "协作小组成员"
    team.merge_cells("A1:E1")
    team.append(["姓名", "所在部门", "角色", "职责", "手机"])
    team.append(["赵磊", "销售部", "接口人", "渠道政策", "138 0000 1006"])
    team.append(["钱多多", "销售部", "执行人", "大客户跟进", 13900002222])
    tasks = wb.create_sheet("进度")
    tasks.append(["任务名称", "负责人", "计划开始", "计划完成", "完成百分比", "状态"])
    tasks.append(["大客户拜访", "钱多多", "2027/1/4", "2027年1月29日", "80%", "进行中"])
    tasks.append(["渠道签约", "赵磊", dt.date(2027, 2, 1), "2027-02-26", 0.5, "未开始"])
    tasks.append(["价格政策", "赵磊", dt.date(2027, 2, 1), "2027-02-26", 30, "未开始"])
    wb.save(path)


def test_handmade_sheet_imports_correctly(demo_ws, tmp_path):
    path = tmp_path / "销售部.xlsx"
    _handmade(path)
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors, [(r.row, r.errors) for r in plan.error_rows]
    assert [f for _, f in plan.sheets] == ["goals", "team", "tracking"]
    assert plan.new_departments == ["人力资源部"]
    assert list(plan.new_people) == ["钱多多"]
    goals = [r for r in plan.rows if r.form == "goals"]
    assert [r.row for r in goals] == [5, 6, 8, 9]  # the blank row and the note are skipped
    team = [r for r in plan.rows if r.form == "team"]
    # 赵磊 is on the team already: matched by name, only his duties differ
    assert [(r.status, r.changes) for r in team] == [(Status.UPDATE, ["duties"]), (Status.NEW, [])]
    apply_plan(demo_ws, plan)
    rows = editing.rows(demo_ws, "goals", 1)[-4:]
    assert [r.values["due_date"] for r in rows] == [
        dt.date(2027, 3, 31),
        dt.date(2027, 6, 30),
        dt.date(2027, 9, 1),
        dt.date(2027, 12, 31),
    ]
    # split on 、 , ， ; and new lines; shown in the departments' own order
    assert set(rows[0].values["departments"]) == {"销售部", "市场部"}
    assert set(rows[1].values["departments"]) == {"销售部", "售后服务部"}
    assert set(rows[2].values["departments"]) == {"销售部", "市场部", "人力资源部"}
    assert rows[2].values["lead_department"] == "人力资源部"
    assert "人力资源部" in organisation.department_names(demo_ws)
    tasks = editing.rows(demo_ws, "tracking", 1, "en")[-3:]
    assert [t.values["percent"] for t in tasks] == [80, 50, 30]
    assert [t.text["owner"] for t in tasks] == ["钱多多", "赵磊", "赵磊"]
    assert tasks[0].values["planned_finish"] == dt.date(2027, 1, 29)
    member = editing.rows(demo_ws, "team", 1)[-1]
    assert (member.values["name"], member.values["role"], member.values["phone"]) == (
        "钱多多",
        "executor",
        "13900002222",
    )


def test_sheet_with_errors_is_rejected_row_by_row_and_changes_nothing(
    demo_ws, tmp_path, fingerprint
):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "现有流程痛点分析"
    ws.merge_cells("A1:F1")
    ws.append(["流程环节", "类型", "问题描述", "影响程度", "发生频率", "涉及部门"])
    ws.append(["报销", "堵点", "签字多", 4, 5, "财务部"])
    ws.append(["入库", "不知道", "单据丢失", 4, 5, ""])
    ws.append(["出库", "断点", "", 9, 2, ""])
    ws.append(["", "痛点", "没有环节名", 3, 3, ""])
    path = tmp_path / "errors.xlsx"
    wb.save(path)
    before = counts(demo_ws, 1)
    print_before = fingerprint(demo_ws)
    plan = build_plan(demo_ws, path, 1)
    found = [(r.row, e.column) for r in plan.error_rows for e in r.errors]
    assert found == [(4, "B"), (5, "D"), (6, "A")]
    reasons = [e.reason for r in plan.error_rows for e in r.errors]
    assert "不知道" in reasons[0] and "9" in reasons[1]
    assert plan.rows[0].status is Status.NEW
    import pytest

    from app.errors import UserError

    with pytest.raises(UserError):
        apply_plan(demo_ws, plan)
    assert counts(demo_ws, 1) == before
    assert fingerprint(demo_ws) == print_before
