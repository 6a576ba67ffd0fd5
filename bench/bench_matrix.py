"""The priority matrix with 500 pain points: time to open (construct + first paint) and
time to repaint (the cached matrix plus selection and drag overlay), and the full
re-render after a change, each beside a floor measured in the same run — a bare QWidget painting
500 ellipses — with the issue's targets (open < 0.5 s, repaint within a frame, ~16 ms).

Run from the repository root:  python bench/bench_matrix.py
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

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from app.initiatives import create_initiative
from app.models import PainPoint
from app.paths import cjk_font_path
from app.workspace import Workspace

COUNT = 500
SIZE = (1280, 760)
REPAINTS = 40
KINDS = ("break_point", "blockage", "pain_point")


class Floor(QWidget):
    """The least any matrix could cost: 500 ellipses on a white widget."""

    def __init__(self) -> None:
        super().__init__()
        rnd = random.Random(1)
        self.points = [QPointF(rnd.uniform(20, SIZE[0] - 20), rnd.uniform(20, SIZE[1] - 20))
                       for _ in range(COUNT)]

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        p.setBrush(QColor("#0b5394"))
        for pt in self.points:
            p.drawEllipse(pt, 8, 8)
        p.end()


def make_workspace(path: Path) -> tuple[Workspace, int]:
    ws = Workspace.create(path)
    ini = create_initiative(ws, "基准")
    rnd = random.Random(7)
    with ws.write("pain_points") as s:
        for i in range(COUNT):
            s.add(PainPoint(initiative_id=ini, position=i + 1, step=f"流程环节{i + 1}",
                            kind=KINDS[i % 3], description=f"第 {i + 1} 个痛点的描述",
                            impact=rnd.randint(1, 5), frequency=rnd.randint(1, 5)))
    return ws, ini


def open_time(make: object) -> tuple[float, QWidget]:
    app = QApplication.instance()
    start = time.perf_counter()
    widget = make()  # type: ignore[operator]
    widget.resize(*SIZE)
    widget.show()
    widget.repaint()
    app.processEvents()  # type: ignore[union-attr]
    return time.perf_counter() - start, widget


def repaint_time(widget: QWidget) -> float:
    times = []
    for _ in range(REPAINTS):
        start = time.perf_counter()
        widget.repaint()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rerender_time(view: QWidget, rounds: int = 10) -> float:
    """A change of data (a re-rate, a filter): new layout and a full render of the cache."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        view.set_points(view.points())  # type: ignore[attr-defined]
        view.repaint()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    app = QApplication([])
    QFontDatabase.addApplicationFont(str(cjk_font_path()))
    from ui.matrix import MatrixTab

    with tempfile.TemporaryDirectory() as tmp:
        ws, ini = make_workspace(Path(tmp) / "bench.crossdesk")
        stack = QUndoStack()

        def make_tab() -> QWidget:
            tab = MatrixTab(ws, stack)
            tab.set_initiative(ini)
            return tab

        open_time(Floor)  # warm-up: fonts, platform plugin
        floor_open, floor = open_time(Floor)
        tab_open, tab = open_time(make_tab)
        floor_paint = repaint_time(floor)
        view = tab.view  # type: ignore[attr-defined]
        tab_paint = repaint_time(view)
        tab_rerender = rerender_time(view)
        ws.close()
        del app

    print(f"priority matrix, {COUNT} pain points, {SIZE[0]}x{SIZE[1]}")
    print(f"  open (construct + load + first paint): {tab_open * 1000:7.1f} ms"
          f"   floor {floor_open * 1000:6.1f} ms   ratio {tab_open / floor_open:6.2f}"
          f"   target < 500 ms: {'met' if tab_open < 0.5 else 'MISSED'}")
    print(f"  repaint (median of {REPAINTS}):         {tab_paint * 1000:7.2f} ms"
          f"   floor {floor_paint * 1000:6.2f} ms   ratio {tab_paint / floor_paint:6.2f}"
          f"   target < 16 ms: {'met' if tab_paint < 0.016 else 'MISSED'}")
    print(f"  re-render after a change (median of 10): {tab_rerender * 1000:5.1f} ms"
          f"   floor {floor_paint * 1000:6.2f} ms   ratio {tab_rerender / floor_paint:6.2f}"
          "   (no target: once per edit or filter, not per frame)")


if __name__ == "__main__":
    main()
