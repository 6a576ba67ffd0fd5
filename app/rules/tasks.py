"""Task rules (Form 4): finish not before start, predecessors that exist in the initiative,
and no circle of predecessors (a circle means none of its tasks can ever start)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models import Task, TaskDependency
from app.rules import Finding

AREA = "tasks"
FORMS: tuple[str, ...] = ("tracking",)  # the forms whose rows its findings point at


def check(session: Session, initiative_id: int) -> list[Finding]:
    tasks = session.execute(
        select(Task.id, Task.name, Task.planned_start, Task.planned_finish, Task.actual_start,
               Task.actual_finish).where(Task.initiative_id == initiative_id)
        .order_by(Task.position, Task.id)).all()
    names = {tid: name.strip() or tr("rule.tasks.unnamed", number=n)
             for n, (tid, name, *_dates) in enumerate(tasks, start=1)}
    findings: list[Finding] = []
    for tid, _name, p_start, p_finish, a_start, a_finish in tasks:
        if p_start and p_finish and p_finish < p_start:
            findings.append(Finding(
                "tasks.dates", initiative_id, names[tid],
                tr("rule.tasks.planned_backwards", start=p_start.isoformat(),
                   finish=p_finish.isoformat()),
                form="tracking", row_id=tid, column="planned_finish"))
        if a_start and a_finish and a_finish < a_start:
            findings.append(Finding(
                "tasks.dates", initiative_id, names[tid],
                tr("rule.tasks.actual_backwards", start=a_start.isoformat(),
                   finish=a_finish.isoformat()),
                form="tracking", row_id=tid, column="actual_finish"))
    links = session.execute(
        select(TaskDependency.task_id, TaskDependency.predecessor_id)
        .where(TaskDependency.task_id.in_(names))
        .order_by(TaskDependency.task_id, TaskDependency.predecessor_id)).all()
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


def find_cycles(graph: dict[int, list[int]]) -> list[list[int]]:
    """One cycle per strongly connected group of tasks that wait on each other.

    Iterative (Tarjan), so a long chain of hundreds of tasks cannot hit Python's recursion
    limit. Each cycle lists tasks so that every one points at the next.
    """
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
