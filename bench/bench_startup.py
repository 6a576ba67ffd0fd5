"""Start-up: process start to the first painted main window on the demo workspace.

Floor: a bare PySide6 window with one table that also imports SQLAlchemy's ORM and opens a
SQLite file, started and painted the same way. Target: at most 1.3 × the floor. Also
printed: the time to interactive (every answer of the window within 50 ms from then until
the rule check's findings are in; see probe.py).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from children import child_env

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
TARGET = 1.3

# The clock stops once the first frame of the window is painted (the event-loop turn that
# ran its paintEvent has ended), not when the Paint event arrives; see probe.py.
HOOK = r"""
import sys, time
T0 = float(sys.argv.pop(1))
WANTED = sys.argv.pop(1)
sys.path.insert(0, sys.argv.pop(1))
import probe
probe.install(T0, WANTED, findings=WANTED == "MainWindow")
from PySide6.QtWidgets import QApplication, QMainWindow
"""

PROGRAM = HOOK + r"""
from ui.launch import main
main([sys.argv[1]])
"""

FLOOR = HOOK + r"""
import sqlite3
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
import sqlalchemy.orm
from sqlalchemy import create_engine, text
app = QApplication([])
engine = create_engine("sqlite:///" + sys.argv[1])
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


def run(code: str, wanted: str, workspace: Path) -> dict[str, float]:
    env = child_env()
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, str(start), wanted,
                          str(ROOT / "bench"), str(workspace)],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from app.demo import create_demo

    folder = Path(tempfile.mkdtemp())
    workspace = folder / "demo.crossdesk"
    create_demo(str(workspace)).close()
    os.environ["CROSSDESK_HOME"] = str(folder / "home")
    run(FLOOR, "QMainWindow", workspace)  # warm the file and bytecode caches for both
    run(PROGRAM, "MainWindow", workspace)
    program, floor = [], []
    for _ in range(RUNS):
        floor.append(run(FLOOR, "QMainWindow", workspace)["painted"])
        program.append(run(PROGRAM, "MainWindow", workspace))
    p = statistics.median(r["painted"] for r in program)
    f = statistics.median(floor)
    ready = statistics.median(r["interactive"] for r in program)
    found = statistics.median(r["findings_at"] for r in program)
    freeze = max(r["longest_freeze"] for r in program)
    print(f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}; medians of {RUNS} runs")
    print(f"start-up to the first painted window: CrossDesk {p * 1000:.0f} ms, "
          f"floor {f * 1000:.0f} ms, ratio {p / f:.2f}× (target ≤ {TARGET}×)")
    print(f"time to interactive {ready * 1000:.0f} ms ({ready / f:.2f}× the floor; rule "
          f"findings in at {found * 1000:.0f} ms, longest freeze after the first paint "
          f"{freeze * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
