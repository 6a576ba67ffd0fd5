"""A large initiative for the long-form and wide-sheet tests and the print benchmark."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

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
    Setting,
    Task,
    TaskDependency,
)
from app.store.workspace import Workspace

DEPTS = ["研发部", "市场部", "销售部", "售后服务部", "财务部", "采购部"]
STATUSES = ["not_started", "in_progress", "blocked", "done"]


def person_name(i: int) -> str:
    return f"员工{i:02d}"


def goal_name(i: int) -> str:
    return f"目标 {i + 1:04d}"


def kpi_name(i: int) -> str:
    return f"指标 {i + 1:04d}"


def pain_step(i: int) -> str:
    return f"环节 {i + 1:04d}"


def task_name(i: int) -> str:
    """The name of the task at position ``i`` (counted from 0)."""
    return f"任务 {i + 1:03d} 方案评审与落实"


def fill_large(ws: Workspace, tasks: int, pain_points: int,
               start: dt.date = dt.date(2026, 9, 7), people: int = 24,
               letters: bool = False, links: bool = False, goals: int = 6,
               kpis: int = 8) -> int:
    """One initiative with ``tasks`` tasks and ``pain_points`` pain points, in one write.

    ``people`` team members; with ``letters`` every task gets an R and an A (and every
    third a C) spread over all of them, so each person's column holds letters; with
    ``links`` every other task follows the one before it; ``goals`` and ``kpis`` rows of
    Forms 1 and 5.
    """
    with ws.write(ChangeArea.INITIATIVES) as s:
        s.merge(Setting(key="organisation", value="华东精密制造有限公司"))
        deps = [Department(name=n, position=i) for i, n in enumerate(DEPTS, 1)]
        s.add_all(deps)
        ini = Initiative(name="大型协作项目 Large initiative", position=1)
        s.add(ini)
        s.flush()
        crowd = [Person(name=person_name(i), department=deps[i % len(deps)])
                 for i in range(people)]
        s.add_all(crowd)
        members = [Member(initiative_id=ini.id, person=p, position=i,
                          role="lead" if i == 0 else "liaison" if i <= len(deps) else "executor",
                          duties=f"负责第 {i} 项工作的协调与跟进")
                   for i, p in enumerate(crowd)]
        s.add_all(members)
        for i in range(goals):
            s.add(Goal(initiative_id=ini.id, position=i, name=goal_name(i),
                       description="缩短跨部门审批周期，提升上市准时率 on-time rate",
                       measure="审批平均周期 ≤ 2 天", due_date=start + dt.timedelta(days=60 + i),
                       lead_department=deps[i % len(deps)], departments=deps[:3]))
        measures = [Measure(initiative_id=ini.id, position=i, name=f"措施 {i + 1} 流程优化")
                    for i in range(10)]
        s.add_all(measures)
        s.flush()
        for i in range(pain_points):
            s.add(PainPoint(initiative_id=ini.id, position=i, step=pain_step(i),
                            kind=["break_point", "blockage", "pain_point"][i % 3],
                            description=f"第 {i + 1} 个问题：信息在部门之间传递时丢失，"
                                        "需要反复确认",
                            impact=1 + i % 5, frequency=1 + (i * 3) % 5,
                            evidence=f"近三个月发生 {i % 9 + 1} 次",
                            departments=deps[i % 3:i % 3 + 2]))
        rows = []
        for i in range(tasks):
            ps = start + dt.timedelta(days=i % 90)
            rows.append(dict(
                initiative_id=ini.id, position=i, name=task_name(i),
                measure_id=measures[i % 10].id, department_id=deps[i % len(deps)].id,
                owner_id=crowd[i % len(crowd)].id if crowd else None, planned_start=ps,
                planned_finish=ps + dt.timedelta(days=5 + i % 7),
                actual_start=ps if i % 4 else None, percent=(i * 7) % 101,
                status=STATUSES[i % 4], milestone=i % 25 == 0,
                issue="等待财务审批" if i % 11 == 0 else "",
                countermeasure="PMO 每日跟进" if i % 11 == 0 else ""))
        if rows:
            s.execute(Task.__table__.insert(), rows)
        ids = list(s.scalars(select(Task.id).where(Task.initiative_id == ini.id)
                             .order_by(Task.position)))
        if letters and members:
            n = len(members)
            cells = []
            for i, tid in enumerate(ids):
                cells.append(dict(task_id=tid, member_id=members[i % n].id, letter="R"))
                if n > 1:
                    cells.append(dict(task_id=tid, member_id=members[(i + 1) % n].id,
                                      letter="A"))
                if n > 2 and i % 3 == 0:
                    cells.append(dict(task_id=tid, member_id=members[(i + 2) % n].id,
                                      letter="C"))
            s.execute(RaciAssignment.__table__.insert(), cells)
        if links and len(ids) > 1:
            s.execute(TaskDependency.__table__.insert(),
                      [dict(task_id=ids[i], predecessor_id=ids[i - 1], lag_days=0)
                       for i in range(1, len(ids), 2)])
        for i in range(kpis):
            s.add(Kpi(initiative_id=ini.id, position=i, name=kpi_name(i), unit="天",
                      before=7 + i, target=3, after=4 if i % 2 else None, lower_is_better=True))
        return ini.id
