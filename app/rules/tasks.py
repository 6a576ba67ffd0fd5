"""Task rules (Form 4): finish not before start, predecessors that exist in the initiative,
and no circle of predecessors (a circle means none of its tasks can ever start).

Every writer refuses a planned finish before the start and a loop of predecessors
(``app.forms.field_rules``); these findings show what an older file still holds."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import tr
from app.rules.finding import Finding
from app.schedule.loops import find_cycles

AREA = "tasks"
FORMS: tuple[str, ...] = ("tracking",)  # the forms whose rows its findings point at


# Plain SQL on the session's SQLite connection: SQLAlchemy's result rows and date
# conversions cost more than the rules on a plan of 50,000 tasks. Dates are ISO text, so
# SQLite compares them as dates; only the rows that break a date rule carry their dates.
_TASKS_SQL = """
SELECT id, name,
       CASE WHEN planned_finish < planned_start THEN planned_start END,
       CASE WHEN planned_finish < planned_start THEN planned_finish END,
       CASE WHEN actual_finish < actual_start THEN actual_start END,
       CASE WHEN actual_finish < actual_start THEN actual_finish END
FROM tasks WHERE initiative_id = ? ORDER BY position, id
"""
_LINKS_SQL = """
SELECT l.task_id, l.predecessor_id
FROM task_dependencies l JOIN tasks t ON t.id = l.task_id
WHERE t.initiative_id = ?
ORDER BY l.task_id, l.predecessor_id
"""


def check(session: Session, initiative_id: int) -> list[Finding]:
    from app.schedule.loader import connection_of

    conn = connection_of(session)
    tasks = conn.execute(_TASKS_SQL, (initiative_id,)).fetchall()
    names = {tid: name.strip() or tr("rule.tasks.unnamed", number=n)
             for n, (tid, name, *_dates) in enumerate(tasks, start=1)}
    findings: list[Finding] = []
    for tid, _name, p_start, p_finish, a_start, a_finish in tasks:
        if p_start is not None:
            findings.append(Finding(
                "tasks.dates", initiative_id, names[tid],
                tr("rule.tasks.planned_backwards", start=p_start, finish=p_finish),
                form="tracking", row_id=tid, column="planned_finish"))
        if a_start is not None:
            findings.append(Finding(
                "tasks.dates", initiative_id, names[tid],
                tr("rule.tasks.actual_backwards", start=a_start, finish=a_finish),
                form="tracking", row_id=tid, column="actual_finish"))
    links = conn.execute(_LINKS_SQL, (initiative_id,)).fetchall()
    graph: dict[int, list[int]] = {tid: [] for tid in names}
    for tid, pred in links:
        if pred in names:
            graph[tid].append(pred)
        else:
            findings.append(Finding("tasks.predecessor_missing", initiative_id, names[tid],
                                    tr("rule.tasks.predecessor_missing", id=pred),
                                    form="tracking", row_id=tid, column="predecessors"))
    for cycle in find_cycles(graph):
        # Each task waits for the next one's finish; shown in the order work would flow.
        chain = [names[t] for t in reversed(cycle)]
        findings.append(Finding(
            "tasks.cycle", initiative_id, " → ".join(chain),
            tr("rule.tasks.cycle", chain=" → ".join([*chain, chain[0]])),
            form="tracking", row_id=cycle[0], column="predecessors"))
    return findings
