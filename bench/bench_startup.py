"""Start-up: process start to the first painted main window on the demo workspace.

Floor: a bare PySide6 window with one table that also imports SQLAlchemy's ORM and opens a
SQLite file, started and painted the same way. Target: at most 1.5 × the floor.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
TARGET = 1.5

PAINT_HOOK = r"""
import os, sys, time
T0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print(time.time() - T0, flush=True)
            os._exit(0)
        return False

_hook = FirstPaint()
_orig_init = QApplication.__init__
def _init(self, *a, **k):
    _orig_init(self, *a, **k)
    self.installEventFilter(_hook)
QApplication.__init__ = _init
"""

PROGRAM = PAINT_HOOK + r"""
from ui.launch import main
main([sys.argv[2]])
"""

FLOOR = PAINT_HOOK + r"""
import sqlite3
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
import sqlalchemy.orm
from sqlalchemy import create_engine, text
app = QApplication([])
engine = create_engine("sqlite:///" + sys.argv[2])
with engine.connect() as conn:
    conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
win = QMainWindow()
model = QStandardItemModel(20, 8)
view = QTableView()
view.setModel(model)
win.setCentralWidget(view)
win.resize(1360, 820)
win.show()
app.exec()
"""


def run(code: str, workspace: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, str(start), str(workspace)],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from app.demo import create_demo

    folder = Path(tempfile.mkdtemp())
    workspace = folder / "demo.crossdesk"
    create_demo(str(workspace)).close()
    os.environ["CROSSDESK_HOME"] = str(folder / "home")
    run(FLOOR, workspace)  # warm the file cache for both
    program, floor = [], []
    for _ in range(RUNS):
        floor.append(run(FLOOR, workspace))
        program.append(run(PROGRAM, workspace))
    p, f = statistics.median(program), statistics.median(floor)
    print(f"start-up to first paint (median of {RUNS}): CrossDesk {p * 1000:.0f} ms, "
          f"floor {f * 1000:.0f} ms, ratio {p / f:.2f}× (target ≤ {TARGET}×)")


if __name__ == "__main__":
    main()
