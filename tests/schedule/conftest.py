"""Small plans built in a real workspace file, for the engine, CLI and widget tests."""

import datetime as dt

import pytest

from app.store.changes import ChangeArea
from app.store.models import CalendarDay, Department, Initiative, Measure, Person, Task, TaskDependency
from app.store.workspace import Workspace

D = dt.date


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.create(tmp_path / "plan.crossdesk")
    yield ws
    ws.close()


def add_plan(ws, tasks, links=(), days=(), name="Launch"):
    """tasks: dicts of Task fields (``key`` names the task for ``links``); links:
    (predecessor key, task key, lag). Returns (initiative id, {key: task id})."""
    with ws.write(ChangeArea.TASKS) as s:
        ini = Initiative(name=name)
        s.add(ini)
        s.flush()
        objs = {}
        for i, spec in enumerate(tasks):
            spec = dict(spec)
            key = spec.pop("key", spec["name"])
            t = Task(initiative_id=ini.id, position=i, **spec)
            s.add(t)
            objs[key] = t
        s.flush()
        for p, t, lag in links:
            s.add(TaskDependency(task_id=objs[t].id, predecessor_id=objs[p].id, lag_days=lag))
        for day, working, label in days:
            s.add(CalendarDay(day=day, working=working, name=label))
        return ini.id, {k: o.id for k, o in objs.items()}


@pytest.fixture
def small_plan(workspace):
    """A, then B and C in parallel, then milestone D (critical path A–C–D, B has 2 days)."""
    with workspace.write() as s:
        dep = Department(name="R&D")
        s.add(dep)
        s.flush()
        owner = Person(name="Li Wei", department_id=dep.id)
        s.add(owner)
        s.flush()
        dep_id, owner_id = dep.id, owner.id
    ini, ids = add_plan(workspace, [
        dict(name="A", planned_start=D(2025, 3, 3), planned_finish=D(2025, 3, 5),
             department_id=dep_id, owner_id=owner_id),
        dict(name="B", planned_start=D(2025, 3, 6), planned_finish=D(2025, 3, 7)),
        dict(name="C", planned_start=D(2025, 3, 6), planned_finish=D(2025, 3, 11),
             department_id=dep_id),
        dict(name="D", planned_start=D(2025, 3, 11), planned_finish=D(2025, 3, 11),
             milestone=True),
    ], [("A", "B", 0), ("A", "C", 0), ("B", "D", 0), ("C", "D", 0)])
    with workspace.write() as s:
        measure = Measure(initiative_id=ini, name="Faster approval")
        s.add(measure)
        s.flush()
        for key in ("A", "B"):
            s.get(Task, ids[key]).measure_id = measure.id
    return ini, ids


@pytest.fixture
def long_plan(workspace):
    """120 tasks over six measures with links and a holiday: more rows than fit in view."""
    start = D(2025, 3, 3)
    tasks = []
    for i in range(120):
        first = start + dt.timedelta(days=i // 2)
        tasks.append(dict(key=i, name=f"Task {i}", planned_start=first,
                          planned_finish=first + dt.timedelta(days=2 + i % 5),
                          percent=(i * 17) % 100, milestone=i % 29 == 0))
    links = [(i, i + 3, 0) for i in range(0, 117, 4)]
    ini, ids = add_plan(workspace, tasks, links, [(D(2025, 3, 14), False, "Holiday")])
    with workspace.write() as s:
        measures = [Measure(initiative_id=ini, name=f"Measure {m}", position=m)
                    for m in range(6)]
        s.add_all(measures)
        s.flush()
        for i, task_id in ids.items():
            s.get(Task, task_id).measure_id = measures[i // 20].id
    return ini, ids
