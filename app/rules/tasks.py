"""Task rules (Form 4): finish not before start, predecessors that exist in the initiative,
and no circle of predecessors (a circle means none of its tasks can ever start)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import tr
from app.rules.finding import Finding

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


def _in_cycles(graph: dict[int, list[int]]) -> set[int]:
    """The tasks that can be part of a circle: what is left after repeatedly setting aside
    every task that waits for nobody left (Kahn's algorithm). On a plan without a circle
    nothing is left, at a fraction of what the search for groups costs."""
    waiting = {node: len(preds) for node, preds in graph.items()}
    followers: dict[int, list[int]] = {node: [] for node in graph}
    for node, preds in graph.items():
        for pred in preds:
            followers[pred].append(node)
    free = [node for node, n in waiting.items() if n == 0]
    while free:
        node = free.pop()
        del waiting[node]
        for nxt in followers[node]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                free.append(nxt)
    return set(waiting)


def find_cycles(graph: dict[int, list[int]]) -> list[list[int]]:
    """One cycle per strongly connected group of tasks that wait on each other.

    Iterative (Tarjan), so a long chain of hundreds of tasks cannot hit Python's recursion
    limit. Each cycle lists tasks so that every one points at the next.
    """
    left = _in_cycles(graph)
    if not left:
        return []
    graph = {node: [p for p in preds if p in left] for node, preds in graph.items()
             if node in left}
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    groups: list[list[int]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            recurse = False
            edges = graph[node]
            while i < len(edges):
                nxt = edges[i]
                i += 1
                if nxt not in index:
                    work.append((node, i))
                    work.append((nxt, 0))
                    recurse = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if recurse:
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    group.append(top)
                    if top == node:
                        break
                if len(group) > 1:
                    groups.append(group)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return [_cycle_in(graph, set(g), min(g)) for g in groups]


def _cycle_in(graph: dict[int, list[int]], members: set[int], start: int) -> list[int]:
    """A simple cycle through ``start`` inside one strongly connected group (breadth-first,
    so it is the shortest one and names as few tasks as possible)."""
    previous: dict[int, int] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in graph[node]:
                if nxt not in members:
                    continue
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return list(reversed(path))
                if nxt not in previous:
                    previous[nxt] = node
                    following.append(nxt)
        frontier = following
    return sorted(members)
