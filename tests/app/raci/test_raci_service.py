"""app.raci.raci_grid: the grid as read from the file, block edits in one transaction, the load."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.forms import editing
from app.raci import raci_grid
from app.store.changes import Change, ChangeArea
from app.store.models import Department, Member, RaciAssignment, Task
from app.store.workspace import Workspace
from tests.app.raci.raci_helpers import DEMO_INITIATIVE, stored


def test_demo_grid_groups_tasks_by_measure_and_members_by_department(demo_ws: Workspace):
    grid = raci_grid.load_grid(demo_ws, DEMO_INITIATIVE, raci_grid.MEMBERS, "zh_CN")
    assert len(grid.rows) == 22 and len(grid.columns) == 10
    assert [r.group for r in grid.rows[:6]] == ["建立需求直通机制"] * 6
    assert grid.rows[0].number == 1 and grid.rows[0].name == "需求直通机制方案"
    groups = [c.group for c in grid.columns]
    assert groups[:2] == ["研发部", "研发部"]  # departments in their order, members under them
    assert groups[-2:] == ["项目管理办公室", "项目管理办公室"]
    with demo_ws.read() as s:
        assert len(grid.letters) == s.scalar(select(func.count()).select_from(RaciAssignment))


def test_departments_view_lists_the_departments_taking_part(demo_ws: Workspace):
    grid = raci_grid.load_grid(demo_ws, DEMO_INITIATIVE, raci_grid.DEPARTMENTS)
    assert [c.label for c in grid.columns] == ["研发部", "市场部", "销售部", "售后服务部",
                                               "项目管理办公室"]
    assert all(c.key.startswith("d") for c in grid.columns)


def test_tasks_without_a_measure_come_last_under_their_own_group(demo_ws: Workspace):
    task_id = editing.add_row(demo_ws, "tracking", DEMO_INITIATIVE, {"name": "临时任务"})
    grid = raci_grid.load_grid(demo_ws, DEMO_INITIATIVE, lang="en")
    assert grid.rows[-1].task_id == task_id and grid.rows[-1].group == "(no measure)"
    assert grid.rows[-1].number == 23


def test_set_cells_is_one_transaction_and_returns_what_it_replaced(demo_ws: Workspace):
    grid = raci_grid.load_grid(demo_ws, DEMO_INITIATIVE)
    t1, t2 = grid.rows[0].task_id, grid.rows[1].task_id
    k1, k2 = grid.columns[1].key, grid.columns[0].key
    before = {(t1, k1): grid.letter(t1, k1) or None, (t2, k2): grid.letter(t2, k2) or None}
    seen: list[Change] = []
    demo_ws.subscribe(seen.append)
    old = raci_grid.set_cells(demo_ws, DEMO_INITIATIVE, {(t1, k1): "a", (t2, k2): None})
    assert old == before
    assert [c.areas for c in seen] == [ChangeArea.RACI]  # one commit, one notification
    assert stored(demo_ws, t1, k1) == "A" and stored(demo_ws, t2, k2) is None
    raci_grid.set_cells(demo_ws, DEMO_INITIATIVE, old)
    assert stored(demo_ws, t1, k1) == before[(t1, k1)]
    assert stored(demo_ws, t2, k2) == before[(t2, k2)]


def test_department_letters_sit_beside_member_letters(demo_ws: Workspace):
    grid = raci_grid.load_grid(demo_ws, DEMO_INITIATIVE, raci_grid.DEPARTMENTS)
    task, dep = grid.rows[0].task_id, grid.columns[0].key
    raci_grid.set_cells(demo_ws, DEMO_INITIATIVE, {(task, dep): "C"})
    with demo_ws.read() as s:
        row = s.scalar(select(RaciAssignment).where(RaciAssignment.task_id == task,
                                                    RaciAssignment.department_id.is_not(None)))
    assert row is not None and row.letter == "C" and row.member_id is None


@pytest.mark.parametrize("letter", ["X", "RA", "负责"])
def test_a_bad_letter_refuses_the_whole_block(demo_ws: Workspace, letter: str):
    grid = raci_grid.load_grid(demo_ws, DEMO_INITIATIVE)
    t, k = grid.rows[0].task_id, grid.columns[1].key
    with pytest.raises(ValidationError) as err:
        raci_grid.set_cells(demo_ws, DEMO_INITIATIVE, {(t, grid.columns[0].key): "R", (t, k): letter})
    assert letter in err.value.message()
    assert stored(demo_ws, t, grid.columns[0].key) == (grid.letter(t, grid.columns[0].key) or None)


def test_cells_of_another_initiative_or_unknown_columns_are_refused(demo_ws: Workspace):
    from app.org import initiatives

    other = initiatives.create_initiative(demo_ws, "另一个项目")
    grid = raci_grid.load_grid(demo_ws, DEMO_INITIATIVE)
    t = grid.rows[0].task_id
    with demo_ws.read() as s:
        member = s.scalar(select(Member.id).where(Member.initiative_id == DEMO_INITIATIVE))
        missing_dep = (s.scalar(select(func.max(Department.id))) or 0) + 1
        tasks_before = s.scalar(select(func.count()).select_from(RaciAssignment))
    for cells in ({(t, f"m{member}"): "R"}, ):
        with pytest.raises(ValidationError):
            raci_grid.set_cells(demo_ws, other, cells)
    for key in (f"d{missing_dep}", "x1", "m"):
        with pytest.raises(ValidationError):
            raci_grid.set_cells(demo_ws, DEMO_INITIATIVE, {(t, key): "R"})
    with demo_ws.read() as s:
        assert s.scalar(select(func.count()).select_from(RaciAssignment)) == tasks_before
        assert s.get(Task, t) is not None


def test_click_cycle_order():
    seq = [None]
    for _ in range(5):
        seq.append(raci_grid.next_letter(seq[-1]))
    assert seq == [None, "R", "A", "C", "I", None]


def test_column_loads_count_letters_and_flag_the_overloaded(demo_ws: Workspace):
    grid = raci_grid.load_grid(demo_ws, DEMO_INITIATIVE)
    loads = raci_grid.column_loads(grid)
    lead = next(c.key for c in grid.columns if c.label == "王建国")
    assert loads[lead].accountable == 22 and loads[lead].heavy
    assert [c.label for c in grid.columns if loads[c.key].heavy] == ["王建国"]
    assert sum(x.responsible for x in loads.values()) == sum(
        1 for v in grid.letters.values() if v == "R")


def test_excel_blocks_round_trip_and_bad_cells_are_named():
    text = raci_grid.format_block([["R", "A"], ["", "i"]])
    assert text == "R\tA\n\ti\n"
    assert raci_grid.parse_block(text) == [["R", "A"], [None, "I"]]
    assert raci_grid.parse_block("r\t\"A\"\r\nC\t-\r\n") == [["R", "A"], ["C", None]]
    with pytest.raises(ValidationError) as err:
        raci_grid.parse_block("R\tA\nC\tOK\n")
    assert err.value.fmt == {"row": 2, "column": 2, "value": "OK"}
