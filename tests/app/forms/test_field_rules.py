"""One rule per task field for every writer: the table's service and the Gantt's refuse a
planned finish before the start and predecessors that would put a task in a loop, with
the same message; undo puts back what an older file held, rules or not; the checks on
whole columns give what the single ones give."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import UserError, ValidationError
from app.forms import editing, field_rules
from app.schedule import edit
from app.schedule.engine import ScheduleCycleError
from app.store.changes import ChangeArea
from app.store.models import Task, TaskDependency
from app.store.workspace import Workspace

INI = 1
D = dt.date
# The demo's tasks 1 → 2 → 3: 研发需求答复流程上线 waits for 需求直通机制方案, 样机第一批交付
# for 研发需求答复流程上线. Task 1 is planned 2026-10-09 – 2026-10-14.
FIRST, SECOND, THIRD = 1, 2, 3


def _task(ws: Workspace, task_id: int) -> dict:
    return next(r.values for r in editing.rows(ws, "tracking", INI) if r.id == task_id)


@pytest.mark.parametrize(("key", "value"), [
    ("planned_finish", D(2026, 10, 8)), ("planned_finish", "2026/10/1"),
    ("planned_start", "2026-10-15"), ("planned_start", D(2027, 1, 1)),
])
def test_the_table_refuses_dates_out_of_order_and_stores_nothing(demo_ws: Workspace, key: str,
                                                                 value: object) -> None:
    before = editing.rows(demo_ws, "tracking", INI)
    with pytest.raises(ValidationError) as refused:
        editing.set_value(demo_ws, "tracking", FIRST, key, value)
    assert "before the planned start" in refused.value.message("en")
    assert "早于计划开始日期" in refused.value.message("zh_CN")
    assert editing.rows(demo_ws, "tracking", INI) == before


def test_the_table_and_the_gantt_refuse_with_the_same_rule(demo_ws: Workspace) -> None:
    with pytest.raises(ValidationError) as typed:
        editing.set_value(demo_ws, "tracking", FIRST, "planned_finish", D(2026, 10, 1))
    with pytest.raises(ValidationError) as dragged:
        edit.set_dates(demo_ws, FIRST, D(2026, 10, 9), D(2026, 10, 1))
    assert typed.value.message("en") == dragged.value.message("en")
    with pytest.raises(ScheduleCycleError) as typed_loop:
        editing.set_value(demo_ws, "tracking", FIRST, "predecessors", "3")
    with pytest.raises(ScheduleCycleError) as linked_loop:
        edit.link_tasks(demo_ws, THIRD, FIRST)
    assert typed_loop.value.message("en") == linked_loop.value.message("en")
    assert typed_loop.value.names == ["需求直通机制方案", "研发需求答复流程上线", "样机第一批交付"]


def test_the_table_refuses_predecessors_that_close_a_loop(demo_ws: Workspace) -> None:
    before = editing.rows(demo_ws, "tracking", INI)
    for typed in ("3", "5, 3+2", [(THIRD, 0)], "1"):
        with pytest.raises(UserError) as refused:
            editing.set_value(demo_ws, "tracking", FIRST, "predecessors", typed)
        assert refused.value.key in ("error.schedule.cycle", "error.value.self_predecessor")
    assert editing.rows(demo_ws, "tracking", INI) == before
    # Waiting for a task outside the chain closes nothing.
    editing.set_value(demo_ws, "tracking", FIRST, "predecessors", "7")
    assert _task(demo_ws, FIRST)["predecessors"] == [(7, 0)]


def test_undo_puts_back_what_an_older_file_held(demo_ws: Workspace) -> None:
    with demo_ws.write(ChangeArea.TASKS) as s:  # an older version let these be typed
        s.get(Task, FIRST).planned_finish = D(2026, 10, 1)
        s.add(TaskDependency(task_id=FIRST, predecessor_id=THIRD, lag_days=0))
    old_finish = editing.set_value(demo_ws, "tracking", FIRST, "planned_finish", D(2026, 10, 20))
    old_links = editing.set_value(demo_ws, "tracking", FIRST, "predecessors", [])
    # Still broken rows can't be entered again; undo gives them back exactly.
    with pytest.raises(ValidationError):
        editing.set_value(demo_ws, "tracking", FIRST, "planned_finish", old_finish)
    editing.restore_value(demo_ws, "tracking", FIRST, "predecessors", old_links)
    editing.restore_value(demo_ws, "tracking", FIRST, "planned_finish", old_finish)
    task = _task(demo_ws, FIRST)
    assert (task["planned_finish"], task["predecessors"]) == (D(2026, 10, 1), [(THIRD, 0)])
    # The Gantt's undo too.
    old = edit.move_task(demo_ws, FIRST, D(2026, 10, 12))
    edit.set_dates(demo_ws, FIRST, old.planned_start, old.planned_finish, rules=False)
    assert edit.task_dates(demo_ws, FIRST) == old


def test_columns_give_what_single_checks_give() -> None:
    starts = [D(2027, 1, 4), None, D(2027, 1, 4), D(2027, 1, 4)]
    finishes = [D(2027, 1, 3), D(2027, 1, 3), None, D(2027, 1, 4)]
    assert field_rules.backwards_rows(starts, finishes) == [0]
    for i, pair in enumerate(zip(starts, finishes, strict=True)):
        if i == 0:
            with pytest.raises(ValidationError):
                field_rules.check_planned_dates(*pair)
        else:
            field_rules.check_planned_dates(*pair)
    # 1 ← 2 ← 3 ← 1 is a loop, 4 waits for it and 5 for nobody: 6 and 7 wait for each other.
    graph = {1: [3], 2: [1], 3: [2], 4: [3], 5: [], 6: [7], 7: [6]}
    loops = field_rules.predecessor_loops(graph, [1, 2, 4, 5, 7])
    assert loops == {1: [1, 2, 3], 2: [2, 3, 1], 7: [7, 6]}


def test_a_long_chain_and_a_large_loop_are_checked_in_one_pass() -> None:
    chain = {i: [i - 1] if i else [] for i in range(50_000)}
    assert field_rules.predecessor_loops(chain, chain) == {}
    ring = {i: [(i - 1) % 20_000] for i in range(20_000)}  # each waits for the one before
    loops = field_rules.predecessor_loops(ring, ring)
    assert len(loops) == 20_000
    # Told from the task itself and by its ends: a message names a dozen tasks.
    assert loops[5] == [5, 6, 7, 8, 9, 10, None, 0, 1, 2, 3, 4]
    error = field_rules.loop_error(loops[5], lambda t: f"T{t}")
    assert "T5 → T6 → T7 → T8 → T9 → T10 → … → T0 → T1 → T2 → T3 → T4 → T5" in error.message("en")
