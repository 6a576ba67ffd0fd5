"""The rules between a task's fields, checked on the whole plan at once: a task row whose
planned finish would come before its start, or whose predecessors would put it in a loop,
is a row error (the loop named by its tasks), exactly as the table and the Gantt refuse it.

The checks are ``app.forms.field_rules``' own, called on whole columns: one pass over the
dates and one search of the links of the initiative as they would be after the import, so
a plan of 10,000 tasks pays a few milliseconds. Only what the file changes is checked:
a row that brings back what the workspace holds already (an older file's dates out of
order, say) is left to the rules engine, which keeps showing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.excel.plan_types import PlanRow
from app.forms import field_rules

if TYPE_CHECKING:
    from app.excel.plan import Planner

_DATES = ("planned_start", "planned_finish")


def check_task_rules(planner: Planner) -> None:
    rows = [(i, r) for i, r in enumerate(planner.plan.rows) if r.form == "tracking"]
    if rows:
        _dates(planner, rows)
        _loops(planner, rows)


def _brings(row: PlanRow, key: str) -> bool:
    """Whether the row enters ``key``: a new row giving it, or an update changing it."""
    if row.target_id is None:
        return key in row.values
    return key in row.changes


def _dates(planner: Planner, rows: list[tuple[int, PlanRow]]) -> None:
    stored = planner.ex.rows.get("tracking", {})
    entered = [(i, r) for i, r in rows if any(_brings(r, k) for k in _DATES)]
    starts: list[Any] = []
    finishes: list[Any] = []
    for _i, row in entered:
        current = stored[row.target_id].values if row.target_id in stored else {}
        starts.append(row.values.get("planned_start", current.get("planned_start")))
        finishes.append(row.values.get("planned_finish", current.get("planned_finish")))
    for n in field_rules.backwards_rows(starts, finishes):
        i, row = entered[n]
        reason = field_rules.planned_dates_error(starts[n], finishes[n]).message()
        key = "planned_finish" if _brings(row, "planned_finish") else "planned_start"
        row.error(planner.sheet_for[i], key, reason)


def _loops(planner: Planner, rows: list[tuple[int, PlanRow]]) -> None:
    """The initiative's links as the import would leave them: a task of the file that
    brings predecessors waits for those, every other task for what it waits for now. A task
    new to the workspace is known by the negative of its row's place in the plan."""
    plan_rows = planner.plan.rows
    stored = planner.ex.rows.get("tracking", {})

    def node(index: int) -> int:
        target = plan_rows[index].target_id
        return target if target is not None else -(index + 1)

    def node_of(ref: Any) -> int | None:
        if ref is None:
            return None
        if ref.row is not None:
            return node(ref.row)
        return ref.id  # type: ignore[no-any-return]

    linking = [(i, row) for i, row in rows
               if _brings(row, "predecessors") and row.values["predecessors"]]
    if not linking:
        return  # a task that waits for nobody is in no loop
    # Only tasks that wait for another can be in a loop: the graph holds those alone.
    graph: dict[int, list[int]] = {tid: [p for p, _lag in r.values["predecessors"]]
                                   for tid, r in stored.items() if r.values.get("predecessors")}
    for i, row in rows:
        if _brings(row, "predecessors"):
            graph.pop(node(i), None)  # what the file says replaces what is stored
    brought: dict[int, int] = {}  # node → plan row index
    for i, row in linking:
        n = node(i)
        graph[n] = [p for p in (node_of(r) for r, _lag in row.values["predecessors"])
                    if p is not None]
        brought[n] = i
    loops = field_rules.predecessor_loops(graph, brought)
    if not loops:
        return
    in_file = {node(i): str(row.values.get("name") or row.label) for i, row in rows}

    def name(task: int) -> str:
        if task in in_file:
            return in_file[task]
        return str(stored[task].values.get("name") or task) if task in stored else "?"

    for n, loop in loops.items():
        i = brought[n]
        reason = field_rules.loop_error(loop, name).message()
        plan_rows[i].error(planner.sheet_for[i], "predecessors", reason)
