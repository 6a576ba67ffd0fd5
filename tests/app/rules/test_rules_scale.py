"""The rule check grows with the plan, not faster: the same SQL statements whatever the
number of tasks (no query per task, no list of every task id in a statement), the
RACI rows grouped under their measures in one pass, and the grid's column order looked
at only for a task that has several A's."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

from app import rules
from app.raci import raci_grid
from app.schedule.loader import connection_of
from app.store.changes import ChangeArea
from app.store.models import (
    Department,
    Initiative,
    Measure,
    Member,
    Person,
    RaciAssignment,
    Task,
    TaskDependency,
)
from app.store.workspace import Workspace


def _plan(path: Path, tasks: int, measures: int) -> Workspace:
    ws = Workspace.create(path)
    with ws.write() as s:
        ini = Initiative(name="scale")
        dep = Department(name="R&D")
        s.add_all([ini, dep])
        s.flush()
        person = Person(name="Wang", department_id=dep.id)
        s.add(person)
        s.flush()
        member = Member(initiative_id=ini.id, person_id=person.id, role="lead", position=0)
        ms = [Measure(initiative_id=ini.id, name=f"M{i}", position=i) for i in range(measures)]
        s.add_all([member, *ms])
        s.flush()
        day = dt.date(2026, 3, 2)
        s.execute(Task.__table__.insert(), [
            dict(initiative_id=ini.id, position=i, name=f"T{i}", measure_id=ms[i % measures].id,
                 planned_start=day, planned_finish=day - dt.timedelta(days=i % 2))
            for i in range(tasks)])
        ids = list(s.scalars(Task.__table__.select().with_only_columns(Task.id)
                             .order_by(Task.id)))
        s.execute(TaskDependency.__table__.insert(), [
            dict(task_id=b, predecessor_id=a, lag_days=0) for a, b in pairwise(ids)])
        s.execute(RaciAssignment.__table__.insert(), [
            dict(task_id=t, member_id=member.id, department_id=None, letter="AR"[i % 2])
            for i, t in enumerate(ids)])
    return ws


def _statements(ws: Workspace) -> list[str]:
    """The SQL the rule check sends for initiative 1 (which has findings)."""
    with ws.read() as s:
        seen: list[str] = []
        conn = connection_of(s)
        conn.set_trace_callback(seen.append)
        try:
            findings = rules.check_initiative(s, 1)
        finally:
            conn.set_trace_callback(None)
        assert findings
        return seen


def test_the_rule_check_sends_the_same_statements_for_any_number_of_tasks(
        tmp_path: Path) -> None:
    small = _plan(tmp_path / "small.crossdesk", 20, 4)
    large = _plan(tmp_path / "large.crossdesk", 600, 4)
    try:
        few, many = _statements(small), _statements(large)
        assert few == many
        assert max(s.count("?") for s in many) <= 3
    finally:
        small.close()
        large.close()


class CountingNames(dict[str, str]):
    """Column names that count how often their order is walked."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        CountingNames.walks += 1
        return super().__iter__()


def test_the_column_order_is_looked_at_only_for_several_accountables() -> None:
    names = CountingNames({"m1": "Wang", "m2": "Li", "d1": "R&D"})
    for _ in range(500):
        assert raci_grid.task_problems([("m1", "A"), ("m2", "R")], names) == []
    assert raci_grid.task_problems([("m1", "R")], names)[0].rule == "raci.one_accountable"
    assert CountingNames.walks == 0
    two = raci_grid.task_problems([("d1", "A"), ("m2", "A"), ("m1", "R")], names)
    assert two[0].column == "d1"  # the second A in the grid's column order
    assert CountingNames.walks == 1


def test_raci_rows_keep_each_measures_tasks_in_order(tmp_path: Path) -> None:
    ws = _plan(tmp_path / "rows.crossdesk", 60, 7)
    try:
        grid = raci_grid.load_grid(ws, 1)
        assert [r.number for r in grid.rows][:3] == [1, 8, 15]  # M0's tasks first
        assert [r.group for r in grid.rows] == sorted((r.group for r in grid.rows),
                                                      key=lambda g: int(g[1:]))
        assert sorted(r.number for r in grid.rows) == list(range(1, 61))
    finally:
        ws.close()


def test_the_rule_check_finds_what_the_grid_shows(tmp_path: Path) -> None:
    """The check reads plain rows; the RACI tab reads the grid: the same findings, in the
    same order, whatever the letters (none, one, two A's, a task of no measure)."""
    from app.rules.raci import check, grid_findings

    ws = _plan(tmp_path / "same.crossdesk", 30, 3)
    try:
        with ws.write(ChangeArea.RACI) as s:
            first, second, loose = s.scalars(Task.__table__.select()
                                             .with_only_columns(Task.id).limit(3)).all()
            s.add(RaciAssignment(task_id=first, department_id=1, letter="A"))  # two A's
            s.execute(RaciAssignment.__table__.delete().where(
                RaciAssignment.task_id == second))  # no letter at all
            s.execute(Task.__table__.update().where(Task.id == loose).values(measure_id=None))
        with ws.read() as s:
            found = check(s, 1)
            assert found == grid_findings(raci_grid.read_grid(s, 1))
        rules_of = {(f.row_id, f.rule) for f in found}
        assert (first, "raci.one_accountable") in rules_of
        assert {(second, "raci.one_accountable"), (second, "raci.responsible")} <= rules_of
        assert found[-1].row_id == loose  # a task of no measure comes last
    finally:
        ws.close()
