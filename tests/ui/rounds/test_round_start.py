"""A closed round opens as fast as any: its strip and the sign-off panel wait for the ORM,
which loads after the first paint (ui/speed/warm_up.py)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from app.rounds.closing import close_round
from app.store.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]


def test_a_closed_round_is_painted_before_the_orm_loads(demo_path: Path, tmp_path: Path) -> None:
    with Workspace.open(demo_path) as ws:
        close_round(ws, 1, dt.date(2026, 12, 18))
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "class FirstPaint(QObject):\n"
        "    def eventFilter(self, obj, event):\n"
        "        owner = obj.parent() if event.type() == QEvent.Type.Paint else None\n"
        "        if owner is not None and type(owner).__name__ == 'GanttChart':\n"
        "            w = QApplication.activeWindow() or owner.window()\n"
        "            print(len(owner.layout_.rows) > 0, 'sqlalchemy' in sys.modules,\n"
        "                  w.rounds.banner.text().startswith('This round was closed on 2026-12-18'),\n"
        "                  flush=True)\n"
        "            os._exit(0)\n"
        "        return False\n"
        "hook = FirstPaint()\n"
        "init = QApplication.__init__\n"
        "def patched(self, *a):\n"
        "    init(self, *a)\n"
        "    self.installEventFilter(hook)\n"
        "QApplication.__init__ = patched\n"
        "from ui.launch import main\n"
        f"main([{str(demo_path)!r}, '--tab', 'gantt', '--lang', 'en'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=120, env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                                           "CROSSDESK_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "True False True", out.stderr[-2000:]
