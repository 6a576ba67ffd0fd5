"""The guard keeps ``None`` alive however many shapes a paint draws."""

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from ui.gantt.refguard import none_refs_kept


def test_many_draw_calls_do_not_lose_none(qapp):
    image = QImage(50, 50, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    with none_refs_kept():
        p = QPainter(image)
        for _ in range(5000):
            p.drawRect(QRectF(1, 1, 5, 5))
        p.end()
    assert sys.getrefcount(None) >= before - 100
