"""Large plans for the benchmarks: one initiative of N tasks with links, measures, people,
a team and RACI letters, written with bulk inserts so that 50,000 tasks take seconds.

The same seed gives the same plan, so figures from two runs compare.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path


def build(path: Path, tasks: int = 5000, links: int | None = None, measures: int = 50,
          raci: bool = True) -> int:
    """Create a workspace at ``path`` holding one initiative; returns its id.

    ``links`` defaults to 80 % of ``tasks`` (each to a task up to 60 rows earlier, so there
    is no circle). With ``raci`` every task gets an R and an A (every 40th lacks its A, so
    the rule check has findings to report) and a department C.
    """
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

    n_links = int(tasks * 0.8) if links is None else links
    rnd = random.Random(6)
    ws = Workspace.create(path)
    with ws.write() as s:
        ini = Initiative(name="bench")
        s.add(ini)
        deps = [Department(name=f"Dept {i}", position=i) for i in range(12)]
        s.add_all(deps)
        s.flush()
        people = [Person(name=f"Person {i}", department_id=deps[i % 12].id) for i in range(80)]
        plan_measures = [Measure(initiative_id=ini.id, name=f"Measure {i}", position=i)
                         for i in range(measures)]
        s.add_all(people + plan_measures)
        s.flush()
        members = [Member(initiative_id=ini.id, person_id=p.id, position=i,
                          role="lead" if i == 0 else "liaison" if i <= 6 else "executor")
                   for i, p in enumerate(people[:12])]
        s.add_all(members)
        s.flush()
        start = dt.date(2025, 1, 6)
        per_task = 700 / max(tasks, 5000)  # days; a large plan spans about two years
        rows = []
        for i in range(tasks):
            d0 = start + dt.timedelta(days=int(i * per_task) + rnd.randint(0, 20))
            length = rnd.randint(1, 15)
            rows.append(dict(initiative_id=ini.id, position=i, name=f"Task {i}",
                             measure_id=plan_measures[i * measures // tasks].id,
                             department_id=deps[i % 12].id, owner_id=people[i % 80].id,
                             planned_start=d0, planned_finish=d0 + dt.timedelta(days=length),
                             percent=rnd.choice([0, 0, 30, 60, 100]),
                             milestone=i % 97 == 0))
        s.execute(Task.__table__.insert(), rows)
        ids = [r[0] for r in s.execute(Task.__table__.select().with_only_columns(Task.id)
                                       .order_by(Task.position))]
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < min(n_links, max(0, tasks - 1) * 30):
            a = rnd.randrange(tasks - 1)
            b = min(tasks - 1, a + rnd.randint(1, 60))
            pairs.add((ids[b], ids[a]))
        if pairs:
            s.execute(TaskDependency.__table__.insert(),
                      [dict(task_id=t, predecessor_id=p, lag_days=0) for t, p in pairs])
        if raci:
            letters = []
            for i, tid in enumerate(ids):
                letters.append(dict(task_id=tid, member_id=members[1 + i % 11].id,
                                    department_id=None, letter="R"))
                if i % 40:
                    letters.append(dict(task_id=tid, member_id=members[0].id, department_id=None,
                                        letter="A"))
                letters.append(dict(task_id=tid, member_id=None, department_id=deps[i % 12].id,
                                    letter="C"))
            s.execute(RaciAssignment.__table__.insert(), letters)
        ini_id = ini.id
    ws.close()
    return ini_id
