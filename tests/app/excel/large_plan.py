"""A large and wide initiative for the import tests: thousands of rows in every form and
60 people on the team, so the RACI grid has 60 person columns."""

from __future__ import annotations

import datetime as dt

from app.store.changes import ChangeArea
from app.store.models import (
    Department,
    Goal,
    Initiative,
    Kpi,
    Measure,
    Member,
    PainPoint,
    Person,
    RaciAssignment,
    Signoff,
    Task,
    TaskDependency,
)
from app.store.workspace import Workspace

DEPTS = ["研发部", "市场部", "销售部", "售后服务部", "财务部", "采购部"]
STATUSES = ["not_started", "in_progress", "blocked", "done"]


def fill_wide(ws: Workspace, rows: int = 5000, people: int = 60, every_form: bool = True,
              start: dt.date = dt.date(2026, 9, 7)) -> int:
    """One initiative with ``rows`` tasks (and as many rows in each other form, with
    ``every_form``) and ``people`` team members; every task has an A and an R, and every
    50th task a letter for each of the people."""
    with ws.write(ChangeArea.INITIATIVES) as s:
        deps = [Department(name=n, position=i) for i, n in enumerate(DEPTS, 1)]
        s.add_all(deps)
        ini = Initiative(name="大型宽表项目", position=1)
        s.add(ini)
        s.flush()
        persons = [
            Person(name=f"成员{i:02d}", department=deps[i % len(deps)], phone=f"138 0000 {i:04d}",
                   email=f"m{i}@example.com", chat=f"m{i}")
            for i in range(people)
        ]
        s.add_all(persons)
        members = [
            Member(initiative_id=ini.id, person=p, position=i,
                   role="lead" if i == 0 else "liaison" if i <= len(deps) else "executor",
                   duties=f"第 {i} 项工作")
            for i, p in enumerate(persons)
        ]
        s.add_all(members)
        for i, d in enumerate(deps):
            s.add(Signoff(initiative_id=ini.id, form="goals", position=i, department=d,
                          signer=persons[i].name))
        for i in range(rows if every_form else 0):
            due = start + dt.timedelta(days=30 + i % 200)
            s.add(Goal(initiative_id=ini.id, position=i, name=f"目标 {i + 1}", measure="达标",
                       due_date=due, lead_department=deps[i % len(deps)],
                       departments=deps[i % 3:i % 3 + 2]))
            s.add(PainPoint(initiative_id=ini.id, position=i, step=f"环节 {i + 1}",
                            kind=["break_point", "blockage", "pain_point"][i % 3],
                            description=f"问题 {i + 1}", impact=1 + i % 5,
                            frequency=1 + (i * 3) % 5, departments=deps[i % 3:i % 3 + 1]))
            s.add(Kpi(initiative_id=ini.id, position=i, name=f"指标 {i + 1}", unit="天",
                      before=7 + i % 5, target=3, after=4 if i % 2 else None,
                      lower_is_better=True))
        measures = [Measure(initiative_id=ini.id, position=i, name=f"措施 {i + 1}")
                    for i in range(rows if every_form else 40)]
        s.add_all(measures)
        tasks = []
        for i in range(rows):
            ps = start + dt.timedelta(days=i % 90)
            tasks.append(Task(initiative_id=ini.id, position=i, name=f"任务 {i + 1:04d}",
                              measure=measures[i % 40], department=deps[i % len(deps)],
                              owner=persons[i % people], planned_start=ps,
                              planned_finish=ps + dt.timedelta(days=5 + i % 7),
                              percent=(i * 7) % 101, status=STATUSES[i % 4]))
        s.add_all(tasks)
        s.flush()
        for i in range(1, rows, 4):
            s.add(TaskDependency(task_id=tasks[i].id, predecessor_id=tasks[i - 1].id))
        letters = []
        for i, t in enumerate(tasks):
            cells = {i % people: "A", (i + 1) % people: "R"}
            if i % 50 == 0:
                cells = {m: "RCI"[m % 3] for m in range(people)} | {i % people: "A"}
            letters += [
                {"task_id": t.id, "member_id": members[m].id, "letter": letter}
                for m, letter in cells.items()
            ]
        s.execute(RaciAssignment.__table__.insert(), letters)
        return ini.id
