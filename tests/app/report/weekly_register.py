"""A small register beside tests/app/report/weekly_plan.py, with each item's place in the
report as of Friday 14 March 2025, 17:00 worked out by hand (Wednesday 12 March is a
holiday; "wd" are working days).

======  =======================================  ==============================================
item    what                                     in the report as of 14 March 17:00
======  =======================================  ==============================================
FX-001  risk, delay seen Tue 11 Mar 09:00,       notice due 12 Mar 09:00 (24 h): overdue;
        not sent                                 13, 14 Mar → 2 wd
FX-002  risk, seen Thu 13 Mar 10:00, sent 15:00  status "sent", not closed: listed, not overdue
FX-003  risk, closed                             not listed
WT-001  problem, urgent, Thu 13 Mar 10:00,       due Fri 14 Mar 10:00 (24 h): overdue by
        being handled                            hours, "<1" wd
WT-002  problem, important, Fri 7 Mar, resolved  not listed
WT-003  problem, routine, Mon 10 Mar 09:00       due end of 5th wd after Mon: 11, 13, 14, 17,
                                                 18 → 18 Mar 23:59; listed, not overdue
WT-004  problem, reported Mon 17 Mar             after the report's moment: not listed
ZY-001  resource request, Mon 10 Mar 11:00,      answer due end of 2nd wd: 11, 13 → 13 Mar
        no answer                                23:59: overdue, 14 Mar → 1 wd
XZ-001  collaboration request, done              not listed
BG-001  change request, open, due 20 Mar         listed, not overdue
HY-001  weekly meeting Mon 10 Mar 10:00, held;   its decision and action item listed
        a decision and an action item
HY-002  meeting Fri 7 Mar (last week)            not listed
HY-003  meeting Thu 13 Mar, cancelled            not listed
HY-004  meeting Mon 17 Mar (next week)           not listed
======  =======================================  ==============================================
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.register import service
from app.store.models import Person
from app.store.workspace import Workspace

T = dt.datetime


def make_register(ws: Workspace, ini: int, tasks: dict[str, int]) -> None:
    with ws.read() as s:
        people = dict(s.execute(select(Person.name, Person.id)).all())
    li, zhao = people["Li Liaison"], people["Zhao Exec"]

    def item(kind: str, values: dict[str, object]) -> int:
        return service.create_item(ws, ini, kind, values, now=T(2025, 3, 1, 9))

    item("risk", {"title": "B late", "opened_at": T(2025, 3, 11, 9), "owner": li,
                  "task": tasks["B"]})
    item("risk", {"title": "C late", "opened_at": T(2025, 3, 13, 10), "status": "sent",
                  "sent_at": T(2025, 3, 13, 15)})
    item("risk", {"title": "Old risk", "opened_at": T(2025, 3, 3, 9), "status": "closed"})
    item("problem", {"title": "Approvals stuck", "opened_at": T(2025, 3, 13, 10),
                     "urgency": "urgent", "status": "handling", "owner": li})
    item("problem", {"title": "Form missing", "opened_at": T(2025, 3, 7, 14),
                     "urgency": "important", "status": "resolved"})
    item("problem", {"title": "Slow printer", "opened_at": T(2025, 3, 10, 9),
                     "urgency": "routine"})
    item("problem", {"title": "Next week's", "opened_at": T(2025, 3, 17, 9),
                     "urgency": "routine"})
    item("resource", {"title": "Two testers", "opened_at": T(2025, 3, 10, 11)})
    item("collaboration", {"title": "Data from Sales", "opened_at": T(2025, 3, 3, 9),
                           "status": "done"})
    item("change", {"title": "Add a signature", "opened_at": T(2025, 3, 11, 9),
                    "due_at": T(2025, 3, 20, 17)})
    held = item("meeting", {"title": "Weekly", "opened_at": T(2025, 3, 10, 10),
                            "ends_at": T(2025, 3, 10, 11), "status": "held"})
    service.add_child(ws, held, "outcome", {"kind": "decision", "text": "Use the second supplier"})
    service.add_child(ws, held, "outcome", {"kind": "action", "text": "Call the supplier",
                                            "owner": zhao, "due": dt.date(2025, 3, 13)})
    for title, start, status in (("Last week", T(2025, 3, 7, 10), "held"),
                                 ("Called off", T(2025, 3, 13, 10), "cancelled"),
                                 ("Next week", T(2025, 3, 17, 10), "planned")):
        other = item("meeting", {"title": title, "opened_at": start,
                                 "ends_at": start + dt.timedelta(hours=1), "status": status})
        service.add_child(ws, other, "outcome", {"kind": "decision", "text": f"{title} decided"})
