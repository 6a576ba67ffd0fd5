"""Gantt speed on a 5,000-task, 4,000-link initiative, each figure beside a floor measured
in the same run on the same machine (so the ratio means something on any computer):

* start → painted Gantt tab: a fresh ``python -m ui.launch WORKSPACE --tab gantt`` whose
  first paint of the Gantt chart (showing all the plan's rows) ends the clock; the clock
  starts in the parent just before the child is launched. Beside it the Gantt tab alone in
  a bare window (what the Gantt code itself costs). Floor: a fresh interpreter that starts
  PySide6 and paints a bare window, timed the same way.        target: under 1 s
* repaint while scrolling (wheel steps of 3 rows, scroll-bar jumps, sideways) and while
  dragging a bar with real mouse events: each step's time from the event to the end of
  every repaint it causes (the task list and the chart, as the user sees a frame), once
  the tab has prepared its rows in idle time; and wheel frames right after a reload,
  while it is still preparing them.
  Floor: the same for an update of a bare widget of the chart's size.
                                                  target: median ≤ 8 ms, worst ≤ 16 ms
* loading the plan, and the schedule engine on 5,000 tasks; floor: one pass building the
  link tables in Python.

Run: /work/venv/bin/python bench/bench_gantt.py [--runs N] [--keep FILE]
(timings are never tests; the machine may be busy, so compare ratios and repeat)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N_TASKS = 5000
N_LINKS = 4000
N_MEASURES = 50


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
                    for i in range(N_MEASURES)]
        s.add_all(people + measures)
        s.flush()
        start = dt.date(2025, 1, 6)
        rows = []
        for i in range(N_TASKS):
            d0 = start + dt.timedelta(days=int(i * 0.14) + rnd.randint(0, 20))
            length = rnd.randint(1, 15)
            rows.append(dict(initiative_id=ini.id, position=i, name=f"Task {i}",
                             measure_id=measures[i * N_MEASURES // N_TASKS].id,
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


# -- start-up, in fresh processes -------------------------------------------------------------

# Ends the child at the first paint of the widget that ``WANTED`` names, printing the
# wall-clock seconds since the parent's T0 and how many chart rows that paint could show.
HOOK = r"""
import os, sys, time
T0 = float(sys.argv.pop(1))
WANTED = sys.argv.pop(1)
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            owner = obj.parent() if WANTED == "GanttChart" else obj
            if owner is not None and type(owner).__name__ == WANTED:
                rows = len(owner.layout_.rows) if WANTED == "GanttChart" else 0
                print(time.time() - T0, rows, flush=True)
                os._exit(0)
        return False

_hook = FirstPaint()
_orig_init = QApplication.__init__
def _init(self, *a, **k):
    _orig_init(self, *a, **k)
    self.installEventFilter(_hook)
QApplication.__init__ = _init
"""

PROGRAM = HOOK + r"""
import runpy
runpy.run_module("ui.launch", run_name="__main__", alter_sys=True)
"""

TAB_ALONE = HOOK + r"""
app = QApplication([])
import ui
from PySide6.QtGui import QUndoStack
from app.workspace import Workspace
from ui.gantt import GanttTab
ws = Workspace.open(sys.argv[1], read_only=True)
w = GanttTab(ws, QUndoStack())
w.resize(1600, 900)
w.set_initiative(int(sys.argv[2]))
w.show()
app.exec()
"""

FLOOR = HOOK + r"""
from PySide6.QtWidgets import QWidget
class Bare(QWidget):
    pass
app = QApplication([])
w = Bare()
w.resize(1600, 900)
w.show()
app.exec()
"""


def child_time(code: str, wanted: str, args: list[str], home: Path) -> tuple[float, int]:
    """Seconds from launching a fresh interpreter to its first paint of ``wanted``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "CROSSDESK_HOME": str(home)}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, str(start), wanted, *args],
                         capture_output=True, text=True, env=env, timeout=600, cwd=ROOT)
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(f"child failed ({out.returncode}): {out.stderr[-2000:]}")
    secs, rows = out.stdout.strip().splitlines()[-1].split()
    return float(secs), int(rows)


# -- repaints, in this process ----------------------------------------------------------------

def frame_times(app: object, steps: int, action: Callable[[int], None]) -> list[float]:
    """Milliseconds per step: the event, then every repaint it queued (one frame)."""
    times = []
    for i in range(steps):
        t0 = time.perf_counter()
        action(i)
        app.processEvents()  # type: ignore[attr-defined]
        times.append((time.perf_counter() - t0) * 1000)
    return times


def line(label: str, value: float, floor: float, unit: str, target: str) -> None:
    ratio = value / floor if floor else float("inf")
    print(f"{label:<40} {value:9.1f} {unit:<3} floor {floor:8.1f} {unit:<3} "
          f"×{ratio:6.1f}   target {target}", flush=True)


def pair(label: str, times: list[float], floor: list[float]) -> None:
    line(f"{label} median", statistics.median(times), statistics.median(floor), "ms", "≤ 8 ms")
    line(f"{label} worst", max(times), max(floor), "ms", "≤ 16 ms")


def startup(path: Path, ini: int, runs: int, home: Path) -> None:
    child_time(FLOOR, "Bare", [], home)  # warm the file cache for all
    program, alone, floor = [], [], []
    for _ in range(runs):
        floor.append(child_time(FLOOR, "Bare", [], home)[0])
        secs, rows = child_time(PROGRAM, "GanttChart", [str(path), "--tab", "gantt"], home)
        assert rows >= N_TASKS, f"the first painted chart showed {rows} rows"
        program.append(secs)
        secs, rows = child_time(TAB_ALONE, "GanttChart", [str(path), str(ini)], home)
        assert rows >= N_TASKS, f"the first painted chart showed {rows} rows"
        alone.append(secs)
    f = statistics.median(floor) * 1000
    line(f"start → painted Gantt tab (median of {runs})", statistics.median(program) * 1000,
         f, "ms", "< 1000 ms")
    line(f"  worst of {runs}", max(program) * 1000, max(floor) * 1000, "ms", "< 1000 ms")
    line("  the Gantt tab alone in a bare window", statistics.median(alone) * 1000, f, "ms",
         "< 1000 ms")


def qt_table(app: object, size: object) -> None:
    """What Qt's own table costs per frame: a QTableView over a C++ model of 5,000 rows of
    five short texts, the size of the Gantt tab, scrolled the same ways. Printed as a
    second floor, because the Gantt tab's frames include its task list."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    from ui.gantt.painter import ROW_H

    model = QStandardItemModel(N_TASKS, 5)
    for r in range(N_TASKS):
        for c in range(5):
            model.setItem(r, c, QStandardItem(f"Task {r}" if c == 0 else "2025-03-14"))
    view = QTableView()
    view.setModel(model)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(ROW_H)
    view.resize(size)  # type: ignore[arg-type]
    view.show()
    app.processEvents()  # type: ignore[attr-defined]
    bar = view.verticalScrollBar()
    base = bar.maximum() // 3
    wheel = frame_times(app, 300, lambda i: bar.setValue(
        base + (i if i < 150 else 300 - i) * 3 * ROW_H))
    step = max(1, bar.maximum() // 300)
    jumps = frame_times(app, 300, lambda i: bar.setValue(i * step))
    print(f"(Qt's own QTableView, C++ model, same size: wheel frame median "
          f"{statistics.median(wheel):.1f} ms, worst {max(wheel):.1f} ms; bar jumps median "
          f"{statistics.median(jumps):.1f} ms, worst {max(jumps):.1f} ms)", flush=True)
    view.close()


def repaints(path: Path, ini: int) -> None:
    from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
    from PySide6.QtGui import QKeyEvent, QMouseEvent, QUndoStack
    from PySide6.QtWidgets import QApplication, QWidget

    import ui  # noqa: F401  (the process-wide Qt work-arounds)
    from app.workspace import Workspace
    from ui.gantt import GanttTab
    from ui.gantt.painter import ROW_H
    from ui.gantt.timescale import Zoom

    app = QApplication.instance() or QApplication([])
    ws = Workspace.open(path, read_only=True)
    tab = GanttTab(ws, QUndoStack())
    tab.resize(1600, 900)
    tab.set_initiative(ini)
    tab.show()
    for _ in range(3):
        app.processEvents()
    while tab.preparing():  # rows are prepared in idle time after loading (~0.5 s)
        app.processEvents()
    chart = tab.chart
    vp = chart.viewport()
    vbar = tab.task_list.verticalScrollBar()
    hbar = chart.horizontalScrollBar()

    class Counter(QObject):
        paints = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
            return False

    counter = Counter()
    vp.installEventFilter(counter)

    empty = QWidget()
    empty.resize(vp.size())
    empty.show()
    app.processEvents()
    floor = frame_times(app, 300, lambda i: empty.update())
    empty.close()
    qt_table(app, tab.size())

    def painted(times: list[float], steps: int) -> list[float]:
        assert counter.paints >= steps * 0.9, f"{counter.paints} paints for {steps} steps"
        counter.paints = 0
        return times

    for zoom in (Zoom.DAY, Zoom.WEEK, Zoom.MONTH, Zoom.QUARTER):
        tab.set_zoom(zoom)
        vbar.setValue(vbar.maximum() // 3)
        app.processEvents()
        counter.paints = 0
        base = vbar.value()
        times = frame_times(app, 300, lambda i, b=base: vbar.setValue(
            b + (i if i < 150 else 300 - i) * 3 * ROW_H))
        pair(f"scroll, wheel ({zoom.name.lower()})", painted(times, 300), floor)

    tab.set_zoom(Zoom.DAY)
    app.processEvents()
    counter.paints = 0
    step = max(1, vbar.maximum() // 300)
    pair("scroll, bar jumps (day)",
         painted(frame_times(app, 300, lambda i: vbar.setValue(i * step)), 300), floor)
    hbar.setValue(hbar.maximum() // 3)
    app.processEvents()
    counter.paints = 0
    base = hbar.value()
    pair("scroll sideways (day)",
         painted(frame_times(app, 300, lambda i: hbar.setValue(
             base + (i if i < 150 else 300 - i) * 40)), 300), floor)

    # Drag a bar in the middle of the plan with real mouse events, then Esc cancels.
    vbar.setValue(vbar.maximum() // 2)
    app.processEvents()
    row = next(r for r in range(int(vbar.value() // ROW_H) + 3, len(chart.layout_.rows))
               if chart.layout_.geometry[r] is not None and not chart.layout_.geometry[r].milestone)
    g = chart.layout_.geometry[row]
    chart.scroll_to_date(chart.layout_.origin + dt.timedelta(days=g.start - 5))
    app.processEvents()
    press = chart.bar_point(g.task.id)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def mouse(kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
        pos = QPointF(at)
        button = left if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        QApplication.sendEvent(vp, QMouseEvent(kind, pos, vp.mapToGlobal(pos), button,
                                               buttons, none))

    mouse(QEvent.Type.MouseButtonPress, press, left)
    app.processEvents()
    counter.paints = 0
    times = frame_times(app, 300, lambda i: mouse(
        QEvent.Type.MouseMove, press + QPoint((i % 40 - 20) * int(Zoom.DAY.value), 0), left))
    pair("drag a bar (day)", painted(times, 300), floor)
    QApplication.sendEvent(chart, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, none))
    mouse(QEvent.Type.MouseButtonRelease, press, Qt.MouseButton.NoButton)

    # Right after a (re)load, while the rows are still being prepared in idle time: what a
    # user who scrolls at once sees (each frame may carry one preparation step).
    tab.refresh()
    app.processEvents()
    counter.paints = 0
    base = vbar.value()
    times = frame_times(app, 100, lambda i: vbar.setValue(
        base + (i if i < 50 else 100 - i) * 3 * ROW_H))
    assert tab.preparing(), "the rows were ready before the frames were measured"
    pair("scroll, wheel right after loading", painted(times, 100), floor)
    tab.close()
    ws.close()


def engine_times(path: Path, ini: int) -> None:
    from app.schedule import engine
    from app.schedule.loader import load
    from app.schedule.snapshot import from_plan
    from app.workspace import Workspace

    ws = Workspace.open(path, read_only=True)
    loads, runs, snaps, floors = [], [], [], []
    for _ in range(5):
        t0 = time.perf_counter()
        plan, cal = load(ws, ini)
        loads.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        engine.compute(plan, cal)
        runs.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        from_plan(plan, cal, dt.date(2025, 6, 2))
        snaps.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        adj: dict[int, list[int]] = {t.id: [] for t in plan.tasks}
        for ln in plan.links:
            adj[ln.predecessor_id].append(ln.task_id)
        floors.append((time.perf_counter() - t0) * 1000)
    f = statistics.median(floors)
    line("load the plan, 5,000 tasks", statistics.median(loads), f, "ms", "inside the 1 s start")
    line("schedule engine, 5,000 tasks", statistics.median(runs), f, "ms",
         "inside the 1 s start")
    line("engine + warnings (snapshot)", statistics.median(snaps), f, "ms",
         "inside the 1 s start")

    # The Gantt tab's whole data path on a refresh: snapshot, rows, chart layout.
    from app.schedule.rows import TaskFilter, build_rows
    from app.schedule.snapshot import take
    from ui.gantt.layout import build_layout

    views, paths = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        snap = take(ws, ini, dt.date(2025, 6, 2))
        t1 = time.perf_counter()
        build_layout(snap, build_rows(snap.plan, TaskFilter(), True))
        views.append((time.perf_counter() - t1) * 1000)
        paths.append((time.perf_counter() - t0) * 1000)
    line("rows + layout, 5,000 tasks", statistics.median(views), f, "ms", "inside the 1 s start")
    line("take → rows → layout (the tab's data)", statistics.median(paths), f, "ms",
         "inside the 1 s start")
    ws.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3, help="fresh starts of each kind")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the workspace here")
    parser.add_argument("--skip-start", action="store_true", help="only the in-process figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.crossdesk"
        ini = 1 if args.keep and path.exists() else build(path)
        print(f"{N_TASKS} tasks, {N_LINKS} links, {N_MEASURES} measures; "
              f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}\n", flush=True)
        if not args.skip_start:
            startup(path, ini, args.runs, Path(tmp) / "home")
        repaints(path, ini)
        engine_times(path, ini)


if __name__ == "__main__":
    main()
