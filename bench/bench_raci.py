"""RACI grid speed: 300 tasks × 60 members, as the issue asks.

Three figures, each beside a floor measured in the same run and printed as a ratio:
  open   build the tab over the workspace and paint it once
         floor: a bare QTableView over a trivial 300 × 60 model, painted once
  edit   one cell edit end to end: a mouse click → the undo command → the file → the
         repaint of the grid
         floor: setData on the trivial model and a repaint of the bare view
  scroll one page down and the repaint that follows
         floor: the same scroll on the bare view
The issue's target is "opens and scrolls without a stutter". Absolute times depend on the
machine (a bare table's repaint alone takes 70–140 ms on a loaded CI box with the offscreen
platform), so the targets are ratios to the floor: open ≤ 3×, edit ≤ 3× (one click costs
at most a few plain repaints, though it also commits a transaction to disk), scroll ≤ 1.5×
(scrolling the RACI grid is as smooth as scrolling the plainest table Qt has).

Run: python bench/bench_raci.py   (from the repository root)
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from app.store.changes import ChangeArea
from app.store.models import (
    Department,
    Initiative,
    Measure,
    Member,
    Person,
    RaciAssignment,
    Task,
)
from app.store.workspace import Workspace
from ui.common.fonts import install_cjk_font
from ui.raci import RaciTab

TASKS, MEMBERS, DEPARTMENTS, MEASURES = 300, 60, 8, 15
SIZE = (1600, 1000)
REPEAT = 7
TARGETS = {"open": 3.0, "edit": 3.0, "scroll": 1.5}  # ratio to the floor


def build_workspace(path: Path) -> Workspace:
    rng = random.Random(7)
    ws = Workspace.create(path)
    with ws.write(ChangeArea.INITIATIVES) as s:
        deps = [Department(name=f"部门{i + 1:02d}", position=i) for i in range(DEPARTMENTS)]
        ini = Initiative(name="大型协作项目", position=1)
        s.add_all([*deps, ini])
        s.flush()
        members = []
        for i in range(MEMBERS):
            person = Person(name=f"成员{i + 1:02d}", department=deps[i % DEPARTMENTS])
            members.append(Member(initiative_id=ini.id, person=person, position=i,
                                  role="lead" if i == 0 else "executor"))
        measures = [Measure(initiative_id=ini.id, name=f"优化措施 {i + 1}", position=i)
                    for i in range(MEASURES)]
        s.add_all(members + measures)
        s.flush()
        tasks = [Task(initiative_id=ini.id, name=f"任务 {i + 1}：跨部门流程节点改进",
                      position=i, measure_id=measures[i * MEASURES // TASKS].id)
                 for i in range(TASKS)]
        s.add_all(tasks)
        s.flush()
        for t in tasks:
            chosen = rng.sample(members, 12)
            letters = ["A", "R", "R"] + [rng.choice("CI") for _ in range(9)]
            s.add_all(RaciAssignment(task_id=t.id, member_id=m.id, letter=letter)
                      for m, letter in zip(chosen, letters, strict=True))
    return ws


class TrivialModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.cells = {(r, c): "RACI"[(r + c) % 4] for r in range(TASKS) for c in range(MEMBERS)}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return TASKS

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return MEMBERS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[(index.row(), index.column())]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        self.cells[(index.row(), index.column())] = value
        self.dataChanged.emit(index, index)
        return True


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def main() -> int:
    app = QApplication.instance() or QApplication([])
    install_cjk_font(app)  # type: ignore[arg-type]
    folder = Path(tempfile.mkdtemp(prefix="bench_raci_"))
    ws = build_workspace(folder / "big.crossdesk")
    stack = QUndoStack()

    # -- open ---------------------------------------------------------------------------
    def open_tab() -> RaciTab:
        tab = RaciTab(ws, stack)
        tab.resize(*SIZE)
        tab.set_initiative(1)
        tab.grab()
        return tab

    def open_floor() -> QTableView:
        view = QTableView()
        view.setModel(TrivialModel())
        view.resize(*SIZE)
        view.grab()
        return view

    open_times, floor_open = [], []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        tab = open_tab()
        open_times.append(time.perf_counter() - t0)
        tab.deleteLater()
        t0 = time.perf_counter()
        view = open_floor()
        floor_open.append(time.perf_counter() - t0)
        view.deleteLater()
        app.processEvents()

    # -- edit ---------------------------------------------------------------------------
    tab = open_tab()
    tab.show()
    QTest.qWaitForWindowExposed(tab)
    floor_view = open_floor()
    floor_view.show()
    QTest.qWaitForWindowExposed(floor_view)
    edit_times, floor_edit = [], []
    rows = list(range(2, 2 + REPEAT * 2))
    for r in rows:
        index = tab.model.index(r % 12, r % 10)
        point = tab.view.visualRect(index).center()

        def edit(point=point) -> None:
            QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, point)
            tab.view.viewport().repaint()

        edit_times.append(timed(edit))
        floor_index = floor_view.model().index(r % 12, r % 10)

        def floor_edit_once(index=floor_index) -> None:
            floor_view.model().setData(index, "A")
            floor_view.viewport().repaint()

        floor_edit.append(timed(floor_edit_once))

    # -- scroll -------------------------------------------------------------------------
    def scroller(view: QTableView):
        bar = view.verticalScrollBar()

        def step() -> None:
            bar.setValue((bar.value() + bar.pageStep()) % max(1, bar.maximum()))
            view.viewport().repaint()
            view.verticalHeader().viewport().repaint()
        return step

    scroll_times = [timed(scroller(tab.view)) for _ in range(REPEAT * 3)]
    floor_scroll = [timed(scroller(floor_view)) for _ in range(REPEAT * 3)]

    print(f"RACI grid bench: {TASKS} tasks × {MEMBERS} members, window {SIZE[0]}×{SIZE[1]}, "
          f"median of {REPEAT}+ runs")
    ok = True
    for name, mine, floor in (("open", open_times, floor_open),
                              ("edit", edit_times, floor_edit),
                              ("scroll", scroll_times, floor_scroll)):
        m, f = median(mine), median(floor)
        target = TARGETS[name]
        verdict = "ok" if m / f <= target else "SLOWER THAN TARGET"
        ok = ok and m / f <= target
        print(f"  {name:6s} {m * 1000:8.1f} ms   floor {f * 1000:7.1f} ms   "
              f"ratio {m / f:5.1f}×   target ≤ {target:.1f}×: {verdict}")
    ws.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
