"""New tasks, their links and their RACI letters are inserted in bulk: they must come out as
the row layer would have written them, undo exactly, and a bad value must still refuse the
whole import with the message an editor shows and leave nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from app.errors import UserError, ValidationError
from app.excel.apply import apply_plan, undo_import
from app.excel.gather import gather
from app.excel.plan import build_plan
from app.excel.plan_types import Status
from app.excel.refs import Ref
from app.forms import editing
from app.forms.rows import access
from app.store.changes import ChangeArea
from app.store.models import Task

TODAY = dt.date(2026, 11, 20)
TASKS = "4 计划跟踪"
RACI = "RACI 矩阵"


def _letters(ws, initiative_id):
    """Task name → {column header: letter} for every task of the RACI grid."""
    data = gather(ws, initiative_id, ["raci"], "zh_CN")
    heads = {(c.member_id, c.department_id): c.header for c in data.raci_columns}
    return {
        name: {heads[k]: v for k, v in data.raci.get(task_id, {}).items()}
        for task_id, _number, name in data.raci_tasks
    }


def _append_tasks(wb, rows):
    """Rows after the demo's 22 tasks, numbered on: (name, department, owner, predecessors)."""
    sheet = wb[TASKS]
    headers = [c.value for c in sheet[3]]
    for name, department, owner, predecessors in rows:
        number = sheet.max_row - 2
        cells = {
            "序号": number,
            "任务": name,
            "所属措施": "建立需求直通机制",
            "责任部门": department,
            "责任人": owner,
            "计划开始": dt.datetime(2027, 1, 4),
            "计划完成": dt.datetime(2027, 1, 15),
            "完成率": 0.25,
            "状态": "进行中",
            "前置任务": predecessors,
        }
        sheet.append([cells.get(h) for h in headers])


def _append_raci(wb, rows):
    """RACI rows by task name (no ID: the tasks are new): (name, {member: letter})."""
    sheet = wb[RACI]
    headers = [c.value for c in sheet[3]]
    for name, letters in rows:
        sheet.append([None, name, *[letters.get(h) for h in headers[2:-1]], None])


def test_new_tasks_with_links_and_letters_import_and_undo_exactly(
    demo_ws, demo_xlsx, tmp_path, fingerprint
):
    wb = load_workbook(demo_xlsx)
    _append_tasks(
        wb,
        [
            ("新任务甲", "研发部", "李娜", "22"),  # no. 23, after an existing task
            ("新任务乙", "销售部", "赵磊", "23+2"),  # after a new one, with a lag
            ("新任务丙", "", "", "24, 1-1"),  # a new and an existing one
        ],
    )
    tasks = wb[TASKS]
    headers = [c.value for c in tasks[3]]
    tasks.cell(4 + 4, headers.index("前置任务") + 1).value = "4, 23"  # task 5 now also after 23
    _append_raci(
        wb,
        [
            ("新任务甲", {"王建国": "A", "李娜": "R"}),
            ("新任务乙", {"王建国": "A", "赵磊": "R", "李娜": "I"}),
            ("新任务甲", {"王建国": "A", "李娜": "C", "张伟": "R"}),  # the same cells again
        ],
    )
    raci = wb[RACI]
    raci.cell(4, 4).value = "I"  # task 1: 李娜 C → I
    raci.cell(4, 5).value = "I"  # task 1: 张伟 gets a letter
    raci.cell(4, 3).value = None  # task 1: 王建国 loses his A
    path = tmp_path / "more.xlsx"
    wb.save(path)
    before = fingerprint(demo_ws)
    first_task = _letters(demo_ws, 1)["需求直通机制方案"]
    old_rows = editing.rows(demo_ws, "tracking", 1, "zh_CN", TODAY)
    plan = build_plan(demo_ws, path, 1)
    assert not plan.has_errors, [(r.row, r.errors) for r in plan.error_rows]
    assert [r.label for r in plan.rows if r.form == "tracking" and r.status is Status.NEW] == [
        "新任务甲",
        "新任务乙",
        "新任务丙",
    ]
    result = apply_plan(demo_ws, plan)

    rows = editing.rows(demo_ws, "tracking", 1, "zh_CN", TODAY)
    assert [r.text for r in rows[:22] if r.number != 5] == [
        r.text for r in old_rows if r.number != 5
    ]
    new = rows[22:]
    assert [(r.number, r.values["name"]) for r in new] == [
        (23, "新任务甲"),
        (24, "新任务乙"),
        (25, "新任务丙"),
    ]
    assert [r.text["predecessors"] for r in new] == ["22", "23+2", "1-1, 24"]
    assert rows[4].text["predecessors"] == "4, 23"
    assert [r.text["department"] for r in new] == ["研发部", "销售部", ""]
    assert [r.text["owner"] for r in new] == ["李娜", "赵磊", ""]
    assert [(r.values["percent"], r.values["status"]) for r in new] == [(25, "in_progress")] * 3
    assert [r.text["measure"] for r in new] == ["建立需求直通机制"] * 3
    assert {r.values["planned_start"] for r in new} == {dt.date(2027, 1, 4)}
    letters = _letters(demo_ws, 1)
    # a cell given twice keeps its last letter, and is stored once
    assert letters["新任务甲"] == {"王建国": "A", "李娜": "C", "张伟": "R"}
    assert letters["新任务乙"] == {"王建国": "A", "赵磊": "R", "李娜": "I"}
    assert letters["新任务丙"] == {}
    assert letters["需求直通机制方案"] == {
        **{k: v for k, v in first_task.items() if k != "王建国"},
        "李娜": "I",
        "张伟": "I",
    }

    undo_import(demo_ws, result.undo)
    assert fingerprint(demo_ws) == before


def test_new_columns_are_what_the_row_layer_writes(demo_ws):
    """The bulk path's columns equal those of a task created through ``create``."""
    values = {
        "name": "对照任务",
        "department": "研发部",
        "owner": 2,
        "measure": 1,
        "planned_start": dt.date(2027, 1, 4),
        "percent": 40,
        "status": "blocked",
        "milestone": True,
        "issue": "问题",
    }
    acc = access("tracking")
    table = Task.__table__
    with pytest.raises(_Discard), demo_ws.write(ChangeArea.TASKS) as s:
        columns = acc.new_columns(s, 1, values)  # type: ignore[attr-defined]
        task = acc.create(s, 1, values)
        columns["position"] = task.position
        stored = s.execute(select(table).where(table.c.id == task.id)).mappings().one()
        assert {k: stored[k] for k in columns} == columns
        assert set(columns) == {c.key for c in table.columns} - {"id"}
        raise _Discard  # the task created for comparison is not kept


class _Discard(Exception):
    pass


def _many_tasks(path, n, predecessors=None):
    wb = Workbook()
    sheet = wb.active
    sheet.title = TASKS
    sheet.append(["序号", "任务", "责任部门", "责任人", "计划开始", "计划完成", "状态", "前置任务"])
    for i in range(1, n + 1):
        sheet.append(
            [
                i,
                f"批量任务 {i}",
                ("研发部", "销售部", "")[i % 3],
                ("李娜", "赵磊", "")[i % 3],
                dt.date(2027, 1, 4),
                dt.date(2027, 2, 4),
                "未开始",
                (predecessors or {}).get(i, str(i - 1) if i % 4 == 0 else None),
            ]
        )
    wb.save(path)


def _refused_message(ws, key, value):
    """What an editor is told when it sets ``key`` of an existing task to ``value``."""
    task_id = editing.rows(ws, "tracking", 1)[0].id
    if value == "itself":
        value = [(task_id, 0)]
    with pytest.raises(ValidationError) as refused:
        editing.set_value(ws, "tracking", task_id, key, value)
    return refused.value.message()


# (field, what the plan is given, what an editor sets to be told the same)
BAD = [
    ("status", "bogus", "bogus"),
    ("percent", 150, 150),
    ("name", "x" * 1000, "x" * 1000),
    ("owner", Ref(id=99999), 99999),
    ("measure", Ref(id=99999), 99999),
    ("department", "没有这个部门", "没有这个部门"),
    ("predecessors", "itself", "itself"),
    ("predecessors", [(Ref(row=0), 4000)], [(2, 4000)]),
    ("predecessors", [(Ref(id=99999), 0)], [(99999, 0)]),
]


@pytest.mark.parametrize(("key", "bad", "editor"), BAD)
def test_a_bad_value_among_500_new_tasks_refuses_all_and_writes_nothing(
    demo_ws, tmp_path, fingerprint, key, bad, editor
):
    """Values the plan lets through (the plan is tampered with here, as a later bug might)
    are refused by the row layer's own checks, with the editor's message, before anything
    is kept."""
    path = tmp_path / "many.xlsx"
    _many_tasks(path, 500)
    plan = build_plan(demo_ws, path, 1)
    assert plan.counts()["new"] == 500 and not plan.has_errors
    index = next(i for i, r in enumerate(plan.rows) if r.label == "批量任务 250")
    plan.rows[index].values[key] = [(Ref(row=index), 0)] if bad == "itself" else bad
    expected = _refused_message(demo_ws, key, editor)
    before = fingerprint(demo_ws)
    with pytest.raises(UserError) as refused:
        apply_plan(demo_ws, plan)
    assert refused.value.message() == expected
    assert fingerprint(demo_ws) == before


def test_500_new_tasks_import_in_order_and_undo(demo_ws, tmp_path, fingerprint):
    path = tmp_path / "many.xlsx"
    _many_tasks(path, 500)
    plan = build_plan(demo_ws, path, 1)
    before = fingerprint(demo_ws)
    result = apply_plan(demo_ws, plan)
    rows = editing.rows(demo_ws, "tracking", 1, "zh_CN", TODAY)
    assert len(rows) == 22 + 500
    assert [r.values["name"] for r in rows[22:]] == [f"批量任务 {i}" for i in range(1, 501)]
    # "序号" in the file is the row's number there: task i after task i-1 of the file
    assert rows[22 + 3].text["predecessors"] == str(22 + 3)
    assert [r.text["owner"] for r in rows[22:25]] == ["赵磊", "", "李娜"]
    created = [rid for form, rid in result.undo.created if form == "tracking"]
    assert created == [r.id for r in rows[22:]]
    undo_import(demo_ws, result.undo)
    assert fingerprint(demo_ws) == before
