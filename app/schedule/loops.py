"""Loops of predecessors: tasks that wait for one another in a circle, so none of them can
ever start. A graph here maps each task to the tasks it waits for; every task it names is a
key of it too. The rules engine reports the loops an older file holds (``find_cycles``);
the writers refuse predecessors that put a task in one (``loops_through``, called by
``app.forms.field_rules``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

Graph = Mapping[int, Sequence[int]]
# How many tasks of one group get a loop searched for them alone; the others of a group
# that large are named with a loop found before (a file of thousands of tasks that all
# wait on each other would otherwise cost a search per task over all of them).
_SEARCHES_PER_GROUP = 200


def loops_through(graph: Graph, tasks: Iterable[int],
                  named: int = 12) -> dict[int, list[int | None]]:
    """For each of ``tasks`` that is in a loop of ``graph``: a shortest loop through it,
    from it in the order work would flow (each task waits for the one before it, the task
    itself for the last). A loop of more than ``named`` tasks is told by its ends, None
    standing for the tasks between: a message names a dozen tasks, not thousands."""
    inner, groups = loop_groups(graph)
    if not groups:
        return {}
    group_of = {node: i for i, g in enumerate(groups) for node in g}
    found: dict[int, list[tuple[list[int], dict[int, int]]]] = {}  # group → loops so far
    result: dict[int, list[int | None]] = {}
    for task in tasks:
        g = group_of.get(task)
        if g is None or task in result:
            continue
        loops = found.setdefault(g, [])
        loop = next((lp for lp in loops if task in lp[1]), None)
        if loop is None and len(loops) < _SEARCHES_PER_GROUP:
            tasks_in = list(reversed(_cycle_in(inner, set(groups[g]), task)))
            loop = (tasks_in, {t: i for i, t in enumerate(tasks_in)})
            loops.append(loop)
        if loop is None:
            result[task] = _told(loops[0][0], 0, named)
        else:
            result[task] = _told(loop[0], loop[1][task], named)
    return result


def _told(loop: list[int], at: int, named: int) -> list[int | None]:
    """``loop`` from its ``at``-th task on, abridged in the middle past ``named`` tasks."""
    n = len(loop)
    if n <= named:
        return [*loop[at:], *loop[:at]]
    head = named // 2
    tail = named - head - 1
    return ([loop[(at + k) % n] for k in range(head)] + [None]
            + [loop[(at - tail + k) % n] for k in range(tail)])


def _in_cycles(graph: Graph) -> set[int]:
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


def find_cycles(graph: Graph) -> list[list[int]]:
    """One cycle per strongly connected group of tasks that wait on each other. Each cycle
    lists tasks so that every one points at the next."""
    inner, groups = loop_groups(graph)
    return [_cycle_in(inner, set(g), min(g)) for g in groups]


def loop_groups(graph: Graph) -> tuple[Graph, list[list[int]]]:
    """The groups of tasks that wait on each other (strongly connected, more than one
    task), with the graph cut down to the tasks that can be in one.

    Iterative (Tarjan), so a long chain of hundreds of tasks cannot hit Python's recursion
    limit.
    """
    left = _in_cycles(graph)
    if not left:
        return {}, []
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
    return graph, groups


def _cycle_in(graph: Graph, members: set[int], start: int) -> list[int]:
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
