"""The plan loader reads plain SQLite: its table and column names, and the types it reads
them as, must stay those of the models, and the Gantt's data path must import without
SQLAlchemy (0.7 s of start-up)."""

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Float, Integer, MetaData

from app.schedule import loader
from app.schedule.data import Link, TaskData
from app.store.baseline_models import Baseline, BaselineTask
from app.store.models import (
    Base,
    CalendarDay,
    Department,
    Goal,
    Measure,
    Person,
    Task,
    TaskDependency,
)
from tests.conftest import add_plan

D = dt.date
ROOT = Path(__file__).resolve().parents[3]


def test_table_and_column_names_match_the_models():
    models = {loader.TASKS: Task, loader.MEASURES: Measure, loader.DEPARTMENTS: Department,
              loader.PEOPLE: Person, loader.LINKS: TaskDependency, loader.CALENDAR: CalendarDay,
              loader.GOALS: Goal, loader.BASELINES: Baseline, loader.BASELINE_TASKS: BaselineTask}
    assert set(models) == set(loader.COLUMNS)
    for name, model in models.items():
        assert model.__table__.name == name
        assert set(loader.COLUMNS[name]) <= set(model.__table__.columns.keys()), name


def _type_mismatches(metadata: MetaData) -> list[str]:
    """Each column the loader reads whose declared type is not the models' Python type."""
    return [f"{table}.{column}: loader {declared.__name__}, model "
            f"{metadata.tables[table].c[column].type.python_type.__name__}"
            for table, columns in loader.COLUMNS.items()
            for column, declared in columns.items()
            if metadata.tables[table].c[column].type.python_type is not declared]


def test_the_loader_reads_each_column_as_the_type_the_models_give_it():
    assert _type_mismatches(Base.metadata) == []


def test_a_column_whose_type_changes_in_the_models_is_caught():
    changed = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["tasks"].c["percent"].type = Float()
    changed.tables["calendar_days"].c["working"].type = Integer()
    assert _type_mismatches(changed) == ["tasks.percent: loader int, model float",
                                         "calendar_days.working: loader bool, model int"]


def test_the_tasks_query_decodes_the_columns_declared_as_dates_and_bools():
    select_list = loader._TASKS_SQL.split("SELECT", 1)[1].split("FROM", 1)[0]
    names = [re.search(r"t\.(\w+)", item).group(1) for item in select_list.split(",")
             if "t." in item]
    types = [loader.COLUMNS[loader.TASKS][n] for n in names]
    assert tuple(i for i, t in enumerate(types) if t is dt.date) == loader._DATE_COLUMNS
    assert [i for i, t in enumerate(types) if t is bool] == [loader._MILESTONE]


def test_every_column_named_in_the_queries_is_declared():
    sql = " ".join([loader._TASKS_SQL, loader._LINKS_SQL, loader._CALENDAR_SQL,
                    loader._MEASURES_SQL, loader._DEPARTMENTS_SQL, loader._PEOPLE_SQL])
    declared = {c for cols in loader.COLUMNS.values() for c in cols}
    for word in sql.replace(",", " ").replace("(", " ").replace(")", " ").split():
        if "." in word:  # alias.column
            assert word.split(".", 1)[1] in declared, word


def test_the_gantt_data_path_imports_without_the_orm():
    code = ("import sys, app.schedule.plan_view, app.schedule.view_rows, ui.gantt.bar_geometry\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
            " or m == 'app.store.models'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""}, check=True)
    assert out.stdout.strip() == "[]"


def test_plan_reads_names_order_dates_and_only_this_initiatives_links(workspace, small_plan):
    ini, ids = small_plan
    # A second initiative whose task links to this one's must not leak in.
    other, other_ids = add_plan(workspace, [dict(name="Elsewhere")], name="Other")
    with workspace.write() as s:
        s.add(TaskDependency(task_id=other_ids["Elsewhere"], predecessor_id=ids["A"]))
        s.add(CalendarDay(day=D(2025, 3, 10), working=False, name="Closed"))
        s.get(Task, ids["B"]).position = 10
        s.get(Task, ids["C"]).actual_start = D(2025, 3, 7)
    plan, cal = loader.load(workspace, ini)
    assert [t.name for t in plan.tasks] == ["A", "C", "D", "B"]
    a, c, d, b = plan.tasks
    assert isinstance(a, TaskData) and plan.by_id[ids["A"]] is a
    assert (a.department_name, a.owner_name, a.measure_name) == ("R&D", "Li Wei",
                                                                 "Faster approval")
    assert (b.department_id, b.department_name, b.owner_id, b.owner_name) == (
        None, "", None, "")
    assert (c.measure_id, c.measure_name, c.actual_start) == (None, "", D(2025, 3, 7))
    assert d.milestone is True and a.milestone is False and d.due == D(2025, 3, 11)
    assert a.planned_start == D(2025, 3, 3) and a.actual_finish is None
    assert set(plan.links) == {Link(ids["A"], ids["B"]), Link(ids["A"], ids["C"]),
                               Link(ids["B"], ids["D"]), Link(ids["C"], ids["D"])}
    assert not cal.is_working(D(2025, 3, 10)) and cal.name_of(D(2025, 3, 10)) == "Closed"
    assert loader.load(workspace, other)[0].links == ()


def test_an_initiative_without_tasks_loads_empty(workspace):
    ini, _ = add_plan(workspace, [])
    plan, _cal = loader.load(workspace, ini)
    assert (plan.tasks, plan.links, plan.by_id) == ((), (), {})


def test_orm_callers_read_inside_their_session(workspace, small_plan):
    ini, ids = small_plan
    with workspace.write() as s:
        s.get(Task, ids["A"]).name = "Renamed, not yet committed"
        s.flush()
        plan = loader.load_plan_in(loader.connection_of(s), ini)
    assert plan.by_id[ids["A"]].name == "Renamed, not yet committed"
