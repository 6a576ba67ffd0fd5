"""Heavy painting must not abort the interpreter (PySide6 6.12.0 drops references to None
on every QPainter draw call; ui.speed.qt_workarounds keeps None alive)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PAINT_A_LOT = """
import gc, ui
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
img = QImage(50, 50, QImage.Format.Format_ARGB32)
p = QPainter(img)
for _ in range(300_000):
    p.drawRect(QRectF(1, 1, 5, 5))
    p.drawLine(QPointF(0, 0), QPointF(5, 5))
p.end()
gc.collect()
print("painted")
"""


def test_long_painting_session_survives_and_exits_cleanly() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", PAINT_A_LOT], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "painted"
