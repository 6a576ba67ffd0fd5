"""A small initiative whose weekly report is worked out by hand (the dates are 2025's).

The report is as of Friday 14 March 2025, 17:00: the week runs Mon 10 – Sun 16 March,
Wednesday 12 March is a holiday, the next two weeks are 17 – 30 March.

=====  ==================  ===========  ====================================================
task   planned             actual       in the report as of 14 March
=====  ==================  ===========  ====================================================
A      3 – 5 Mar           fin. 11 Mar  finished this week (done after the first report)
B      3 – 7 Mar, 60 %     —            late: Mon, Tue, Thu, Fri = 4 working days (holiday)
C      10 – 13 Mar         —            late: 1 working day (new since the first report)
D      12 – 14 Mar         —            due this week, not late (due today)
M1     milestone 7 Mar     fin. 7 Mar   on time; finished last week
M2     milestone 10 Mar    fin. 12 Mar  finished this week, not on time
E      milestone 20 Mar    —            next two weeks
G      24 Mar – 10 Apr     —            next two weeks (starts in them)
F      31 Mar – 4 Apr      —            after the next two weeks: not listed
X      3 – 4 Mar           —            removed since the first report
=====  ==================  ===========  ====================================================

Milestones due: M1 and M2, one on time: 50 %. Form 1's latest goal is due 30 April.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.forms import editing
from app.report import keeping
from app.report.build import build_content
from app.report.content import ReportContent
from app.store.models import (
    CalendarDay,
    Department,
    Goal,
    Initiative,
    Member,
    Person,
    Task,
)
from app.store.workspace import Workspace

D = dt.date
FIRST_AS_OF = dt.datetime(2025, 3, 7, 17, 0)
AS_OF = dt.datetime(2025, 3, 14, 17, 0)

# name, department, role, e-mail
TEAM = [
    ("Wang Lead", "PMO", "lead", "wang@example.com"),
    ("Li Liaison", "R&D", "liaison", "li@example.com"),
    ("Chen Liaison", "Sales", "liaison", ""),  # no address: listed apart
    ("Zhao Exec", "R&D", "executor", "zhao@example.com"),
    ("Sun Exec", "Sales", "executor", "n/a"),  # not an address either
]


def make_plan(path: Path) -> tuple[Workspace, int, dict[str, int]]:
    """The workspace as it stood on 7 March: A not done, B at 40 %, X still there, no C."""
    ws = Workspace.create(path)
    with ws.write() as s:
        depts = {n: Department(name=n, position=i) for i, n in enumerate(["PMO", "R&D", "Sales"])}
        s.add_all(depts.values())
        ini = Initiative(name="Faster approvals")
        s.add(ini)
        s.flush()
        people = {}
        for i, (name, dept, role, email) in enumerate(TEAM):
            p = Person(name=name, department_id=depts[dept].id, email=email)
            s.add(p)
            s.flush()
            people[name] = p
            s.add(Member(initiative_id=ini.id, person_id=p.id, role=role, position=i))
        s.add(Goal(initiative_id=ini.id, name="Approve in 2 days", due_date=D(2025, 4, 30)))
        s.add(Goal(initiative_id=ini.id, name="Fewer signatures", due_date=D(2025, 3, 31)))
        s.add(CalendarDay(day=D(2025, 3, 12), working=False, name="Holiday"))
        rd, owner = depts["R&D"].id, people["Li Liaison"].id
        specs = [
            ("A", D(2025, 3, 3), D(2025, 3, 5), None, 100, "in_progress", False),
            ("B", D(2025, 3, 3), D(2025, 3, 7), None, 40, "in_progress", False),
            ("D", D(2025, 3, 12), D(2025, 3, 14), None, 30, "in_progress", False),
            ("M1", D(2025, 3, 7), D(2025, 3, 7), D(2025, 3, 7), 100, "done", True),
            ("M2", D(2025, 3, 10), D(2025, 3, 10), None, 0, "not_started", True),
            ("E", D(2025, 3, 20), D(2025, 3, 20), None, 0, "not_started", True),
            ("G", D(2025, 3, 24), D(2025, 4, 10), None, 0, "not_started", False),
            ("F", D(2025, 3, 31), D(2025, 4, 4), None, 0, "not_started", False),
            ("X", D(2025, 3, 3), D(2025, 3, 4), None, 0, "not_started", False),
        ]
        tasks = {}
        for i, (name, start, finish, actual, pct, status, milestone) in enumerate(specs):
            t = Task(initiative_id=ini.id, position=i, name=name, planned_start=start,
                     planned_finish=finish, actual_finish=actual, percent=pct, status=status,
                     milestone=milestone, department_id=rd, owner_id=owner)
            s.add(t)
            tasks[name] = t
        s.flush()
        tasks["B"].issue = "Supplier late"
        tasks["B"].countermeasure = "Second supplier"
        ids = {k: t.id for k, t in tasks.items()}
        return ws, ini.id, ids


def first_report(ws: Workspace, ini: int) -> tuple[int, ReportContent]:
    content = build_content(ws, ini, FIRST_AS_OF)
    return keeping.keep(ws, content), content


def week_of_work(ws: Workspace, ini: int, ids: dict[str, int]) -> dict[str, int]:
    """What happened between the two reports, through the forms' one write path."""
    editing.set_value(ws, "tracking", ids["A"], "actual_finish", D(2025, 3, 11))
    editing.set_value(ws, "tracking", ids["A"], "status", "done")
    editing.set_value(ws, "tracking", ids["M2"], "actual_finish", D(2025, 3, 12))
    editing.set_value(ws, "tracking", ids["M2"], "status", "done")
    editing.set_value(ws, "tracking", ids["B"], "percent", 60)
    c = editing.add_row(ws, "tracking", ini, {"name": "C", "planned_start": D(2025, 3, 10),
                                              "planned_finish": D(2025, 3, 13)}, index=2)
    editing.delete_rows(ws, "tracking", [ids["X"]])
    return {**ids, "C": c}
