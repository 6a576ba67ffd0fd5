"""Every rule of the checker, kept (the demo) and broken, through the real services."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.forms import editing
from app.i18n import set_language
from app.org import initiatives
from app.raci import raci_grid
from app.rules import Finding, check_all, check_initiative
from app.rules import file as file_rules
from app.schedule.engine import ScheduleCycleError
from app.store.changes import ChangeArea
from app.store.models import Goal, Member, Person, Task, TaskDependency
from app.store.workspace import Workspace
from tests.app.raci.raci_helpers import DEMO_INITIATIVE, damage_index
from tests.conftest import DEMO_TODAY


def findings(ws: Workspace, area: str) -> list[Finding]:
    with ws.read() as s:
        return [f for f in check_initiative(s, DEMO_INITIATIVE) if f.area == area]


def member_id(ws: Workspace, name: str) -> int:
    with ws.read() as s:
        return s.scalar(select(Member.id).join(Person).where(Person.name == name))


def task_id(ws: Workspace, name: str) -> int:
    with ws.read() as s:
        return s.scalar(select(Task.id).where(Task.name == name))


def test_the_demo_keeps_every_rule(demo_ws: Workspace):
    # The register's clocks read on the demo's own today (its items are dated around it).
    with demo_ws.read() as s:
        assert check_all(s, now=dt.datetime.combine(DEMO_TODAY, dt.time(14))) == []
        assert file_rules.check_file(s) == []


# -- RACI ---------------------------------------------------------------------------------
def test_raci_no_accountable_and_two_accountable(demo_ws: Workspace):
    t = task_id(demo_ws, "样机第一批交付")
    lead, liaison = member_id(demo_ws, "王建国"), member_id(demo_ws, "李娜")
    raci_grid.set_cells(demo_ws, DEMO_INITIATIVE, {(t, f"m{lead}"): None})
    [f] = findings(demo_ws, "raci")
    assert (f.rule, f.item, f.form, f.row_id) == ("raci.one_accountable", "样机第一批交付",
                                                 "raci", t)
    assert "Nobody is accountable" in f.message
    raci_grid.set_cells(demo_ws, DEMO_INITIATIVE, {(t, f"m{lead}"): "A", (t, f"m{liaison}"): "A"})
    [f] = findings(demo_ws, "raci")
    assert f.rule == "raci.one_accountable" and f.column in (f"m{lead}", f"m{liaison}")
    assert "2 are accountable" in f.message and "王建国" in f.message and "李娜" in f.message


def test_raci_a_department_letter_counts_for_the_rule(demo_ws: Workspace):
    t = task_id(demo_ws, "样机第一批交付")
    grid = raci_grid.load_grid(demo_ws, DEMO_INITIATIVE, raci_grid.DEPARTMENTS)
    raci_grid.set_cells(demo_ws, DEMO_INITIATIVE, {(t, grid.columns[0].key): "A"})
    [f] = findings(demo_ws, "raci")
    assert f.rule == "raci.one_accountable" and "研发部" in f.message


def test_raci_responsible(demo_ws: Workspace):
    set_language("zh_CN")
    t = task_id(demo_ws, "需求直通机制方案")
    rs = [k for k, v in raci_grid.load_grid(demo_ws, DEMO_INITIATIVE).task_letters(t) if v == "R"]
    raci_grid.set_cells(demo_ws, DEMO_INITIATIVE, {(t, k): "C" for k in rs})
    [f] = findings(demo_ws, "raci")
    assert f.rule == "raci.responsible" and "执行人（R）" in f.message


def test_a_task_with_no_letters_breaks_both_raci_rules(demo_ws: Workspace):
    new = editing.add_row(demo_ws, "tracking", DEMO_INITIATIVE, {"name": "新任务"})
    assert {f.rule for f in findings(demo_ws, "raci") if f.row_id == new} == {
        "raci.one_accountable", "raci.responsible"}


# -- Team ---------------------------------------------------------------------------------
def test_team_no_lead_and_two_leads(demo_ws: Workspace):
    lead = member_id(demo_ws, "王建国")
    editing.set_value(demo_ws, "team", lead, "role", "executor")
    [f] = findings(demo_ws, "team")
    assert f.rule == "team.one_lead" and "no overall lead" in f.message and f.form == "team"
    editing.set_value(demo_ws, "team", lead, "role", "lead")
    editing.set_value(demo_ws, "team", member_id(demo_ws, "郑凯"), "role", "lead")
    [f] = findings(demo_ws, "team")
    assert f.rule == "team.one_lead" and f.item == "王建国, 郑凯"
    assert f.row_id == member_id(demo_ws, "郑凯")


def test_team_liaison_for_every_participating_department(demo_ws: Workspace):
    editing.set_value(demo_ws, "team", member_id(demo_ws, "周强"), "role", "executor")
    [f] = findings(demo_ws, "team")
    assert (f.rule, f.item) == ("team.liaison", "售后服务部")
    assert "no liaison" in f.message
    # The PMO leads a goal but takes part in none, so it needs no liaison: still one finding.
    editing.set_value(demo_ws, "team", member_id(demo_ws, "郑凯"), "role", "executor")
    assert [f.item for f in findings(demo_ws, "team")] == ["售后服务部"]


# -- Goals --------------------------------------------------------------------------------
def test_goal_measure_due_date_and_lead_department(demo_ws: Workspace):
    with demo_ws.read() as s:
        goal = s.scalars(select(Goal).order_by(Goal.position)).first()
    assert goal is not None
    editing.set_value(demo_ws, "goals", goal.id, "measure", "")
    editing.set_value(demo_ws, "goals", goal.id, "due_date", None)
    editing.set_value(demo_ws, "goals", goal.id, "lead_department", "")
    found = findings(demo_ws, "goals")
    assert [(f.rule, f.column) for f in found] == [
        ("goals.measure", "measure"), ("goals.due_date", "due_date"),
        ("goals.lead_department", "lead_department")]
    assert {f.item for f in found} == {goal.name} and {f.row_id for f in found} == {goal.id}
    editing.set_value(demo_ws, "goals", goal.id, "measure", "上市日期偏差 ≤ 3 天")
    assert "goals.measure" not in {f.rule for f in findings(demo_ws, "goals")}


# -- Tasks --------------------------------------------------------------------------------
def test_task_dates_planned_and_actual(demo_ws: Workspace):
    t = task_id(demo_ws, "需求直通机制方案")
    # Every writer refuses a planned finish before the start; an older file may hold one.
    with pytest.raises(ValidationError):
        editing.set_value(demo_ws, "tracking", t, "planned_finish", dt.date(2020, 1, 1))
    with demo_ws.write(ChangeArea.TASKS) as s:
        s.get(Task, t).planned_finish = dt.date(2020, 1, 1)
    [f] = findings(demo_ws, "tasks")
    assert (f.rule, f.column, f.row_id) == ("tasks.dates", "planned_finish", t)
    assert "2020-01-01" in f.message
    editing.set_value(demo_ws, "tracking", t, "planned_finish", dt.date(2030, 1, 1))
    editing.set_value(demo_ws, "tracking", t, "actual_finish", dt.date(2020, 1, 1))
    [f] = findings(demo_ws, "tasks")
    assert (f.rule, f.column) == ("tasks.dates", "actual_finish")
    editing.set_value(demo_ws, "tracking", t, "actual_finish", None)
    assert findings(demo_ws, "tasks") == []


def test_predecessor_outside_the_initiative(demo_ws: Workspace):
    other = initiatives.create_initiative(demo_ws, "另一个项目")
    stranger = editing.add_row(demo_ws, "tracking", other, {"name": "外部任务"})
    t = task_id(demo_ws, "需求直通机制方案")
    with demo_ws.write(ChangeArea.TASKS) as s:  # as an old import could have left it
        s.add(TaskDependency(task_id=t, predecessor_id=stranger, lag_days=0))
    [f] = findings(demo_ws, "tasks")
    assert (f.rule, f.item, f.column) == ("tasks.predecessor_missing", "需求直通机制方案",
                                          "predecessors")
    assert str(stranger) in f.message


def test_predecessor_cycle_names_its_tasks(demo_ws: Workspace):
    # 样机第一批交付 ← 研发需求答复流程上线 ← 需求直通机制方案 already; close the circle.
    first = task_id(demo_ws, "需求直通机制方案")
    last = task_id(demo_ws, "样机第一批交付")
    # Every writer refuses the link that closes it; an older file may hold one.
    with pytest.raises(ScheduleCycleError):
        editing.set_value(demo_ws, "tracking", first, "predecessors", [(last, 0)])
    with demo_ws.write(ChangeArea.TASKS) as s:
        s.add(TaskDependency(task_id=first, predecessor_id=last, lag_days=0))
    [f] = findings(demo_ws, "tasks")
    assert f.rule == "tasks.cycle"
    names = ["需求直通机制方案", "研发需求答复流程上线", "样机第一批交付"]
    assert all(n in f.item for n in names)
    chain = f.message.split(": ", 1)[1].rstrip(".").split(" → ")
    assert len(chain) == 4 and chain[0] == chain[-1] and set(chain) == set(names)
    # In work order: each task comes just before the task that waits for it.
    waits_for = {("需求直通机制方案", "研发需求答复流程上线"),
                 ("研发需求答复流程上线", "样机第一批交付"),
                 ("样机第一批交付", "需求直通机制方案")}
    assert {(chain[i], chain[i + 1]) for i in range(3)} == waits_for


def test_cycle_search_handles_long_chains_and_separate_circles():
    from app.rules.tasks import find_cycles

    chain = {i: [i - 1] if i else [] for i in range(5000)}  # no recursion limit
    assert find_cycles(chain) == []
    graph = {1: [2], 2: [1], 3: [4], 4: [5], 5: [3], 6: [1]}
    cycles = find_cycles(graph)
    assert sorted(sorted(c) for c in cycles) == [[1, 2], [3, 4, 5]]


# -- File ---------------------------------------------------------------------------------
def test_integrity_check_reports_an_index_that_disagrees(demo_path):
    damage_index(demo_path)
    with Workspace.open(demo_path, read_only=True) as ws, ws.read() as s:
        [f] = file_rules.check_file(s, demo_path.name)
    assert (f.rule, f.initiative, f.item) == ("file.integrity", None, demo_path.name)
    assert "ix_tasks_initiative_id" in f.message
