"""Gantt speed on a 5,000-task, 4,000-link initiative, each figure beside a floor measured
in the same run on the same machine (so the ratio means something on any computer):

* start → painted Gantt tab, in a fresh process; floor: a fresh process that starts Qt and
  paints an empty window.                                      target: under 1 s
* repaint while scrolling and while dragging, median and worst; floor: repainting an
  empty widget of the same size.                 target: median ≤ 8 ms, worst ≤ 16 ms
* schedule engine on 5,000 tasks; floor: one pass building the link tables in Python.

Run: /work/venv/bin/python bench/bench_gantt.py   (timings are never tests)
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N_TASKS = 5000
N_LINKS = 4000


def build(path: Path) -> int:
    from app.models import Department, Initiative, Measure, Person, Task, TaskDependency
    from app.workspace import Workspace

    rnd = random.Random(6)
    ws = Workspace.create(path)
    with ws.write() as s:
        ini = Initiative(name="bench")
        s.add(ini)
        deps = [Department(name=f"Dept {i}") for i in range(12)]
        s.add_all(deps)
        s.flush()
        people = [Person(name=f"Person {i}", department_id=deps[i % 12].id) for i in range(80)]
        measures = [Measure(initiative_id=ini.id, name=f"Measure {i}", position=i)
                    for i in range(50)]
        s.add_all(people + measures)
        s.flush()
        start = dt.date(2025, 1, 6)
        rows = []
        for i in range(N_TASKS):
            d0 = start + dt.timedelta(days=int(i * 0.14) + rnd.randint(0, 20))
            length = rnd.randint(1, 15)
            rows.append(dict(initiative_id=ini.id, position=i, name=f"Task {i}",
                             measure_id=measures[i * 50 // N_TASKS].id,
                             department_id=deps[i % 12].id, owner_id=people[i % 80].id,
                             planned_start=d0, planned_finish=d0 + dt.timedelta(days=length),
                             percent=rnd.choice([0, 0, 30, 60, 100]),
                             milestone=i % 97 == 0))
        s.execute(Task.__table__.insert(), rows)
        ids = [r[0] for r in s.execute(Task.__table__.select().with_only_columns(Task.id)
                                       .order_by(Task.position))]
        links = set()
        while len(links) < N_LINKS:
            a = rnd.randrange(N_TASKS - 1)
            b = min(N_TASKS - 1, a + rnd.randint(1, 60))
            links.add((ids[b], ids[a]))
        s.execute(TaskDependency.__table__.insert(),
                  [dict(task_id=t, predecessor_id=p, lag_days=0) for t, p in links])
        ini_id = ini.id
    ws.close()
    return ini_id


CHILD = r"""
import os, sys, time
t0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
if {gantt!r}:
    from PySide6.QtGui import QUndoStack
    from app.workspace import Workspace
    from ui.gantt import GanttTab
    ws = Workspace.open({path!r}, read_only=True)
    w = GanttTab(ws, QUndoStack())
    w.resize(1600, 900)
    w.set_initiative({ini})
else:
    w = QWidget()
    w.resize(1600, 900)
w.show()
app.processEvents()
w.repaint()
print(time.perf_counter() - t0)
"""


def child_time(path: Path, ini: int, gantt: bool) -> float:
    """Seconds from launching a fresh interpreter to its first painted window."""
    code = CHILD.format(root=str(ROOT), gantt=gantt, path=str(path), ini=ini)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    wall = time.perf_counter() - t0
    float(out.stdout.strip().splitlines()[-1])  # the child painted
    return wall


def repaint_times(widget, steps, action) -> list[float]:
    times = []
    for i in range(steps):
        action(i)
        t0 = time.perf_counter()
        widget.repaint()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def line(label: str, value: float, floor: float, unit: str, target: str) -> None:
    ratio = value / floor if floor else float("inf")
    print(f"{label:<34} {value:9.1f} {unit:<3} floor {floor:8.1f} {unit:<3} "
          f"×{ratio:6.1f}   target {target}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.crossdesk"
        ini = build(path)
        print(f"{N_TASKS} tasks, {N_LINKS} links; {os.cpu_count()} CPUs\n")

        starts = [child_time(path, ini, True) for _ in range(3)]
        floors = [child_time(path, ini, False) for _ in range(3)]
        line("start → painted Gantt (median of 3)", statistics.median(starts) * 1000,
             statistics.median(floors) * 1000, "ms", "< 1000 ms")

        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication, QWidget

        from app.schedule import engine
        from app.schedule.loader import load
        from app.workspace import Workspace
        from ui.gantt import GanttTab
        from ui.gantt.painter import DragPreview
        from ui.gantt.timescale import Zoom

        app = QApplication.instance() or QApplication([])
        ws = Workspace.open(path, read_only=True)
        tab = GanttTab(ws, QUndoStack())
        tab.resize(1600, 900)
        tab.set_initiative(ini)
        tab.show()
        app.processEvents()
        chart = tab.chart
        vbar = tab.table.verticalScrollBar()
        empty = QWidget()
        empty.resize(chart.viewport().size())
        empty.show()
        app.processEvents()
        floor = repaint_times(empty, 200, lambda i: None)
        floor_med, floor_max = statistics.median(floor), max(floor)

        for zoom in (Zoom.DAY, Zoom.WEEK, Zoom.MONTH, Zoom.QUARTER):
            tab.set_zoom(zoom)
            app.processEvents()
            step = max(1, vbar.maximum() // 300)
            times = repaint_times(chart.viewport(), 300,
                                  lambda i, s=step: vbar.setValue(i * s))
            line(f"scroll repaint median ({zoom.name.lower()})", statistics.median(times),
                 floor_med, "ms", "≤ 8 ms")
            line(f"scroll repaint worst ({zoom.name.lower()})", max(times), floor_max, "ms",
                 "≤ 16 ms")

        tab.set_zoom(Zoom.DAY)
        vbar.setValue(vbar.maximum() // 2)
        app.processEvents()
        row = int(vbar.value() // 24) + 5
        g = chart.layout_.geometry[row] or chart.layout_.geometry[row + 1]
        assert g is not None

        def drag_step(i: int) -> None:
            chart._preview = DragPreview(row, g.start + i % 40, g.end + i % 40)

        times = repaint_times(chart.viewport(), 200, drag_step)
        chart._preview = None
        line("drag repaint median", statistics.median(times), floor_med, "ms", "≤ 8 ms")
        line("drag repaint worst", max(times), floor_max, "ms", "≤ 16 ms")

        plan, cal = load(ws, ini)
        runs = []
        floors = []
        for _ in range(5):
            t0 = time.perf_counter()
            engine.compute(plan, cal)
            runs.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            adj: dict[int, list[int]] = {t.id: [] for t in plan.tasks}
            for ln in plan.links:
                adj[ln.predecessor_id].append(ln.task_id)
            floors.append((time.perf_counter() - t0) * 1000)
        line("schedule engine, 5,000 tasks", statistics.median(runs), statistics.median(floors),
             "ms", "well inside the 1 s start")
        _ = QPointF
        ws.close()


if __name__ == "__main__":
    main()
