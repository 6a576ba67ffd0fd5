"""The priority matrix with 500 pain points: time to open (construct + first paint) and
time to repaint (the cached matrix plus selection and drag overlay), and the full
re-render after a change, each beside a floor measured in the same run that does the same
work — a bare QWidget that renders 500 markers (dot, rank, label) into a pixmap once and
blits it on each repaint — with the issue's targets (open < 0.5 s, repaint within a frame).

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

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from app.org.initiatives import create_initiative
from app.paths import cjk_font_path
from app.store.changes import ChangeArea
from app.store.models import PainPoint
from app.store.workspace import Workspace

COUNT = 500
SIZE = (1280, 760)
REPAINTS = 40
RUNS = 3
KINDS = ("break_point", "blockage", "pain_point")


class Floor(QWidget):
    """The least any matrix could cost: 500 markers (a dot, its rank, a short label) on a
    white widget, rendered into a pixmap once per change and blitted on every repaint,
    as the matrix does. ``render()`` is the re-render floor, ``repaint()`` the blit's."""

    def __init__(self) -> None:
        super().__init__()
        rnd = random.Random(1)
        self.points = [QPointF(rnd.uniform(20, SIZE[0] - 20), rnd.uniform(20, SIZE[1] - 20))
                       for _ in range(COUNT)]
        self.cache: QPixmap | None = None

    def render_cache(self) -> None:
        pix = QPixmap(self.size())
        pix.fill(QColor("white"))
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QColor("#0b5394"))
        p.setBrush(QColor("#0b5394"))
        for pt in self.points:
            p.drawEllipse(pt, 8, 8)
        p.setPen(QColor("white"))
        for i, pt in enumerate(self.points, 1):
            p.drawText(QRectF(pt.x() - 8, pt.y() - 8, 16, 16), Qt.AlignmentFlag.AlignCenter,
                       str(i))
        p.setPen(QColor("#333333"))
        for i, pt in enumerate(self.points, 1):
            p.drawText(QPointF(pt.x() + 11, pt.y() + 4), f"流程环节{i}")
        p.end()
        self.cache = pix

    def paintEvent(self, event: object) -> None:
        if self.cache is None or self.cache.size() != self.size():
            self.render_cache()
        p = QPainter(self)
        p.drawPixmap(0, 0, self.cache)  # type: ignore[arg-type]
        p.end()


def make_workspace(path: Path) -> tuple[Workspace, int]:
    ws = Workspace.create(path)
    ini = create_initiative(ws, "基准")
    rnd = random.Random(7)
    with ws.write(ChangeArea.PAIN_POINTS) as s:
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


def floor_rerender_time(floor: Floor, rounds: int = 10) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        floor.cache = None
        floor.repaint()
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
        results = []
        for _ in range(RUNS):  # medians of RUNS rounds: the machine may be busy
            floor_open, floor = open_time(Floor)
            tab_open, tab = open_time(make_tab)
            view = tab.view  # type: ignore[attr-defined]
            results.append((tab_open, floor_open, repaint_time(view), repaint_time(floor),
                            rerender_time(view), floor_rerender_time(floor)))
            tab.close()
            floor.close()
        ws.close()
        del app

    tab_open, floor_open, tab_paint, floor_paint, tab_rerender, floor_rerender = (
        statistics.median(r[k] for r in results) for k in range(6))
    print(f"priority matrix, {COUNT} pain points, {SIZE[0]}x{SIZE[1]}; {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f}; medians of {RUNS} rounds")
    print(f"  open (construct + load + first paint): {tab_open * 1000:7.1f} ms"
          f"   floor {floor_open * 1000:6.1f} ms   ratio {tab_open / floor_open:6.2f}"
          f"   target < 500 ms: {'met' if tab_open < 0.5 else 'MISSED'}")
    print(f"  repaint (blit + selection, median of {REPAINTS}): {tab_paint * 1000:7.2f} ms"
          f"   floor (blit) {floor_paint * 1000:6.2f} ms   ratio {tab_paint / floor_paint:6.2f}"
          f"   target < 16 ms: {'met' if tab_paint < 0.016 else 'MISSED'}")
    print(f"  re-render after a change (median of 10): {tab_rerender * 1000:5.1f} ms"
          f"   floor (500 markers) {floor_rerender * 1000:6.2f} ms"
          f"   ratio {tab_rerender / floor_rerender:6.2f}"
          "   (no target: once per edit or filter, not per frame)")


if __name__ == "__main__":
    main()
